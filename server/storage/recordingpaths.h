#pragma once

#include <QDateTime>
#include <QString>

/// Where a recording and its sidecar go inside the recordings folder. Nothing a client sends
/// becomes a path: the label is sanitized, the rest is the server's own.
namespace RecordingPaths {

inline constexpr int MaxLabelLength = 48;

/// Letters, digits, '-' and '_' stay; runs of anything else become one '_'.
QString sanitizeLabel(const QString &label, const QString &fallback);
/// "<YYYY-MM-DD>/<HHMMSS>_<label>_<session>.<extension>", in local time.
QString relativeAudioPath(const QDateTime &start, const QString &sanitizedLabel,
    const QString &sessionId, const QString &extension);
/// The sidecar beside an audio file: same name, ".json".
QString sidecarPath(const QString &audioPath);

} // namespace RecordingPaths
