#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSemaphore>
#include <QSet>
#include <QThreadPool>

#include "connectionhost.h"
#include "connectionintake.h"
#include "protocol/errorcode.h"
#include "serversettings.h"
#include "sessionstats.h"

class AckScheduler;
class ClientConnection;
class DiskSyncer;
class RemuxQueue;
class ServerMetrics;
class StatsBoard;
struct Take;
class QTcpSocket;
class QTimer;
class ServerWebSocket;
class WorkerPeers;

/// One socket thread: takes accepted descriptors through its intake, runs the client
/// connections (and so the files) that land here, and publishes their figures to the StatsBoard
/// in batches. Implements what a connection asks of its worker.
class ConnectionWorker final : public QObject, public ConnectionHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWorker)

public:
    /// The services a worker shares with the others; all outlive it.
    struct Setup
    {
        ServerSettings settings;
        int index = 0;
        /// What the worker's intake needs: TLS, the access guard, the page's status figures.
        ConnectionIntake::Setup intake;
        std::shared_ptr<SessionRegistry> registry;
        std::shared_ptr<TakeBook> takes;
        std::shared_ptr<StatsBoard> board;
        std::shared_ptr<ServerMetrics> metrics;
        DiskSyncer *syncer = nullptr;
        RemuxQueue *remuxQueue = nullptr;
        WorkerPeers *peers = nullptr;
        TranscriptionService *transcription = nullptr;
    };

    explicit ConnectionWorker(Setup setup);
    ~ConnectionWorker() override;

    // Everything below runs on the worker's thread (call through QMetaObject::invokeMethod).
    void start();
    void handleDescriptor(qintptr descriptor);
    /// Closes every client (1001) and finalizes every file, then emits shutDown().
    void shutdown();
    void releaseSession(const QString &sessionId);
    void disconnectSession(const QString &sessionId);
    /// The host started or stopped a take: the connections that follow it are told.
    void takeChanged(const Take &take);
    /// An Icecast source's session has a new title (from a metadata request).
    void setSourceTitle(const QString &sessionId, const QString &title);
    /// New settings (a reload): what connections read when they need it, so a live one keeps
    /// going and the new values count from its next decision (a new session, a new request).
    void updateSettings(const ServerSettings &settings);

    /// Thread-safe: blocks until shutdown() has finished its work, for a caller that cannot
    /// wait for shutDown() in an event loop.
    void waitUntilShutDown();
    /// Thread-safe: the connections this worker runs, and those handed to it not yet taken
    /// up; the server gives a new one to the least loaded worker.
    int load() const { return m_load.load(std::memory_order_relaxed); }
    /// Thread-safe: a descriptor is on its way here (see load()).
    void expectDescriptor() { m_load.fetch_add(1, std::memory_order_relaxed); }

    // ConnectionHost
    const ServerSettings &settings() const override { return m_setup.settings; }
    SessionRegistry &registry() override { return *m_setup.registry; }
    TakeBook &takes() override { return *m_setup.takes; }
    int workerIndex() const override { return m_setup.index; }
    ServerMetrics &metrics() override { return *m_setup.metrics; }
    TranscriptionService *transcription() override { return m_setup.transcription; }
    TokenCheck checkPairingToken(const QHostAddress &peer, const QString &token) override;
    void log(ServerEvent::Severity severity, const QString &sessionId, const QString &peer,
        const QString &text) override;
    void markDirty() override;
    void requestAck(ClientConnection *connection) override;
    void finishFile(int descriptor, std::function<void(const QString &)> done) override;
    void checkPayload(
        const QString &path, qint64 offset, std::function<void(const HeldPayload &)> done) override;
    void remux(const SessionStats &stats) override;
    void takeOverSession(int holder, const QString &sessionId, std::function<void()> then) override;
    void deliverSourceTitle(int holder, const QString &sessionId, const QString &title) override;

Q_SIGNALS:
    void eventOccurred(const ServerEvent &event);
    /// A session began on this worker (for the hooks).
    void recordingStarted(const SessionStats &stats);
    /// A session ended on this worker, before its file is synced; `resumable`: interrupted, and
    /// it may still be resumed.
    void recordingEnded(const SessionStats &stats, bool resumable);
    void shutDown();

private:
    void addConnection(
        ServerWebSocket *socket, const QByteArray &userAgent, std::optional<ErrorCode> refusal);
    void tick();
    /// Closes idle clients, and lets go of or closes those that do not read their replies.
    void checkConnections();
    void publishStats();
    void checkShutdownDone();
    ClientConnection *connectionWithSession(const QString &sessionId) const;

    Setup m_setup;
    ConnectionIntake *m_intake = nullptr;
    AckScheduler *m_acks = nullptr;
    QTimer *m_tickTimer = nullptr;
    QElapsedTimer m_clock;
    QSet<ClientConnection *> m_connections;
    QList<SessionStats> m_endedStats;
    QSemaphore m_shutDownDone;
    std::atomic<int> m_load { 0 };
    int m_pendingSyncs = 0;
    /// Files being read and hashed for a client's verification; counted in m_pendingSyncs.
    QThreadPool m_payloadChecks;
    bool m_shuttingDown = false;
    bool m_shutdownReported = false;
};
