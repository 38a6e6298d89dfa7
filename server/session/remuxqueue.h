#pragma once

#include <memory>
#include <mutex>

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include "serverevent.h"
#include "sessionstats.h"
#include "storage/remuxer.h"
#include "storage/sidecar.h"

class StatsBoard;

/// After a compressed recording ends, makes it a file players can seek in: remuxes it on a
/// thread of its own (never a socket thread), verifies the copy, then swaps it in. The raw
/// stream's size and SHA-256 go to the sidecar; the raw file itself is kept when asked. A copy
/// that lacks part of the stream never replaces it: it goes beside it as `<name>.remuxed.<ext>`.
class RemuxQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemuxQueue)

public:
    RemuxQueue(std::shared_ptr<StatsBoard> board, bool keepOriginals, QObject *parent = nullptr);
    ~RemuxQueue() override;

    /// Thread-safe. Does nothing but announce recordingFinal() for formats that need no remux
    /// (WAV, unknown). The session must be over for good: stopped, failed, or dropped and past
    /// its resume window.
    void enqueue(const SessionStats &stats);
    /// Thread-safe: whether session `id`'s recording is queued or being remuxed (its file and
    /// sidecar are about to be replaced).
    bool isPending(const QString &id) const;
    /// Blocks until every queued remux is done.
    void waitForDone();

Q_SIGNALS:
    /// Emitted from the remux thread.
    void eventOccurred(const ServerEvent &event);
    /// A recording was swapped for its remuxed copy (emitted from the remux thread).
    void remuxed(const QString &filePath);
    /// A recording enqueued is final: remuxed, kept as it was streamed, or needing no remux
    /// (emitted from the remux thread, or the caller's for a recording that needs none).
    void recordingFinal(const SessionStats &stats);

private:
    /// A compressed stream as the remux reads it: the recording itself, or a mended copy of it
    /// (to be removed) with what was mended; `problem` when neither could be had.
    struct MendedStream
    {
        QString path;
        QStringList repairs;
        QString problem;
    };
    static constexpr qsizetype MaxRepairsNoted = 8;

    static MendedStream mend(const QString &path, Remuxer::Container container);
    /// The figures as the remux leaves them (the audio's length, when it found one).
    SessionStats run(SessionStats stats);
    void keepBoth(SessionStats stats, Sidecar &sidecar, const QString &temporary,
        const Remuxer::Result &result);
    void saveSidecar(const Sidecar &sidecar, const QString &sidecarPath, const SessionStats &stats);
    void log(ServerEvent::Severity severity, const SessionStats &stats, const QString &text);

    std::shared_ptr<StatsBoard> m_board;
    bool m_keepOriginals;
    QThreadPool m_pool;
    mutable std::mutex m_pendingMutex;
    QSet<QString> m_pending;
};
