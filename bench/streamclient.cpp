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
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_payload(plan.seed)
    , m_chunk(plan.chunkBytes, Qt::Uninitialized)
{
    m_result.index = plan.index;
    m_result.name = u"bench-%1"_s.arg(plan.index);
    m_result.latenciesUs.reserve(plan.chunkCount);
    m_result.sendLagUs.reserve(plan.chunkCount);

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
    // resumed: the bench never resumes, so it is unexpected too.
    connect(m_client, &V1Client::resumed, this, [this] { noteError(u"unexpected \"resumed\""_s); });
    connect(m_client, &V1Client::unexpectedMessage, this,
        [this](const QString &text) { noteError(u"unexpected message: "_s + text.left(200)); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
        [this](const QByteArray &) { noteError(u"unexpected binary message from the server"_s); });
}

StreamClient::~StreamClient() = default;

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
    if (m_state != State::Sending || phaseNs < m_plan.offsetNs)
        return;
    const qint64 due
        = std::min(m_plan.chunkCount, (phaseNs - m_plan.offsetNs) / m_plan.intervalNs + 1);
    while (m_result.chunksSent < due) {
        m_payload.fill(m_chunk);
        m_hash.addData(m_chunk);
        const qint64 sentNs = m_clock.nsecsElapsed();
        const qint64 dueNs
            = m_phaseStartNs + m_plan.offsetNs + m_result.chunksSent * m_plan.intervalNs;
        if (m_client->sendAudio(m_chunk) != m_chunk.size()) {
            fail(u"could not send chunk %1"_s.arg(m_result.chunksSent));
            return;
        }
        ++m_result.chunksSent;
        m_result.bytesSent += m_chunk.size();
        m_pending.push_back({ m_result.bytesSent, sentNs });
        m_result.sendLagUs.append((sentNs - dueNs) / 1000);
    }
    if (m_result.chunksSent == m_plan.chunkCount) {
        if (m_pending.empty())
            sendStop();
        else
            setState(State::Draining, toNs(BenchLimits::drainTimeout));
    }
}

void StreamClient::checkDeadline(qint64 nowNs)
{
    if (m_deadlineNs < 0 || nowNs < m_deadlineNs)
        return;
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
    fail(u"disconnected (close code %1%2)"_s.arg(QString::number(int(m_socket->closeCode())),
        m_socket->closeReason().isEmpty() ? QString() : u", "_s + m_socket->closeReason()));
}

void StreamClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (isFinished())
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
    setState(State::Ready);
}

void StreamClient::onServerError(const ServerReply &reply)
{
    const QString error = reply.errorName + u": "_s + reply.message;
    noteError(error);
    if (m_state == State::Starting)
        fail(u"start refused: "_s + error);
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
    m_result.bytesAcked = bytes;
    while (!m_pending.empty() && m_pending.front().endOffset <= bytes) {
        m_result.latenciesUs.append((nowNs - m_pending.front().sentNs) / 1000);
        ++m_result.chunksAcked;
        m_pending.pop_front();
    }
    if (m_state == State::Draining && m_pending.empty())
        sendStop();
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
