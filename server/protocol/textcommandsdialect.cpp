#include "textcommandsdialect.h"

std::optional<QString> TextCommandsDialect::startedReply(const SessionFacts &session) const
{
    // These clients were written against v1's "started"; they read nothing else.
    return Dialect::v1().startedReply(session);
}
