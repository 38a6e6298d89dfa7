#include "benchrunner.h"

#include <chrono>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include "benchlimits.h"
#include "benchworker.h"
#include "crashphase.h"
#include "eventloop/epolldispatcher.h"
#include "fileverifier.h"
#include "memorysampler.h"
#include "rawclient/rawloaderworker.h"
#include "systemcpu.h"

using namespace Qt::StringLiterals;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

BenchRunner::BenchRunner(const BenchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(options.serverPid, options.serverPidFile)
    , m_rampTimer(this)
    , m_sendEndTimer(this)
    , m_windowStartTimer(this)
    , m_windowEndTimer(this)
    , m_watchdog(this)
    , m_progressTimer(this)
{
    m_rampTimer.setSingleShot(true);
    m_sendEndTimer.setSingleShot(true);
    m_windowStartTimer.setSingleShot(true);
    m_windowEndTimer.setSingleShot(true);
    // Precise: a coarse timer may fire 5 % late, and the window's length divides its figures.
    m_windowStartTimer.setTimerType(Qt::PreciseTimer);
    m_windowEndTimer.setTimerType(Qt::PreciseTimer);
    connect(
        &m_windowStartTimer, &QTimer::timeout, this, [this] { m_run.windowStart = checkpoint(); });
    connect(&m_windowEndTimer, &QTimer::timeout, this, [this] { m_run.windowEnd = checkpoint(); });
    m_watchdog.setSingleShot(true);
    m_progressTimer.setInterval(BenchLimits::progressInterval);
    connect(&m_rampTimer, &QTimer::timeout, this, [this] {
        err() << "ramp-up took longer than " << BenchLimits::rampTimeout.count()
              << " ms; sending with the streams that are ready" << Qt::endl;
        beginSending();
    });
    connect(&m_sendEndTimer, &QTimer::timeout, this, [this] {
        // The last memory sample first, so that it falls inside the send phase.
        if (m_memory)
            m_memory->stop();
        m_run.sendEnd = checkpoint();
    });
    connect(&m_watchdog, &QTimer::timeout, this, &BenchRunner::abortRun);
    connect(&m_progressTimer, &QTimer::timeout, this, &BenchRunner::printProgress);
    if (m_options.soak) {
        m_memory = new MemorySampler(
            m_server, m_clock, std::chrono::seconds(m_options.rssIntervalS), this);
    }
    if (m_options.crashPhase())
        m_crash = new CrashPhase(m_server, m_options.url, m_clock, this);
}

BenchRunner::~BenchRunner() = default;

void BenchRunner::stopThread(QThread *thread)
{
    thread->quit();
    thread->wait();
    delete thread;
}

void BenchRunner::start()
{
    m_clock.start();
    m_run.options = m_options;
    if (m_options.crashPhase()) {
        err() << "crash phase: kill -9 at " << m_options.killAtS << " s of the send phase"
              << (m_options.killAtRandom ? u" (random, seed %1)"_s.arg(m_options.seed) : QString())
              << Qt::endl;
    }
    m_results.resize(m_options.streams);
    for (int i = 0; i < m_options.streams; ++i) {
        m_results[i].index = i;
        m_results[i].name = u"bench-%1"_s.arg(i);
        m_results[i].failure = u"no result from its worker"_s;
    }
    m_run.start = checkpoint();
    if (m_options.serverPid > 0 && !m_run.start.server) {
        err() << "cannot measure the server: " << m_run.serverProbeError << Qt::endl;
    }
    if (m_options.rawClient)
        err() << "loader: raw sockets, one epoll loop per client thread (--raw-client)" << Qt::endl;

    const int threads = m_options.threads;
    const int rampWindow = std::max(1,
        (m_options.rampWindow > 0 ? m_options.rampWindow : BenchLimits::defaultRampWindow)
            / threads);
    m_progress.resize(threads);
    m_workerDone.fill(false, threads);
    for (int t = 0; t < threads; ++t) {
        // Round robin, so every thread has streams all over the send interval.
        QList<int> indexes;
        for (int i = t; i < m_options.streams; i += threads)
            indexes.append(i);

        ThreadPointer thread(new QThread, &BenchRunner::stopThread);
        thread->setObjectName(u"bench-worker-%1"_s.arg(t));
        // The loader must be lighter than the servers it drives: Qt's dispatchers poll every
        // socket of the thread at every wake-up, which saturated the bench's core from about
        // 1500 streams. The epoll one wakes for the ready sockets only.
        if (std::unique_ptr<QAbstractEventDispatcher> dispatcher = createSocketThreadDispatcher())
            thread->setEventDispatcher(dispatcher.release());
        m_workers.append(m_options.rawClient
                ? startWorker<RawLoaderWorker>(t, *thread, indexes, rampWindow)
                : startWorker<BenchWorker>(t, *thread, indexes, rampWindow));
        m_threads.push_back(std::move(thread));
    }

    m_rampTimer.start(BenchLimits::rampTimeout);
    m_progressTimer.start();
}

template<typename Worker>
QObject *BenchRunner::startWorker(
    int index, QThread &thread, const QList<int> &streamIndexes, int rampWindow)
{
    // Owned by the thread.
    auto *worker = new Worker(m_options, streamIndexes, rampWindow, m_clock);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);

    connect(worker, &Worker::rampedUp, this, &BenchRunner::onWorkerRampedUp);
    connect(worker, &Worker::progressed, this,
        [this, index](const WorkerProgress &progress) { m_progress[index] = progress; });
    connect(worker, &Worker::finished, this,
        [this, index](const QList<StreamResult> &results) { onWorkerFinished(index, results); });
    connect(this, &BenchRunner::sendingRequested, worker, &Worker::beginSending);
    connect(this, &BenchRunner::abortRequested, worker, &Worker::abortAll);

    thread.start();
    QMetaObject::invokeMethod(worker, &Worker::start, Qt::QueuedConnection);
    return worker;
}

