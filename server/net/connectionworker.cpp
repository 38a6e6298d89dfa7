#include "connectionworker.h"

#include <QDateTime>
#include <QTimer>

#include "ackscheduler.h"
#include "clientconnection.h"
#include "connectionintake.h"
#include "session/remuxqueue.h"
#include "session/sessionregistry.h"
#include "session/statsboard.h"
#include "storage/disksyncer.h"
#include "storage/payloadcheck.h"
#include "workerpeers.h"

namespace {

constexpr std::chrono::milliseconds TickInterval { 250 };

} // namespace

ConnectionWorker::ConnectionWorker(Setup setup) : m_setup(std::move(setup)) { }

ConnectionWorker::~ConnectionWorker() = default;

void ConnectionWorker::start()
{
    m_intake = new ConnectionIntake(*this, m_setup.intake, this);
    connect(m_intake, &ConnectionIntake::webSocketArrived, this, &ConnectionWorker::addConnection);
    m_acks = new AckScheduler(m_setup.settings.ackInterval, this);

    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(std::min(TickInterval, m_setup.settings.statsInterval));
    connect(m_tickTimer, &QTimer::timeout, this, &ConnectionWorker::tick);
    m_tickTimer->start();
    m_clock.start();
}

void ConnectionWorker::handleDescriptor(qintptr descriptor)
{
    m_load.fetch_sub(1, std::memory_order_relaxed);
    m_intake->handleDescriptor(descriptor);
}

void ConnectionWorker::addConnection(
    ServerWebSocket *socket, const QByteArray &userAgent, std::optional<ErrorCode> refusal)
{
    auto *connection = new ClientConnection(socket, userAgent, *this, refusal, this);
    m_connections.insert(connection);
    m_load.fetch_add(1, std::memory_order_relaxed);
    connect(
        connection, &ClientConnection::sessionStarted, this, &ConnectionWorker::recordingStarted);
    connect(connection, &ClientConnection::sessionEnded, this,
        [this](const SessionStats &stats, bool resumable) {
            m_endedStats.append(stats);
            Q_EMIT recordingEnded(stats, resumable);
        });
    connect(connection, &ClientConnection::finished, this, [this, connection] {
        m_connections.remove(connection);
        m_load.fetch_sub(1, std::memory_order_relaxed);
        m_acks->forget(connection);
        connection->deleteLater();
    });
}

void ConnectionWorker::tick()
{
    publishStats();
    m_intake->dropStaleRequests();
    checkConnections();

    // One worker is enough to forget sessions that were never resumed.
    if (m_setup.index == 0) {
        const QStringList expired = m_setup.registry->expire(QDateTime::currentDateTimeUtc());
        for (const QString &id : expired)
            log(ServerEvent::Severity::Info, id, {},
                tr("Recording was not resumed in time; it stays interrupted."));
    }
}

void ConnectionWorker::checkConnections()
{
    const qint64 idleLimit = m_setup.settings.idleTimeout.count();
    // A copy: closing can end a connection at once, which takes it out of m_connections.
    const QSet<ClientConnection *> connections = m_connections;
    for (ClientConnection *connection : connections) {
        if (!m_connections.contains(connection) || connection->isClosing())
            continue;
        connection->checkBackPressure();
        if (m_connections.contains(connection) && !connection->isClosing()
            && connection->idleMs() > idleLimit)
            connection->closeWithError(ErrorCode::IdleTimeout,
                QStringLiteral("Nothing received for %1 s.").arg(idleLimit / 1000));
    }
}

void ConnectionWorker::publishStats()
{
    QList<SessionStats> batch = std::exchange(m_endedStats, {});
    const qint64 now = m_clock.elapsed();
    for (ClientConnection *connection : std::as_const(m_connections)) {
        if (std::optional<SessionStats> stats = connection->sample(now))
            batch.append(std::move(*stats));
    }
    if (!batch.isEmpty())
        m_setup.board->post(batch);
    m_setup.board->setConnections(m_setup.index, int(m_connections.size()));
}

