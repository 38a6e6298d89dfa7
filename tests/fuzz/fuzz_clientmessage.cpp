// A client's text message: ClientMessage::parse, and every dialect's replies that carry strings
// back. A message the server understands survives its own serialisation (toText, which
// Earshot's clients send); a reply is one JSON object that gives its strings back exactly.

#include <QJsonDocument>
#include <QJsonObject>

#include "fuzzcheck.h"
#include "protocol/clientmessage.h"
#include "protocol/dialect.h"
#include "protocol/errorcode.h"
#include "protocol/servermessage.h"

namespace {

QJsonObject jsonObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject());
    return document.object();
}

void checkStringField(const QJsonObject &object, QLatin1String key, const QString &expected)
{
    FUZZ_CHECK(object.value(key).isString());
    if (survivesUtf8(expected))
        FUZZ_CHECK(object.value(key).toString() == expected);
}

// A file that does not exist yet (the format still to be sniffed) is null.
void checkFileField(const QJsonObject &object, QLatin1String key, const QString &expected)
{
    if (expected.isEmpty())
        FUZZ_CHECK(object.value(key).isNull());
    else
        checkStringField(object, key, expected);
}

void checkRoundTrip(const ClientMessage &message)
{
    const QString text = message.toText();
    FUZZ_CHECK(!text.isEmpty());
    const ClientMessage again = ClientMessage::parse(text);
    FUZZ_CHECK(again.kind == message.kind);
    FUZZ_CHECK(again.level == message.level);
    FUZZ_CHECK(again.unsentBytes == message.unsentBytes);
    FUZZ_CHECK(again.unsentDurationMs == message.unsentDurationMs);
    if (survivesUtf8(message.format + message.name + message.session + message.resumeToken)) {
        FUZZ_CHECK(again.format == message.format);
        FUZZ_CHECK(again.name == message.name);
        FUZZ_CHECK(again.session == message.session);
        FUZZ_CHECK(again.resumeToken == message.resumeToken);
    }
}

// The client's strings stand where a session's id, file and token would: whatever they hold,
// each reply stays one JSON object of its dialect with the strings in their fields.
void checkReplies(const ClientMessage &message, qint64 number)
{
    const SessionFacts facts { message.session, message.name, message.resumeToken, number,
        number / 3, number / 7 };
    const Dialect *dialects[] = { &Dialect::v1(), &Dialect::binaryOnly(), &Dialect::textCommands(),
        &Dialect::jsonCommands() };
    for (const Dialect *dialect : dialects) {
        if (const std::optional<QString> started = dialect->startedReply(facts))
            FUZZ_CHECK(jsonObject(*started).value(QLatin1String("type")).isString());
        if (const std::optional<QString> chunk = dialect->chunkReply(facts, number))
            FUZZ_CHECK(jsonObject(*chunk).value(QLatin1String("type")).isString());
        FUZZ_CHECK(
            jsonObject(dialect->stoppedReply(facts)).value(QLatin1String("type")).isString());
    }
    const QJsonObject started = jsonObject(*Dialect::v1().startedReply(facts));
    checkStringField(started, QLatin1String("session"), facts.id);
    checkFileField(started, QLatin1String("file"), facts.file);
    checkStringField(started, QLatin1String("resumeToken"), facts.resumeToken);
    const QJsonObject legacy = jsonObject(*Dialect::jsonCommands().startedReply(facts));
    checkStringField(legacy, QLatin1String("session_id"), facts.id);
    checkFileField(legacy, QLatin1String("filename"), facts.file);
}

// The errors that quote what the client sent (an unknown type, a refused format, a session id).
void checkErrorReply(const QString &quoted)
{
    const QJsonObject error = jsonObject(ServerMessage::error(ErrorCode::UnknownType, quoted));
    FUZZ_CHECK(error.value(QLatin1String("type")).toString() == u"error");
    FUZZ_CHECK(error.value(QLatin1String("code")).toString() == u"unknown_type");
    checkStringField(error, QLatin1String("message"), quoted);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A WebSocket text message is UTF-8; Qt decodes it so before textMessageReceived.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ClientMessage message = ClientMessage::parse(text);

    switch (message.kind) {
    case ClientMessage::Kind::Start:
    case ClientMessage::Kind::Stop:
    case ClientMessage::Kind::Resume:
    case ClientMessage::Kind::Level:
    case ClientMessage::Kind::Unsent:
        checkRoundTrip(message);
        break;
    case ClientMessage::Kind::UnknownType:
        checkErrorReply(message.text);
        break;
    default:
        break;
    }
    checkReplies(message, qint64(size) * 1009);
    return 0;
}
