#pragma once

#include <functional>
#include <mutex>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include "sessionstats.h"
#include "storage/sidecar.h"

/// What a session needs to be picked up again on another connection (and maybe another worker).
struct ResumableSession
{
    SessionStats stats; ///< id, label, peer, format, file, counters as they were
    QString relativePath;
    QString resumeTokenDigest; ///< SHA-256 of the token; the token itself is never stored
    QJsonObject takeFacts; ///< a take's track: the sidecar's "take"
    QString takeFolder; ///< a take's track: where its file goes, relative to the recordings folder
    QString trackName; ///< a take's track: its file's name without extension
    QList<Sidecar::Holder> holders; ///< the sidecar's: who wrote which part of the file

    /// An interrupted recording found on disk, e.g. after a restart.
    static ResumableSession fromSidecar(
        const Sidecar &sidecar, const QString &recordingsDir, const QString &relativePath);
};

/// All sessions of the server, shared by the worker threads: counts live ones against the limit,
/// knows which worker holds a live session, and keeps dropped sessions resumable for a while.
/// Thread-safe.
class SessionRegistry final
{
    Q_DISABLE_COPY_MOVE(SessionRegistry)

public:
    explicit SessionRegistry(int maxLiveSessions);

    /// Counts a new live session, or refuses when the limit is reached.
    bool reserveLive();
    void releaseLive();
    int liveCount() const;
    /// A new limit for the sessions that come from now on; those live beyond it go on.
    void setMaxLive(int maxLiveSessions);

    void addLive(const QString &id, const QString &resumeTokenDigest, int workerIndex);
    /// The session ended for good (stopped, failed, or not resumable).
    void remove(const QString &id);
    /// The worker that records the live session `id`; nothing when it is not live.
    std::optional<int> liveHolder(const QString &id) const;
    /// For a recording about to be deleted: forgets `id` if it is resumable. False, and nothing
    /// forgotten, when it is live.
    bool forgetUnlessLive(const QString &id);
    void makeResumable(const ResumableSession &session, const QDateTime &expiresAt);

    /// The session's recording has ended and its file is being finished (synced, checked
    /// against what the client produced, handed to the remux queue), which writes its file and
    /// sidecar once more: from before it leaves the live sessions until finished() is called.
    void beginFinishing(const QString &id);
    void endFinishing(const QString &id);
    bool isFinishing(const QString &id) const;

    /// The live session `id` is an Icecast source's on `mount`: a metadata request for the mount
    /// reaches it. The latest source on a mount takes it over. Forgotten with the session.
    void setSourceMount(const QString &id, const QString &mount);
    struct LiveSource
    {
        QString sessionId;
        int workerIndex = -1;
    };
    /// The live session of the source streaming to `mount` now, if one does.
    std::optional<LiveSource> liveSource(const QString &mount) const;

    struct Claim
    {
        enum class Result
        {
            Claimed,
            Unknown,
            BadToken,
            LiveElsewhere,
            Full
        };
        Result result = Result::Unknown;
        std::optional<ResumableSession> session; ///< Claimed
        int workerIndex = -1; ///< LiveElsewhere: who holds it now
    };
    /// Takes a resumable session for this worker (it becomes live there again). A session still
    /// live on some connection is reported, so that its worker can let go of it first.
    Claim claim(const QString &id, const QString &resumeToken, int workerIndex);

    /// Called, on the thread that calls expire(), with each session whose time is up.
    void onExpired(std::function<void(const ResumableSession &)> handler);
    /// Forgets resumable sessions whose time is up; returns their ids.
    QStringList expire(const QDateTime &now);

private:
    struct Entry
    {
        QString resumeTokenDigest;
        int workerIndex = -1; ///< -1 while resumable
        std::optional<ResumableSession> resumable;
        QDateTime expiresAt;
        QString sourceMount; ///< an Icecast source's, while live
    };

    /// Takes the entry's mount out of m_sourceByMount if it is the mount's session. Locked.
    void forgetSourceMount(const QString &id, Entry &entry);

    mutable std::mutex m_mutex;
    int m_maxLive;
    int m_live = 0;
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_sourceByMount; ///< mount -> live session id
    QSet<QString> m_finishing;
    std::function<void(const ResumableSession &)> m_onExpired;
};
