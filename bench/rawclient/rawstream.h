#pragma once

#include <vector>

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include "clientframewriter.h"
#include "clienthandshake.h"
#include "payloadgenerator.h"
#include "sha256.h"
#include "streamclient.h"
#include "streamresult.h"
#include "uniquefd.h"

class EpollSet;
class ServerAddress;
struct ServerReply;

// One stream of the raw loader (--raw-client): what a StreamClient does, on a plain non-blocking
// socket in its thread's epoll set, without QWebSocket or a QObject of its own. TCP connect, the
// HTTP upgrade, "start" as V1Client writes it, "started", a binary chunk whenever one is due,
// acks, "stop" once the last chunk is acked, "stopped" with the bytes and the file; any error
// fails it with the reason. It fills in the same StreamResult, timed the same way: a chunk from
// the moment it is handed to the socket to the read that brought the ack covering it.
//
// Plain plans only: no resume (Plan::resumable) and no bulk, which BenchOptions refuses with
// --raw-client. Nothing is allocated per chunk: the chunk is made, hashed and masked in the
// thread's buffer and sent from there. All times are nanoseconds on the run's clock.
class RawStream final
{
public:
    enum class State
    {
        Idle,
        Connecting, // TCP connect
        Upgrading, // the HTTP upgrade request sent, waiting for 101
        Starting, // "start" sent
        Ready, // "started" received, waiting for the send phase
        Sending,
        Draining, // every chunk sent, waiting for the ack that covers the last one
        Stopping, // "stop" sent
        Done,
        Failed,
    };

    // Told of every change of state, as it happens (the worker counts handshakes and finished
    // streams with it). It must not call back into the stream that tells it.
    class Listener
    {
    public:
        virtual void streamStateChanged(RawStream &stream, State from, State to) = 0;

    protected:
        ~Listener() = default;
    };

    // tag: how the epoll set names this stream's socket. All references must outlive the stream.
    RawStream(const StreamClient::Plan &plan, const ServerAddress &server, EpollSet &epoll,
        quint64 tag, const QElapsedTimer &clock, Listener &listener);
    ~RawStream();
    RawStream(const RawStream &) = delete;
    RawStream &operator=(const RawStream &) = delete;

    void open();
    // Ready -> Sending; phaseStartNs is when chunk 0 of offset 0 is due.
    void beginSending(qint64 phaseStartNs);
    // Sends every chunk due by phaseNs (time since the send phase began), catching up if late.
    // chunk: the thread's buffer of plan.chunkBytes, overwritten.
    void sendDue(qint64 phaseNs, QByteArray &chunk);
    // Fails or moves on when the current state has waited too long.
    void checkDeadline(qint64 nowNs);
    void abort(const QString &reason);
    // What epoll reported for the socket; readBuffer is the thread's, for one read().
    void onEvents(quint32 events, char *readBuffer, qsizetype readBufferSize);

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Done || m_state == State::Failed; }
    // Final once isFinished(); sha256 and counters are filled in then.
    const StreamResult &result() const { return m_result; }

private:
    struct PendingChunk
    {
        qint64 endOffset = 0;
        qint64 sentNs = 0;
    };

    static constexpr qint64 noDeadline = -1;
    static constexpr qint64 keepDeadline = -2;

    void setState(State state, qint64 timeoutNs = noDeadline);
    void fail(const QString &reason);
    void failDisconnected(const QString &socketError);
    void noteError(const QString &error);
    void dropSocket();
    void watchWritable(bool on);

    void onConnectDone();
    void onReadable(char *buffer, qsizetype size);
    void consume(char *bytes, qsizetype size, qint64 nowNs);
    qsizetype readHead(char *bytes, qsizetype size);
    qsizetype readFrames(char *bytes, qsizetype size, qint64 nowNs);
    void onFrame(quint8 opcode, bool final, QByteArrayView payload, qint64 nowNs);
    void onText(QByteArrayView text, qint64 nowNs);
    void onServerClose(QByteArrayView payload);
    void flush();

    // Empty when the socket took the frame or keeps it for later, else why not.
    QString sendFrame(ClientFrameWriter::Opcode opcode, char *payload, qsizetype size);
    QString sendText(const QString &text);
    QString send(const char *head, qsizetype headSize, const char *payload, qsizetype payloadSize);
    void sendStop();
    void closeGracefully();

    void onStarted(const ServerReply &reply);
    void onAck(qint64 bytes, qint64 nowNs);
    void onStopped(const ServerReply &reply, qint64 nowNs);
    void onServerError(const ServerReply &reply);
    void acknowledgeUpTo(qint64 bytes, qint64 nowNs);
    bool hasPending() const { return m_pendingHead < m_pending.size(); }
    bool inWindow(qint64 nowNs) const;

    StreamClient::Plan m_plan;
    const ServerAddress &m_server;
    EpollSet &m_epoll;
    const quint64 m_tag;
    const QElapsedTimer &m_clock;
    Listener &m_listener;
    ClientHandshake m_handshake;
    ClientFrameWriter m_frames;
    PayloadGenerator m_payload;
    Sha256 m_hash;
    UniqueFd m_socket;
    bool m_watchingWritable = false;
    bool m_closeSent = false;
    QByteArray m_in; // an incomplete head or frame, until the rest arrives; usually empty
    QByteArray m_out; // what the socket did not take yet, in order; usually empty
    QByteArray m_fragments; // a message that came in several frames
    quint8 m_fragmentOpcode = 0; // 0: none open
    // Sent and not acked yet, oldest first from m_pendingHead; the front is dropped by moving the
    // head, so that the vector keeps its capacity instead of allocating as chunks come and go.
    std::vector<PendingChunk> m_pending;
    size_t m_pendingHead = 0;
    StreamResult m_result;
    State m_state = State::Idle;
    qint64 m_deadlineNs = noDeadline;
    qint64 m_phaseStartNs = 0;
    qint64 m_stopSentNs = 0;
};
