#include "connectionworker.h"

#include <sys/socket.h>
#include <unistd.h>

#include <QDateTime>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>

#include "accessguard.h"
#include "clientconnection.h"
#include "session/sessionregistry.h"
#include "session/statsboard.h"
#include "storage/disksyncer.h"

namespace {

// QWebSocketServer's own queue of upgraded sockets; we drain it at once, so it only needs to
// absorb a burst of handshakes finishing in one event loop pass.
constexpr int MaxPendingWebSockets = 4096;
constexpr std::chrono::milliseconds TickInterval { 250 };

// The first byte of a TLS record that carries a handshake (the ClientHello).
constexpr char TlsHandshakeRecord = 0x16;

template<typename Socket>
QString peerKey(const Socket &socket)
{
    return socket.peerAddress().toString() + u'|' + QString::number(socket.peerPort());
}

bool isWebSocketPath(const QString &path)
{
    return path == u"/ws" || path == u"/ws/audio-stream";
}

} // namespace

ConnectionWorker::ConnectionWorker(WorkerContext context, std::shared_ptr<StatsBoard> board,
                                   QElapsedTimer uptime)
    : m_context(std::move(context))
    , m_board(std::move(board))
    , m_responder(m_board, uptime, m_context.authorityPem)
    , m_access(m_context.settings)
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
    if (m_shuttingDown) {
        ::close(int(descriptor));
        return;
    }
    if (m_context.tlsConfiguration.isNull()) {
        acceptSocket(descriptor, false);
        return;
    }
    // Wait for the first byte before making the socket: 0x16 opens a TLS handshake, anything
    // else is plain HTTP. Peeking through Qt would buffer it where QSslSocket cannot see it.
    auto *notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    m_sniffing.insert(notifier, m_clock.elapsed());
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, descriptor] {
        notifier->setEnabled(false);
        notifier->deleteLater();
        m_sniffing.remove(notifier);
        char first = 0;
        const ssize_t peeked = ::recv(int(descriptor), &first, 1, MSG_PEEK | MSG_DONTWAIT);
        if (peeked != 1) {
            ::close(int(descriptor));
            return;
        }
        acceptSocket(descriptor, first == TlsHandshakeRecord);
    });
}

void ConnectionWorker::acceptSocket(qintptr descriptor, bool tls)
{
    QTcpSocket *socket = nullptr;
    if (tls) {
        auto *sslSocket = new QSslSocket(this);
        sslSocket->setSslConfiguration(m_context.tlsConfiguration);
        socket = sslSocket;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    m_pendingRequests.insert(socket, m_clock.elapsed());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (m_pendingRequests.remove(socket))
            socket->deleteLater();
    });
    if (auto *sslSocket = qobject_cast<QSslSocket *>(socket)) {
        connect(sslSocket, &QSslSocket::sslErrors, this, [sslSocket](const QList<QSslError> &errors) {
            qInfo("earshot: TLS handshake failed: %s", qPrintable(errors.value(0).errorString()));
            sslSocket->abort();
        });
        sslSocket->startServerEncryption();
        return;
    }
    onReadyRead(socket);
}

std::optional<ErrorCode> ConnectionWorker::refusalFor(const HttpRequest &request, QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    const bool gated = request.path == u"/" || request.path == u"/index.html" || request.path == u"/api/status"
            || isWebSocketPath(request.path);
    if (!gated || !m_access.needsToken(peer, request))
        return std::nullopt;
    if (m_context.accessGuard->isBanned(peer))
        return ErrorCode::Banned;
    if (m_access.hasValidToken(request)) {
        m_context.accessGuard->recordSuccess(peer);
        return std::nullopt;
    }
    if (m_context.accessGuard->recordFailure(peer))
        m_context.log(ServerEvent::Severity::Warning, {}, peer.toString(),
                      tr("Too many wrong pairing codes: %1 is banned for a while.").arg(peer.toString()));
    return ErrorCode::BadToken;
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
        const bool secure = qobject_cast<QSslSocket *>(socket) != nullptr;
        std::optional<ErrorCode> refusal = refusalFor(*request, socket);
        if (request->isWebSocketUpgrade() && isWebSocketPath(request->path)) {
            if (!refusal && !m_access.isOriginAllowed(*request, secure))
                refusal = ErrorCode::ForbiddenOrigin;
            if (refusal) {
                // Upgrade anyway, so that a browser's page can read why it is refused.
                m_refusals.insert(peerKey(*socket), *refusal);
                m_context.log(ServerEvent::Severity::Warning, {}, peerKey(*socket),
                              tr("Refused a WebSocket: %1 (origin %2).")
                                      .arg(errorCodeName(*refusal), QString::fromUtf8(request->header("origin"))));
            }
            // Hand the socket over unread: QWebSocketServer parses the handshake itself.
            m_pendingRequests.remove(socket);
            disconnect(socket, nullptr, this, nullptr);
            m_webSockets->handleConnection(socket);
            return;
        }
        if (refusal == ErrorCode::Banned)
            response = HttpResponder::simpleResponse(429, "Too Many Requests", "Too many wrong pairing codes; try again later.\n");
        else
            response = m_responder.respond(*request, !refusal.has_value());
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
        std::optional<ErrorCode> refusal;
        if (const auto it = m_refusals.constFind(peerKey(*socket)); it != m_refusals.cend()) {
            refusal = *it;
            m_refusals.erase(it);
        }
        addConnection(new ClientConnection(socket, m_context, refusal, this));
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
    // A copy: closing can end a connection at once, which takes it out of m_connections.
    const QSet<ClientConnection *> connections = m_connections;
    for (ClientConnection *connection : connections) {
        if (m_connections.contains(connection) && !connection->isClosing() && connection->idleMs() > idleLimit)
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
    for (auto it = m_sniffing.begin(); it != m_sniffing.end();) {
        if (it.value() < deadline) {
            QSocketNotifier *notifier = it.key();
            it = m_sniffing.erase(it);
            ::close(int(notifier->socket()));
            notifier->setEnabled(false);
            notifier->deleteLater();
        } else {
            ++it;
        }
    }
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
    for (auto it = m_sniffing.cbegin(); it != m_sniffing.cend(); ++it) {
        // Disabled first: once closed, the number may belong to another thread's file.
        it.key()->setEnabled(false);
        disconnect(it.key(), nullptr, this, nullptr);
        ::close(int(it.key()->socket()));
        it.key()->deleteLater();
    }
    m_sniffing.clear();
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
