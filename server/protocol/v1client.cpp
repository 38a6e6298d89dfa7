#include "v1client.h"

#include <QWebSocket>

#include "clientmessage.h"

V1Client::V1Client(QWebSocket &socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &V1Client::onTextMessage);
}

V1Client::~V1Client() = default;

void V1Client::sendStart(const QString &format, const QString &name, bool transcribe,
    const QString &take, double captureStartMs, double clockUncertaintyMs)
{
    ClientMessage message = ClientMessage::start(format, name, transcribe);
    message.take = take;
    message.captureStartMs = captureStartMs;
    message.clockUncertaintyMs = clockUncertaintyMs;
    send(message.toText());
}

void V1Client::sendJoin(const QString &take)
{
    send(ClientMessage::join(take).toText());
}

void V1Client::sendTimeProbe(double clientMs)
{
    send(ClientMessage::time(clientMs).toText());
}

void V1Client::sendStop(const std::optional<ProducedTotals> &produced)
{
    send(ClientMessage::stop(produced).toText());
}

void V1Client::sendResume(const QString &session, const QString &resumeToken)
{
    send(ClientMessage::resume(session, resumeToken).toText());
}

void V1Client::sendLevel(double value)
{
    send(ClientMessage::levelReport(value).toText());
}

void V1Client::sendUnsent(qint64 bytes, qint64 durationMs)
{
    send(ClientMessage::unsent(bytes, durationMs).toText());
}

qint64 V1Client::sendAudio(const QByteArray &bytes)
{
    return m_socket.sendBinaryMessage(bytes);
}

void V1Client::send(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void V1Client::onTextMessage(const QString &text)
{
    const ServerReply reply = ServerReply::parse(text);
    switch (reply.kind) {
    case ServerReply::Kind::Connection:
        Q_EMIT connectionReceived(reply);
        return;
    case ServerReply::Kind::Started:
        Q_EMIT started(reply);
        return;
    case ServerReply::Kind::Ack:
        Q_EMIT acknowledged(reply);
        return;
    case ServerReply::Kind::Stopped:
        Q_EMIT stopped(reply);
        return;
    case ServerReply::Kind::Resumed:
        Q_EMIT resumed(reply);
        return;
    case ServerReply::Kind::Error:
        Q_EMIT errorReceived(reply);
        return;
    case ServerReply::Kind::Caption:
        Q_EMIT captionReceived(reply);
        return;
    case ServerReply::Kind::Take:
        Q_EMIT takeReceived(reply);
        return;
    case ServerReply::Kind::Time:
        Q_EMIT timeReceived(reply);
        return;
    case ServerReply::Kind::Unknown:
        Q_EMIT unexpectedMessage(text, reply.message);
        return;
    }
}
