#include "connectionintake.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpSocket>

#include "accessguard.h"
#include "api/apikeyring.h"
#include "api/apiresponse.h"
#include "api/servermetrics.h"
#include "connectionhost.h"
#include "proxyheader.h"
#include "senders/icecast/icecastmetadatarequest.h"
#include "senders/icecast/icecastsource.h"
#include "serversettings.h"
#include "session/sessionregistry.h"
#include "transport/descriptortransport.h"
#include "transport/qtsockettransport.h"
#include "websocket/serverwebsocket.h"
#include "websocket/websockethandshake.h"

namespace {

// The first byte of a TLS record that carries a handshake (the ClientHello).
constexpr char TlsHandshakeRecord = 0x16;

template<typename Socket>
QString peerKey(const Socket &socket)
{
    return socket.peerAddress().toString() + u'|' + QString::number(socket.peerPort());
}

QByteArray bannedResponse(bool headOnly = false)
{
    return HttpResponder::simpleResponse(
        429, "Too Many Requests", "Too many wrong pairing codes; try again later.\n", headOnly);
}

// A socket whose peer is the client a trusted proxy named rather than the proxy: everything that
// asks the socket who is there (the access gate, the ban, the logs, the transports, the sidecar,
// the monitor) is told the client.
template<typename Socket>
class ProxiedSocket final : public Socket
{
public:
    using Socket::Socket;
    void setClient(const QHostAddress &address, quint16 port)
    {
        this->setPeerAddress(address);
        this->setPeerPort(port);
    }
};

// A socket on an accepted descriptor, its peer the proxied client when there is one; null (the
// descriptor closed) when Qt cannot take it.
template<typename Socket>
Socket *openSocket(qintptr descriptor, const std::optional<QHostAddress> &clientAddress,
    quint16 clientPort, QObject *parent)
{
    auto *socket = new ProxiedSocket<Socket>(parent);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return nullptr;
    }
    // After setSocketDescriptor(), which sets the peer the kernel reports.
    if (clientAddress)
        socket->setClient(*clientAddress, clientPort);
    return socket;
}

// The address at the other end of an accepted descriptor: the one the kernel reports.
QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address {};
    socklen_t length = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

bool isWebSocketPath(const QString &path)
{
    return path == u"/ws" || path == u"/ws/audio-stream" || path == u"/ws/transcribe-stream"
        || path == u"/twilio";
}

/// Twilio cannot put a query in a stream's URL: a call's token may come in its start message.
bool takesTokenInFirstMessage(const QString &path)
{
    return path == u"/twilio";
}

} // namespace

