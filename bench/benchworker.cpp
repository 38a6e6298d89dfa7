#include "benchworker.h"

#include <algorithm>

#include "benchlimits.h"
#include "streamplan.h"

using namespace Qt::StringLiterals;

namespace {

// Chunks fall due for these streams, also while their connection is down.
bool needsTicks(StreamClient::State state)
{
    return state == StreamClient::State::Sending || state == StreamClient::State::Interrupted
        || state == StreamClient::State::Resuming;
}

bool isHandshake(StreamClient::State state)
{
    return state == StreamClient::State::Connecting || state == StreamClient::State::Resuming;
}

bool isUnsettled(StreamClient::State state)
{
    return state == StreamClient::State::Idle || state == StreamClient::State::Connecting
        || state == StreamClient::State::Starting;
}

} // namespace

BenchWorker::BenchWorker(const BenchOptions &options, const QList<int> &streamIndexes,
    int rampWindow, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_streamIndexes(streamIndexes)
    , m_rampWindow(std::max(1, rampWindow))
    , m_clock(clock)
    , m_sendTimer(this)
    , m_deadlineTimer(this)
    , m_progressTimer(this)
{
    m_sendTimer.setTimerType(Qt::PreciseTimer);
    m_sendTimer.setInterval(m_options.sendTickMs());
    m_deadlineTimer.setInterval(BenchLimits::deadlineCheckInterval);
    m_progressTimer.setInterval(BenchLimits::progressInterval / 2);
    connect(&m_sendTimer, &QTimer::timeout, this, &BenchWorker::sendTick);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &BenchWorker::checkDeadlines);
    connect(&m_progressTimer, &QTimer::timeout, this, &BenchWorker::reportProgress);
}

BenchWorker::~BenchWorker() = default;

void BenchWorker::start()
{
    m_streams.reserve(m_streamIndexes.size());
    for (const int index : m_streamIndexes) {
        const StreamClient::Plan plan = streamPlan(m_options, index, qint64(m_streams.size()));
        auto *stream = new StreamClient(plan, m_clock, this);
        connect(stream, &StreamClient::stateChanged, this, &BenchWorker::onStreamStateChanged);
        m_streams.push_back(stream);
    }
    m_unsettled = int(m_streams.size());
    m_deadlineTimer.start();
    m_progressTimer.start();
    openMore();
}

void BenchWorker::beginSending()
{
    if (m_phaseStartNs >= 0)
        return;
    m_phaseStartNs = m_clock.nsecsElapsed();
    for (StreamClient *stream : m_streams) {
        if (stream->state() == StreamClient::State::Ready)
            stream->beginSending(m_phaseStartNs);
        else
            stream->abort(u"had not started when the send phase began"_s);
    }
    if (m_sending > 0) {
        m_sendTimer.start();
        sendTick();
    }
    finishIfDone();
}

void BenchWorker::abortAll(const QString &reason)
{
    for (StreamClient *stream : m_streams)
        stream->abort(reason);
    // Nothing is left to open: every stream has failed.
    m_nextToOpen = qsizetype(m_streams.size());
    finishIfDone();
}

void BenchWorker::openMore()
{
    while (m_handshakes < m_rampWindow && m_nextToOpen < qsizetype(m_streams.size())) {
        StreamClient *stream = m_streams[size_t(m_nextToOpen++)];
        if (stream->state() == StreamClient::State::Idle) {
            ++m_handshakes;
            stream->open();
        }
    }
}

void BenchWorker::resumeMore()
{
    // After a crash every stream wants back at once; the restarted server's backlog takes a few
    // handshakes at a time, like the ramp-up's.
    const qint64 nowNs = m_clock.nsecsElapsed();
    for (StreamClient *stream : m_streams) {
        if (m_handshakes >= m_rampWindow)
            return;
        if (stream->wantsToResume(nowNs)) {
            ++m_handshakes;
            stream->resume();
        }
    }
}

void BenchWorker::onStreamStateChanged(StreamClient::State from, StreamClient::State to)
{
    if (isHandshake(from))
        --m_handshakes;
    if (isUnsettled(from) && !isUnsettled(to) && --m_unsettled == 0 && !m_rampReported) {
        m_rampReported = true;
        reportProgress();
        Q_EMIT rampedUp();
    }
    if (needsTicks(to) && !needsTicks(from))
        ++m_sending;
    else if (needsTicks(from) && !needsTicks(to))
        --m_sending;
    if (to == StreamClient::State::Done || to == StreamClient::State::Failed) {
        ++m_finished;
        finishIfDone();
    }
    if (isHandshake(from)) {
        openMore();
        resumeMore();
    }
}

void BenchWorker::sendTick()
{
    const qint64 phaseNs = m_clock.nsecsElapsed() - m_phaseStartNs;
    for (StreamClient *stream : m_streams)
        stream->sendDue(phaseNs);
    if (m_sending == 0)
        m_sendTimer.stop();
}

void BenchWorker::checkDeadlines()
{
    const qint64 nowNs = m_clock.nsecsElapsed();
    for (StreamClient *stream : m_streams)
        stream->checkDeadline(nowNs);
    resumeMore();
}

void BenchWorker::reportProgress()
{
    WorkerProgress progress;
    progress.streams = int(m_streams.size());
    for (const StreamClient *stream : m_streams) {
        const StreamResult &result = stream->result();
        progress.connected += result.connected ? 1 : 0;
        progress.started += result.started ? 1 : 0;
        progress.finished += stream->isFinished() ? 1 : 0;
        progress.failed += stream->state() == StreamClient::State::Failed ? 1 : 0;
        progress.interrupted += stream->state() == StreamClient::State::Interrupted
                || stream->state() == StreamClient::State::Resuming
            ? 1
            : 0;
        progress.resumed += result.resumes > 0 ? 1 : 0;
        progress.chunksSent += result.chunksSent;
        progress.chunksAcked += result.chunksAcked;
    }
    Q_EMIT progressed(progress);
}

void BenchWorker::finishIfDone()
{
    if (m_finishReported || m_finished < int(m_streams.size()))
        return;
    m_finishReported = true;
    m_sendTimer.stop();
    m_deadlineTimer.stop();
    reportProgress();
    m_progressTimer.stop();
    QList<StreamResult> results;
    results.reserve(qsizetype(m_streams.size()));
    for (const StreamClient *stream : m_streams)
        results.append(stream->result());
    Q_EMIT finished(results);
}
