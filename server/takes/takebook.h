#pragma once

#include <mutex>
#include <optional>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "take.h"

/// Every take of the server: made by the host, joined by guests' connections on any worker, each
/// with its folder and its take.json kept true to it. Thread-safe.
class TakeBook final
{
    Q_DISABLE_COPY_MOVE(TakeBook)

public:
    static constexpr int MaxTakes = 1000;
    static constexpr int MaxTracks = 100;
    static constexpr int MaxNameChars = 100;

    explicit TakeBook(const QString &recordingsDir);

    /// A new take, waiting for its guests: its folder and take.json exist when this returns.
    std::optional<Take> create(const QString &name, QString *errorString);
    /// Takes up again the take whose take.json is in `folder` (relative to the recordings
    /// folder), as it was when the server before this one stopped: its guests can join it and
    /// the host can go on with it. True when it is known now (or was already).
    bool reopen(const QString &folder, QString *errorString);
    std::optional<Take> find(const QString &id) const;
    QList<Take> takes() const;

    /// The host starts or stops a take. A take only moves on (waiting, recording, stopped); the
    /// take as it is now, or nothing when it is unknown or the move would go back.
    std::optional<Take> setState(const QString &id, Take::State state, QString *errorString);

    /// Where a guest's session records in a take.
    struct Seat
    {
        QString folder; ///< relative to the recordings folder
        QString trackName; ///< the file's name without extension: the guest's, made unique
    };
    struct Refusal
    {
        bool unknownTake = false; ///< else the take is stopped or has its most tracks
        QString why;
    };
    /// Gives `session` a track in the take, named after `sanitizedGuest`; nothing (and why) when
    /// the take is unknown, stopped or full.
    /// `captureStartMs`: when its first sample was captured, on the server's clock; -1 unknown.
    std::optional<Seat> seat(const QString &takeId, const QString &session, const QString &guest,
        const QString &sanitizedGuest, double captureStartMs, Refusal *refusal);
    /// The session's recording could not be created after all: its track and name are freed.
    void unseat(const QString &takeId, const QString &session);
    /// The session's file exists now (relative to the recordings folder).
    void setTrackFile(const QString &takeId, const QString &session, const QString &file);

private:
    bool saveLocked(const Take &take, QString *errorString) const;

    const QString m_recordingsDir;
    mutable std::mutex m_mutex;
    QHash<QString, Take> m_takes;
    QList<QString> m_order; ///< ids, oldest first
    QHash<QString, QSet<QString>> m_trackNames; ///< per take, lower case
    QHash<QString, QString> m_trackNameOf; ///< session → its track's name, lower case
};
