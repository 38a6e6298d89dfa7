#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "sidecar.h"

/// After a crash or a power cut, sidecars still say "recording". This finds them, makes their
/// files playable (a WAV header sized from the file), and marks them interrupted. On the way it
/// collects recent interrupted recordings that a client may still resume.
namespace SidecarRepair {

struct Resumable
{
    Sidecar sidecar;
    QString relativeAudioPath; ///< relative to the recordings folder
};

struct Report
{
    QStringList repaired; ///< sidecar paths that were fixed
    QStringList failed; ///< "path: reason"
    QList<Resumable> resumable; ///< interrupted since `resumableSince`, with a resume token digest
};

/// The folders that hold recordings, relative to root: the day folders ("yyyy-MM-dd"), newest
/// first, each followed by its takes' folders ("yyyy-MM-dd/HHMMSS_name_take").
QStringList recordingFolders(const QString &root);
/// Makes the file of a recording whose writer died playable (a WAV header sized from the file,
/// whole sample frames) and `sidecar` true to it: interrupted, its bytes, its last holder's end.
/// The caller holds its RecordingLock and saves the sidecar.
bool repairRecording(const QString &audioPath, Sidecar &sidecar, QString *problem);
/// Repairs the sidecars in these folders (but those another instance holds the lock of). Call
/// before sessions start writing there.
Report repairFolders(
    const QString &root, const QStringList &folders, const QDateTime &resumableSince);
/// Every recording folder.
Report repairAll(const QString &root);

} // namespace SidecarRepair
