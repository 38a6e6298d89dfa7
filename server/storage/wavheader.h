#pragma once

#include <optional>

#include <QByteArray>

#include "protocol/audioformat.h"

/// The canonical 44-byte RIFF/WAVE header for 16-bit PCM.
namespace WavHeader {

inline constexpr qint64 Size = 44;
/// Where the two size fields sit, so that they can be patched in place.
inline constexpr qint64 RiffSizeOffset = 4;
inline constexpr qint64 DataSizeOffset = 40;

QByteArray build(const AudioFormat::Pcm &pcm, qint64 dataBytes);
/// Little-endian 32-bit size fields, clamped to what WAV can say.
QByteArray riffSizeField(qint64 dataBytes);
QByteArray dataSizeField(qint64 dataBytes);
/// Brings both size fields of a built header (Size bytes at `header`) to `dataBytes`, in place.
void setSizes(char *header, qint64 dataBytes);

struct Parsed
{
    AudioFormat::Pcm pcm;
    qint64 dataBytes = 0;
};
/// Reads back a header this class wrote (or any canonical 44-byte one).
std::optional<Parsed> parse(const QByteArray &header);

struct StreamHeader
{
    AudioFormat::Pcm pcm;
    qint64 headerBytes = 0; ///< where the samples begin
};
/// A WAV header as other software writes it at the start of a stream: chunks in any order before
/// "data" (LIST, fact, ...), WAVE_FORMAT_PCM or EXTENSIBLE. Nothing, with a reason, when the
/// bytes do not hold a whole header or the samples are not integer PCM.
std::optional<StreamHeader> parseStream(const QByteArray &bytes, QString *errorString);

} // namespace WavHeader
