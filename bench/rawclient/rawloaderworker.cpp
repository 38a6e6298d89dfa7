#include "rawloaderworker.h"

#include <algorithm>
#include <array>
#include <limits>
#include <sys/timerfd.h>

#include "benchlimits.h"
#include "rawclientlimits.h"
#include "streamplan.h"

using namespace Qt::StringLiterals;

namespace {

// The send timer's tag in the epoll set; the streams' are their positions.
constexpr quint64 sendTimerTag = std::numeric_limits<quint64>::max();

bool isHandshake(RawStream::State state)
{
    return state == RawStream::State::Connecting || state == RawStream::State::Upgrading;
}

bool isUnsettled(RawStream::State state)
{
    return state == RawStream::State::Idle || isHandshake(state)
        || state == RawStream::State::Starting;
}

} // namespace

RawLoaderWorker::RawLoaderWorker(const BenchOptions &options, const QList<int> &streamIndexes,
    int rampWindow, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_streamIndexes(streamIndexes)
    , m_rampWindow(std::max(1, rampWindow))
    , m_clock(clock)
    , m_deadlineTimer(this)
    , m_progressTimer(this)
{
    m_deadlineTimer.setInterval(BenchLimits::deadlineCheckInterval);
    m_progressTimer.setInterval(BenchLimits::progressInterval / 2);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &RawLoaderWorker::checkDeadlines);
    connect(&m_progressTimer, &QTimer::timeout, this, &RawLoaderWorker::reportProgress);
}

// The streams close their sockets, and the notifier lets go of the set, before the set goes.
RawLoaderWorker::~RawLoaderWorker() = default;

QString RawLoaderWorker::setUp()
{
    QString error;
    const auto server = ServerAddress::fromUrl(m_options.url, &error);
    if (!server)
        return error;
    m_server = *server;
    if (!m_epoll.isValid())
        return m_epoll.errorString();
    m_sendTimer.reset(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC));
    if (!m_sendTimer.isValid())
        return u"timerfd_create failed"_s;
    if (!m_epoll.add(m_sendTimer.get(), EPOLLIN, sendTimerTag))
        return m_epoll.errorString();
    // Made here, on the worker's thread, where it is used.
    m_epollNotifier = std::make_unique<QSocketNotifier>(m_epoll.fd(), QSocketNotifier::Read);
    connect(
        m_epollNotifier.get(), &QSocketNotifier::activated, this, &RawLoaderWorker::onEpollReady);
    return {};
}

void RawLoaderWorker::start()
{
    m_chunk = QByteArray(m_options.chunkBytes, Qt::Uninitialized);
    m_readBuffer = QByteArray(RawClientLimits::readBufferBytes, Qt::Uninitialized);
    const QString setUpError = setUp();
    m_streams.reserve(size_t(m_streamIndexes.size()));
    RawStream::Listener &listener = *this;
    for (const int index : std::as_const(m_streamIndexes)) {
        const auto position = qint64(m_streams.size());
        m_streams.push_back(std::make_unique<RawStream>(streamPlan(m_options, index, position),
            m_server, m_epoll, quint64(position), m_clock, listener));
    }
    m_unsettled = int(m_streams.size());
    m_progressTimer.start();
    if (!setUpError.isEmpty()) {
        abortAll(u"raw client: "_s + setUpError);
        return;
    }
    m_deadlineTimer.start();
    openMore();
}

void RawLoaderWorker::beginSending()
{
    if (m_phaseStartNs >= 0)
        return;
    m_phaseStartNs = m_clock.nsecsElapsed();
    for (const auto &stream : m_streams) {
        if (stream->state() == RawStream::State::Ready)
            stream->beginSending(m_phaseStartNs);
        else
            stream->abort(u"had not started when the send phase began"_s);
    }
    if (m_sending > 0) {
        armSendTimer(true);
        sendTick();
    }
    finishIfDone();
}

void RawLoaderWorker::abortAll(const QString &reason)
{
    // Nothing is left to open: every stream fails, and none that fails opens another.
    m_nextToOpen = qsizetype(m_streams.size());
    for (const auto &stream : m_streams)
        stream->abort(reason);
    finishIfDone();
}