ConnectionIntake::ConnectionIntake(ConnectionHost &host, Setup setup, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_setup(std::move(setup))
    , m_access(host.settings())
    , m_responder(m_setup.board, m_setup.uptime, m_setup.authorityPem)
    , m_api(new ApiRouter(m_setup.api, this))
{
    m_clock.start();
}

ConnectionIntake::~ConnectionIntake() = default;

void ConnectionIntake::settingsChanged()
{
    m_access = AccessPolicy(m_host.settings());
}

void ConnectionIntake::handleDescriptor(qintptr descriptor)
{
    if (m_closed) {
        ::close(int(descriptor));
        return;
    }
    // Only a trusted proxy's connections are read for a PROXY header: anyone else could name
    // any address with one.
    if (!m_host.settings().trustedProxies.isEmpty()) {
        const QHostAddress peer = peerOf(descriptor);
        if (isTrustedProxy(peer)) {
            readProxyHeader(descriptor, peer);
            return;
        }
    }
    sniff(descriptor, std::nullopt);
}

bool ConnectionIntake::isTrustedProxy(const QHostAddress &peer) const
{
    const QList<QHostAddress> &trusted = m_host.settings().trustedProxies;
    return std::any_of(trusted.cbegin(), trusted.cend(), [&peer](const QHostAddress &proxy) {
        return proxy.isEqual(peer, QHostAddress::TolerantConversion);
    });
}

void ConnectionIntake::readProxyHeader(qintptr descriptor, const QHostAddress &proxy)
{
    auto *notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    m_proxyHeaders.insert(notifier, PendingProxyHeader { m_clock.elapsed(), {} });
    connect(notifier, &QSocketNotifier::activated, this,
        [this, notifier, proxy] { onProxyHeaderReadable(notifier, proxy); });
}

void ConnectionIntake::onProxyHeaderReadable(QSocketNotifier *notifier, const QHostAddress &proxy)
{
    const auto pending = m_proxyHeaders.find(notifier);
    if (pending == m_proxyHeaders.end())
        return;
    const int descriptor = int(notifier->socket());
    QByteArray &received = pending->received;
    ProxyHeader::Result header = ProxyHeader::parse(received);
    // Read only as far as the header can reach: what follows it is the client's (a TLS
    // handshake, a request), for the socket to read.
    while (header.status == ProxyHeader::Status::Incomplete) {
        char buffer[ProxyHeader::V2FixedBytes + ProxyHeader::MaxV2PayloadBytes];
        const qsizetype wanted = qMin(ProxyHeader::bytesToRead(received), qsizetype(sizeof buffer));
        const ssize_t got = ::recv(descriptor, buffer, size_t(wanted), MSG_DONTWAIT);
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return; // the rest has not arrived yet
        if (got <= 0) {
            header = ProxyHeader::Result {};
            header.status = ProxyHeader::Status::Invalid;
            header.errorString = got == 0 ? QStringLiteral("closed before its PROXY header ended")
                                          : QString::fromLocal8Bit(strerror(errno));
            break;
        }
        received.append(buffer, got);
        header = ProxyHeader::parse(received);
    }
    m_proxyHeaders.erase(pending);
    notifier->setEnabled(false);
    notifier->deleteLater();
    if (header.status == ProxyHeader::Status::Invalid) {
        m_host.log(ServerEvent::Severity::Warning, {}, proxy.toString(),
            tr("Refused a connection from the trusted proxy %1: %2.")
                .arg(proxy.toString(), header.errorString));
        ::close(descriptor);
        return;
    }
    std::optional<ProxiedClient> client;
    if (header.clientAddress)
        client = ProxiedClient { *header.clientAddress, header.clientPort };
    sniff(descriptor, client);
}

void ConnectionIntake::sniff(qintptr descriptor, const std::optional<ProxiedClient> &client)
{
    if (m_setup.tlsConfiguration.isNull()) {
        acceptSocket(descriptor, false, client);
        return;
    }
    // Wait for the first byte before making the socket: 0x16 opens a TLS handshake, anything
    // else is plain HTTP. Peeking through Qt would buffer it where QSslSocket cannot see it.
    auto *notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    m_sniffing.insert(notifier, m_clock.elapsed());
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, descriptor, client] {
        notifier->setEnabled(false);
        notifier->deleteLater();
        m_sniffing.remove(notifier);
        char first = 0;
        const ssize_t peeked = ::recv(int(descriptor), &first, 1, MSG_PEEK | MSG_DONTWAIT);
        if (peeked != 1) {
            ::close(int(descriptor));
            return;
        }
        acceptSocket(descriptor, first == TlsHandshakeRecord, client);
    });
}

void ConnectionIntake::acceptSocket(
    qintptr descriptor, bool tls, const std::optional<ProxiedClient> &client)
{
    const std::optional<QHostAddress> clientAddress
        = client ? std::optional(client->address) : std::nullopt;
    const quint16 clientPort = client ? client->port : 0;
    QTcpSocket *socket = tls ? openSocket<QSslSocket>(descriptor, clientAddress, clientPort, this)
                             : openSocket<QTcpSocket>(descriptor, clientAddress, clientPort, this);
    if (!socket)
        return;
    m_pendingRequests.insert(socket, m_clock.elapsed());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (m_pendingRequests.remove(socket))
            socket->deleteLater();
    });
    if (auto *sslSocket = qobject_cast<QSslSocket *>(socket)) {
        sslSocket->setSslConfiguration(m_setup.tlsConfiguration);
        connect(
            sslSocket, &QSslSocket::sslErrors, this, [sslSocket](const QList<QSslError> &errors) {
                qInfo(
                    "earshot: TLS handshake failed: %s", qPrintable(errors.value(0).errorString()));
                sslSocket->abort();
            });
        sslSocket->startServerEncryption();
        return;
    }
    onReadyRead(socket);
}

