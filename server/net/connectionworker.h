#pragma once

#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWebSocketServer>

#include "accesspolicy.h"
#include "httpresponder.h"
#include "protocol/errorcode.h"
#include "sessionstats.h"
#include "workercontext.h"

class ClientConnection;
class StatsBoard;
class QSocketNotifier;
class QTcpSocket;

/// One socket thread: takes accepted descriptors, answers plain HTTP, upgrades WebSockets on its
/// own QWebSocketServer, and runs the connections (and so the files) that land here. Publishes
/// their figures to the StatsBoard in batches.
class ConnectionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWorker)

public:
    ConnectionWorker(WorkerContext context, std::shared_ptr<StatsBoard> board, QElapsedTimer uptime);
    ~ConnectionWorker() override;

    WorkerContext &context() { return m_context; }

    // Everything below runs on the worker's thread (call through QMetaObject::invokeMethod).
    void start();
    void handleDescriptor(qintptr descriptor);
    /// Closes every client (1001) and finalizes every file, then emits shutDown().
    void shutdown();
    void releaseSession(const QString &sessionId);
    void disconnectSession(const QString &sessionId);

Q_SIGNALS:
    void eventOccurred(const ServerEvent &event);
    void shutDown();

private:
    void acceptSocket(qintptr descriptor, bool tls);
    void onReadyRead(QTcpSocket *socket);
    /// What a request may do: nothing when the address is banned, the page only with the token.
    std::optional<ErrorCode> refusalFor(const HttpRequest &request, QTcpSocket *socket);
    void onNewWebSocket();
    void addConnection(ClientConnection *connection);
    void tick();
    void publishStats();
    void dropStaleRequests();
    void finishFile(int descriptor, std::function<void()> done);
    void checkShutdownDone();
    ClientConnection *connectionWithSession(const QString &sessionId) const;

    WorkerContext m_context;
    std::shared_ptr<StatsBoard> m_board;
    HttpResponder m_responder;
    QWebSocketServer *m_webSockets = nullptr;
    QTimer *m_tickTimer = nullptr;
    QElapsedTimer m_clock;
    /// Connections whose first byte (TLS or not) has not arrived yet, with when they came.
    QHash<QSocketNotifier *, qint64> m_sniffing;
    /// Sockets that have not sent a complete request yet, with when they connected.
    QHash<QTcpSocket *, qint64> m_pendingRequests;
    /// Upgrades that were let through only to be told why they are refused, by peer.
    QHash<QString, ErrorCode> m_refusals;
    AccessPolicy m_access;
    QSet<ClientConnection *> m_connections;
    QList<SessionStats> m_endedStats;
    int m_pendingSyncs = 0;
    bool m_shuttingDown = false;
    bool m_shutdownReported = false;
};
