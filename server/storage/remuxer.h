#pragma once

#include <optional>

#include <QString>

/// Rewrites a recording's container with FFmpeg's libavformat, packets untouched, so that the
/// file gets what MediaRecorder cannot write while streaming: a duration, cues, an index.
/// Players then know the length and can seek.
namespace Remuxer {

/// The containers MediaRecorder streams without an index. Each is read with its own demuxer
/// only: libavformat never guesses from the bytes, which a client chose.
enum class Container
{
    WebM,
    Matroska,
    Ogg,
    Mp4,
};

/// The container of a session's MIME type (as sent or sniffed); nothing for formats that need
/// no remux (PCM, which is WAV already, MP3, unknown types).
std::optional<Container> containerOf(const QString &mimeType);

struct Result
{
    enum class Outcome
    {
        /// No usable copy (it was not written, or does not read back as what went in).
        Failed,
        /// The copy holds every packet the demuxer delivered, but the original holds more than
        /// that: the demuxer reported damage, stopped early or left bytes unread.
        Partial,
        /// The copy holds everything the demuxer found in the original: it may replace it.
        Complete,
    };
    Outcome outcome = Outcome::Failed;
    /// Failed: why there is no copy. Partial: what the original holds beyond the copy.
    QString reason;
    qint64 durationMs = 0; ///< of the copy, as its container states it
    qint64 packetsIn = 0; ///< what the demuxer delivered from the original
    qint64 packetsOut = 0; ///< what the copy reads back as
};

/// Writes `output` from `input` in the same container, then reads the copy back and compares
/// it, stream by stream (packets, bytes, SHA-256 of their data), with what was read from the
/// original. Both are opened with the file protocol only.
Result remux(const QString &input, const QString &output, Container container);

} // namespace Remuxer
