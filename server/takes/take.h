#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

/// One guest's recording in a take.
struct TakeTrack
{
    QString session;
    QString guest; ///< the label the guest gave
    QString file; ///< relative to the recordings folder; empty until the session has a file
    double captureStartMs = -1; ///< its first sample, on the server's clock (Unix ms); -1: not told
};

/// Several guests recorded together: one folder, one track per guest, started and stopped for
/// everyone by the host (docs/protocol.md, "Takes").
struct Take
{
    enum class State
    {
        Waiting, ///< made; guests can join, nobody was told to record yet
        Recording, ///< the host started it: the guests' pages record
        Stopped, ///< the host stopped it: the pages stop; nobody can start in it again
    };

    QString id;
    QString name;
    QString folder; ///< relative to the recordings folder: "<YYYY-MM-DD>/<HHMMSS>_<name>_<id>"
    State state = State::Waiting;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime stoppedAt;
    QList<TakeTrack> tracks;

    static QString stateName(State state);
    /// The take's own sidecar (take.json in its folder), as written.
    QJsonObject toJson() const;
    /// A take read back from its sidecar, found in `folder` (relative to the recordings folder);
    /// nothing, and why, when it is not one of Earshot's.
    static std::optional<Take> fromJson(
        const QJsonObject &object, const QString &folder, QString *errorString);
};
