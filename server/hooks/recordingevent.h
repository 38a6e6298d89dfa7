#pragma once

#include <QProcessEnvironment>
#include <QString>

#include "sessionstats.h"

/// What a hook is run for: a session started, its connection dropped, or its recording is final.
/// Plain value: it crosses from the socket and remux threads to the hooks' thread.
struct RecordingEvent
{
    enum class Kind
    {
        Start,
        Interrupted,
        Finish,
    };

    Kind kind = Kind::Start;
    SessionStats stats;
    bool resumable = false; ///< Interrupted: the session may still be resumed

    /// "start", "interrupted" or "finish", as the hooks and the webhook name it.
    QString name() const;
    /// The sidecar beside the recording; empty while the session has no file.
    QString sidecarPath() const;
    /// `base` with the EARSHOT_* variables (docs/hooks.md) set from this event. The file's size
    /// is read from the disk now.
    QProcessEnvironment environment(const QProcessEnvironment &base) const;
};
