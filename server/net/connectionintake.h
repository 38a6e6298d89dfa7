#pragma once

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include "accesspolicy.h"
#include "api/apirouter.h"
#include "connectionhost.h"
#include "httpresponder.h"
#include "protocol/errorcode.h"

class AccessGuard;
class ApiKeyRing;
class ServerMetrics;
class ClientTransport;
class ConnectionHost;
class QSocketNotifier;
class QTcpSocket;
class ServerWebSocket;
class StatsBoard;
struct HttpRequest;

/// Everything a new connection goes through before it is a client: a trusted reverse proxy's
/// PROXY header names the client it stands in for, the first byte tells TLS from plain HTTP, the
/// request head is read (within the request timeout), the access gate (pairing token, ban, origin)
/// decides, and then plain HTTP is answered here, and so is a WebSocket upgrade, which becomes a
/// ServerWebSocket. Lives on its worker's thread.
class ConnectionIntake final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIntake)

public:
    struct Setup
    {
        /// Null when TLS is off.
        QSslConfiguration tlsConfiguration;
        /// The authority a device downloads at /ca.crt; empty with a user's own certificate.
        QByteArray authorityPem;
        std::shared_ptr<AccessGuard> accessGuard;
        std::shared_ptr<const StatsBoard> board;
        QElapsedTimer uptime;
        /// The keys for /metrics and /api/v1, and what those answer with.
        std::shared_ptr<const ApiKeyRing> apiKeys;
        std::shared_ptr<ServerMetrics> metrics;
        ApiRouter::Setup api;
    };

    ConnectionIntake(ConnectionHost &host, Setup setup, QObject *parent = nullptr);
    ~ConnectionIntake() override;

    /// A descriptor the listener accepted; this intake owns it from now on.
    void handleDescriptor(qintptr descriptor);
    /// Closes connections whose request has not arrived within the request timeout, and API
    /// connections whose client stopped reading its response (the not-reading timeout).
    void dropStaleRequests();
    /// Whether a peer may go on with a token that is `valid` or not: a banned one may not, a
    /// wrong token counts toward its ban (logged when it comes).
    ConnectionHost::TokenCheck judgeToken(const QHostAddress &peer, bool valid);
    /// Whether a request to the API may go on: empty when its key is right, else the refusal
    /// (401, 429). A wrong key counts toward the ban like a wrong pairing code.
    QByteArray checkApiKey(const QHostAddress &peer, const HttpRequest &request);
    /// A token that came after the upgrade (ConnectionHost::checkPairingToken).
    ConnectionHost::TokenCheck checkLateToken(const QHostAddress &peer, const QString &token);
    /// Closes every connection still on its way in, and every later one.
    void closeAll();
    /// The host's settings changed (a reload): the access gate follows them from the next request.
    void settingsChanged();

Q_SIGNALS:
    /// An upgraded WebSocket (for the receiver to take as a child), the request's User-Agent, and
    /// the reason it is refused if it is: the client is to be told.
    void webSocketArrived(
        ServerWebSocket *socket, const QByteArray &userAgent, std::optional<ErrorCode> refusal);

private:
    /// The client a trusted proxy's PROXY header named: the connection's peer from then on.
    struct ProxiedClient
    {
        QHostAddress address;
        quint16 port = 0;
    };
    /// What a trusted proxy's connection has sent of its PROXY header so far, and since when.
    struct PendingProxyHeader
    {
        qint64 since = 0;
        QByteArray received;
    };

    bool isTrustedProxy(const QHostAddress &peer) const;
    /// A trusted proxy's connection: its PROXY header is read, and nothing after it, before the
    /// connection goes on as the client's; without one it is refused.
    void readProxyHeader(qintptr descriptor, const QHostAddress &proxy);
    void onProxyHeaderReadable(QSocketNotifier *notifier, const QHostAddress &proxy);
    /// Tells TLS from plain HTTP by the first byte (when TLS is on), then accepts the socket.
    void sniff(qintptr descriptor, const std::optional<ProxiedClient> &client);
    void acceptSocket(qintptr descriptor, bool tls, const std::optional<ProxiedClient> &client);
    void onReadyRead(QTcpSocket *socket);
    /// Every request but a source's: the page, the API, a WebSocket upgrade. Empty when the
    /// connection was upgraded.
    QByteArray answer(QTcpSocket *socket, const HttpRequest &request, qsizetype headLength);
    /// An Icecast source's request (PUT or SOURCE): its password checked like a pairing token,
    /// then its body is the stream. Empty when it streams, else the refusal.
    QByteArray takeSource(QTcpSocket *socket, const HttpRequest &request, qsizetype headLength);
    /// An Icecast source's metadata request (a new title for its stream): its password checked
    /// like the source's, then the title goes to the live session on its mount, whichever worker
    /// runs it. Returns the answer.
    QByteArray updateSourceTitle(QTcpSocket *socket, const HttpRequest &request);
    /// A source's password (its stream's or its metadata request's), checked like a pairing
    /// token; Accepted where none is needed.
    ConnectionHost::TokenCheck checkSourcePassword(
        const QHostAddress &peer, const HttpRequest &request, const QString &password);
    /// What a request may do: nothing when the address is banned, the page only with the token.
    /// `tokenPending`: the request may go on without its token, which its first message brings.
    std::optional<ErrorCode> refusalFor(
        const HttpRequest &request, QTcpSocket *socket, bool *tokenPending);
    void upgrade(QTcpSocket *socket, const HttpRequest &request, qsizetype headLength,
        std::optional<ErrorCode> refusal, bool tokenPending);
    /// A plain connection's descriptor, out of its QTcpSocket (which goes) into a transport of
    /// its own; null when it could not be taken (the connection is closed, and logged).
    ClientTransport *takeOver(QTcpSocket *socket);

    ConnectionHost &m_host;
    Setup m_setup;
    AccessPolicy m_access;
    HttpResponder m_responder;
    ApiRouter *m_api = nullptr;
    QElapsedTimer m_clock;
    /// Connections whose first byte (TLS or not) has not arrived yet, with when they came.
    QHash<QSocketNotifier *, qint64> m_sniffing;
    /// Trusted proxies' connections whose PROXY header has not arrived whole yet.
    QHash<QSocketNotifier *, PendingProxyHeader> m_proxyHeaders;
    /// Sockets that have not sent a complete request yet, with when they connected.
    QHash<QTcpSocket *, qint64> m_pendingRequests;
    bool m_closed = false;
};
