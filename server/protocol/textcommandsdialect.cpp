#include "textcommandsdialect.h"

#include "servermessage.h"

std::optional<QString> TextCommandsDialect::startedReply(const SessionFacts &session) const
{
    return ServerMessage::started(session.id, session.file, session.resumeToken);
}