std::optional<ErrorCode> ConnectionIntake::refusalFor(
    const HttpRequest &request, QTcpSocket *socket, bool *tokenPending)
{
    const QHostAddress peer = socket->peerAddress();
    const bool gated = request.path == u"/" || request.path == u"/index.html"
        || request.path == u"/api/status" || request.path == u"/websocket-test"
        || request.path == u"/console.html" || isWebSocketPath(request.path);
    if (!gated || !m_access.needsToken(peer, request))
        return std::nullopt;
    if (takesTokenInFirstMessage(request.path) && !AccessPolicy::carriesToken(request)
        && !m_setup.accessGuard->isBanned(peer)) {
        *tokenPending = true;
        return std::nullopt;
    }
    switch (judgeToken(peer, m_access.hasValidToken(request))) {
    case ConnectionHost::TokenCheck::Accepted:
        return std::nullopt;
    case ConnectionHost::TokenCheck::Wrong:
        return ErrorCode::BadToken;
    case ConnectionHost::TokenCheck::Banned:
        break;
    }
    return ErrorCode::Banned;
}

ConnectionHost::TokenCheck ConnectionIntake::judgeToken(const QHostAddress &peer, bool valid)
{
    if (m_setup.accessGuard->isBanned(peer)) {
        m_setup.metrics->refused(ServerMetrics::Refusal::Banned);
        return ConnectionHost::TokenCheck::Banned;
    }
    using Credential = AccessGuard::Credential;
    if (valid) {
        m_setup.accessGuard->recordSuccess(peer, Credential::PairingCode);
        return ConnectionHost::TokenCheck::Accepted;
    }
    m_setup.metrics->refused(ServerMetrics::Refusal::BadToken);
    if (m_setup.accessGuard->recordFailure(peer, Credential::PairingCode)) {
        m_setup.metrics->banned(ServerMetrics::BanCause::PairingCode);
        m_host.log(ServerEvent::Severity::Warning, {}, peer.toString(),
            tr("Too many wrong pairing codes: %1 is banned for a while.").arg(peer.toString()));
    }
    return ConnectionHost::TokenCheck::Wrong;
}

QByteArray ConnectionIntake::checkApiKey(const QHostAddress &peer, const HttpRequest &request)
{
    if (m_setup.accessGuard->isBanned(peer)) {
        m_setup.metrics->refused(ServerMetrics::Refusal::Banned);
        return ApiResponse::error(429, "banned",
            QStringLiteral("Too many wrong keys or pairing codes from this address; try again "
                           "later."));
    }
    const ApiResponse::Headers challenge { { "WWW-Authenticate", "Bearer realm=\"earshot\"" } };
    const QByteArray authorization = request.header("authorization");
    // A request without a key is no guess: it is refused, and counts toward no ban.
    if (authorization.left(7).toLower() != "bearer ") {
        m_setup.metrics->refused(ServerMetrics::Refusal::MissingApiKey);
        return ApiResponse::error(401, "missing_api_key",
            QStringLiteral("This needs an API key: Authorization: Bearer <key> (earshot "
                           "--api-key-create NAME makes one)."),
            challenge);
    }
    using Credential = AccessGuard::Credential;
    if (m_setup.apiKeys->accepts(authorization.mid(7).trimmed())) {
        m_setup.accessGuard->recordSuccess(peer, Credential::ApiKey);
        return {};
    }
    m_setup.metrics->refused(ServerMetrics::Refusal::BadApiKey);
    if (m_setup.accessGuard->recordFailure(peer, Credential::ApiKey)) {
        m_setup.metrics->banned(ServerMetrics::BanCause::ApiKey);
        m_host.log(ServerEvent::Severity::Warning, {}, peer.toString(),
            tr("Too many wrong API keys: %1 is banned for a while.").arg(peer.toString()));
    }
    m_host.log(ServerEvent::Severity::Warning, {}, peer.toString(),
        tr("Refused %1 %2: wrong API key.")
            .arg(QString::fromLatin1(request.method.left(16)), request.path.left(200)));
    return ApiResponse::error(
        401, "bad_api_key", QStringLiteral("The API key is wrong."), challenge);
}

