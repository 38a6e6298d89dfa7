#include "dialect.h"

#include "binaryonlydialect.h"
#include "icecastsourcedialect.h"
#include "jsoncommandsdialect.h"
#include "phonecalldialect.h"
#include "servermessage.h"
#include "textcommandsdialect.h"
#include "transcribestreamdialect.h"
#include "v1dialect.h"

const Dialect &Dialect::v1()
{
    static const V1Dialect dialect;
    return dialect;
}

const Dialect &Dialect::binaryOnly()
{
    static const BinaryOnlyDialect dialect;
    return dialect;
}

const Dialect &Dialect::textCommands()
{
    static const TextCommandsDialect dialect;
    return dialect;
}

const Dialect &Dialect::jsonCommands()
{
    static const JsonCommandsDialect dialect;
    return dialect;
}

const Dialect &Dialect::transcribeStream()
{
    static const TranscribeStreamDialect dialect;
    return dialect;
}

const Dialect &Dialect::phoneCall()
{
    static const PhoneCallDialect dialect;
    return dialect;
}

const Dialect &Dialect::icecastSource()
{
    static const IcecastSourceDialect dialect;
    return dialect;
}

QString Dialect::fallbackLabel() const
{
    return QStringLiteral("recording");
}

bool Dialect::reportsStrayAudio() const
{
    return true;
}

std::optional<QString> Dialect::chunkReply(const SessionFacts &, qint64) const
{
    return std::nullopt;
}

QString Dialect::stoppedReply(const SessionFacts &session) const
{
    return ServerMessage::stopped(session.id, session.file, session.bytes, session.chunks,
        session.durationMs, session.synced, session.verification, session.verificationProblem);
}
