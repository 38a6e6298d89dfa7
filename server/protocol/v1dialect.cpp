#include "v1dialect.h"

#include "servermessage.h"

std::optional<QString> V1Dialect::startedReply(const SessionFacts &session) const
{
    return ServerMessage::started(session.id, session.file, session.resumeToken);
}