ConnectionHost::TokenCheck ConnectionIntake::checkLateToken(
    const QHostAddress &peer, const QString &token)
{
    return judgeToken(peer, m_access.isValidToken(token));
}

QByteArray ConnectionIntake::answer(
    QTcpSocket *socket, const HttpRequest &request, qsizetype headLength)
{
    if (ApiRouter::handles(request.path)) {
        // Its own gate: an API key, whoever asks (loopback too) and whatever the pairing code.
        const QByteArray refusal = checkApiKey(socket->peerAddress(), request);
        if (!refusal.isEmpty())
            return refusal;
        m_pendingRequests.remove(socket);
        disconnect(socket, nullptr, this, nullptr);
        socket->readAll();
        m_api->serve(socket, request);
        return {};
    }
    const bool secure = qobject_cast<QSslSocket *>(socket) != nullptr;
    bool tokenPending = false;
    std::optional<ErrorCode> refusal = refusalFor(request, socket, &tokenPending);
    if (request.isWebSocketUpgrade() && isWebSocketPath(request.path)) {
        if (!refusal && !m_access.isOriginAllowed(request, secure)) {
            refusal = ErrorCode::ForbiddenOrigin;
            m_setup.metrics->refused(ServerMetrics::Refusal::ForbiddenOrigin);
        }
        if (refusal)
            m_host.log(ServerEvent::Severity::Warning, {}, peerKey(*socket),
                tr("Refused a WebSocket: %1 (origin %2).")
                    .arg(errorCodeName(*refusal), QString::fromUtf8(request.header("origin"))));
        // A refused one is upgraded anyway, so that a browser's page can read why.
        upgrade(socket, request, headLength, refusal, tokenPending);
        return {};
    }
    if (refusal == ErrorCode::Banned)
        return bannedResponse(request.method == "HEAD");
    return m_responder.respond(request, !refusal.has_value());
}

QByteArray ConnectionIntake::takeSource(
    QTcpSocket *socket, const HttpRequest &request, qsizetype headLength)
{
    const QHostAddress peer = socket->peerAddress();
    // As Icecast does: a source always authenticates. libshout asks first without, and with a
    // password once it is challenged; that is no wrong password.
    if (request.header("authorization").isEmpty())
        return IcecastSource::unauthorizedResponse();
    switch (checkSourcePassword(peer, request, IcecastSource::password(request))) {
    case ConnectionHost::TokenCheck::Accepted:
        break;
    case ConnectionHost::TokenCheck::Wrong:
        m_host.log(ServerEvent::Severity::Warning, {}, peerKey(*socket),
            tr("Refused an Icecast source for %1: wrong password.").arg(request.path));
        return IcecastSource::unauthorizedResponse();
    case ConnectionHost::TokenCheck::Banned:
        return bannedResponse();
    }
    QByteArray refusal;
    const std::optional<IcecastSource> source = IcecastSource::fromRequest(request, &refusal);
    if (!source) {
        m_host.log(ServerEvent::Severity::Warning, {}, peerKey(*socket),
            tr("Refused an Icecast source for %1 (%2).")
                .arg(request.path, QString::fromUtf8(request.header("content-type"))));
        return refusal;
    }

    m_pendingRequests.remove(socket);
    disconnect(socket, nullptr, this, nullptr);
    // What follows the head is the stream's first bytes: they stay for the transport.
    socket->skip(headLength);
    const QByteArray accepted = IcecastSource::acceptResponse(request);
    ClientTransport *transport = nullptr;
    if (qobject_cast<QSslSocket *>(socket)) {
        socket->write(accepted);
        transport = new QtSocketTransport(socket, this);
    } else {
        transport = takeOver(socket);
        if (!transport)
            return {};
        transport->write(accepted.constData(), accepted.size());
    }
    auto *stream = new ServerWebSocket(transport, m_host.settings().maxMessageBytes, this);
    stream->setRequestPath(source->mount);
    stream->setSource(*source);
    Q_EMIT webSocketArrived(stream, request.header("user-agent"), std::nullopt);
    return {};
}

