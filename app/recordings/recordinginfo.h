#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "storage/sidecar.h"

/// One recording as the recordings view shows it: what its sidecar says and what is on the disk.
/// A plain value, made on the scanner's thread and handed to the GUI thread in batches.
struct RecordingInfo
{
    QString sidecarPath; ///< absolute; identifies the recording
    QString filePath; ///< the audio, absolute
    QString originalFilePath; ///< the stream as it arrived, when it was kept; absolute
    /// A remuxed copy kept beside the stream because it lacks part of it; absolute, or empty.
    QString remuxedCopyPath;
    /// What the sidecar says, as it says it: the one description of a recording on the disk.
    Sidecar sidecar;
    QString device; ///< "Chrome 131 on Android", or empty when the user agent says nothing known
    qint64 fileSize = -1; ///< of the audio file on the disk; -1 when it is missing
    qint64 durationMs = -1; ///< -1 when unknown
    QString transcriptPath; ///< its WebVTT transcript, absolute; empty when it has none
    /// A phone call's file per track (caller, other side) beside the stereo one, absolute.
    QStringList trackPaths;
    /// The transcript's words with their times, one cue a line, for the search and the view;
    /// read by the scanner.
    QString transcriptText;

    bool fileExists() const { return fileSize >= 0; }
    bool isLive() const;

    /// What is read of a transcript at most: a day of talk is well under it.
    static constexpr qint64 MaxTranscriptBytes = 4 * 1024 * 1024;
    /// A WebVTT file's cues as transcriptText has them.
    static QString readTranscript(const QString &vttPath);

    /// The recording a sidecar at \a sidecarPath describes; reads the audio file's size, not the
    /// transcript.
    static RecordingInfo fromSidecar(const Sidecar &sidecar, const QString &sidecarPath);
    /// Newest first. The sidecar path breaks ties, so that two scans order alike.
    static bool newerFirst(const RecordingInfo &left, const RecordingInfo &right);

    bool operator==(const RecordingInfo &other) const = default;
};

Q_DECLARE_METATYPE(RecordingInfo)
