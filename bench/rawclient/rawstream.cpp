#include "rawstream.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include "ackscanner.h"
#include "benchlimits.h"
#include "epollset.h"
#include "protocol/clientmessage.h"
#include "protocol/serverreply.h"
#include "rawclientlimits.h"
#include "serveraddress.h"
#include "serverframereader.h"

using namespace Qt::StringLiterals;

namespace {

// QWebSocket's close code for a connection that ended without a close frame.
constexpr int abnormalClose = 1006;
constexpr int normalClose = 1000;
constexpr int noCloseCode = 1005;

qint64 toNs(std::chrono::milliseconds duration)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(duration).count();
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The keys of a stream's masks: from its payload seed, so that no two streams share them.
quint64 maskSeed(quint64 payloadSeed)
{
    return payloadSeed ^ 0x6a09e667f3bcc909ULL;
}

} // namespace

RawStream::RawStream(const StreamClient::Plan &plan, const ServerAddress &server, EpollSet &epoll,
    quint64 tag, const QElapsedTimer &clock, Listener &listener)
    : m_plan(plan)
    , m_server(server)
    , m_epoll(epoll)
    , m_tag(tag)
    , m_clock(clock)
    , m_listener(listener)
    , m_handshake(plan.url)
    , m_frames(maskSeed(plan.seed))
    , m_payload(plan.seed)
{
    Q_ASSERT(!plan.resumable && !plan.bulk);
    m_result.index = plan.index;
    m_result.name = u"bench-%1"_s.arg(plan.index);
    m_result.seed = plan.seed;
    // Every list that grows per chunk gets its room now, so that sending allocates nothing.
    m_result.latenciesUs.reserve(plan.chunkCount);
    m_result.sendLagUs.reserve(plan.chunkCount);
    if (plan.windowFromNs >= 0 && plan.intervalNs > 0) {
        const qint64 windowChunks = (plan.windowToNs - plan.windowFromNs) / plan.intervalNs + 2;
        m_result.windowLatenciesUs.reserve(windowChunks);
        m_result.windowSendLagUs.reserve(windowChunks);
    }
    m_pending.reserve(size_t(std::min<qint64>(plan.chunkCount, 64)));
}

RawStream::~RawStream()
{
    dropSocket();
}

