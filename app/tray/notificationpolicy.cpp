#include "notificationpolicy.h"

#include <algorithm>
#include <utility>

#include <QLocale>

namespace {

bool endedUnexpectedly(SessionStats::State state)
{
    return state == SessionStats::State::Interrupted || state == SessionStats::State::Failed;
}

} // namespace

NotificationPolicy::NotificationPolicy(QObject *parent) : QObject(parent)
{
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(DefaultCoalesceInterval);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &NotificationPolicy::flush);
}

NotificationPolicy::~NotificationPolicy() = default;

void NotificationPolicy::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        return;
    m_coalesceTimer.stop();
    m_connected.clear();
    m_ended.clear();
}

bool NotificationPolicy::isEnabled() const
{
    return m_enabled;
}

void NotificationPolicy::setCoalesceInterval(std::chrono::milliseconds interval)
{
    m_coalesceTimer.setInterval(interval);
}

void NotificationPolicy::setKnownSessions(const QList<SessionStats> &sessions)
{
    for (const SessionStats &stats : sessions)
        m_states.insert(stats.id, stats.state);
}

void NotificationPolicy::updateSessions(const QList<SessionStats> &changed)
{
    for (const SessionStats &stats : changed) {
        const auto known = m_states.constFind(stats.id);
        const bool isNew = known == m_states.cend();
        const bool wasLive = isNew || *known == SessionStats::State::Recording;
        m_states.insert(stats.id, stats.state);

        if (stats.isLive()) {
            // A session seen again after an interruption was resumed: the same device, no news.
            if (isNew)
                queue(m_connected, stats);
            continue;
        }
        const bool expected = m_expectedEnds.remove(stats.id) || m_serverStopping;
        // A session reported again in its end state was told about already.
        if (wasLive && endedUnexpectedly(stats.state) && !expected)
            queue(m_ended, stats);
    }
}

void NotificationPolicy::expectEnd(const QString &sessionId)
{
    m_expectedEnds.insert(sessionId);
}

void NotificationPolicy::setServerStopping(bool stopping)
{
    m_serverStopping = stopping;
}

void NotificationPolicy::flush()
{
    m_coalesceTimer.stop();
    const QList<Pending> connected = std::exchange(m_connected, {});
    const QList<Pending> ended = std::exchange(m_ended, {});

    if (connected.size() == 1) {
        Q_EMIT notify(tr("Device connected"),
            tr("%1 is recording.", "a device connected").arg(connected.constFirst().description));
    } else if (connected.size() > 1) {
        Q_EMIT notify(tr("%Ln device(s) connected", "", int(connected.size())), listOf(connected));
    }

    if (ended.size() == 1) {
        const Pending &session = ended.constFirst();
        if (session.state == SessionStats::State::Failed) {
            Q_EMIT notify(tr("Recording failed"),
                tr("The recording from %1 stopped because of an error. The events log tells why.")
                    .arg(session.description));
        } else {
            Q_EMIT notify(tr("Recording interrupted"),
                tr("%1 lost its connection. What arrived is kept; the recording continues if the "
                   "device reconnects.")
                    .arg(session.description));
        }
    } else if (ended.size() > 1) {
        Q_EMIT notify(
            tr("%Ln recording(s) ended unexpectedly", "", int(ended.size())), listOf(ended));
    }
}

bool NotificationPolicy::hasPending() const
{
    return !m_connected.isEmpty() || !m_ended.isEmpty();
}

void NotificationPolicy::queue(QList<Pending> &pending, const SessionStats &stats)
{
    if (!m_enabled)
        return;
    QString name = stats.label;
    if (name.isEmpty())
        name = stats.client;
    if (name.isEmpty())
        name = stats.peer;
    if (name.isEmpty())
        name = tr("A device");
    const QString description = !stats.label.isEmpty() && !stats.client.isEmpty()
        ? tr("%1 (%2)", "session label (browser and system)").arg(stats.label, stats.client)
        : name;
    pending.append({ name, description, stats.state });
    // Not restarted by later events: a steady stream of them is still told once an interval.
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
}

QString NotificationPolicy::listOf(const QList<Pending> &pending) const
{
    // "and 1 more" takes the room of the one name it hides.
    const qsizetype listed = pending.size() <= MaxNamesListed + 1 ? pending.size() : MaxNamesListed;
    QStringList names;
    for (const Pending &session : pending.first(listed))
        names.append(session.name);
    const auto more = int(pending.size() - names.size());
    if (more > 0)
        names.append(tr("%n more", "the end of a list of devices: A, B, C and 2 more", more));
    return QLocale().createSeparatedList(names);
}
