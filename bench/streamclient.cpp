#include "streamclient.h"

#include <chrono>

#include <QWebSocket>

#include "benchlimits.h"
#include "protocol/v1client.h"

using namespace Qt::StringLiterals;

namespace {

qint64 toNs(std::chrono::milliseconds duration)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(duration).count();
}

} // namespace

StreamClient::StreamClient(const Plan &plan, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_clock(clock)
    , m_payload(plan.seed)
    , m_chunk(plan.chunkBytes, Qt::Uninitialized)
{
    m_result.index = plan.index;
    m_result.name = u"bench-%1"_s.arg(plan.index);
    m_result.seed = plan.seed;
    m_result.latenciesUs.reserve(plan.chunkCount);
    m_result.sendLagUs.reserve(plan.chunkCount);
    makeSocket();
}

StreamClient::~StreamClient() = default;

void StreamClient::makeSocket()
{
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &StreamClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &StreamClient::onDisconnected);
    // error() is overloaded with the getter; errorOccurred() only arrives in Qt 6.5.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        &StreamClient::onSocketError);
    // Connected before the protocol client, so that it runs first: the arrival time does not
    // include the parsing.
    connect(m_socket, &QWebSocket::textMessageReceived, this,
        [this] { m_receivedNs = m_clock.nsecsElapsed(); });
    m_client = new V1Client(*m_socket, m_socket);
    connect(m_client, &V1Client::started, this, &StreamClient::onStarted);
    connect(m_client, &V1Client::acknowledged, this, &StreamClient::onAck);
    connect(m_client, &V1Client::stopped, this, &StreamClient::onStopped);
    connect(m_client, &V1Client::errorReceived, this, &StreamClient::onServerError);
    connect(m_client, &V1Client::resumed, this, &StreamClient::onResumed);
    connect(m_client, &V1Client::unexpectedMessage, this,
        [this](const QString &text) { noteError(u"unexpected message: "_s + text.left(200)); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
        [this](const QByteArray &) { noteError(u"unexpected binary message from the server"_s); });
}

void StreamClient::dropSocket()
{
    if (!m_socket)
        return;
    // The old connection says nothing more: its disconnect must not end the new one's state.
    disconnect(m_socket, nullptr, this, nullptr);
    disconnect(m_client, nullptr, this, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_client = nullptr;
}

void StreamClient::open()
{
    setState(State::Connecting, toNs(BenchLimits::handshakeTimeout));
    m_socket->open(m_plan.url);
}

void StreamClient::beginSending(qint64 phaseStartNs)
{
    m_phaseStartNs = phaseStartNs;
    if (m_state == State::Ready)
        setState(State::Sending);
}

void StreamClient::sendDue(qint64 phaseNs)
{
    if (m_plan.bulk) {
        sendBulk(phaseNs);
        return;
    }
    // While the connection is down the chunks keep falling due, as a microphone's would; they
    // wait in m_pending and go out after the resume.
    const bool connected = m_state == State::Sending;
    const bool offline = m_state == State::Interrupted || m_state == State::Resuming;
    if ((!connected && !offline) || phaseNs < m_plan.offsetNs)
        return;
    const qint64 due
        = std::min(m_plan.chunkCount, (phaseNs - m_plan.offsetNs) / m_plan.intervalNs + 1);
    while (m_result.chunksSent < due) {
        m_payload.fill(m_chunk);
        m_hash.addData(m_chunk);
        const qint64 dueNs
            = m_phaseStartNs + m_plan.offsetNs + m_result.chunksSent * m_plan.intervalNs;
        ++m_result.chunksSent;
        m_result.bytesSent += m_chunk.size();
        PendingChunk chunk { m_result.bytesSent, -1, m_plan.resumable ? m_chunk : QByteArray() };
        if (m_state == State::Sending) {
            const qint64 sentNs = m_clock.nsecsElapsed();
            if (m_client->sendAudio(m_chunk) == m_chunk.size()) {
                chunk.sentNs = sentNs;
                m_result.sendLagUs.append((sentNs - dueNs) / 1000);
                if (inWindow(sentNs)) {
                    ++m_result.windowChunksSent;
                    m_result.windowSendLagUs.append((sentNs - dueNs) / 1000);
                }
            } else if (m_plan.resumable) {
                // The socket is going down (the server died); the chunk waits with the others.
                m_pending.push_back(std::move(chunk));
                interrupt();
                continue;
            } else {
                fail(u"could not send chunk %1"_s.arg(m_result.chunksSent - 1));
                return;
            }
        }
        m_pending.push_back(std::move(chunk));
    }
    if (m_state == State::Sending && m_result.chunksSent == m_plan.chunkCount) {
        if (m_pending.empty())
            sendStop();
        else
            setState(State::Draining, toNs(BenchLimits::drainTimeout));
    }
}

void StreamClient::sendBulk(qint64 phaseNs)
{
    if (m_state != State::Sending)
        return;
    if (phaseNs >= m_plan.sendForNs) {
        // Time is up: what was sent is the stream, and it ends like a scheduled one.
        m_plan.chunkCount = m_result.chunksSent;
        if (m_pending.empty())
            sendStop();
        else
            setState(State::Draining, toNs(BenchLimits::drainTimeout));
        return;
    }
    // No schedule, so no send lag: a chunk leaves as soon as the acks make room for it.
    while (m_result.bytesSent - m_result.bytesAcked + m_chunk.size() <= m_plan.maxUnackedBytes) {
        m_payload.fill(m_chunk);
        m_hash.addData(m_chunk);
        const qint64 sentNs = m_clock.nsecsElapsed();
        if (m_client->sendAudio(m_chunk) != m_chunk.size()) {
            fail(u"could not send chunk %1"_s.arg(m_result.chunksSent));
            return;
        }
        ++m_result.chunksSent;
        m_result.bytesSent += m_chunk.size();
        m_pending.push_back({ m_result.bytesSent, sentNs, {} });
        if (inWindow(sentNs))
            ++m_result.windowChunksSent;
    }
}

bool StreamClient::inWindow(qint64 nowNs) const
{
    return m_plan.windowFromNs >= 0 && nowNs >= m_phaseStartNs + m_plan.windowFromNs
        && nowNs < m_phaseStartNs + m_plan.windowToNs;
}

void StreamClient::checkDeadline(qint64 nowNs)
{
    if (m_deadlineNs < 0 || nowNs < m_deadlineNs)
        return;
    // While the bench's own socket still holds bytes the kernel has not taken (its core is busy),
    // the server cannot have answered them: the wait for the ack or "stopped" starts after that.
    const bool waitingForServer = m_state == State::Draining || m_state == State::Stopping;
    if (waitingForServer && m_socket && m_socket->bytesToWrite() > 0) {
        m_deadlineNs = nowNs
            + toNs(
                m_state == State::Draining ? BenchLimits::drainTimeout : BenchLimits::stopTimeout);
        return;
    }
    switch (m_state) {
    case State::Connecting:
        fail(u"no WebSocket handshake within %1 ms"_s.arg(BenchLimits::handshakeTimeout.count()));
        break;
    case State::Starting:
        fail(u"no \"started\" within %1 ms"_s.arg(BenchLimits::startTimeout.count()));
        break;
    case State::Draining:
        // Not a failure yet: the ack that comes with "stopped" may still cover everything.
        noteError(u"last chunk not acked within %1 ms"_s.arg(BenchLimits::drainTimeout.count()));
        sendStop();
        break;
    case State::Stopping:
        fail(u"no \"stopped\" within %1 ms"_s.arg(BenchLimits::stopTimeout.count()));
        break;
    case State::Interrupted:
    case State::Resuming:
        if (nowNs >= m_resumeDeadlineNs) {
            fail(u"not resumed within %1 ms of the drop"_s.arg(BenchLimits::resumeTimeout.count()));
        } else if (m_state == State::Resuming) {
            // This attempt hangs (a handshake lost in a full backlog): the next one may not.
            retryLater();
        } else {
            m_deadlineNs = m_resumeDeadlineNs;
        }
        break;
    default:
        m_deadlineNs = -1;
        break;
    }
}

void StreamClient::abort(const QString &reason)
{
    if (!isFinished())
        fail(reason);
}

bool StreamClient::isRecording() const
{
    return m_state == State::Sending || m_state == State::Draining || m_state == State::Stopping;
}

bool StreamClient::wantsToResume(qint64 nowNs) const
{
    return m_state == State::Interrupted && nowNs >= m_retryAtNs;
}

void StreamClient::resume()
{
    if (m_state != State::Interrupted)
        return;
    makeSocket();
    setState(State::Resuming, toNs(BenchLimits::handshakeTimeout));
    m_socket->open(m_plan.url);
}

void StreamClient::interrupt()
{
    const qint64 nowNs = m_clock.nsecsElapsed();
    ++m_result.drops;
    m_result.droppedNs = nowNs;
    m_result.ackedAtDrop = m_result.bytesAcked;
    m_result.sentAtDrop = m_result.bytesSent;
    for (const PendingChunk &chunk : m_pending) {
        if (chunk.sentNs < 0)
            m_result.sentAtDrop -= chunk.bytes.size();
    }
    m_interruptedIn = m_state;
    m_resumeDeadlineNs = nowNs + toNs(BenchLimits::resumeTimeout);
    dropSocket();
    m_retryAtNs = nowNs + toNs(BenchLimits::reconnectDelay);
    setState(State::Interrupted);
    m_deadlineNs = m_resumeDeadlineNs;
}

void StreamClient::retryLater()
{
    dropSocket();
    m_retryAtNs = m_clock.nsecsElapsed() + toNs(BenchLimits::reconnectDelay);
    setState(State::Interrupted);
    m_deadlineNs = m_resumeDeadlineNs;
}

void StreamClient::setState(State state, qint64 timeout)
{
    const State from = m_state;
    m_state = state;
    m_deadlineNs = timeout < 0 ? -1 : m_clock.nsecsElapsed() + timeout;
    if (isFinished())
        m_result.sha256 = m_hash.result();
    if (from != state)
        Q_EMIT stateChanged(from, state);
}

void StreamClient::fail(const QString &reason)
{
    if (isFinished())
        return;
    m_result.failure = reason;
    setState(State::Failed);
    // A failed stream says nothing more; the disconnect this causes is ignored (finished already).
    if (m_socket)
        m_socket->abort();
}

void StreamClient::noteError(const QString &error)
{
    if (m_result.errors++ == 0)
        m_result.firstError = error;
}

void StreamClient::sendStop()
{
    m_stopSentNs = m_clock.nsecsElapsed();
    m_client->sendStop();
    setState(State::Stopping, toNs(BenchLimits::stopTimeout));
}

void StreamClient::onConnected()
{
    if (m_state == State::Resuming) {
        m_client->sendResume(m_session, m_resumeToken);
        m_deadlineNs = m_clock.nsecsElapsed() + toNs(BenchLimits::startTimeout);
        return;
    }
    if (m_state != State::Connecting)
        return;
    m_result.connected = true;
    m_client->sendStart(m_plan.format, m_result.name);
    setState(State::Starting, toNs(BenchLimits::startTimeout));
}

void StreamClient::onDisconnected()
{
    if (isFinished())
        return;
    if (m_state == State::Connecting) {
        fail(u"could not connect: %1"_s.arg(m_socket->errorString()));
        return;
    }
    if (m_state == State::Resuming) {
        // The restarted server does not accept yet.
        retryLater();
        return;
    }
    if (m_plan.resumable && isRecording() && !m_session.isEmpty()) {
        interrupt();
        return;
    }
    fail(u"disconnected (close code %1%2)"_s.arg(QString::number(int(m_socket->closeCode())),
        m_socket->closeReason().isEmpty() ? QString() : u", "_s + m_socket->closeReason()));
}

void StreamClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (isFinished())
        return;
    // Refused connections while the server restarts are expected: try again a little later.
    if (m_state == State::Resuming) {
        retryLater();
        return;
    }
    // A server killed under a resumable stream: the drop is counted as such, not as an error.
    if (m_plan.resumable && isRecording())
        return;
    noteError(u"socket error %1: %2"_s.arg(QString::number(int(error)), m_socket->errorString()));
    if (m_state == State::Connecting)
        fail(u"could not connect: %1"_s.arg(m_socket->errorString()));
    // Otherwise the disconnect that follows says how the stream ended.
}

void StreamClient::onStarted(const ServerReply &reply)
{
    if (m_state != State::Starting) {
        noteError(u"\"started\" while not starting"_s);
        return;
    }
    m_result.started = true;
    m_result.file = reply.file;
    m_session = reply.session;
    m_resumeToken = reply.resumeToken;
    setState(State::Ready);
}

void StreamClient::onServerError(const ServerReply &reply)
{
    const QString error = reply.errorName + u": "_s + reply.message;
    noteError(error);
    if (m_state == State::Starting)
        fail(u"start refused: "_s + error);
    else if (m_state == State::Resuming)
        fail(u"resume refused: "_s + error);
}

void StreamClient::onAck(const ServerReply &reply)
{
    const qint64 bytes = reply.bytes;
    const qint64 nowNs = m_receivedNs;
    if (bytes < m_result.bytesAcked || bytes > m_result.bytesSent) {
        noteError(u"ack of %1 bytes after %2 acked and %3 sent"_s.arg(QString::number(bytes),
            QString::number(m_result.bytesAcked), QString::number(m_result.bytesSent)));
        return;
    }
    acknowledgeUpTo(bytes, nowNs, true);
    if (m_state == State::Draining && m_pending.empty())
        sendStop();
    else if (m_plan.bulk)
        sendBulk(m_clock.nsecsElapsed() - m_phaseStartNs); // the ack made room
}

void StreamClient::acknowledgeUpTo(qint64 bytes, qint64 nowNs, bool timed)
{
    const bool windowed = timed && inWindow(nowNs);
    if (windowed)
        m_result.windowBytesAcked += bytes - m_result.bytesAcked;
    m_result.bytesAcked = bytes;
    while (!m_pending.empty() && m_pending.front().endOffset <= bytes) {
        const PendingChunk &chunk = m_pending.front();
        if (timed && chunk.sentNs >= 0) {
            m_result.latenciesUs.append((nowNs - chunk.sentNs) / 1000);
            if (windowed)
                m_result.windowLatenciesUs.append((nowNs - chunk.sentNs) / 1000);
        }
        ++m_result.chunksAcked;
        m_result.windowChunksAcked += windowed ? 1 : 0;
        m_pending.pop_front();
    }
}

bool StreamClient::resendPending()
{
    for (PendingChunk &chunk : m_pending) {
        chunk.sentNs = m_clock.nsecsElapsed();
        if (m_client->sendAudio(chunk.bytes) != chunk.bytes.size()) {
            fail(u"could not send again after the resume"_s);
            return false;
        }
        m_result.bytesAfterResume += chunk.bytes.size();
    }
    return true;
}

void StreamClient::onResumed(const ServerReply &reply)
{
    if (m_state != State::Resuming) {
        noteError(u"unexpected \"resumed\""_s);
        return;
    }
    const qint64 bytes = reply.bytes;
    m_result.resumedAtBytes = bytes;
    // The one promise of an ack: those bytes survive a crash of the server.
    if (bytes < m_result.bytesAcked) {
        fail(u"resumed at %1 bytes, but %2 had been acked"_s.arg(
            QString::number(bytes), QString::number(m_result.bytesAcked)));
        return;
    }
    const qint64 handedOver = m_result.sentAtDrop;
    if (bytes > handedOver) {
        fail(u"resumed at %1 bytes, but only %2 had been sent"_s.arg(
            QString::number(bytes), QString::number(handedOver)));
        return;
    }
    ++m_result.resumes;
    m_result.resumedNs = m_receivedNs;
    // What the server kept counts as acked; the rest it gets again, from its offset on.
    acknowledgeUpTo(bytes, m_receivedNs, false);
    if (!m_pending.empty()) {
        PendingChunk &front = m_pending.front();
        const qint64 start = front.endOffset - front.bytes.size();
        if (start < bytes) {
            // The server kept part of this chunk (a write cut short by the kill).
            front.bytes = front.bytes.sliced(qsizetype(bytes - start));
        }
    }
    m_resumeDeadlineNs = -1;
    if (!resendPending())
        return;

    if (m_interruptedIn == State::Stopping || m_result.chunksSent == m_plan.chunkCount) {
        if (m_interruptedIn == State::Stopping || m_pending.empty())
            sendStop();
        else
            setState(State::Draining, toNs(BenchLimits::drainTimeout));
        return;
    }
    setState(State::Sending);
}

void StreamClient::onStopped(const ServerReply &reply)
{
    const qint64 nowNs = m_receivedNs;
    if (m_state != State::Stopping) {
        noteError(u"\"stopped\" while not stopping"_s);
        return;
    }
    m_result.stopLatencyUs = (nowNs - m_stopSentNs) / 1000;
    m_result.serverBytes = reply.bytes;
    if (!reply.file.isEmpty())
        m_result.file = reply.file;

    if (m_result.bytesAcked != m_result.bytesSent) {
        m_result.failure = u"stopped with %1 of %2 bytes acked"_s.arg(
            QString::number(m_result.bytesAcked), QString::number(m_result.bytesSent));
    } else if (m_result.serverBytes != m_result.bytesSent) {
        m_result.failure = u"server counted %1 bytes, %2 were sent"_s.arg(
            QString::number(m_result.serverBytes), QString::number(m_result.bytesSent));
    } else {
        m_result.completed = true;
    }
    setState(m_result.completed ? State::Done : State::Failed);
    m_socket->close();
}
