#include "jsoncommandsdialect.h"

#include "servermessage.h"

std::optional<QString> JsonCommandsDialect::startedReply(const SessionFacts &session) const
{
    return ServerMessage::legacyStarted(session.id, session.file);
}

std::optional<QString> JsonCommandsDialect::chunkReply(
    const SessionFacts &session, qint64 chunkBytes) const
{
    return ServerMessage::legacyChunkConfirmed(session.chunks, chunkBytes, session.bytes);
}

QString JsonCommandsDialect::stoppedReply(const SessionFacts &session) const
{
    return ServerMessage::legacyStopped(session.id, session.file, session.bytes, session.chunks);
}
