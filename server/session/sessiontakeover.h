#pragma once

#include <chrono>
#include <optional>

#include <QDateTime>
#include <QString>

#include "sessionregistry.h"
#include "storage/recordinglock.h"

/// Resuming a session from the recordings folder that several instances of Earshot share
/// (docs/scaling.md): the instance that held it may be another one, alive or dead. The
/// recording's lock decides who writes it; its sidecar, read under the lock, is the truth.
/// Reads and writes files: a socket thread calls it for one resume at a time.
namespace SessionTakeover {

struct Result
{
    enum class Outcome
    {
        Taken, ///< the lock is ours and `session` says where the recording is
        Unknown, ///< no such recording, or it ended, or its resume window has passed
        BadToken,
        Held, ///< another instance records it now
        Failed, ///< errorString()
    };
    Outcome outcome = Outcome::Unknown;
    std::optional<ResumableSession> session;
    RecordingLock lock;
    QString errorString;
};

/// Session `id`'s audio file, relative to `root`, in the day folders of `now` and the day
/// before (the only ones a resume window reaches); empty when there is none. A take's tracks
/// are not found: their names do not carry the session.
QString findRecording(const QString &root, const QString &id, const QDateTime &now);

/// Takes the recording at `relativeAudioPath` over for this instance: its lock first, then its
/// sidecar, repaired when the holder died while recording (the file's bytes are what it
/// wrote), then the token and the resume window.
Result take(const QString &root, const QString &relativeAudioPath, const QString &token,
    std::chrono::milliseconds resumeWindow, const QDateTime &now);

} // namespace SessionTakeover
