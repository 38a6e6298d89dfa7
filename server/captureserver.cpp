#include "captureserver.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QPointer>
#include <QStorageInfo>
#include <QSysInfo>

#include "api/apikeyring.h"
#include "api/servermetrics.h"
#include "eventloop/epolldispatcher.h"
#include "hooks/recordinghooks.h"
#include "net/accessguard.h"
#include "net/connectionworker.h"
#include "net/tcplistener.h"
#include "net/workerchoice.h"
#include "session/remuxqueue.h"
#include "session/sessionregistry.h"
#include "session/statsboard.h"
#include "storage/disksyncer.h"
#include "storage/recordinglock.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/startuprepair.h"
#include "takes/takebook.h"
#include "transcription/transcriptionservice.h"

namespace {

// Enough for a thousand devices connecting at once after a Wi-Fi outage.
constexpr int ListenBacklog = 4096;
constexpr std::chrono::milliseconds AcceptRetryDelay { 200 };

// The recordings disk's free space is measured this often for /metrics.
constexpr std::chrono::seconds DiskMeasureInterval { 5 };
// Threads of the API's disk pool: a slow disk holds up at most this many requests at once.
constexpr int ApiDiskThreads = 2;

bool listensEverywhere(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
}

QUrl serverUrl(const QString &scheme, const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace

CaptureServer::CaptureServer(QObject *parent)
    : QObject(parent), m_apiKeys(std::make_shared<ApiKeyRing>())
{
    qRegisterMetaType<SessionStats>();
    qRegisterMetaType<ServerTotals>();
    qRegisterMetaType<ServerEvent>();
    connect(&m_statsTimer, &QTimer::timeout, this, &CaptureServer::publishStats);
    connect(&m_diskTimer, &QTimer::timeout, this, &CaptureServer::measureDisk);
    m_apiDisk.setMaxThreadCount(ApiDiskThreads);
    m_apiDisk.setObjectName(QStringLiteral("earshot-api-disk"));
}

CaptureServer::~CaptureServer()
{
    if (!isListening())
        return;
    // Files must be finalized even when the owner forgot to shut down first. The workers do it
    // on their own threads; this one waits for them without running an event loop.
    shutdown();
    for (const Worker &worker : m_workers)
        worker.object->waitUntilShutDown();
    stopThreads();
}

bool CaptureServer::start(const ServerSettings &settings)
{
    if (isListening()) {
        m_errorString = tr("The server is running already.");
        return false;
    }
    m_settings = settings;
    if (m_settings.recordingsDir.isEmpty()) {
        m_errorString = tr("No recordings folder is set.");
        return false;
    }
    m_settings.recordingsDir = QDir(m_settings.recordingsDir).absolutePath();
    if (!QDir().mkpath(m_settings.recordingsDir)
        || !QFileInfo(m_settings.recordingsDir).isWritable()) {
        m_errorString
            = tr("Cannot write to the recordings folder %1.").arg(m_settings.recordingsDir);
        return false;
    }

    if (!m_settings.webhookUrl.isEmpty() && m_settings.webhookSecret.isEmpty()) {
        m_errorString = tr("The webhook needs a secret to sign its requests with.");
        return false;
    }

    if (!loadTlsIdentity())
        return false;

    m_listener = std::make_unique<TcpListener>();
    m_listener->setListenBacklogSize(ListenBacklog);
    if (!m_listener->listen(m_settings.bindAddress, m_settings.port)) {
        m_errorString = tr("Cannot listen on %1 port %2: %3")
                            .arg(m_settings.bindAddress.toString())
                            .arg(m_settings.port)
                            .arg(m_listener->errorString());
        m_listener.reset();
        return false;
    }
    m_requestedPort = m_settings.port;
    m_settings.port = m_listener->serverPort();
    m_requestedInstanceName = m_settings.instanceName;
    if (m_settings.instanceName.isEmpty())
        m_settings.instanceName
            = QSysInfo::machineHostName() + u':' + QString::number(m_settings.port);
    connect(m_listener.get(), &TcpListener::descriptorAccepted, this, &CaptureServer::distribute);
    // QTcpServer pauses itself after an accept error (out of file descriptors, say); a moment
    // later there may be room again.
    connect(m_listener.get(), &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        Q_EMIT eventOccurred({ QDateTime::currentDateTime(), ServerEvent::Severity::Error, {}, {},
            tr("Cannot accept a connection: %1").arg(m_listener->errorString()) });
        QTimer::singleShot(AcceptRetryDelay, this, [this] {
            if (m_listener && m_listener->isListening() && !m_shuttingDown)
                m_listener->resumeAccepting();
        });
    });

    m_uptime.start();
    m_registry = std::make_shared<SessionRegistry>(m_settings.maxLiveSessions);
    m_takes = std::make_shared<TakeBook>(m_settings.recordingsDir);
    m_board = std::make_shared<StatsBoard>();
    m_metrics = std::make_shared<ServerMetrics>();
    m_lastConnections = -1;

    m_remuxQueue = std::make_unique<RemuxQueue>(m_board, m_settings.keepOriginals);
    connect(m_remuxQueue.get(), &RemuxQueue::eventOccurred, this, &CaptureServer::eventOccurred);
    // A dropped session whose resume window closed is over: its stream is remuxed like a stopped
    // one's. Thread-safe: the worker that expires sessions calls this.
    m_registry->onExpired([queue = m_remuxQueue.get(), instance = m_settings.instanceName](
                              const ResumableSession &session) {
        // Another instance sharing the folder may have taken it over since: it is theirs now.
        const std::optional<Sidecar> sidecar
            = Sidecar::load(RecordingPaths::sidecarPath(session.stats.filePath), nullptr);
        if (sidecar && !sidecar->holders.isEmpty() && sidecar->holders.last().instance != instance)
            return;
        // Over for good: its lock file goes, once taking the lock shows nobody else has it.
        RecordingLock lock;
        if (lock.acquire(session.stats.filePath) == RecordingLock::Outcome::Acquired)
            lock.release(true);
        queue->enqueue(session.stats);
    });
    m_hooks = new RecordingHooks(m_settings);
    connect(m_hooks, &RecordingHooks::eventOccurred, this, &CaptureServer::eventOccurred);
    connect(
        m_remuxQueue.get(), &RemuxQueue::recordingFinal, m_hooks, &RecordingHooks::recordingFinal);
    m_hooksThread = startWorkerThread(m_hooks, QStringLiteral("earshot-hooks"));
    const auto accessGuard
        = std::make_shared<AccessGuard>(m_settings.maxTokenFailures, m_settings.banDuration);
    m_syncer = new DiskSyncer(m_settings.recordingsDir, m_settings.syncInterval);
    m_syncThread = startWorkerThread(m_syncer, QStringLiteral("earshot-sync"));
    QMetaObject::invokeMethod(m_syncer, &DiskSyncer::start);

    if (!m_settings.speechModelDir.isEmpty())
        m_transcription = std::make_unique<TranscriptionService>(TranscriptionService::Settings {
            m_settings.speechModelDir, m_settings.maxTranscriptions });

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const int workerCount = m_settings.workerThreads > 0 ? m_settings.workerThreads
                                                         : std::max(1, QThread::idealThreadCount());
    for (int index = 0; index < workerCount; ++index) {
        ConnectionWorker::Setup setup;
        setup.settings = m_settings;
        setup.index = index;
        if (m_tls) {
            setup.intake.tlsConfiguration = m_tls->serverConfiguration();
            setup.intake.authorityPem = m_tls->authorityPem();
        }
        setup.intake.accessGuard = accessGuard;
        setup.intake.board = m_board;
        setup.intake.uptime = m_uptime;
        setup.intake.apiKeys = m_apiKeys;
        setup.intake.metrics = m_metrics;
        setup.intake.api.metrics = m_metrics;
        setup.intake.api.board = m_board;
        setup.intake.api.registry = m_registry;
        setup.intake.api.recordingsDir = m_settings.recordingsDir;
        setup.intake.api.disk = &m_apiDisk;
        setup.intake.api.transcription = m_transcription.get();
        setup.intake.api.startedAt = startedAt;
        // Called on a socket thread; m_workers does not change while the server runs.
        setup.intake.api.stopSession = [this](int holder, const QString &sessionId) {
            ConnectionWorker *object = m_workers.at(size_t(holder)).object;
            QMetaObject::invokeMethod(
                object, [object, sessionId] { object->disconnectSession(sessionId); });
        };
        setup.intake.api.isFinishing
            = [queue = m_remuxQueue.get(), registry = m_registry](const QString &sessionId) {
                  return registry->isFinishing(sessionId) || queue->isPending(sessionId);
              };
        setup.metrics = m_metrics;
        setup.registry = m_registry;
        setup.takes = m_takes;
        setup.board = m_board;
        setup.syncer = m_syncer;
        setup.remuxQueue = m_remuxQueue.get();
        setup.peers = this;
        setup.transcription = m_transcription.get();
        auto *worker = new ConnectionWorker(std::move(setup));
        connect(worker, &ConnectionWorker::eventOccurred, this, &CaptureServer::eventOccurred);
        connect(worker, &ConnectionWorker::shutDown, this, &CaptureServer::onWorkerShutDown);
        connect(
            worker, &ConnectionWorker::recordingStarted, m_hooks, &RecordingHooks::sessionStarted);
        connect(worker, &ConnectionWorker::recordingEnded, m_hooks, &RecordingHooks::sessionEnded);
        m_workers.push_back({ startWorkerThread(worker, QStringLiteral("earshot-net-%1").arg(index),
                                  createSocketThreadDispatcher()),
            worker });
        QMetaObject::invokeMethod(worker, &ConnectionWorker::start);
    }
    m_workersRunning = workerCount;
    m_shuttingDown = false;
    reopenRecentTakes();
    repairOnStart();

    m_statsTimer.start(m_settings.statsInterval);
    measureDisk();
    m_diskTimer.start(DiskMeasureInterval);
    Q_EMIT listeningChanged(true);
    return true;
}

bool CaptureServer::loadTlsIdentity()
{
    m_tls.reset();
    if (!m_settings.tlsEnabled)
        return true;
    QString problem;
    if (!m_settings.certificatePath.isEmpty()) {
        m_tls = TlsIdentity::fromFiles(
            m_settings.certificatePath, m_settings.privateKeyPath, &problem);
    } else if (!m_settings.tlsDir.isEmpty()) {
        m_tls = TlsIdentity::ensure(m_settings.tlsDir, TlsIdentity::localDnsNames(),
            TlsIdentity::localAddresses(), &problem);
    } else {
        return true; // nowhere to keep a certificate: plain HTTP only
    }
    if (!m_tls) {
        m_errorString = tr("Cannot set up HTTPS: %1").arg(problem);
        return false;
    }
    return true;
}

void CaptureServer::reopenRecentTakes()
{
    // Before anyone is let in, so that a guest whose page reconnects after a restart rejoins its
    // take, and the host finds it in takes(). A few small files: read here, unlike the repair.
    const QStringList folders = StartupRepair::recentTakeFolders(
        m_settings.recordingsDir, QDateTime::currentDateTimeUtc());
    for (const QString &folder : folders) {
        QString problem;
        if (!m_takes->reopen(folder, &problem)) {
            Q_EMIT eventOccurred({ QDateTime::currentDateTime(), ServerEvent::Severity::Warning, {},
                {}, tr("Could not take up the take in %1 again: %2").arg(folder, problem) });
        }
    }
}

void CaptureServer::repairOnStart()
{
    // Recent day folders first: their interrupted sessions become resumable before the first
    // client is accepted. The rest of the archive is repaired after. All on a socket thread:
    // the GUI thread writes no files.
    m_listener->pauseAccepting();
    ConnectionWorker *worker = m_workers.front().object;
    auto repair
        = std::make_shared<StartupRepair>(m_settings.recordingsDir, m_settings.resumeWindow);
    const std::shared_ptr<SessionRegistry> registry = m_registry;
    const QString root = m_settings.recordingsDir;
    QPointer<CaptureServer> self(this);
    QMetaObject::invokeMethod(worker, [self, worker, repair, registry, root] {
        const auto log = [worker](const SidecarRepair::Report &report) {
            for (const QString &path : report.repaired)
                worker->log(ServerEvent::Severity::Warning, {}, {},
                    tr("Repaired %1, left by a crash; marked interrupted.").arg(path));
            for (const QString &failure : report.failed)
                worker->log(
                    ServerEvent::Severity::Error, {}, {}, tr("Could not repair %1").arg(failure));
        };
        const SidecarRepair::Report recent = repair->repairRecent(QDateTime::currentDateTimeUtc());
        for (const SidecarRepair::Resumable &found : recent.resumable)
            registry->makeResumable(
                ResumableSession::fromSidecar(found.sidecar, root, found.relativeAudioPath),
                repair->resumableUntil(found.sidecar));
        log(recent);
        QMetaObject::invokeMethod(self, [self] {
            // QTcpServer crashes when asked to resume after close().
            if (self && self->m_listener && self->m_listener->isListening())
                self->m_listener->resumeAccepting();
        });
        log(repair->repairArchive());
    });
}

void CaptureServer::distribute(qintptr descriptor)
{
    m_workerLoads.clear();
    for (const Worker &worker : m_workers)
        m_workerLoads.push_back(worker.object->load());
    const int chosen = leastLoadedWorker(m_workerLoads, m_nextWorker);
    m_nextWorker = (chosen + 1) % int(m_workers.size());
    ConnectionWorker *worker = m_workers.at(size_t(chosen)).object;
    worker->expectDescriptor();
    QMetaObject::invokeMethod(
        worker, [worker, descriptor] { worker->handleDescriptor(descriptor); });
}

void CaptureServer::releaseSessionOn(
    int holderIndex, int requester, const QString &sessionId, std::function<void()> then)
{
    // Called on the requester's thread; m_workers does not change while the server runs.
    ConnectionWorker *holder = m_workers.at(size_t(holderIndex)).object;
    ConnectionWorker *asking = m_workers.at(size_t(requester)).object;
    QMetaObject::invokeMethod(holder, [holder, asking, sessionId, then = std::move(then)] {
        holder->releaseSession(sessionId);
        QMetaObject::invokeMethod(asking, then);
    });
}

void CaptureServer::setSourceTitleOn(
    int holderIndex, const QString &sessionId, const QString &title)
{
    // Called on a worker's thread; m_workers does not change while the server runs.
    ConnectionWorker *holder = m_workers.at(size_t(holderIndex)).object;
    QMetaObject::invokeMethod(
        holder, [holder, sessionId, title] { holder->setSourceTitle(sessionId, title); });
}

void CaptureServer::shutdown()
{
    if (!isListening() || m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_listener->close();
    for (const Worker &worker : m_workers)
        QMetaObject::invokeMethod(worker.object, &ConnectionWorker::shutdown);
}

void CaptureServer::onWorkerShutDown()
{
    if (--m_workersRunning > 0)
        return;
    stopThreads();
    m_statsTimer.stop();
    m_diskTimer.stop();
    publishStats();
    m_listener.reset();
    m_shuttingDown = false;
    Q_EMIT listeningChanged(false);
    Q_EMIT shutdownFinished();
}

void CaptureServer::stopThreads()
{
    // Every socket thread stops before any worker is deleted: a session hand-over still queued
    // on one must not reach a worker that is gone.
    for (const Worker &worker : m_workers)
        worker.thread->quit();
    // All have stopped before the list goes: until then one may still look up another in it
    // (releaseSessionOn(), setSourceTitleOn()).
    for (const Worker &worker : m_workers)
        worker.thread->wait();
    m_workers.clear();
    QMetaObject::invokeMethod(m_syncer, &DiskSyncer::stop, Qt::BlockingQueuedConnection);
    m_syncThread.reset();
    m_syncer = nullptr;
    m_registry->onExpired({}); // nothing expires sessions any more; the queue goes
    m_apiDisk.waitForDone(); // downloads and deletes under way: their sockets are gone
    m_remuxQueue.reset(); // waits for remuxes under way
    // After the remuxes: their recordings are final. Hooks still running are killed.
    m_hooksThread.reset();
    m_hooks = nullptr;
    // After the workers: their connections have ended every recording's file.
    m_transcription.reset();
}

void CaptureServer::publishStats()
{
    if (!m_board)
        return;
    const QList<SessionStats> changed = m_board->takeChanged();
    const ServerTotals totals = m_board->totals();
    if (changed.isEmpty() && totals.connections == m_lastConnections)
        return;
    m_lastConnections = int(totals.connections);
    Q_EMIT sessionsUpdated(changed, totals);
}

void CaptureServer::measureDisk()
{
    // statfs() may hang on a network file system: not on this thread, and never more than one
    // at a time, so that a hung one does not take the pool from the API's downloads.
    if (m_diskMeasuring->exchange(true))
        return;
    m_apiDisk.start(
        [metrics = m_metrics, root = m_settings.recordingsDir, measuring = m_diskMeasuring] {
            const QStorageInfo storage(root);
            if (storage.isValid())
                metrics->setDisk(storage.bytesAvailable(), storage.bytesTotal());
            measuring->store(false);
        });
}

bool CaptureServer::isListening() const
{
    return m_listener != nullptr;
}

QString CaptureServer::errorString() const
{
    return m_errorString;
}

const ServerSettings &CaptureServer::settings() const
{
    return m_settings;
}

CaptureServer::Reconfiguration CaptureServer::reconfigure(const ServerSettings &settings)
{
    Reconfiguration result;
    if (!isListening())
        return result;
    const auto restartFor = [&result](bool differs, const QString &key) {
        if (differs)
            result.needsRestart.append(key);
    };
    restartFor(settings.bindAddress != m_settings.bindAddress, QStringLiteral("bind"));
    restartFor(settings.port != m_requestedPort, QStringLiteral("port"));
    restartFor(settings.instanceName != m_requestedInstanceName, QStringLiteral("instance-name"));
    restartFor(QDir(settings.recordingsDir).absolutePath() != m_settings.recordingsDir,
        QStringLiteral("dir"));
    restartFor(settings.tlsEnabled != m_settings.tlsEnabled, QStringLiteral("no-tls"));
    restartFor(settings.certificatePath != m_settings.certificatePath, QStringLiteral("cert"));
    restartFor(settings.privateKeyPath != m_settings.privateKeyPath, QStringLiteral("key"));
    restartFor(
        settings.keepOriginals != m_settings.keepOriginals, QStringLiteral("keep-originals"));
    restartFor(
        settings.speechModelDir != m_settings.speechModelDir, QStringLiteral("speech-model"));
    restartFor(settings.maxTranscriptions != m_settings.maxTranscriptions,
        QStringLiteral("max-transcriptions"));

    ServerSettings next = m_settings;
    const auto adopt = [&result](auto &current, const auto &wanted, const QString &key) {
        if (current == wanted)
            return;
        current = wanted;
        result.applied.append(key);
    };
    adopt(next.maxLiveSessions, settings.maxLiveSessions, QStringLiteral("max-sessions"));
    adopt(next.maxMessageBytes, settings.maxMessageBytes, QStringLiteral("max-message-bytes"));
    adopt(next.tokenRequiredOnLoopback, settings.tokenRequiredOnLoopback,
        QStringLiteral("token-required-on-loopback"));
    adopt(next.allowedOrigins, settings.allowedOrigins, QStringLiteral("allow-origin"));
    adopt(next.trustedProxies, settings.trustedProxies, QStringLiteral("trusted-proxy"));
    adopt(next.transcribeAll, settings.transcribeAll, QStringLiteral("transcribe-all"));
    adopt(next.onStartCommand, settings.onStartCommand, QStringLiteral("on-start"));
    adopt(
        next.onInterruptedCommand, settings.onInterruptedCommand, QStringLiteral("on-interrupted"));
    adopt(next.onFinishCommand, settings.onFinishCommand, QStringLiteral("on-finish"));
    adopt(next.hookTimeout, settings.hookTimeout, QStringLiteral("hook-timeout"));
    adopt(next.maxRunningHooks, settings.maxRunningHooks, QStringLiteral("max-hooks"));
    adopt(next.webhookUrl, settings.webhookUrl, QStringLiteral("webhook"));
    adopt(next.webhookSecret, settings.webhookSecret, QStringLiteral("webhook-secret"));
    adopt(next.webhookTries, settings.webhookTries, QStringLiteral("webhook-tries"));
    if (result.applied.isEmpty())
        return result;

    m_settings = next;
    m_registry->setMaxLive(next.maxLiveSessions);
    QMetaObject::invokeMethod(m_hooks, [hooks = m_hooks, next] { hooks->updateSettings(next); });
    for (const Worker &worker : m_workers) {
        QMetaObject::invokeMethod(
            worker.object, [object = worker.object, next] { object->updateSettings(next); });
    }
    return result;
}

quint16 CaptureServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QList<QUrl> CaptureServer::urls() const
{
    if (!isListening())
        return {};
    QList<QHostAddress> hosts;
    if (listensEverywhere(m_settings.bindAddress)) {
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
                && !address.isLinkLocal())
                hosts.append(address);
        }
        hosts.append(QHostAddress(QHostAddress::LocalHost));
    } else {
        hosts.append(m_settings.bindAddress);
    }
    QList<QUrl> urls;
    for (const QHostAddress &host : std::as_const(hosts)) {
        if (m_tls)
            urls.append(serverUrl(QStringLiteral("https"), host, port()));
        urls.append(serverUrl(QStringLiteral("http"), host, port()));
    }
    return urls;
}

