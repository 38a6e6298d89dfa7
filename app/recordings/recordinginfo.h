#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

struct Sidecar;

/// One recording as the recordings view shows it: what its sidecar says and what is on the disk.
/// A plain value, made on the scanner's thread and handed to the GUI thread in batches.
struct RecordingInfo
{
    QString sidecarPath; ///< absolute; identifies the recording
    QString filePath; ///< the audio, absolute
    QString originalFilePath; ///< the stream as it arrived, when it was kept; absolute
    QString sessionId;
    QString label;
    QString peer;
    QString userAgent;
    QString device; ///< "Chrome 131 on Android", or empty when the user agent says nothing known
    QString format; ///< MIME type
    QString status; ///< as the sidecar says: recording, complete, interrupted, failed
    QString error;
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 bytes = 0; ///< audio bytes received
    qint64 fileSize = -1; ///< of the audio file on the disk; -1 when it is missing
    qint64 durationMs = -1; ///< -1 when unknown

    bool fileExists() const { return fileSize >= 0; }
    bool isLive() const;

    /// The recording a sidecar at \a sidecarPath describes; reads the audio file's size.
    static RecordingInfo fromSidecar(const Sidecar &sidecar, const QString &sidecarPath);
    /// Newest first. The sidecar path breaks ties, so that two scans order alike.
    static bool newerFirst(const RecordingInfo &left, const RecordingInfo &right);

    bool operator==(const RecordingInfo &other) const = default;
};

Q_DECLARE_METATYPE(RecordingInfo)
