#include "serverreply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

ServerReply unknown(const QString &reason)
{
    ServerReply reply;
    reply.kind = ServerReply::Kind::Unknown;
    reply.message = reason;
    return reply;
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

// An optional count: -1 when absent.
qint64 optionalCount(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return isInteger(value) ? value.toInteger() : -1;
}

} // namespace

std::optional<ErrorRemedy> ServerReply::remedy() const
{
    if (!errorCode)
        return std::nullopt;
    return errorCodeInfo(*errorCode).remedy;
}

ServerReply ServerReply::parse(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return unknown(QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();
    const QString type = object.value(QLatin1String("type")).toString();

    // Only what each type carries is read: the bench reads thousands of acks a second.
    ServerReply reply;
    if (type == u"ack" || type == u"resumed" || type == u"stopped") {
        // The byte count is what every client acts on.
        const QJsonValue bytes = object.value(QLatin1String("bytes"));
        if (!isInteger(bytes))
            return unknown(QStringLiteral("\"%1\" without an integer \"bytes\"").arg(type));
        reply.kind = type == u"ack" ? Kind::Ack
            : type == u"resumed"    ? Kind::Resumed
                                    : Kind::Stopped;
        reply.bytes = bytes.toInteger();
        reply.chunks = optionalCount(object, QLatin1String("chunks"));
        reply.session = object.value(QLatin1String("session")).toString();
        if (reply.kind == Kind::Stopped) {
            reply.durationMs = optionalCount(object, QLatin1String("durationMs"));
            reply.file = object.value(QLatin1String("file")).toString(); // null while sniffing
            reply.verification = object.value(QLatin1String("verification")).toString();
            reply.verificationProblem
                = object.value(QLatin1String("verificationProblem")).toString();
        }
        return reply;
    }
    if (type == u"partial" || type == u"final" || type == u"transcription") {
        reply.kind = Kind::Caption;
        reply.type = type;
        reply.session = object.value(QLatin1String("session")).toString();
        reply.text = object.value(QLatin1String("text")).toString();
        reply.state = object.value(QLatin1String("state")).toString();
        return reply;
    }
    if (type == u"take") {
        reply.take = object.value(QLatin1String("take")).toString();
        reply.state = object.value(QLatin1String("state")).toString();
        if (reply.take.isEmpty() || reply.state.isEmpty())
            return unknown(QStringLiteral("\"take\" without its \"take\" and \"state\""));
        reply.kind = Kind::Take;
        reply.name = object.value(QLatin1String("name")).toString();
        return reply;
    }
    if (type == u"time") {
        const QJsonValue serverMs = object.value(QLatin1String("serverMs"));
        if (!serverMs.isDouble())
            return unknown(QStringLiteral("\"time\" without a number \"serverMs\""));
        reply.kind = Kind::Time;
        reply.clientMs = object.value(QLatin1String("clientMs")).toDouble();
        reply.serverMs = serverMs.toDouble();
        return reply;
    }
    if (type == u"started") {
        reply.session = object.value(QLatin1String("session")).toString();
        if (reply.session.isEmpty())
            return unknown(QStringLiteral("\"started\" without a \"session\""));
        reply.kind = Kind::Started;
        reply.file = object.value(QLatin1String("file")).toString(); // null while sniffing
        reply.resumeToken = object.value(QLatin1String("resumeToken")).toString();
        return reply;
    }
    if (type == u"connection") {
        reply.kind = Kind::Connection;
        reply.connectionId = object.value(QLatin1String("id")).toString();
        reply.protocol = object.value(QLatin1String("protocol")).toInt();
        reply.server = object.value(QLatin1String("server")).toString();
        return reply;
    }
    if (type == u"error") {
        reply.kind = Kind::Error;
        reply.errorName = object.value(QLatin1String("code")).toString();
        reply.errorCode = errorCodeFromName(reply.errorName);
        reply.message = object.value(QLatin1String("message")).toString();
        return reply;
    }
    return unknown(type.isEmpty() ? QStringLiteral("no string \"type\"")
                                  : QStringLiteral("type \"%1\" is not a v1 reply").arg(type));
}
