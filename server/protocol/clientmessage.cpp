#include "clientmessage.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>

namespace {

ClientMessage invalid(const QString &reason)
{
    ClientMessage message;
    message.kind = ClientMessage::Kind::Invalid;
    message.text = reason;
    return message;
}

// A field that is present must be a string; absent is fine.
bool readString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

// A whole number from 0 to max, as JSON has it: a double that is whole.
std::optional<qint64> readCount(const QJsonObject &object, QLatin1String key, qint64 max)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 0) || number > double(max) || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

} // namespace

ClientMessage ClientMessage::parse(const QString &message)
{
    const QString trimmed = message.trimmed();
    ClientMessage parsed;
    if (trimmed == u"START_RECORDING" || trimmed == u"STOP_RECORDING") {
        parsed.kind = trimmed == u"START_RECORDING" ? Kind::TextStart : Kind::TextStop;
        return parsed;
    }

    if (!trimmed.startsWith(u'{') && !trimmed.startsWith(u'[')) {
        ClientMessage echo;
        echo.kind = Kind::Echo;
        echo.text = message;
        return echo;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("Not valid JSON: %1.").arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QStringLiteral("A message must be a JSON object."));

    const QJsonObject object = document.object();
    const QJsonValue typeValue = object.value(QLatin1String("type"));
    if (!typeValue.isString())
        return invalid(QStringLiteral("A message needs a string \"type\"."));
    const QString type = typeValue.toString();

    if (type == u"start") {
        parsed.kind = Kind::Start;
        if (!readString(object, QLatin1String("format"), &parsed.format)
            || !readString(object, QLatin1String("name"), &parsed.name))
            return invalid(QStringLiteral("\"format\" and \"name\" must be strings."));
        const QJsonValue transcribe = object.value(QLatin1String("transcribe"));
        if (!transcribe.isUndefined() && !transcribe.isNull() && !transcribe.isBool())
            return invalid(QStringLiteral("\"transcribe\" must be true or false."));
        parsed.transcribe = transcribe.toBool();
        if (!readString(object, QLatin1String("take"), &parsed.take))
            return invalid(QStringLiteral("\"take\" must be a string."));
        for (const auto &[key, out] :
            { std::pair { QLatin1String("captureStartMs"), &parsed.captureStartMs },
                std::pair { QLatin1String("clockUncertaintyMs"), &parsed.clockUncertaintyMs } }) {
            const QJsonValue value = object.value(key);
            if (value.isUndefined() || value.isNull())
                continue;
            if (!value.isDouble() || value.toDouble() < 0)
                return invalid(QStringLiteral("\"%1\" must be a number of at least 0.").arg(key));
            *out = value.toDouble();
        }
    } else if (type == u"stop") {
        parsed.kind = Kind::Stop;
        const QJsonValue bytes = object.value(QLatin1String("bytes"));
        const QJsonValue sha256 = object.value(QLatin1String("sha256"));
        if (!bytes.isUndefined() || !sha256.isUndefined()) {
            // An integer as JSON has it: a double that is whole (toInteger() is 0 otherwise).
            const double count = bytes.toDouble(-1);
            ProducedTotals produced { bytes.toInteger(-1), sha256.toString() };
            if (!bytes.isDouble() || count != double(produced.bytes) || !sha256.isString()
                || !produced.isWellFormed())
                return invalid(QStringLiteral("\"stop\" may carry \"bytes\" (a whole number "
                                              "of bytes, 0 or more) and \"sha256\" (64 hex "
                                              "digits), both or neither."));
            produced.sha256 = produced.sha256.toLower();
            parsed.produced = produced;
        }
    } else if (type == u"resume") {
        parsed.kind = Kind::Resume;
        if (!readString(object, QLatin1String("session"), &parsed.session)
            || !readString(object, QLatin1String("resumeToken"), &parsed.resumeToken)
            || parsed.session.isEmpty() || parsed.resumeToken.isEmpty())
            return invalid(
                QStringLiteral("\"resume\" needs the strings \"session\" and \"resumeToken\"."));
    } else if (type == u"level") {
        parsed.kind = Kind::Level;
        const QJsonValue value = object.value(QLatin1String("value"));
        if (!value.isDouble())
            return invalid(QStringLiteral("\"level\" needs a number \"value\"."));
        parsed.level = qBound(0.0, value.toDouble(), 1.0);
    } else if (type == u"join") {
        parsed.kind = Kind::Join;
        if (!readString(object, QLatin1String("take"), &parsed.take) || parsed.take.isEmpty())
            return invalid(QStringLiteral("\"join\" needs a string \"take\"."));
    } else if (type == u"time") {
        parsed.kind = Kind::Time;
        const QJsonValue value = object.value(QLatin1String("clientMs"));
        if (!value.isDouble())
            return invalid(QStringLiteral("\"time\" needs a number \"clientMs\"."));
        parsed.clientMs = value.toDouble();
    } else if (type == u"unsent") {
        parsed.kind = Kind::Unsent;
        const std::optional<qint64> bytes
            = readCount(object, QLatin1String("bytes"), MaxUnsentBytes);
        const std::optional<qint64> durationMs
            = readCount(object, QLatin1String("durationMs"), MaxUnsentDurationMs);
        if (!bytes || !durationMs)
            return invalid(QStringLiteral("\"unsent\" needs \"bytes\" (a whole number from 0 to "
                                          "%1) and \"durationMs\" (a whole number from 0 to %2).")
                               .arg(MaxUnsentBytes)
                               .arg(MaxUnsentDurationMs));
        parsed.unsentBytes = *bytes;
        parsed.unsentDurationMs = *durationMs;
    } else if (type == u"start_recording") {
        parsed.kind = Kind::JsonStart;
    } else if (type == u"stop_recording") {
        parsed.kind = Kind::JsonStop;
    } else {
        parsed.kind = Kind::UnknownType;
        parsed.text = type;
    }
    return parsed;
}

