#include "sessionregistry.h"

#include "randomid.h"
#include "sidecarfigures.h"

SessionRegistry::SessionRegistry(int maxLiveSessions) : m_maxLive(maxLiveSessions) { }

bool SessionRegistry::reserveLive()
{
    std::scoped_lock lock(m_mutex);
    if (m_live >= m_maxLive)
        return false;
    ++m_live;
    return true;
}

void SessionRegistry::releaseLive()
{
    std::scoped_lock lock(m_mutex);
    Q_ASSERT(m_live > 0);
    --m_live;
}

int SessionRegistry::liveCount() const
{
    std::scoped_lock lock(m_mutex);
    return m_live;
}

void SessionRegistry::setMaxLive(int maxLiveSessions)
{
    std::scoped_lock lock(m_mutex);
    m_maxLive = maxLiveSessions;
}

void SessionRegistry::addLive(const QString &id, const QString &resumeTokenDigest, int workerIndex)
{
    std::scoped_lock lock(m_mutex);
    m_entries.insert(id, Entry { resumeTokenDigest, workerIndex, std::nullopt, {}, {} });
}

void SessionRegistry::remove(const QString &id)
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    forgetSourceMount(id, *it);
    m_entries.erase(it);
}

std::optional<int> SessionRegistry::liveHolder(const QString &id) const
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->workerIndex < 0)
        return std::nullopt;
    return it->workerIndex;
}

bool SessionRegistry::forgetUnlessLive(const QString &id)
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return true;
    if (it->workerIndex >= 0)
        return false;
    forgetSourceMount(id, *it);
    m_entries.erase(it);
    return true;
}

void SessionRegistry::beginFinishing(const QString &id)
{
    std::scoped_lock lock(m_mutex);
    m_finishing.insert(id);
}

void SessionRegistry::endFinishing(const QString &id)
{
    std::scoped_lock lock(m_mutex);
    m_finishing.remove(id);
}

bool SessionRegistry::isFinishing(const QString &id) const
{
    std::scoped_lock lock(m_mutex);
    return m_finishing.contains(id);
}

void SessionRegistry::setSourceMount(const QString &id, const QString &mount)
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->sourceMount = mount;
    m_sourceByMount.insert(mount, id);
}

std::optional<SessionRegistry::LiveSource> SessionRegistry::liveSource(const QString &mount) const
{
    std::scoped_lock lock(m_mutex);
    const auto id = m_sourceByMount.constFind(mount);
    if (id == m_sourceByMount.cend())
        return std::nullopt;
    const auto entry = m_entries.constFind(*id);
    if (entry == m_entries.cend() || entry->resumable || entry->workerIndex < 0)
        return std::nullopt;
    return LiveSource { *id, entry->workerIndex };
}

void SessionRegistry::forgetSourceMount(const QString &id, Entry &entry)
{
    if (entry.sourceMount.isEmpty())
        return;
    const auto it = m_sourceByMount.find(entry.sourceMount);
    if (it != m_sourceByMount.end() && *it == id)
        m_sourceByMount.erase(it);
    entry.sourceMount.clear();
}

void SessionRegistry::makeResumable(const ResumableSession &session, const QDateTime &expiresAt)
{
    std::scoped_lock lock(m_mutex);
    Entry &entry = m_entries[session.stats.id];
    forgetSourceMount(session.stats.id, entry);
    entry.resumeTokenDigest = session.resumeTokenDigest;
    entry.workerIndex = -1;
    entry.resumable = session;
    entry.expiresAt = expiresAt;
}

SessionRegistry::Claim SessionRegistry::claim(
    const QString &id, const QString &resumeToken, int workerIndex)
{
    const QString digest = secretDigest(resumeToken);
    std::scoped_lock lock(m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return { Claim::Result::Unknown, std::nullopt, -1 };
    if (it->resumeTokenDigest != digest)
        return { Claim::Result::BadToken, std::nullopt, -1 };
    if (!it->resumable)
        return { Claim::Result::LiveElsewhere, std::nullopt, it->workerIndex };
    if (m_live >= m_maxLive)
        return { Claim::Result::Full, std::nullopt, -1 };
    Claim claim { Claim::Result::Claimed, it->resumable, workerIndex };
    it->resumable.reset();
    it->workerIndex = workerIndex;
    ++m_live;
    return claim;
}

void SessionRegistry::onExpired(std::function<void(const ResumableSession &)> handler)
{
    std::scoped_lock lock(m_mutex);
    m_onExpired = std::move(handler);
}

QStringList SessionRegistry::expire(const QDateTime &now)
{
    QStringList expired;
    QList<ResumableSession> sessions;
    std::function<void(const ResumableSession &)> handler;
    {
        std::scoped_lock lock(m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->resumable && it->expiresAt <= now) {
                forgetSourceMount(it.key(), *it);
                expired.append(it.key());
                sessions.append(*it->resumable);
                it = m_entries.erase(it);
            } else {
                ++it;
            }
        }
        handler = m_onExpired;
    }
    // Outside the lock: the handler is the owner's code, and the workers need the registry.
    if (handler) {
        for (const ResumableSession &session : std::as_const(sessions))
            handler(session);
    }
    return expired;
}

ResumableSession ResumableSession::fromSidecar(
    const Sidecar &sidecar, const QString &recordingsDir, const QString &relativePath)
{
    ResumableSession session;
    session.stats = SidecarFigures::toStats(sidecar, recordingsDir + u'/' + relativePath);
    session.stats.state = SessionStats::State::Interrupted;
    session.relativePath = relativePath;
    session.resumeTokenDigest = sidecar.resumeTokenSha256;
    session.takeFacts = sidecar.take;
    session.holders = sidecar.holders;
    return session;
}
