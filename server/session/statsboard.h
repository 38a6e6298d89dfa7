#pragma once

#include <mutex>

#include <QHash>
#include <QList>

#include "sessionstats.h"

/// The latest figures of every session, posted by the workers a few times a second and read by
/// the faces (in batches) and by /api/status. Thread-safe.
class StatsBoard final
{
    Q_DISABLE_COPY_MOVE(StatsBoard)

public:
    /// Ended sessions kept for the faces; the oldest go first.
    static constexpr int MaxEndedSessions = 10000;

    StatsBoard() = default;

    void post(const QList<SessionStats> &changed);
    void setConnections(int workerIndex, int connections);

    /// What changed since the last call; empty when nothing did.
    QList<SessionStats> takeChanged();
    /// Every session, live ones first, then the newest.
    QList<SessionStats> snapshot() const;
    ServerTotals totals() const;

private:
    ServerTotals totalsLocked() const;
    void evictEndedLocked();

    mutable std::mutex m_mutex;
    QHash<QString, SessionStats> m_sessions;
    QHash<QString, int> m_changedIndex;
    QList<SessionStats> m_changed;
    QHash<int, int> m_connections;
    qint64 m_endedCount = 0;
    qint64 m_sessionsSeen = 0;
};