void RawStream::open()
{
    setState(State::Connecting, toNs(BenchLimits::handshakeTimeout));
    m_socket.reset(::socket(m_server.family(), SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!m_socket.isValid()) {
        const int error = errno;
        noteError(u"socket error: "_s + errnoText(error));
        fail(u"could not connect: "_s + errnoText(error));
        return;
    }
    // A chunk is one whole frame handed over in one call: nothing to gain from Nagle's wait.
    const int on = 1;
    setsockopt(m_socket.get(), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    if (::connect(m_socket.get(), m_server.address(), m_server.length()) != 0
        && errno != EINPROGRESS) {
        const int error = errno;
        noteError(u"socket error: "_s + errnoText(error));
        fail(u"could not connect: "_s + errnoText(error));
        return;
    }
    // Writable when the connection is made or refused.
    if (!m_epoll.add(m_socket.get(), EPOLLOUT, m_tag)) {
        fail(u"could not watch the socket: "_s + m_epoll.errorString());
        return;
    }
    m_watchingWritable = true;
}

void RawStream::beginSending(qint64 phaseStartNs)
{
    m_phaseStartNs = phaseStartNs;
    if (m_state == State::Ready)
        setState(State::Sending);
}

void RawStream::sendDue(qint64 phaseNs, QByteArray &chunk)
{
    if (m_state != State::Sending || phaseNs < m_plan.offsetNs)
        return;
    const qint64 due
        = std::min(m_plan.chunkCount, (phaseNs - m_plan.offsetNs) / m_plan.intervalNs + 1);
    while (m_result.chunksSent < due) {
        m_payload.fill(chunk);
        m_hash.addData(chunk);
        const qint64 dueNs
            = m_phaseStartNs + m_plan.offsetNs + m_result.chunksSent * m_plan.intervalNs;
        const qint64 sentNs = m_clock.nsecsElapsed();
        // Masks the chunk in place: the buffer is made anew for the next one.
        const QString problem
            = sendFrame(ClientFrameWriter::Opcode::Binary, chunk.data(), chunk.size());
        if (!problem.isEmpty()) {
            noteError(u"socket error: "_s + problem);
            fail(u"could not send chunk %1"_s.arg(m_result.chunksSent));
            return;
        }
        ++m_result.chunksSent;
        m_result.bytesSent += chunk.size();
        m_pending.push_back({ m_result.bytesSent, sentNs });
        m_result.sendLagUs.append((sentNs - dueNs) / 1000);
        if (inWindow(sentNs)) {
            ++m_result.windowChunksSent;
            m_result.windowSendLagUs.append((sentNs - dueNs) / 1000);
        }
    }
    if (m_result.chunksSent == m_plan.chunkCount) {
        if (hasPending())
            setState(State::Draining, toNs(BenchLimits::drainTimeout));
        else
            sendStop();
    }
}

bool RawStream::inWindow(qint64 nowNs) const
{
    return m_plan.windowFromNs >= 0 && nowNs >= m_phaseStartNs + m_plan.windowFromNs
        && nowNs < m_phaseStartNs + m_plan.windowToNs;
}

void RawStream::checkDeadline(qint64 nowNs)
{
    if (m_deadlineNs < 0 || nowNs < m_deadlineNs)
        return;
    // While the bench's own socket still holds bytes the kernel has not taken (its core is busy),
    // the server cannot have answered them: the wait for the ack or "stopped" starts after that.
    const bool waitingForServer = m_state == State::Draining || m_state == State::Stopping;
    if (waitingForServer && !m_out.isEmpty()) {
        m_deadlineNs = nowNs
            + toNs(
                m_state == State::Draining ? BenchLimits::drainTimeout : BenchLimits::stopTimeout);
        return;
    }
    switch (m_state) {
    case State::Connecting:
    case State::Upgrading:
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
        m_deadlineNs = noDeadline;
        break;
    }
}

void RawStream::abort(const QString &reason)
{
    if (!isFinished())
        fail(reason);
}

void RawStream::setState(State state, qint64 timeoutNs)
{
    const State from = m_state;
    m_state = state;
    if (timeoutNs != keepDeadline)
        m_deadlineNs = timeoutNs < 0 ? noDeadline : m_clock.nsecsElapsed() + timeoutNs;
    if (isFinished()) {
        m_result.sha256 = m_hash.result();
        m_deadlineNs = noDeadline;
    }
    if (from != state)
        m_listener.streamStateChanged(*this, from, state);
}

void RawStream::fail(const QString &reason)
{
    if (isFinished())
        return;
    m_result.failure = reason;
    // A failed stream says nothing more: the socket goes at once, as QWebSocket::abort() does.
    dropSocket();
    setState(State::Failed);
}

void RawStream::failDisconnected(const QString &socketError)
{
    if (isFinished()) {
        dropSocket();
        return;
    }
    noteError(u"socket error: "_s + socketError);
    fail(u"disconnected (close code %1)"_s.arg(abnormalClose));
}

void RawStream::noteError(const QString &error)
{
    if (m_result.errors++ == 0)
        m_result.firstError = error;
}

void RawStream::dropSocket()
{
    if (!m_socket.isValid())
        return;
    m_epoll.remove(m_socket.get());
    m_socket.reset();
    m_watchingWritable = false;
    m_in.clear();
    m_out.clear();
    m_fragments.clear();
}

void RawStream::watchWritable(bool on)
{
    if (on == m_watchingWritable || !m_socket.isValid())
        return;
    m_watchingWritable = on;
    m_epoll.modify(m_socket.get(), EPOLLIN | (on ? EPOLLOUT : 0u), m_tag);
}

void RawStream::onEvents(quint32 events, char *readBuffer, qsizetype readBufferSize)
{
    if (!m_socket.isValid())
        return;
    if (m_state == State::Connecting) {
        onConnectDone();
        return;
    }
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR))
        onReadable(readBuffer, readBufferSize);
    if (m_socket.isValid() && (events & EPOLLOUT))
        flush();
}