QUrl CaptureServer::pairingUrl() const
{
    const QList<QUrl> all = urls();
    if (all.isEmpty())
        return {};
    QUrl url = all.first();
    if (!m_settings.pairingToken.isEmpty())
        url.setQuery(QStringLiteral("t=") + m_settings.pairingToken);
    return url;
}

std::optional<Take> CaptureServer::createTake(const QString &name, QString *errorString)
{
    if (!m_takes) {
        *errorString = tr("The server is not running.");
        return std::nullopt;
    }
    std::optional<Take> take = m_takes->create(name, errorString);
    if (!take)
        return std::nullopt;
    m_syncer->markDirty(); // take.json
    Q_EMIT eventOccurred({ QDateTime::currentDateTime(), ServerEvent::Severity::Info, {}, {},
        tr("Take \"%1\" made: %2").arg(take->name, take->folder) });
    Q_EMIT takeChanged(*take);
    return take;
}

bool CaptureServer::setTakeState(const QString &takeId, Take::State state, QString *errorString)
{
    if (!m_takes) {
        *errorString = tr("The server is not running.");
        return false;
    }
    QString saveProblem;
    const std::optional<Take> take = m_takes->setState(takeId, state, &saveProblem);
    if (!take) {
        *errorString = saveProblem;
        return false;
    }
    m_syncer->markDirty();
    if (!saveProblem.isEmpty())
        Q_EMIT eventOccurred({ QDateTime::currentDateTime(), ServerEvent::Severity::Warning, {}, {},
            tr("Take \"%1\": cannot save take.json: %2").arg(take->name, saveProblem) });
    for (const Worker &worker : m_workers) {
        ConnectionWorker *object = worker.object;
        QMetaObject::invokeMethod(
            object, [object, changed = *take] { object->takeChanged(changed); });
    }
    Q_EMIT eventOccurred({ QDateTime::currentDateTime(), ServerEvent::Severity::Info, {}, {},
        state == Take::State::Recording ? tr("Take \"%1\" started by the host.").arg(take->name)
                                        : tr("Take \"%1\" stopped by the host.").arg(take->name) });
    Q_EMIT takeChanged(*take);
    return true;
}