ConnectionHost::TokenCheck ConnectionIntake::checkSourcePassword(
    const QHostAddress &peer, const HttpRequest &request, const QString &password)
{
    if (!m_access.needsToken(peer, request))
        return ConnectionHost::TokenCheck::Accepted;
    return judgeToken(peer, m_access.isValidToken(password));
}

QByteArray ConnectionIntake::updateSourceTitle(QTcpSocket *socket, const HttpRequest &request)
{
    // As for a source: libshout asks without a password first, and that is no wrong one.
    const std::optional<QString> password = IcecastMetadataRequest::password(request);
    if (!password)
        return IcecastSource::unauthorizedResponse();
    switch (checkSourcePassword(socket->peerAddress(), request, *password)) {
    case ConnectionHost::TokenCheck::Accepted:
        break;
    case ConnectionHost::TokenCheck::Wrong:
        m_host.log(ServerEvent::Severity::Warning, {}, peerKey(*socket),
            tr("Refused an Icecast metadata request: wrong password."));
        return IcecastSource::unauthorizedResponse();
    case ConnectionHost::TokenCheck::Banned:
        return bannedResponse();
    }
    QByteArray refusal;
    const std::optional<IcecastMetadataRequest> update
        = IcecastMetadataRequest::fromRequest(request, &refusal);
    if (!update) {
        m_host.log(ServerEvent::Severity::Warning, {}, peerKey(*socket),
            tr("Refused an Icecast metadata request (%1).").arg(request.query.left(200)));
        return refusal;
    }
    const std::optional<SessionRegistry::LiveSource> live
        = m_host.registry().liveSource(update->mount);
    if (!live) {
        m_host.log(ServerEvent::Severity::Warning, {}, peerKey(*socket),
            tr("Refused an Icecast metadata request for %1: no source streams there.")
                .arg(update->mount));
        return IcecastMetadataRequest::noSourceResponse();
    }
    m_host.deliverSourceTitle(live->workerIndex, live->sessionId, update->title);
    return IcecastMetadataRequest::successResponse();
}