void RawStream::onConnectDone()
{
    int error = 0;
    socklen_t size = sizeof error;
    if (getsockopt(m_socket.get(), SOL_SOCKET, SO_ERROR, &error, &size) != 0)
        error = errno;
    if (error != 0) {
        noteError(u"socket error: "_s + errnoText(error));
        fail(u"could not connect: "_s + errnoText(error));
        return;
    }
    m_watchingWritable = false;
    if (!m_epoll.modify(m_socket.get(), EPOLLIN, m_tag)) {
        fail(u"could not watch the socket: "_s + m_epoll.errorString());
        return;
    }
    // The handshake's deadline covers the connect and the upgrade together, as QWebSocket's does.
    setState(State::Upgrading, keepDeadline);
    const QByteArray &request = m_handshake.request();
    const QString problem = send(request.constData(), request.size(), nullptr, 0);
    if (!problem.isEmpty()) {
        noteError(u"socket error: "_s + problem);
        fail(u"could not connect: "_s + problem);
    }
}

void RawStream::onReadable(char *buffer, qsizetype size)
{
    ssize_t got;
    do {
        got = ::read(m_socket.get(), buffer, size_t(size));
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            failDisconnected(errnoText(errno));
        return;
    }
    if (got == 0) {
        failDisconnected(u"the server closed the connection"_s);
        return;
    }
    // The arrival of everything in this read, taken before any of it is parsed.
    const qint64 nowNs = m_clock.nsecsElapsed();
    // One read per wake-up: what is left is reported again by the next turn (level-triggered).
    consume(buffer, qsizetype(got), nowNs);
}

void RawStream::consume(char *bytes, qsizetype size, qint64 nowNs)
{
    if (m_state == State::Upgrading) {
        const qsizetype used = readHead(bytes, size);
        if (m_state == State::Upgrading || !m_socket.isValid())
            return;
        // A server may send its first frames right behind its 101.
        bytes += used;
        size -= used;
    }
    if (m_in.isEmpty()) {
        // The usual case: whole frames, parsed where read() put them.
        const qsizetype used = readFrames(bytes, size, nowNs);
        if (m_socket.isValid() && used < size)
            m_in.append(bytes + used, size - used);
        return;
    }
    m_in.append(bytes, size);
    const qsizetype used = readFrames(m_in.data(), m_in.size(), nowNs);
    if (m_socket.isValid())
        m_in.remove(0, used);
}

qsizetype RawStream::readHead(char *bytes, qsizetype size)
{
    // The head is looked for in what came before and in this read; its end may be split.
    const qsizetype before = m_in.size();
    m_in.append(bytes, size);
    const qsizetype end = m_in.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
    if (end < 0) {
        if (m_in.size() > RawClientLimits::maxResponseHeadBytes)
            fail(u"could not connect: no end of the server's HTTP answer in %1 bytes"_s.arg(
                RawClientLimits::maxResponseHeadBytes));
        return size;
    }
    const qsizetype headBytes = end + 4;
    const QString problem = m_handshake.check(QByteArrayView(m_in).first(headBytes));
    if (!problem.isEmpty()) {
        fail(u"could not connect: "_s + problem);
        return size;
    }
    m_in.clear();
    m_result.connected = true;
    const QString sent = sendText(ClientMessage::start(m_plan.format, m_result.name).toText());
    if (!sent.isEmpty()) {
        noteError(u"socket error: "_s + sent);
        fail(u"could not send \"start\""_s);
        return size;
    }
    setState(State::Starting, toNs(BenchLimits::startTimeout));
    return headBytes - before;
}

qsizetype RawStream::readFrames(char *bytes, qsizetype size, qint64 nowNs)
{
    qsizetype at = 0;
    while (m_socket.isValid()) {
        const ServerFrameReader::Result read = ServerFrameReader::next(
            QByteArrayView(bytes + at, size - at), RawClientLimits::maxServerMessageBytes);
        if (read.status == ServerFrameReader::Status::Incomplete)
            break;
        if (read.status == ServerFrameReader::Status::Invalid) {
            noteError(u"protocol error: "_s + QLatin1StringView(read.error));
            failDisconnected(u"the server broke the WebSocket framing"_s);
            break;
        }
        at += read.bytes;
        onFrame(read.frame.opcode, read.frame.final, read.frame.payload, nowNs);
    }
    return at;
}

