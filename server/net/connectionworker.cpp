#include "connectionworker.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QWebSocket>

#include "clientconnection.h"
#include "session/sessionregistry.h"
#include "session/statsboard.h"
#include "storage/disksyncer.h"

namespace {

// QWebSocketServer's own queue of upgraded sockets; we drain it at once, so it only needs to
// absorb a burst of handshakes finishing in one event loop pass.
constexpr int MaxPendingWebSockets = 4096;
constexpr std::chrono::milliseconds TickInterval { 250 };

bool isWebSocketPath(const QString &path)
{
    return path == u"/ws" || path == u"/ws/audio-stream";
}

} // namespace

ConnectionWorker::ConnectionWorker(WorkerContext context, std::shared_ptr<StatsBoard> board,
                                   QElapsedTimer uptime)
    : m_context(std::move(context))
    , m_board(std::move(board))
    , m_responder(m_board, uptime)
{
    m_context.log = [this](ServerEvent::Severity severity, const QString &sessionId,
                           const QString &peer, const QString &text) {
        Q_EMIT eventOccurred({ QDateTime::currentDateTime(), severity, sessionId, peer, text });
    };
    m_context.finishFile = [this](int descriptor, std::function<void()> done) {
        finishFile(descriptor, std::move(done));
    };
}

ConnectionWorker::~ConnectionWorker() = default;

void ConnectionWorker::start()
{
    m_webSockets = new QWebSocketServer(QStringLiteral("Earshot"), QWebSocketServer::NonSecureMode, this);
    m_webSockets->setMaxPendingConnections(MaxPendingWebSockets);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, &ConnectionWorker::onNewWebSocket);

    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(std::min(TickInterval, m_context.settings.statsInterval));
    connect(m_tickTimer, &QTimer::timeout, this, &ConnectionWorker::tick);
    m_tickTimer->start();
    m_clock.start();
}

void ConnectionWorker::handleDescriptor(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || m_shuttingDown) {
        socket->abort();
        delete socket;
        return;
    }
    m_pendingRequests.insert(socket, m_clock.elapsed());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (m_pendingRequests.remove(socket))
            socket->deleteLater();
    });
    onReadyRead(socket);
}

void ConnectionWorker::onReadyRead(QTcpSocket *socket)
{
    if (!m_pendingRequests.contains(socket))
        return;
    const QByteArray peeked = socket->peek(HttpRequest::MaxHeadBytes + 1);
    const qsizetype headLength = HttpRequest::headLength(peeked);
    QByteArray response;
    if (headLength < 0) {
        if (peeked.size() <= HttpRequest::MaxHeadBytes)
            return; // wait for the rest of the head
        response = HttpResponder::simpleResponse(431, "Request Header Fields Too Large", "Request head too large.\n");
    } else if (const std::optional<HttpRequest> request = HttpRequest::parse(peeked.left(headLength))) {
        if (request->isWebSocketUpgrade() && isWebSocketPath(request->path)) {
            // Hand the socket over unread: QWebSocketServer parses the handshake itself.
            m_pendingRequests.remove(socket);
            disconnect(socket, nullptr, this, nullptr);
            m_webSockets->handleConnection(socket);
            return;
        }
        response = m_responder.respond(*request);
    } else {
        response = HttpResponder::simpleResponse(400, "Bad Request", "Malformed request.\n");
    }

    m_pendingRequests.remove(socket);
    disconnect(socket, nullptr, this, nullptr);
    socket->readAll();
    socket->write(response);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}

void ConnectionWorker::onNewWebSocket()
{
    while (QWebSocket *socket = m_webSockets->nextPendingConnection()) {
        if (m_shuttingDown) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Earshot is shutting down"));
            socket->deleteLater();
            continue;
        }
        addConnection(new ClientConnection(socket, m_context, this));
    }
}

void ConnectionWorker::addConnection(ClientConnection *connection)
{
    m_connections.insert(connection);
    connect(connection, &ClientConnection::sessionEnded, this,
            [this](const SessionStats &stats) { m_endedStats.append(stats); });
    connect(connection, &ClientConnection::finished, this, [this, connection] {
        m_connections.remove(connection);
        connection->deleteLater();
    });
}

void ConnectionWorker::tick()
{
    publishStats();
    dropStaleRequests();

    const qint64 idleLimit = m_context.settings.idleTimeout.count();
    for (ClientConnection *connection : std::as_const(m_connections)) {
        if (connection->idleMs() > idleLimit)
            connection->closeWithError(ErrorCode::IdleTimeout,
                                       QStringLiteral("Nothing received for %1 s.").arg(idleLimit / 1000));
    }

    // One worker is enough to forget sessions that were never resumed.
    if (m_context.workerIndex == 0) {
        const QStringList expired = m_context.registry->expire(QDateTime::currentDateTimeUtc());
        for (const QString &id : expired)
            m_context.log(ServerEvent::Severity::Info, id, {}, tr("Recording was not resumed in time; it stays interrupted."));
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
        m_board->post(batch);
    m_board->setConnections(m_context.workerIndex, int(m_connections.size()));
}

void ConnectionWorker::dropStaleRequests()
{
    const qint64 deadline = m_clock.elapsed() - m_context.settings.requestTimeout.count();
    for (auto it = m_pendingRequests.begin(); it != m_pendingRequests.end();) {
        if (it.value() < deadline) {
            QTcpSocket *socket = it.key();
            it = m_pendingRequests.erase(it);
            disconnect(socket, nullptr, this, nullptr);
            socket->abort();
            socket->deleteLater();
        } else {
            ++it;
        }
    }
}

void ConnectionWorker::finishFile(int descriptor, std::function<void()> done)
{
    ++m_pendingSyncs;
    m_context.syncer->finishFile(descriptor, this, [this, done = std::move(done)](bool) {
        done();
        --m_pendingSyncs;
        checkShutdownDone();
    });
}

void ConnectionWorker::shutdown()
{
    m_shuttingDown = true;
    for (auto it = m_pendingRequests.cbegin(); it != m_pendingRequests.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_pendingRequests.clear();
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
    Q_EMIT shutDown();
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

ClientConnection *ConnectionWorker::connectionWithSession(const QString &sessionId) const
{
    for (ClientConnection *connection : m_connections) {
        if (connection->sessionId() == sessionId)
            return connection;
    }
    return nullptr;
}
