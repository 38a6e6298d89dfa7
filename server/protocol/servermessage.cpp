#include "servermessage.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

#include <QJsonDocument>
#include <QJsonObject>

#include "errorcode.h"

namespace ServerMessage {

namespace {

// A file that does not exist yet (format still to be sniffed) is null.
QJsonValue fileValue(const QString &file)
{
    return file.isEmpty() ? QJsonValue() : QJsonValue(file);
}

QByteArray toUtf8(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(toUtf8(object));
}

void appendNumber(QByteArray &text, qint64 number)
{
    std::array<char, 20> digits; // the longest qint64, with its sign
    const std::to_chars_result end = std::to_chars(digits.begin(), digits.end(), number);
    text.append(digits.data(), qsizetype(end.ptr - digits.data()));
}

} // namespace

QString connection(const QString &connectionId)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("connection") },
        { QStringLiteral("id"), connectionId }, { QStringLiteral("protocol"), 1 },
        { QStringLiteral("server"), QStringLiteral("Earshot " EARSHOT_VERSION) } });
}

QString started(const QString &session, const QString &file, const QString &resumeToken)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("started") },
        { QStringLiteral("session"), session }, { QStringLiteral("file"), fileValue(file) },
        { QStringLiteral("resumeToken"), resumeToken } });
}

QString take(const QString &take, const QString &name, const QString &state)
{
    return toText(
        { { QStringLiteral("type"), QStringLiteral("take") }, { QStringLiteral("take"), take },
            { QStringLiteral("name"), name }, { QStringLiteral("state"), state } });
}

QString time(double clientMs, double serverMs)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("time") },
        { QStringLiteral("clientMs"), clientMs }, { QStringLiteral("serverMs"), serverMs } });
}

QByteArray ack(const QString &session, qint64 chunks, qint64 bytes)
{
    // The reply to nearly every chunk, so it is written out directly, into one allocation,
    // rather than through a QJsonObject. A session id is hex and needs no escaping; any other
    // takes the general way.
    const bool plain = std::all_of(session.cbegin(), session.cend(),
        [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 0x80; });
    if (!plain) {
        return toUtf8({ { QStringLiteral("type"), QStringLiteral("ack") },
            { QStringLiteral("session"), session }, { QStringLiteral("chunks"), chunks },
            { QStringLiteral("bytes"), bytes } });
    }
    constexpr std::string_view Start = "{\"type\":\"ack\",\"session\":\"";
    constexpr std::string_view Chunks = "\",\"chunks\":";
    constexpr std::string_view Bytes = ",\"bytes\":";
    constexpr qsizetype NumberChars = 20; // the longest qint64
    QByteArray text;
    text.reserve(qsizetype(Start.size() + Chunks.size() + Bytes.size()) + session.size()
        + 2 * NumberChars + 1);
    text.append(Start.data(), qsizetype(Start.size()));
    for (const QChar c : session)
        text.append(char(c.unicode()));
    text.append(Chunks.data(), qsizetype(Chunks.size()));
    appendNumber(text, chunks);
    text.append(Bytes.data(), qsizetype(Bytes.size()));
    appendNumber(text, bytes);
    text.append('}');
    return text;
}

QString stopped(const QString &session, const QString &file, qint64 bytes, qint64 chunks,
    qint64 durationMs, bool synced, const QString &verification, const QString &verificationProblem)
{
    QJsonObject message { { QStringLiteral("type"), QStringLiteral("stopped") },
        { QStringLiteral("session"), session }, { QStringLiteral("file"), fileValue(file) },
        { QStringLiteral("bytes"), bytes }, { QStringLiteral("chunks"), chunks },
        { QStringLiteral("durationMs"), durationMs } };
    // Only when it failed, so that the usual reply stays what older clients know.
    if (!synced)
        message.insert(QStringLiteral("synced"), false);
    if (!verification.isEmpty())
        message.insert(QStringLiteral("verification"), verification);
    if (!verificationProblem.isEmpty())
        message.insert(QStringLiteral("verificationProblem"), verificationProblem);
    return toText(message);
}

QString resumed(const QString &session, qint64 bytes, qint64 chunks)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("resumed") },
        { QStringLiteral("session"), session }, { QStringLiteral("bytes"), bytes },
        { QStringLiteral("chunks"), chunks } });
}

QString error(ErrorCode code, const QString &message)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("error") },
        { QStringLiteral("code"), errorCodeName(code) }, { QStringLiteral("message"), message } });
}

QString transcript(
    const QString &session, bool final, const QString &text, qint64 startMs, qint64 endMs)
{
    return toText(
        { { QStringLiteral("type"), final ? QStringLiteral("final") : QStringLiteral("partial") },
            { QStringLiteral("session"), session }, { QStringLiteral("text"), text },
            { QStringLiteral("startMs"), startMs }, { QStringLiteral("endMs"), endMs } });
}

QString transcriptionState(const QString &session, const QString &state, const QString &file)
{
    QJsonObject message { { QStringLiteral("type"), QStringLiteral("transcription") },
        { QStringLiteral("session"), session }, { QStringLiteral("state"), state } };
    if (!file.isEmpty())
        message.insert(QStringLiteral("file"), file);
    return toText(message);
}

QString transcriptionUnavailable(
    const QString &session, const QString &state, const QString &reason)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("transcription") },
        { QStringLiteral("session"), session }, { QStringLiteral("state"), state },
        { QStringLiteral("reason"), reason } });
}

QString transcriptionSkipped(const QString &session, qint64 fromMs, qint64 toMs)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("transcription") },
        { QStringLiteral("session"), session },
        { QStringLiteral("state"), QStringLiteral("skipped") },
        { QStringLiteral("fromMs"), fromMs }, { QStringLiteral("toMs"), toMs } });
}

QString legacyStarted(const QString &session, const QString &file)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("audio_stream_started") },
        { QStringLiteral("session_id"), session },
        { QStringLiteral("filename"), fileValue(file) } });
}

QString legacyChunkConfirmed(qint64 chunkNumber, qint64 chunkSize, qint64 totalBytes)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("audio_chunk_confirmed") },
        { QStringLiteral("chunk_number"), chunkNumber },
        { QStringLiteral("chunk_size"), chunkSize },
        { QStringLiteral("total_bytes"), totalBytes } });
}

QString legacyStopped(const QString &session, const QString &file, qint64 bytes, qint64 chunks)
{
    return toText({ { QStringLiteral("type"), QStringLiteral("audio_stream_stopped") },
        { QStringLiteral("session_id"), session }, { QStringLiteral("filename"), fileValue(file) },
        { QStringLiteral("total_bytes"), bytes }, { QStringLiteral("chunks"), chunks } });
}

} // namespace ServerMessage