void ConnectionIntake::onReadyRead(QTcpSocket *socket)
{
    if (!m_pendingRequests.contains(socket))
        return;
    const QByteArray peeked = socket->peek(HttpRequest::MaxHeadBytes + 1);
    const qsizetype headLength = HttpRequest::headLength(peeked);
    QByteArray response;
    if (headLength < 0) {
        if (peeked.size() <= HttpRequest::MaxHeadBytes)
            return; // wait for the rest of the head
        response = HttpResponder::simpleResponse(
            431, "Request Header Fields Too Large", "Request head too large.\n");
    } else if (const std::optional<HttpRequest> request
        = HttpRequest::parse(peeked.left(headLength))) {
        // The API's paths are its own, whatever the method (a PUT there is no source).
        response = !ApiRouter::handles(request->path) && IcecastSource::isSourceRequest(*request)
            ? takeSource(socket, *request, headLength)
            : IcecastMetadataRequest::isMetadataRequest(*request)
            ? updateSourceTitle(socket, *request)
            : answer(socket, *request, headLength);
        if (response.isEmpty())
            return; // the connection streams from here on
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

void ConnectionIntake::upgrade(QTcpSocket *socket, const HttpRequest &request, qsizetype headLength,
    std::optional<ErrorCode> refusal, bool tokenPending)
{
    m_pendingRequests.remove(socket);
    disconnect(socket, nullptr, this, nullptr);

    const WebSocketHandshake::Response response = WebSocketHandshake::respond(request);
    if (!response.accepted) {
        m_host.log(ServerEvent::Severity::Warning, {}, peerKey(*socket),
            tr("Refused a WebSocket upgrade that is not a version 13 handshake."));
        socket->readAll();
        socket->write(response.bytes);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    // Only the head was peeked: what the client sent behind it, without waiting for the 101, is
    // its first frames, and stays for the WebSocket to read.
    socket->skip(headLength);
    ClientTransport *transport = nullptr;
    if (qobject_cast<QSslSocket *>(socket)) {
        socket->write(response.bytes);
        transport = new QtSocketTransport(socket, this);
    } else {
        transport = takeOver(socket);
        if (!transport)
            return;
        transport->write(response.bytes.constData(), response.bytes.size());
    }
    auto *webSocket = new ServerWebSocket(transport, m_host.settings().maxMessageBytes, this);
    webSocket->setRequestPath(request.path);
    webSocket->setTokenPending(tokenPending);
    Q_EMIT webSocketArrived(webSocket, request.header("user-agent"), refusal);
}

ClientTransport *ConnectionIntake::takeOver(QTcpSocket *socket)
{
    // QTcpSocket cannot give its descriptor up, so it gets a duplicate to close: closing one of
    // two descriptors leaves the connection open on the other.
    const int descriptor = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (descriptor < 0) {
        m_host.log(ServerEvent::Severity::Error, {}, peerKey(*socket),
            tr("Could not take over a WebSocket's connection: %1")
                .arg(QString::fromLocal8Bit(strerror(errno))));
        socket->abort();
        socket->deleteLater();
        return nullptr;
    }
    QByteArray early = socket->readAll();
    const QHostAddress peerAddress = socket->peerAddress();
    const quint16 peerPort = socket->peerPort();
    socket->abort();
    socket->deleteLater();
    return new DescriptorTransport(descriptor, peerAddress, peerPort, std::move(early), this);
}

void ConnectionIntake::dropStaleRequests()
{
    const qint64 deadline = m_clock.elapsed() - m_host.settings().requestTimeout.count();
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
    for (auto it = m_proxyHeaders.begin(); it != m_proxyHeaders.end();) {
        if (it->since < deadline) {
            QSocketNotifier *notifier = it.key();
            it = m_proxyHeaders.erase(it);
            const QString proxy = peerOf(notifier->socket()).toString();
            m_host.log(ServerEvent::Severity::Warning, {}, proxy,
                tr("Refused a connection from the trusted proxy %1: %2.")
                    .arg(proxy, QStringLiteral("no PROXY header within the request timeout")));
            notifier->setEnabled(false);
            ::close(int(notifier->socket()));
            notifier->deleteLater();
        } else {
            ++it;
        }
    }
    const QStringList stalled
        = m_api->dropStalledReplies(m_host.settings().notReadingTimeout.count());
    for (const QString &peer : stalled) {
        m_host.log(ServerEvent::Severity::Warning, {}, peer,
            tr("Closed an API connection from %1: it read nothing of its response for %2 s.")
                .arg(peer)
                .arg(double(m_host.settings().notReadingTimeout.count()) / 1000.0));
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

void ConnectionIntake::closeAll()
{
    m_closed = true;
    m_api->closeAll();
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
    for (auto it = m_proxyHeaders.cbegin(); it != m_proxyHeaders.cend(); ++it) {
        it.key()->setEnabled(false);
        disconnect(it.key(), nullptr, this, nullptr);
        ::close(int(it.key()->socket()));
        it.key()->deleteLater();
    }
    m_proxyHeaders.clear();
}