void ConnectionWorker::log(ServerEvent::Severity severity, const QString &sessionId,
    const QString &peer, const QString &text)
{
    Q_EMIT eventOccurred({ QDateTime::currentDateTime(), severity, sessionId, peer, text });
}

ConnectionHost::TokenCheck ConnectionWorker::checkPairingToken(
    const QHostAddress &peer, const QString &token)
{
    return m_intake->checkLateToken(peer, token);
}

void ConnectionWorker::markDirty()
{
    m_setup.syncer->markDirty();
}

void ConnectionWorker::requestAck(ClientConnection *connection)
{
    m_acks->request(connection, connection->ackTicket());
}

void ConnectionWorker::finishFile(int descriptor, std::function<void(const QString &)> done)
{
    ++m_pendingSyncs;
    m_setup.syncer->finishFile(
        descriptor, this, [this, done = std::move(done)](const QString &error) {
            done(error);
            --m_pendingSyncs;
            checkShutdownDone();
        });
}

void ConnectionWorker::checkPayload(
    const QString &path, qint64 offset, std::function<void(const HeldPayload &)> done)
{
    ++m_pendingSyncs;
    m_payloadChecks.start([this, path, offset, done = std::move(done)] {
        const HeldPayload held = HeldPayload::ofFile(path, offset);
        QMetaObject::invokeMethod(
            this,
            [this, held, done] {
                done(held);
                --m_pendingSyncs;
                checkShutdownDone();
            },
            Qt::QueuedConnection);
    });
}

void ConnectionWorker::remux(const SessionStats &stats)
{
    m_setup.remuxQueue->enqueue(stats);
}

void ConnectionWorker::takeOverSession(
    int holder, const QString &sessionId, std::function<void()> then)
{
    m_setup.peers->releaseSessionOn(holder, m_setup.index, sessionId, std::move(then));
}

void ConnectionWorker::deliverSourceTitle(
    int holder, const QString &sessionId, const QString &title)
{
    m_setup.peers->setSourceTitleOn(holder, sessionId, title);
}

void ConnectionWorker::shutdown()
{
    m_shuttingDown = true;
    m_intake->closeAll();
    const QSet<ClientConnection *> connections = m_connections;
    for (ClientConnection *connection : connections)
        connection->shutdown();
    checkShutdownDone();
}

void ConnectionWorker::checkShutdownDone()
{
    if (!m_shuttingDown || m_shutdownReported || m_pendingSyncs > 0)
        return;
    publishStats();
    m_tickTimer->stop();
    m_shutdownReported = true;
    m_shutDownDone.release();
    Q_EMIT shutDown();
}

void ConnectionWorker::waitUntilShutDown()
{
    m_shutDownDone.acquire();
    m_shutDownDone.release(); // for the next one who asks
}

void ConnectionWorker::releaseSession(const QString &sessionId)
{
    if (ClientConnection *connection = connectionWithSession(sessionId))
        connection->releaseSession();
}

void ConnectionWorker::disconnectSession(const QString &sessionId)
{
    if (ClientConnection *connection = connectionWithSession(sessionId))
        connection->disconnectByUser();
}

void ConnectionWorker::updateSettings(const ServerSettings &settings)
{
    m_setup.settings = settings;
    if (m_intake)
        m_intake->settingsChanged();
}

void ConnectionWorker::takeChanged(const Take &take)
{
    for (ClientConnection *connection : m_connections)
        connection->takeChanged(take);
}

void ConnectionWorker::setSourceTitle(const QString &sessionId, const QString &title)
{
    if (ClientConnection *connection = connectionWithSession(sessionId))
        connection->setSourceTitle(title);
}

ClientConnection *ConnectionWorker::connectionWithSession(const QString &sessionId) const
{
    for (ClientConnection *connection : m_connections) {
        if (connection->sessionId() == sessionId)
            return connection;
    }
    return nullptr;
}
