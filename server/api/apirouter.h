#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include "storage/recordingcatalog.h"

class QTcpSocket;
class QThreadPool;
class ReplyBox;
class ServerMetrics;
class SessionRegistry;
class StatsBoard;
class TranscriptionService;
struct HttpRequest;

/// Answers GET /metrics and the HTTP API under /api/v1 (docs/api.md) for requests whose API key
/// the intake has accepted. What is in memory (the figures, the sessions) is answered at once;
/// what is on the disk (the recordings, their files) is read, sent and deleted through the disk
/// pool, and answered when it is done, so that the socket thread never waits for the disk. Lives
/// on a socket worker's thread; the connection closes after each response, or when its client
/// stops reading it (dropStalledReplies()).
class ApiRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRouter)

public:
    /// Requests to the API carry no body: a longer one is refused (413).
    static constexpr qint64 MaxBodyBytes = 4096;

    struct Setup
    {
        std::shared_ptr<ServerMetrics> metrics;
        std::shared_ptr<const StatsBoard> board;
        std::shared_ptr<SessionRegistry> registry;
        QString recordingsDir;
        /// Where recordings are read and deleted; outlives every router.
        QThreadPool *disk = nullptr;
        /// Thread-safe: ends the live session `id` on worker `holder` (as the monitor's
        /// Disconnect does).
        std::function<void(int holder, const QString &id)> stopSession;
        /// Thread-safe: whether session `id`'s recording is still being finished (remuxed):
        /// its files are about to be replaced, so it is not deleted yet.
        std::function<bool(const QString &id)> isFinishing;
        /// Null when this server does not transcribe.
        const TranscriptionService *transcription = nullptr;
        QDateTime startedAt;
    };

    explicit ApiRouter(Setup setup, QObject *parent = nullptr);
    ~ApiRouter() override;

    /// Whether `path` is the API's: /metrics or under /api/v1.
    static bool handles(const QString &path);
    /// Answers `request` on `socket`, which it takes: the socket is closed and deleted after.
    void serve(QTcpSocket *socket, const HttpRequest &request);
    /// Closes the requests still being answered (the server stops).
    void closeAll();
    /// Aborts the connections whose client has read none of its response for `limitMs` while
    /// bytes of it wait to be sent (a download it stopped reading), and returns their peers.
    QStringList dropStalledReplies(qint64 limitMs);

private:
    void reply(QTcpSocket *socket, const QByteArray &response);
    /// 405 unless the method is one of `allowed` ("GET", "GET, DELETE").
    bool allow(QTcpSocket *socket, const HttpRequest &request, const QByteArray &allowed);
    QByteArray metricsText() const;
    QByteArray sessionsResponse() const;
    QByteArray sessionResponse(const QString &id) const;
    void stopSession(QTcpSocket *socket, const QString &id);
    void listRecordings(QTcpSocket *socket);
    void showRecording(QTcpSocket *socket, const QString &id);
    void deleteRecording(QTcpSocket *socket, const QString &id);
    /// `sidecar`: the sidecar rather than the audio.
    void download(QTcpSocket *socket, const QString &id, bool sidecar);
    /// Runs `work` on the disk pool, then `done` with its result here, if the socket is still
    /// open.
    void onDisk(QTcpSocket *socket, std::function<QByteArray(const RecordingCatalog &)> work);

    Setup m_setup;
    std::shared_ptr<ReplyBox> m_box;
    QElapsedTimer m_clock;
    /// When each open connection's client last took response bytes (or was served).
    QHash<QTcpSocket *, qint64> m_lastProgressMs;
};
