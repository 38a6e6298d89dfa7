#include "takealarm.h"

void TakeAlarm::setTake(const QString &takeId)
{
    m_takeId = takeId;
    m_recording = false;
    m_order.clear();
    m_guests.clear();
}

void TakeAlarm::setRecording(bool recording, Clock::time_point now)
{
    if (recording && !m_recording) {
        // Guests who joined while the take waited had no reason to send anything yet.
        for (Guest &guest : m_guests)
            guest.lastHeard = now;
    }
    m_recording = recording;
}

void TakeAlarm::updateSessions(const QList<SessionStats> &changed, Clock::time_point now)
{
    if (m_takeId.isEmpty())
        return;
    for (const SessionStats &stats : changed) {
        if (stats.take != m_takeId)
            continue;
        auto found = m_guests.find(stats.id);
        if (found == m_guests.end()) {
            m_order.append(stats.id);
            found = m_guests.insert(stats.id, Guest { {}, stats.state, stats.bytes, now });
        }
        Guest &guest = *found;
        guest.name = guestName(stats);
        // A resumed session comes back live before its first bytes: only bytes clear the alarm.
        if (stats.bytes > guest.bytes)
            guest.lastHeard = now;
        guest.bytes = stats.bytes;
        guest.state = stats.state;
    }
}

QStringList TakeAlarm::lostGuests(Clock::time_point now) const
{
    QStringList lost;
    if (!m_recording)
        return lost;
    for (const QString &session : m_order) {
        const Guest &guest = m_guests.value(session);
        bool isLost = false;
        switch (guest.state) {
        case SessionStats::State::Recording:
            isLost = now - guest.lastHeard >= SilenceLimit;
            break;
        case SessionStats::State::Interrupted:
        case SessionStats::State::Failed:
            isLost = true;
            break;
        case SessionStats::State::Complete:
            // The guest stopped on purpose.
            break;
        }
        if (isLost)
            lost.append(guest.name);
    }
    return lost;
}

QString TakeAlarm::guestName(const SessionStats &stats)
{
    if (!stats.label.isEmpty())
        return stats.label;
    if (!stats.client.isEmpty())
        return stats.client;
    return stats.peer;
}
