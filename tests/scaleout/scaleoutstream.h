#pragma once

#include <memory>
#include <optional>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include "protocol/v1client.h"

// One stream of the scale-out test, as a v1 client streams: starts a session through the
// balancer, sends its payload in chunks as fast as `tick()` allows (never more than a window of
// unacknowledged bytes), and when its connection drops it reconnects naming its session in the
// URL (/ws?session=...) and resumes from the byte the server holds. It stops with the totals of
// everything it produced, so that the server verifies the file too.
class ScaleoutStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleoutStream)

public:
    static constexpr qsizetype ChunkBytes = 3200; // 100 ms of 16 kHz mono
    static constexpr qint64 WindowBytes = 8 * ChunkBytes;
    static constexpr int RetryMs = 100; // a refused reconnect (no server up yet) tries again

    ScaleoutStream(QUrl url, QByteArray payload, QString name, QObject *parent = nullptr)
        : QObject(parent), m_url(std::move(url)), m_payload(std::move(payload)), m_name(name)
    {
        m_retry.setSingleShot(true);
        m_retry.setInterval(RetryMs);
        connect(&m_retry, &QTimer::timeout, this, &ScaleoutStream::connectNow);
    }

    ~ScaleoutStream() override
    {
        // The socket says it disconnected as it goes: not to this object, half destroyed by then.
        m_client.reset();
        if (m_socket)
            m_socket->disconnect(this);
    }

    void begin() { connectNow(); }

    // Sends the next chunk, when the window allows it.
    void tick()
    {
        if (!m_client || !m_live)
            return;
        if (m_sent < m_payload.size() && m_sent - m_acked < WindowBytes) {
            const QByteArray chunk = m_payload.mid(m_sent, ChunkBytes);
            m_client->sendAudio(chunk);
            m_sent += chunk.size();
        }
        if (m_sent == m_payload.size() && !m_stopSent) {
            m_stopSent = true;
            m_client->sendStop(ProducedTotals { m_payload.size(),
                QString::fromLatin1(
                    QCryptographicHash::hash(m_payload, QCryptographicHash::Sha256).toHex()) });
        }
    }

    // The kill happened: from now on a drop is counted, and the time to resume measured.
    void markKill(const QElapsedTimer &clock)
    {
        m_clock = &clock;
        m_killAtMs = clock.elapsed();
    }

    bool isStopped() const { return m_stopped; }
    qint64 acked() const { return m_acked; }
    QString session() const { return m_session; }
    QString file() const { return m_file; }
    QString verification() const { return m_verification; }
    int drops() const { return m_drops; }
    int resumes() const { return m_resumes; }
    // After the kill: from it to this stream's first "resumed"; -1 when it did not resume.
    qint64 resumeDelayMs() const { return m_resumeDelayMs; }
    qint64 ackedAtDrop() const { return m_ackedAtDrop; }
    qint64 resumedAt() const { return m_resumedAt; }
    QString error() const { return m_error; }
    const QByteArray &payload() const { return m_payload; }

private:
    void connectNow()
    {
        m_live = false;
        // From the retry timer, never from the old socket's own signal: it may go now.
        m_client.reset();
        m_socket = std::make_unique<QWebSocket>();
        m_client = std::make_unique<V1Client>(*m_socket);
        QWebSocket *socket = m_socket.get();
        connect(m_client.get(), &V1Client::connectionReceived, this, [this] {
            if (m_session.isEmpty())
                m_client->sendStart(
                    QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16"), m_name);
            else
                m_client->sendResume(m_session, m_token);
        });
        connect(m_client.get(), &V1Client::started, this, [this](const ServerReply &reply) {
            m_session = reply.session;
            m_token = reply.resumeToken;
            m_file = reply.file;
            m_live = true;
        });
        connect(m_client.get(), &V1Client::resumed, this, [this](const ServerReply &reply) {
            // The server may hold more than it acked (written, not acked yet): it says where to
            // go on from.
            ++m_resumes;
            m_resumedAt = reply.bytes;
            if (m_clock && m_resumeDelayMs < 0)
                m_resumeDelayMs = m_clock->elapsed() - m_killAtMs;
            m_acked = reply.bytes;
            m_sent = reply.bytes;
            m_stopSent = false;
            m_live = true;
        });
        connect(m_client.get(), &V1Client::acknowledged, this,
            [this](const ServerReply &reply) { m_acked = std::max(m_acked, reply.bytes); });
        connect(m_client.get(), &V1Client::stopped, this, [this](const ServerReply &reply) {
            m_acked = reply.bytes;
            m_verification = reply.verification;
            m_stopped = true;
            m_live = false;
            m_socket->close();
        });
        connect(m_client.get(), &V1Client::errorReceived, this,
            [this](const ServerReply &reply) { m_error = reply.errorName; });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (socket != m_socket.get() || m_stopped)
                return;
            if (m_live) {
                ++m_drops;
                m_ackedAtDrop = m_acked;
            }
            m_live = false;
            // Later, not here: the socket is still emitting. A balancer that has no server up
            // refuses at once, hence the pause between attempts.
            m_retry.start();
        });
        QUrl url = m_url;
        if (!m_session.isEmpty()) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("session"), m_session);
            url.setQuery(query);
        }
        socket->open(url);
    }

    QUrl m_url;
    QByteArray m_payload;
    QString m_name;
    std::unique_ptr<QWebSocket> m_socket;
    std::unique_ptr<V1Client> m_client;
    QTimer m_retry;
    QString m_session;
    QString m_token;
    QString m_file;
    QString m_verification;
    QString m_error;
    qint64 m_sent = 0;
    qint64 m_acked = 0;
    qint64 m_ackedAtDrop = -1;
    qint64 m_resumedAt = -1;
    bool m_live = false;
    bool m_stopSent = false;
    bool m_stopped = false;
    int m_drops = 0;
    int m_resumes = 0;
    const QElapsedTimer *m_clock = nullptr;
    qint64 m_killAtMs = -1;
    qint64 m_resumeDelayMs = -1;
};