QList<Take> CaptureServer::takes() const
{
    return m_takes ? m_takes->takes() : QList<Take>();
}

std::optional<Take> CaptureServer::take(const QString &takeId) const
{
    return m_takes ? m_takes->find(takeId) : std::nullopt;
}

std::optional<Take> CaptureServer::unfinishedTake(const QString &name) const
{
    const QList<Take> all = takes();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->state != Take::State::Stopped && (name.isEmpty() || it->name == name.trimmed()))
            return *it;
    }
    return std::nullopt;
}

QUrl CaptureServer::takeUrl(const QString &takeId) const
{
    QUrl url = pairingUrl();
    if (url.isEmpty())
        return url;
    const QString query = url.query();
    url.setQuery((query.isEmpty() ? QString() : query + u'&') + QStringLiteral("take=") + takeId);
    return url;
}

QString CaptureServer::certificateFingerprint() const
{
    return m_tls ? m_tls->fingerprint() : QString();
}

QString CaptureServer::authorityFingerprint() const
{
    return m_tls ? m_tls->authorityFingerprint() : QString();
}

QList<SessionStats> CaptureServer::sessions() const
{
    return m_board ? m_board->snapshot() : QList<SessionStats>();
}

ServerTotals CaptureServer::totals() const
{
    return m_board ? m_board->totals() : ServerTotals();
}

void CaptureServer::setApiKeyDigests(const QList<QByteArray> &digests)
{
    m_apiKeys->setDigests(digests);
}

void CaptureServer::disconnectSession(const QString &sessionId)
{
    for (const Worker &worker : m_workers) {
        ConnectionWorker *object = worker.object;
        QMetaObject::invokeMethod(
            object, [object, sessionId] { object->disconnectSession(sessionId); });
    }
}