void RawStream::onFrame(quint8 opcode, bool final, QByteArrayView payload, qint64 nowNs)
{
    switch (opcode) {
    case ServerFrameReader::Text:
    case ServerFrameReader::Binary:
        if (m_fragmentOpcode != 0) {
            failDisconnected(u"a new message began inside a fragmented one"_s);
            return;
        }
        if (!final) {
            m_fragmentOpcode = opcode;
            m_fragments = payload.toByteArray();
            return;
        }
        if (opcode == ServerFrameReader::Text)
            onText(payload, nowNs);
        else
            noteError(u"unexpected binary message from the server"_s);
        return;
    case ServerFrameReader::Continuation:
        if (m_fragmentOpcode == 0) {
            failDisconnected(u"a continuation frame without a message"_s);
            return;
        }
        m_fragments.append(payload);
        if (m_fragments.size() > RawClientLimits::maxServerMessageBytes) {
            failDisconnected(u"a message longer than any reply of the protocol"_s);
            return;
        }
        if (final) {
            const QByteArray message = std::exchange(m_fragments, {});
            const quint8 messageOpcode = std::exchange(m_fragmentOpcode, 0);
            if (messageOpcode == ServerFrameReader::Text)
                onText(message, nowNs);
            else
                noteError(u"unexpected binary message from the server"_s);
        }
        return;
    case ServerFrameReader::Close:
        onServerClose(payload);
        return;
    case ServerFrameReader::Ping: {
        QByteArray pong = payload.toByteArray();
        const QString problem
            = sendFrame(ClientFrameWriter::Opcode::Pong, pong.data(), pong.size());
        if (!problem.isEmpty())
            failDisconnected(problem);
        return;
    }
    case ServerFrameReader::Pong:
        return;
    default:
        failDisconnected(u"a frame with the unknown opcode %1"_s.arg(opcode));
        return;
    }
}

void RawStream::onText(QByteArrayView text, qint64 nowNs)
{
    if (isFinished())
        return;
    if (const auto bytes = AckScanner::bytes(text)) {
        onAck(*bytes, nowNs);
        return;
    }
    const ServerReply reply = ServerReply::parse(QString::fromUtf8(text));
    switch (reply.kind) {
    case ServerReply::Kind::Connection:
        return;
    case ServerReply::Kind::Started:
        onStarted(reply);
        return;
    case ServerReply::Kind::Ack:
        onAck(reply.bytes, nowNs);
        return;
    case ServerReply::Kind::Stopped:
        onStopped(reply, nowNs);
        return;
    case ServerReply::Kind::Resumed:
        noteError(u"unexpected \"resumed\""_s);
        return;
    case ServerReply::Kind::Error:
        onServerError(reply);
        return;
    case ServerReply::Kind::Caption:
        return; // a server that transcribes every session; the bench measures the recording
    case ServerReply::Kind::Take:
    case ServerReply::Kind::Time:
        noteError(u"unexpected message: "_s + QString::fromUtf8(text).left(200));
        return;
    case ServerReply::Kind::Unknown:
        noteError(u"unexpected message: "_s + QString::fromUtf8(text).left(200));
        return;
    }
}

void RawStream::onServerClose(QByteArrayView payload)
{
    // Our close was answered, or the stream is over anyway: the connection can go.
    if (m_closeSent || isFinished()) {
        dropSocket();
        return;
    }
    const int code
        = payload.size() >= 2 ? int(quint8(payload[0])) << 8 | quint8(payload[1]) : noCloseCode;
    const QString reason = payload.size() > 2 ? QString::fromUtf8(payload.sliced(2)) : QString();
    fail(u"disconnected (close code %1%2)"_s.arg(
        QString::number(code), reason.isEmpty() ? QString() : u", "_s + reason));
}

void RawStream::flush()
{
    while (!m_out.isEmpty()) {
        const ssize_t sent
            = ::send(m_socket.get(), m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                failDisconnected(errnoText(errno));
            return;
        }
        m_out.remove(0, qsizetype(sent));
    }
    watchWritable(false);
}

QString RawStream::sendFrame(ClientFrameWriter::Opcode opcode, char *payload, qsizetype size)
{
    char header[ClientFrameWriter::maxHeaderBytes];
    const qsizetype headerSize = m_frames.frame(header, opcode, payload, size);
    return send(header, headerSize, payload, size);
}

QString RawStream::sendText(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    return sendFrame(ClientFrameWriter::Opcode::Text, bytes.data(), bytes.size());
}

