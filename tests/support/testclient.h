#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

#include "protocol/v1client.h"

/// ws://127.0.0.1:<port>/ws: where a server of the tests answers WebSockets.
inline QUrl loopbackWsUrl(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/ws"));
    return url;
}

/// The first of `messages` (from `from` on) whose "type" is `type`, waiting up to `timeoutMs`
/// for it to arrive; empty when none did. Shared by the tests' clients.
inline QJsonObject waitForMessage(
    const QList<QJsonObject> &messages, const QString &type, qsizetype from, int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = from; i < messages.size(); ++i) {
                if (messages.at(i).value(QLatin1String("type")).toString() == type) {
                    found = messages.at(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

/// A real WebSocket client for the server tests: connects, records every message it is sent,
/// and waits for them with QTRY (never a sleep). Protocol v1 goes through V1Client (v1); the
/// socket stays at hand for raw frames, the older dialects and malformed input.
class TestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestClient)

public:
    /// origin: the Origin header a browser would send; empty sends none.
    explicit TestClient(const QString &origin = {}, QObject *parent = nullptr)
        : QObject(parent), socket(origin)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            texts.append(text);
            const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
            if (document.isObject())
                messages.append(document.object());
        });
        connect(&v1, &V1Client::acknowledged, this,
            [this](const ServerReply &ack) { m_acked = std::max(m_acked, ack.bytes); });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = socket.closeCode();
            closeReason = socket.closeReason();
        });
    }

    bool open(const QUrl &url)
    {
        socket.open(url);
        return QTest::qWaitFor(
                   [this] { return socket.state() == QAbstractSocket::ConnectedState || closed; },
                   5000)
            && socket.state() == QAbstractSocket::ConnectedState;
    }

    void sendStart(const QString &format, const QString &name, bool transcribe = false)
    {
        v1.sendStart(format, name, transcribe);
    }
    void sendStop() { v1.sendStop(); }
    void sendResume(const QString &session, const QString &resumeToken)
    {
        v1.sendResume(session, resumeToken);
    }

    /// Any JSON, v1 or not, as it is.
    void sendJson(const QJsonObject &object)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }

    /// The first message of this type after `from`, waiting up to `timeoutMs` for it.
    QJsonObject waitFor(const QString &type, qsizetype from = 0, int timeoutMs = 5000)
    {
        return waitForMessage(messages, type, from, timeoutMs);
    }

    qsizetype count(const QString &type) const
    {
        qsizetype n = 0;
        for (const QJsonObject &message : messages)
            n += message.value(QLatin1String("type")).toString() == type;
        return n;
    }

    /// The highest acknowledged byte count so far; -1 before the first ack.
    qint64 ackedBytes() const { return m_acked; }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }

    QWebSocket socket;
    V1Client v1 { socket };
    QList<QJsonObject> messages;
    QStringList texts;
    bool closed = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
    QString closeReason;

private:
    qint64 m_acked = -1;
};
