#pragma once

#include <chrono>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "sessionstats.h"

/// Decides which guests of a take have lost their connection while the take records: a guest's
/// session that is no longer live (interrupted or failed), or live but with no new bytes for
/// SilenceLimit. Fed the batches of CaptureServer::sessionsUpdated and a clock the caller passes
/// in, so that the timing is tested without waiting; no timers, no widgets.
class TakeAlarm final
{
public:
    using Clock = std::chrono::steady_clock;

    /// Well below 3 s so that a connection that went silent is told within 3 s: the server's
    /// figures are sampled every 250 ms and the view asks every 250 ms. Twice the second between
    /// the chunks of the slowest recorder (WebKit's MediaRecorder sends one a second).
    static constexpr std::chrono::milliseconds SilenceLimit { 2000 };

    /// Follows this take from now on; forgets the guests of the one before.
    void setTake(const QString &takeId);
    QString takeId() const { return m_takeId; }
    /// Only a take that records raises alarms. Starting it gives every guest a full
    /// SilenceLimit from \a now before their silence counts.
    void setRecording(bool recording, Clock::time_point now);
    bool isRecording() const { return m_recording; }

    /// A batch of changed sessions; the ones of other takes are ignored. A session whose byte
    /// count grew is heard from at \a now.
    void updateSessions(const QList<SessionStats> &changed, Clock::time_point now);

    /// The guests whose connection is lost at \a now, in the order they joined.
    QStringList lostGuests(Clock::time_point now) const;

    /// How a guest is named in the alarm: their label, else their device, else their address.
    static QString guestName(const SessionStats &stats);

private:
    struct Guest
    {
        QString name;
        SessionStats::State state = SessionStats::State::Recording;
        qint64 bytes = 0;
        Clock::time_point lastHeard;
    };

    QString m_takeId;
    bool m_recording = false;
    QList<QString> m_order; ///< session ids, first seen first
    QHash<QString, Guest> m_guests;
};
