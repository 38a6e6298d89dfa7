#pragma once

#include <QDateTime>
#include <QString>

/// Where a recording and its sidecar go inside the recordings folder. Nothing a client sends
/// becomes a path: the label is sanitized, the rest is the server's own.
namespace RecordingPaths {

inline constexpr int MaxLabelLength = 48;
/// A take's own sidecar, in its folder; every other *.json there is a track's.
inline constexpr QLatin1StringView TakeSidecarName { "take.json" };

/// Letters, digits, '-' and '_' stay; runs of anything else become one '_'.
QString sanitizeLabel(const QString &label, const QString &fallback);
/// "<YYYY-MM-DD>/<HHMMSS>_<label>_<session>.<extension>", in local time.
QString relativeAudioPath(const QDateTime &start, const QString &sanitizedLabel,
    const QString &sessionId, const QString &extension);
/// A take's folder: "<YYYY-MM-DD>/<HHMMSS>_<name>_<take>", in local time, so that it sits in the
/// day it was made, beside that day's other recordings.
QString relativeTakeFolder(
    const QDateTime &made, const QString &sanitizedName, const QString &takeId);
/// The sidecar beside an audio file: same name, ".json".
QString sidecarPath(const QString &audioPath);

} // namespace RecordingPaths
