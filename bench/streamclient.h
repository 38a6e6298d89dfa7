#pragma once

#include <deque>

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include "payloadgenerator.h"
#include "sha256.h"
#include "streamresult.h"

class QWebSocket;
class V1Client;
struct ServerReply;

// One stream of the bench: a WebSocket (protocol v1 through V1Client) that starts a session, sends
// its chunks when the worker says they are due, times every chunk until an ack covers it, then
// stops the session. With Plan::resumable it survives a server crash: when the connection drops
// while recording it keeps every unacked byte (and the chunks that fall due meanwhile), connects
// again when its worker lets it, resumes the session and sends the server what it lacks. Lives on
// its worker's thread; all times are nanoseconds on the run's clock.
class StreamClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamClient)

public:
    enum class State
    {
        Idle,
        Connecting, // opening handshake
        Starting, // "start" sent
        Ready, // "started" received, waiting for the send phase
        Sending,
        Draining, // every chunk sent, waiting for the ack that covers the last one
        Stopping, // "stop" sent
        Interrupted, // the connection dropped while recording; waiting to connect again
        Resuming, // connecting again, or "resume" sent
        Done,
        Failed,
    };
    Q_ENUM(State)

    struct Plan
    {
        QUrl url;
        int index = 0;
        QString format;
        qint64 chunkBytes = 0;
        qint64 chunkCount = 0;
        qint64 intervalNs = 0;
        qint64 offsetNs = 0; // where in the interval this stream sends
        quint64 seed = 0;
        bool resumable = false; // resume after a drop instead of failing (the crash phase)
        // The steady window, in ns since the send phase began: what is sent and acked inside it
        // is counted apart as well. -1: no window.
        qint64 windowFromNs = -1;
        qint64 windowToNs = -1;
        // Bulk: chunk after chunk while at most maxUnackedBytes are unacked, for sendForNs;
        // chunkCount is then how many were sent.
        bool bulk = false;
        qint64 maxUnackedBytes = 0;
        qint64 sendForNs = 0;
    };

    StreamClient(const Plan &plan, const QElapsedTimer &clock, QObject *parent = nullptr);
    ~StreamClient() override;

    void open();
    // Ready -> Sending; phaseStartNs is when chunk 0 of offset 0 is due.
    void beginSending(qint64 phaseStartNs);
    // Sends every chunk due by phaseNs (time since the send phase began), catching up if late.
    void sendDue(qint64 phaseNs);
    // Fails or moves on when the current state has waited too long.
    void checkDeadline(qint64 nowNs);
    void abort(const QString &reason);
    // Interrupted and its next attempt is due: the worker may call resume().
    bool wantsToResume(qint64 nowNs) const;
    void resume();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Done || m_state == State::Failed; }
    // Final once isFinished(); sha256 and counters are filled in then.
    const StreamResult &result() const { return m_result; }

Q_SIGNALS:
    void stateChanged(StreamClient::State from, StreamClient::State to);

private:
    struct PendingChunk
    {
        qint64 endOffset = 0;
        qint64 sentNs = -1; // -1: not sent yet (it fell due while the connection was down)
        QByteArray bytes; // kept only when resumable, to send again after a resume
    };

    void setState(State state, qint64 timeout = -1);
    void fail(const QString &reason);
    void noteError(const QString &error);
    void sendStop();
    void sendBulk(qint64 phaseNs);
    bool inWindow(qint64 nowNs) const;
    bool isRecording() const; // a session is open on the server and the stream is in it
    void makeSocket();
    void dropSocket();
    void interrupt();
    void retryLater();
    void acknowledgeUpTo(qint64 bytes, qint64 nowNs, bool timed);
    bool resendPending();
    void onConnected();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onStarted(const ServerReply &reply);
    void onAck(const ServerReply &reply);
    void onStopped(const ServerReply &reply);
    void onResumed(const ServerReply &reply);
    void onServerError(const ServerReply &reply);

    Plan m_plan;
    const QElapsedTimer &m_clock;
    QWebSocket *m_socket = nullptr; // child; replaced for every new connection
    V1Client *m_client = nullptr; // the socket's child
    PayloadGenerator m_payload;
    Sha256 m_hash;
    QByteArray m_chunk;
    std::deque<PendingChunk> m_pending;
    StreamResult m_result;
    State m_state = State::Idle;
    qint64 m_deadlineNs = -1; // -1: none
    qint64 m_phaseStartNs = 0;
    qint64 m_stopSentNs = 0;
    qint64 m_receivedNs = 0; // when the server's latest text message arrived, before parsing
    QString m_session; // of "started", for a resume
    QString m_resumeToken;
    State m_interruptedIn = State::Sending; // where a resume goes back to
    qint64 m_resumeDeadlineNs = -1; // a drop must be resumed by then
    qint64 m_retryAtNs = -1; // next connection attempt while Interrupted
};