QString RawStream::send(
    const char *head, qsizetype headSize, const char *payload, qsizetype payloadSize)
{
    if (!m_socket.isValid())
        return u"the connection is closed"_s;
    if (!m_out.isEmpty()) {
        // Behind what waits already, in order; the socket says when it takes more.
        m_out.append(head, headSize);
        m_out.append(payload, payloadSize);
        return {};
    }
    iovec pieces[2] = { { const_cast<char *>(head), size_t(headSize) },
        { const_cast<char *>(payload), size_t(payloadSize) } };
    msghdr message {};
    message.msg_iov = pieces;
    message.msg_iovlen = payloadSize > 0 ? 2 : 1;
    ssize_t sent;
    do {
        sent = ::sendmsg(m_socket.get(), &message, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (sent < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return errnoText(errno);
        sent = 0;
    }
    const auto taken = qsizetype(sent);
    if (taken < headSize) {
        m_out.append(head + taken, headSize - taken);
        m_out.append(payload, payloadSize);
    } else if (taken < headSize + payloadSize) {
        m_out.append(payload + (taken - headSize), payloadSize - (taken - headSize));
    }
    if (!m_out.isEmpty())
        watchWritable(true);
    return {};
}

void RawStream::sendStop()
{
    m_stopSentNs = m_clock.nsecsElapsed();
    const QString problem = sendText(ClientMessage::stop().toText());
    if (!problem.isEmpty()) {
        noteError(u"socket error: "_s + problem);
        fail(u"could not send \"stop\""_s);
        return;
    }
    setState(State::Stopping, toNs(BenchLimits::stopTimeout));
}

void RawStream::closeGracefully()
{
    // As QWebSocket::close(): a close frame, then the server's answer (or its end) closes the
    // socket. The worker's end closes what is still open.
    char code[2] = { char(normalClose >> 8), char(normalClose & 0xff) };
    if (!sendFrame(ClientFrameWriter::Opcode::Close, code, sizeof code).isEmpty()) {
        dropSocket();
        return;
    }
    m_closeSent = true;
}

void RawStream::onStarted(const ServerReply &reply)
{
    if (m_state != State::Starting) {
        noteError(u"\"started\" while not starting"_s);
        return;
    }
    m_result.started = true;
    m_result.file = reply.file;
    setState(State::Ready);
}

void RawStream::onServerError(const ServerReply &reply)
{
    const QString error = reply.errorName + u": "_s + reply.message;
    noteError(error);
    if (m_state == State::Starting)
        fail(u"start refused: "_s + error);
}

void RawStream::onAck(qint64 bytes, qint64 nowNs)
{
    if (bytes < m_result.bytesAcked || bytes > m_result.bytesSent) {
        noteError(u"ack of %1 bytes after %2 acked and %3 sent"_s.arg(QString::number(bytes),
            QString::number(m_result.bytesAcked), QString::number(m_result.bytesSent)));
        return;
    }
    acknowledgeUpTo(bytes, nowNs);
    if (m_state == State::Draining && !hasPending())
        sendStop();
}

void RawStream::acknowledgeUpTo(qint64 bytes, qint64 nowNs)
{
    const bool windowed = inWindow(nowNs);
    if (windowed)
        m_result.windowBytesAcked += bytes - m_result.bytesAcked;
    m_result.bytesAcked = bytes;
    while (hasPending() && m_pending[m_pendingHead].endOffset <= bytes) {
        const qint64 latencyUs = (nowNs - m_pending[m_pendingHead].sentNs) / 1000;
        m_result.latenciesUs.append(latencyUs);
        if (windowed) {
            m_result.windowLatenciesUs.append(latencyUs);
            ++m_result.windowChunksAcked;
        }
        ++m_result.chunksAcked;
        ++m_pendingHead;
    }
    if (!hasPending()) {
        m_pending.clear();
        m_pendingHead = 0;
    } else if (m_pendingHead * 2 > m_pending.size()) {
        // A server that lags keeps a long tail: move it to the front now and then, still in place.
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(m_pendingHead));
        m_pendingHead = 0;
    }
}

void RawStream::onStopped(const ServerReply &reply, qint64 nowNs)
{
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
    closeGracefully();
    setState(m_result.completed ? State::Done : State::Failed);
}