BenchReport::Checkpoint BenchRunner::checkpoint()
{
    BenchReport::Checkpoint point;
    point.atNs = m_clock.nsecsElapsed();
    if (const qint64 pid = m_server.current(); pid > 0) {
        QString error;
        point.server = ProcessProbe::sample(pid, &error);
        if (!point.server && m_run.serverProbeError.isEmpty())
            m_run.serverProbeError = error;
    }
    point.self = ProcessProbe::sample(QCoreApplication::applicationPid());
    point.machineBusyTicks = SystemCpu::busyTicks();
    return point;
}

void BenchRunner::onWorkerRampedUp()
{
    if (++m_workersRampedUp == int(m_workers.size()))
        beginSending();
}

void BenchRunner::beginSending()
{
    if (m_sending || m_finished)
        return;
    m_sending = true;
    m_rampTimer.stop();
    m_run.sendStart = checkpoint();
    err() << "ramp-up done in " << QString::number(double(m_run.sendStart.atNs) / 1e9, 'f', 2)
          << " s; sending for " << m_options.durationS << " s" << Qt::endl;
    Q_EMIT sendingRequested();

    using namespace std::chrono;
    const auto sendTime = milliseconds(qint64(m_options.chunksPerStream()) * m_options.intervalMs);
    m_sendEndTimer.start(sendTime);
    if (m_options.hasWindow()) {
        const auto from = milliseconds(qint64(m_options.windowAfterS * 1000));
        m_windowStartTimer.start(from);
        m_windowEndTimer.start(from + milliseconds(qint64(m_options.windowS * 1000)));
    }
    if (m_memory)
        m_memory->start();
    if (m_crash)
        m_crash->arm(qint64(m_options.killAtS * 1000));
    // The longest a stream can take from here: sending, draining, stopping, and a resume.
    const auto crashAllowance = m_crash ? BenchLimits::resumeTimeout : milliseconds(0);
    const auto soakAllowance = m_options.soak ? BenchLimits::soakFlushAllowance : milliseconds(0);
    m_watchdog.start(sendTime + BenchLimits::drainTimeout + BenchLimits::stopTimeout
        + crashAllowance + soakAllowance + BenchLimits::runMargin);
}

void BenchRunner::onWorkerFinished(int worker, const QList<StreamResult> &results)
{
    if (m_workerDone[worker] || m_finished)
        return;
    m_workerDone[worker] = true;
    for (const StreamResult &result : results)
        m_results[result.index] = result;
    if (++m_workersDone == int(m_workers.size()))
        finishRun();
}

void BenchRunner::printProgress()
{
    WorkerProgress total;
    for (const WorkerProgress &progress : std::as_const(m_progress))
        total += progress;
    err() << "t=" << QString::number(double(m_clock.elapsed()) / 1000.0, 'f', 1) << "s connected "
          << total.connected << " started " << total.started << " finished " << total.finished
          << " failed " << total.failed << " chunks sent " << total.chunksSent << " acked "
          << total.chunksAcked;
    if (m_crash)
        err() << " interrupted " << total.interrupted << " resumed " << total.resumed;
    err() << Qt::endl;
}

void BenchRunner::abortRun()
{
    if (!m_aborted) {
        m_aborted = true;
        err() << "the run is overdue; aborting the streams that are left" << Qt::endl;
        Q_EMIT abortRequested(u"aborted: the run took too long"_s);
        m_watchdog.start(BenchLimits::abortGrace);
        return;
    }
    err() << "workers did not answer the abort; reporting without them" << Qt::endl;
    finishRun();
}

void BenchRunner::finishRun()
{
    if (m_finished)
        return;
    m_finished = true;
    m_rampTimer.stop();
    m_watchdog.stop();
    m_progressTimer.stop();
    // A window the run did not live to see the end of has no figures (windowEnd stays unreached).
    m_windowStartTimer.stop();
    m_windowEndTimer.stop();
    if (m_sendEndTimer.isActive()) {
        // Everything finished before the planned end (streams failed): end the phase here.
        m_sendEndTimer.stop();
        if (m_memory)
            m_memory->stop();
        m_run.sendEnd = checkpoint();
    }
    if (m_memory)
        m_run.memory = m_memory->samples();
    if (m_crash)
        m_run.crash = m_crash->figures();
    m_run.end = checkpoint();
    printProgress();
    // The workers go with their threads; their sockets close.
    m_workers.clear();
    m_threads.clear();

    err() << "checking " << m_options.streams << " files in " << m_options.dir << Qt::endl;
    m_run.files.reserve(m_results.size());
    for (const StreamResult &result : std::as_const(m_results)) {
        const FileVerifier::Checks checks
            = FileVerifier::check(m_options.dir, result, m_options.pcm);
        m_run.files.append(checks.file);
        if (m_crash)
            m_run.ackedPrefixes.append(checks.ackedPrefix);
    }
    m_run.streams = m_results;

    const BenchReport report(m_run);
    QTextStream out(stdout);
    out << report.text();
    out << "RESULT "
        << QString::fromUtf8(QJsonDocument(report.json()).toJson(QJsonDocument::Compact))
        << Qt::endl;
    Q_EMIT finished(report.passed() ? 0 : 1);
}