void RawLoaderWorker::armSendTimer(bool on)
{
    // Periodic from the start of the send phase: the ticks fall on the streams' slots, and the
    // kernel keeps the period without drift; a tick that comes late sends what is due.
    const qint64 tickNs = on ? qint64(m_options.sendTickMs()) * 1'000'000 : 0;
    itimerspec spec {};
    spec.it_value.tv_sec = time_t(tickNs / 1'000'000'000);
    spec.it_value.tv_nsec = long(tickNs % 1'000'000'000);
    spec.it_interval = spec.it_value;
    timerfd_settime(m_sendTimer.get(), 0, &spec, nullptr);
}

void RawLoaderWorker::onEpollReady()
{
    std::array<epoll_event, RawClientLimits::eventsPerWake> events;
    const int ready = m_epoll.takeReady(events);
    for (int i = 0; i < ready; ++i) {
        const quint64 tag = events[size_t(i)].data.u64;
        if (tag == sendTimerTag) {
            quint64 expirations = 0;
            if (::read(m_sendTimer.get(), &expirations, sizeof expirations) > 0)
                sendTick();
        } else if (tag < m_streams.size()) {
            m_streams[size_t(tag)]->onEvents(
                events[size_t(i)].events, m_readBuffer.data(), m_readBuffer.size());
        }
    }
}

void RawLoaderWorker::openMore()
{
    if (m_opening)
        return;
    m_opening = true;
    while (m_handshakes < m_rampWindow && m_nextToOpen < qsizetype(m_streams.size())) {
        RawStream &stream = *m_streams[size_t(m_nextToOpen++)];
        if (stream.state() == RawStream::State::Idle) {
            ++m_handshakes;
            stream.open();
        }
    }
    m_opening = false;
}

void RawLoaderWorker::streamStateChanged(
    RawStream & /*stream*/, RawStream::State from, RawStream::State to)
{
    // Idle -> Connecting was counted when the stream was opened.
    if (isHandshake(from) && !isHandshake(to))
        --m_handshakes;
    if (isUnsettled(from) && !isUnsettled(to) && --m_unsettled == 0 && !m_rampReported) {
        m_rampReported = true;
        reportProgress();
        Q_EMIT rampedUp();
    }
    if (to == RawStream::State::Sending)
        ++m_sending;
    else if (from == RawStream::State::Sending)
        --m_sending;
    if (to == RawStream::State::Done || to == RawStream::State::Failed) {
        ++m_finished;
        finishIfDone();
    }
    if (isHandshake(from) && !isHandshake(to))
        openMore();
}

void RawLoaderWorker::sendTick()
{
    const qint64 phaseNs = m_clock.nsecsElapsed() - m_phaseStartNs;
    for (const auto &stream : m_streams)
        stream->sendDue(phaseNs, m_chunk);
    if (m_sending == 0)
        armSendTimer(false);
}

void RawLoaderWorker::checkDeadlines()
{
    const qint64 nowNs = m_clock.nsecsElapsed();
    for (const auto &stream : m_streams)
        stream->checkDeadline(nowNs);
}

void RawLoaderWorker::reportProgress()
{
    WorkerProgress progress;
    progress.streams = int(m_streams.size());
    for (const auto &stream : m_streams) {
        const StreamResult &result = stream->result();
        progress.connected += result.connected ? 1 : 0;
        progress.started += result.started ? 1 : 0;
        progress.finished += stream->isFinished() ? 1 : 0;
        progress.failed += stream->state() == RawStream::State::Failed ? 1 : 0;
        progress.chunksSent += result.chunksSent;
        progress.chunksAcked += result.chunksAcked;
    }
    Q_EMIT progressed(progress);
}

void RawLoaderWorker::finishIfDone()
{
    if (m_finishReported || m_finished < int(m_streams.size()))
        return;
    m_finishReported = true;
    if (m_sendTimer.isValid())
        armSendTimer(false);
    m_deadlineTimer.stop();
    reportProgress();
    m_progressTimer.stop();
    QList<StreamResult> results;
    results.reserve(qsizetype(m_streams.size()));
    for (const auto &stream : m_streams)
        results.append(stream->result());
    Q_EMIT finished(results);
}