ClientMessage ClientMessage::start(const QString &format, const QString &name, bool transcribe)
{
    ClientMessage message;
    message.kind = Kind::Start;
    message.format = format;
    message.name = name;
    message.transcribe = transcribe;
    return message;
}

ClientMessage ClientMessage::stop(const std::optional<ProducedTotals> &produced)
{
    ClientMessage message;
    message.kind = Kind::Stop;
    message.produced = produced;
    return message;
}

ClientMessage ClientMessage::resume(const QString &session, const QString &resumeToken)
{
    ClientMessage message;
    message.kind = Kind::Resume;
    message.session = session;
    message.resumeToken = resumeToken;
    return message;
}

ClientMessage ClientMessage::levelReport(double value)
{
    ClientMessage message;
    message.kind = Kind::Level;
    message.level = qBound(0.0, value, 1.0);
    return message;
}

ClientMessage ClientMessage::join(const QString &take)
{
    ClientMessage message;
    message.kind = Kind::Join;
    message.take = take;
    return message;
}

ClientMessage ClientMessage::time(double clientMs)
{
    ClientMessage message;
    message.kind = Kind::Time;
    message.clientMs = clientMs;
    return message;
}

ClientMessage ClientMessage::unsent(qint64 bytes, qint64 durationMs)
{
    ClientMessage message;
    message.kind = Kind::Unsent;
    message.unsentBytes = std::clamp<qint64>(bytes, 0, MaxUnsentBytes);
    message.unsentDurationMs = std::clamp<qint64>(durationMs, 0, MaxUnsentDurationMs);
    return message;
}

QString ClientMessage::toText() const
{
    QJsonObject object;
    switch (kind) {
    case Kind::Start:
        object.insert(QLatin1String("type"), QStringLiteral("start"));
        // An absent format means: sniff it from the first bytes.
        if (!format.isEmpty())
            object.insert(QLatin1String("format"), format);
        object.insert(QLatin1String("name"), name);
        if (transcribe)
            object.insert(QLatin1String("transcribe"), true);
        if (!take.isEmpty())
            object.insert(QLatin1String("take"), take);
        if (captureStartMs >= 0)
            object.insert(QLatin1String("captureStartMs"), captureStartMs);
        if (clockUncertaintyMs >= 0)
            object.insert(QLatin1String("clockUncertaintyMs"), clockUncertaintyMs);
        break;
    case Kind::Join:
        object.insert(QLatin1String("type"), QStringLiteral("join"));
        object.insert(QLatin1String("take"), take);
        break;
    case Kind::Time:
        object.insert(QLatin1String("type"), QStringLiteral("time"));
        object.insert(QLatin1String("clientMs"), clientMs);
        break;
    case Kind::Stop:
        object.insert(QLatin1String("type"), QStringLiteral("stop"));
        if (produced) {
            object.insert(QLatin1String("bytes"), produced->bytes);
            object.insert(QLatin1String("sha256"), produced->sha256);
        }
        break;
    case Kind::Resume:
        object.insert(QLatin1String("type"), QStringLiteral("resume"));
        object.insert(QLatin1String("session"), session);
        object.insert(QLatin1String("resumeToken"), resumeToken);
        break;
    case Kind::Level:
        object.insert(QLatin1String("type"), QStringLiteral("level"));
        object.insert(QLatin1String("value"), level);
        break;
    case Kind::Unsent:
        object.insert(QLatin1String("type"), QStringLiteral("unsent"));
        object.insert(QLatin1String("bytes"), unsentBytes);
        object.insert(QLatin1String("durationMs"), unsentDurationMs);
        break;
    default:
        return {};
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
