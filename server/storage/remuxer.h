#pragma once

#include <QString>

/// Rewrites a recording's container with FFmpeg's libavformat, packets untouched, so that the
/// file gets what MediaRecorder cannot write while streaming: a duration, cues, an index.
/// Players then know the length and can seek.
namespace Remuxer {

struct Result
{
    bool ok = false;
    QString errorString;
    qint64 durationMs = 0;
    qint64 packets = 0;
};

/// Writes `output` (container chosen by its extension) from `input`, then reads it back:
/// ok only when the copy has a duration and as many packets as the original.
Result remux(const QString &input, const QString &output);

/// Whether the format is one MediaRecorder streams without an index (WebM, Ogg, MP4).
bool isRemuxable(const QString &extension);

} // namespace Remuxer
