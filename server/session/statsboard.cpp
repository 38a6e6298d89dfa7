#include "statsboard.h"

#include <algorithm>

void StatsBoard::post(const QList<SessionStats> &changed)
{
    std::scoped_lock lock(m_mutex);
    for (const SessionStats &stats : changed) {
        const auto it = m_sessions.find(stats.id);
        const bool wasEnded = it != m_sessions.end() && !it->isLive();
        if (it == m_sessions.end())
            ++m_sessionsSeen;
        if (!wasEnded && !stats.isLive())
            ++m_endedCount;
        else if (wasEnded && stats.isLive())
            --m_endedCount;
        m_sessions.insert(stats.id, stats);

        const auto pending = m_changedIndex.constFind(stats.id);
        if (pending != m_changedIndex.cend()) {
            m_changed[*pending] = stats;
        } else {
            m_changedIndex.insert(stats.id, int(m_changed.size()));
            m_changed.append(stats);
        }
    }
    if (m_endedCount > MaxEndedSessions)
        evictEndedLocked();
}

void StatsBoard::evictEndedLocked()
{
    QList<const SessionStats *> ended;
    for (const SessionStats &stats : std::as_const(m_sessions)) {
        if (!stats.isLive())
            ended.append(&stats);
    }
    std::sort(ended.begin(), ended.end(),
        [](const SessionStats *a, const SessionStats *b) { return a->endedAt < b->endedAt; });
    const qsizetype surplus = ended.size() - MaxEndedSessions;
    QStringList doomed;
    for (qsizetype i = 0; i < surplus; ++i)
        doomed.append(ended.at(i)->id);
    for (const QString &id : std::as_const(doomed))
        m_sessions.remove(id);
    m_endedCount = ended.size() - doomed.size();
}

void StatsBoard::setConnections(int workerIndex, int connections)
{
    std::scoped_lock lock(m_mutex);
    m_connections.insert(workerIndex, connections);
}

QList<SessionStats> StatsBoard::takeChanged()
{
    std::scoped_lock lock(m_mutex);
    m_changedIndex.clear();
    return std::exchange(m_changed, {});
}

QList<SessionStats> StatsBoard::snapshot() const
{
    QList<SessionStats> all;
    {
        std::scoped_lock lock(m_mutex);
        all = m_sessions.values();
    }
    std::sort(all.begin(), all.end(), [](const SessionStats &a, const SessionStats &b) {
        if (a.isLive() != b.isLive())
            return a.isLive();
        return a.startedAt > b.startedAt;
    });
    return all;
}

ServerTotals StatsBoard::totals() const
{
    std::scoped_lock lock(m_mutex);
    return totalsLocked();
}

ServerTotals StatsBoard::totalsLocked() const
{
    ServerTotals totals;
    totals.sessions = m_sessionsSeen;
    for (const SessionStats &stats : m_sessions) {
        totals.bytes += stats.bytes;
        if (stats.isLive()) {
            ++totals.liveSessions;
            totals.byteRate += stats.byteRate;
        }
    }
    for (int connections : m_connections)
        totals.connections += connections;
    return totals;
}
