#include "twiliomessage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

TwilioMessage invalid(const QString &problem)
{
    TwilioMessage message;
    message.problem = problem;
    return message;
}

// Far beyond any call (a year in ms), and far from overflowing when made samples.
constexpr qint64 MaxWholeNumber = 365LL * 24 * 3600 * 1000;

/// Twilio sends its numbers as strings ("timestamp": "5"); both forms are taken, within
/// 0..MaxWholeNumber.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    qint64 number = -1;
    if (value.isDouble()) {
        const double given = value.toDouble();
        if (given >= 0 && given <= double(MaxWholeNumber) && given == double(qint64(given)))
            number = qint64(given);
    } else {
        bool ok = false;
        number = value.toString().toLongLong(&ok);
        if (!ok)
            number = -1;
    }
    if (number < 0 || number > MaxWholeNumber)
        return std::nullopt;
    return number;
}

QString cut(const QString &text)
{
    return text.left(TwilioMessage::MaxValueChars);
}

bool parseStart(const QJsonObject &start, TwilioMessage &message)
{
    message.accountSid = cut(start.value(QLatin1String("accountSid")).toString());
    message.callSid = cut(start.value(QLatin1String("callSid")).toString());
    if (const QString sid = start.value(QLatin1String("streamSid")).toString(); !sid.isEmpty())
        message.streamSid = cut(sid);
    const QJsonArray tracks = start.value(QLatin1String("tracks")).toArray();
    for (const QJsonValue &track : tracks) {
        if (message.tracks.size() < 2)
            message.tracks.append(cut(track.toString()));
    }
    const QJsonObject format = start.value(QLatin1String("mediaFormat")).toObject();
    if (format.isEmpty()) {
        message.problem = QStringLiteral("\"start\" has no \"mediaFormat\".");
        return false;
    }
    message.encoding = cut(format.value(QLatin1String("encoding")).toString());
    message.sampleRate = int(wholeNumber(format.value(QLatin1String("sampleRate"))).value_or(0));
    message.channels = int(wholeNumber(format.value(QLatin1String("channels"))).value_or(1));
    const QJsonObject parameters = start.value(QLatin1String("customParameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (message.customParameters.size() >= TwilioMessage::MaxCustomParameters)
            break;
        message.customParameters.insert(cut(it.key()), cut(it.value().toVariant().toString()));
    }
    return true;
}

bool parseMedia(const QJsonObject &media, TwilioMessage &message)
{
    const QString track = media.value(QLatin1String("track")).toString();
    if (track == u"inbound") {
        message.track = TwilioMessage::Track::Inbound;
    } else if (track == u"outbound" || track.isEmpty()) {
        message.track = TwilioMessage::Track::Outbound;
    } else {
        message.problem = QStringLiteral("Unknown media track \"%1\".").arg(cut(track));
        return false;
    }
    if (media.contains(QLatin1String("timestamp"))) {
        message.timestampMs = wholeNumber(media.value(QLatin1String("timestamp")));
        if (!message.timestampMs) {
            message.problem = QStringLiteral("The media's timestamp is not a whole number of ms.");
            return false;
        }
    }
    const QByteArray base64 = media.value(QLatin1String("payload")).toString().toLatin1();
    const auto decoded
        = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || base64.isEmpty()) {
        message.problem = QStringLiteral("The media's payload is not base64.");
        return false;
    }
    message.payload = *decoded;
    return true;
}

} // namespace

TwilioMessage TwilioMessage::parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("A Media Streams message is a JSON object."));
    const QJsonObject object = document.object();
    TwilioMessage message;
    message.eventName = cut(object.value(QLatin1String("event")).toString());
    message.fromTwilio = object.contains(QLatin1String("sequenceNumber"));
    message.streamSid = cut(object.value(QLatin1String("streamSid")).toString());

    bool ok = true;
    if (message.eventName == u"connected") {
        message.event = Event::Connected;
    } else if (message.eventName == u"start") {
        message.event = Event::Start;
        ok = parseStart(object.value(QLatin1String("start")).toObject(), message);
    } else if (message.eventName == u"media") {
        message.event = Event::Media;
        ok = parseMedia(object.value(QLatin1String("media")).toObject(), message);
    } else if (message.eventName == u"dtmf") {
        message.event = Event::Dtmf;
        message.digit = cut(object.value(QLatin1String("dtmf"))
                                .toObject()
                                .value(QLatin1String("digit"))
                                .toString());
    } else if (message.eventName == u"mark") {
        message.event = Event::Mark;
        message.markName = cut(
            object.value(QLatin1String("mark")).toObject().value(QLatin1String("name")).toString());
    } else if (message.eventName == u"clear") {
        message.event = Event::Clear;
    } else if (message.eventName == u"stop") {
        message.event = Event::Stop;
    } else if (message.eventName.isEmpty()) {
        return invalid(QStringLiteral("A Media Streams message needs an \"event\"."));
    } else {
        message.event = Event::Unknown;
    }
    if (!ok)
        message.event = Event::Invalid;
    return message;
}
