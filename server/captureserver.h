#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include "net/workerpeers.h"
#include "serverevent.h"
#include "serversettings.h"
#include "sessionstats.h"
#include "takes/take.h"
#include "tls/tlsidentity.h"
#include "workerthread.h"

class ApiKeyRing;
class ConnectionWorker;
class DiskSyncer;
class RecordingHooks;
class RemuxQueue;
class ServerMetrics;
class SessionRegistry;
class TranscriptionService;
class StatsBoard;
class TakeBook;
class TcpListener;

/// The capture server: listens on one port, speaks HTTP and WebSocket there, and writes every
/// recording to disk. Sockets and files live on worker threads; this object lives on the thread
/// that created it (the GUI thread in the monitor) and only hands out batches of figures.
class CaptureServer final : public QObject, private WorkerPeers
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureServer)

public:
    explicit CaptureServer(QObject *parent = nullptr);
    /// Finalizes every file when the owner did not shut down first, waiting for the workers
    /// without running an event loop; the signals of that shutdown are not emitted then.
    ~CaptureServer() override;

    /// Starts listening. Returns false and sets errorString() when the port or folder is unusable.
    bool start(const ServerSettings &settings);
    /// Stops accepting, closes clients with 1001, finalizes every file; emits shutdownFinished().
    void shutdown();
    bool isListening() const;
    QString errorString() const;

    const ServerSettings &settings() const;

    /// What reconfigure() did with the settings that differ, each named by its key in the config
    /// file and on the command line ("max-sessions", "port").
    struct Reconfiguration
    {
        QStringList applied;
        QStringList needsRestart;
    };
    /// While listening, takes new settings without dropping anyone: the session limit, the
    /// message size, the allowed origins, the trusted proxies, the loopback token rule and
    /// transcribe-all count from the next connection, session or request. What only a restart
    /// can change (the address, port, folder, TLS, speech model) keeps its value and is listed.
    Reconfiguration reconfigure(const ServerSettings &settings);
    quint16 port() const;
    /// The addresses a device on this machine or the LAN can open: https:// (when TLS is on)
    /// and http://, LAN addresses first.
    QList<QUrl> urls() const;
    /// What a phone should open: https://<lan-address>:<port>/?t=<token> (the first LAN address;
    /// loopback when there is none).
    QUrl pairingUrl() const;
    /// SHA-256 fingerprint of the certificate served for https and wss; empty without TLS.
    QString certificateFingerprint() const;
    /// SHA-256 fingerprint of Earshot's own authority (what /ca.crt serves); empty otherwise.
    QString authorityFingerprint() const;

    /// Latest figures of every session known since start, live ones first.
    QList<SessionStats> sessions() const;
    ServerTotals totals() const;

    /// The API keys accepted for /metrics and /api/v1 (docs/api.md), as SHA-256 digests of the
    /// keys. Takes effect at once, also while running.
    void setApiKeyDigests(const QList<QByteArray> &digests);

    /// Closes the connection that carries this session; the session ends interrupted.
    void disconnectSession(const QString &sessionId);

    // Takes: several guests recorded together (docs/protocol.md, "Takes").
    /// A new take, waiting for its guests; nothing (and why) when its folder cannot be made.
    std::optional<Take> createTake(const QString &name, QString *errorString);
    /// The host starts or stops a take for everyone: each page that follows it is told.
    /// False (and why) when the take is unknown or the change would go back.
    bool setTakeState(const QString &takeId, Take::State state, QString *errorString);
    /// Every take, oldest first: those made since the start, and before them those of today's
    /// and yesterday's folders that the server before this one left (taken up again at the
    /// start, as they were; a host goes on with one that was not stopped).
    QList<Take> takes() const;
    std::optional<Take> take(const QString &takeId) const;
    /// The newest take that is not stopped (named `name`, when given): one the server before
    /// this one left, for the host to go on with.
    std::optional<Take> unfinishedTake(const QString &name = {}) const;
    /// What a guest opens to record into the take: the pairing URL with the take.
    QUrl takeUrl(const QString &takeId) const;

Q_SIGNALS:
    /// At most once per statsInterval: the sessions whose figures changed, and the totals.
    void sessionsUpdated(const QList<SessionStats> &changed, const ServerTotals &totals);
    void eventOccurred(const ServerEvent &event);
    void listeningChanged(bool listening);
    void shutdownFinished();
    /// A take was made, started or stopped (a guest's new track shows in takes()).
    void takeChanged(const Take &take);

private:
    struct Worker
    {
        WorkerThread thread;
        ConnectionWorker *object = nullptr; ///< lives on thread, deleted when it finishes
    };

    void publishStats();
    void measureDisk();
    void onWorkerShutDown();
    void stopThreads();
    void reopenRecentTakes();
    void repairOnStart();
    void distribute(qintptr descriptor);
    void releaseSessionOn(
        int holder, int requester, const QString &sessionId, std::function<void()> then) override;
    void setSourceTitleOn(int holder, const QString &sessionId, const QString &title) override;

    bool loadTlsIdentity();

    ServerSettings m_settings;
    quint16 m_requestedPort = 0; ///< settings().port is the one listened on (0 picks one)
    QString m_requestedInstanceName; ///< settings().instanceName may be the "host:port" made up
    std::optional<TlsIdentity> m_tls;
    QString m_errorString;
    std::shared_ptr<ApiKeyRing> m_apiKeys;
    std::shared_ptr<SessionRegistry> m_registry;
    std::shared_ptr<TakeBook> m_takes;
    std::unique_ptr<TranscriptionService> m_transcription;
    std::shared_ptr<StatsBoard> m_board;
    std::shared_ptr<ServerMetrics> m_metrics;
    /// Where the HTTP API reads, sends and deletes recordings, and the disk's free space is
    /// measured: never on a socket thread.
    QThreadPool m_apiDisk;
    std::shared_ptr<std::atomic_bool> m_diskMeasuring = std::make_shared<std::atomic_bool>(false);
    QTimer m_diskTimer;
    std::unique_ptr<TcpListener> m_listener;
    std::vector<Worker> m_workers;
    std::unique_ptr<RemuxQueue> m_remuxQueue;
    WorkerThread m_syncThread;
    DiskSyncer *m_syncer = nullptr; ///< lives on m_syncThread, deleted when it finishes
    /// The operator's hooks and webhook: never on a socket thread, nor on this one.
    WorkerThread m_hooksThread;
    RecordingHooks *m_hooks = nullptr; ///< lives on m_hooksThread, deleted when it finishes
    QTimer m_statsTimer;
    int m_workersRunning = 0;
    int m_nextWorker = 0;
    std::vector<int> m_workerLoads; ///< distribute()'s, kept so that accepting allocates nothing
    int m_lastConnections = -1;
    QElapsedTimer m_uptime;
    bool m_shuttingDown = false;
};
