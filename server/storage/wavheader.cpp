#include "wavheader.h"

#include <cstring>

#include <QtEndian>

namespace WavHeader {

namespace {

constexpr qint64 MaxDataBytes = 0xFFFFFFFFLL - (Size - 8);

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

quint32 clamped(qint64 dataBytes)
{
    return quint32(qBound<qint64>(0, dataBytes, MaxDataBytes));
}

} // namespace

QByteArray riffSizeField(qint64 dataBytes)
{
    QByteArray out;
    appendLe32(out, clamped(dataBytes) + quint32(Size - 8));
    return out;
}

QByteArray dataSizeField(qint64 dataBytes)
{
    QByteArray out;
    appendLe32(out, clamped(dataBytes));
    return out;
}

void setSizes(char *header, qint64 dataBytes)
{
    qToLittleEndian(clamped(dataBytes) + quint32(Size - 8), header + RiffSizeOffset);
    qToLittleEndian(clamped(dataBytes), header + DataSizeOffset);
}

QByteArray build(const AudioFormat::Pcm &pcm, qint64 dataBytes)
{
    const quint16 blockAlign = quint16(pcm.channels * pcm.bitsPerSample / 8);
    QByteArray out;
    out.reserve(int(Size));
    out.append("RIFF");
    out.append(riffSizeField(dataBytes));
    out.append("WAVEfmt ");
    appendLe32(out, 16);
    appendLe16(out, 1); // PCM
    appendLe16(out, quint16(pcm.channels));
    appendLe32(out, quint32(pcm.sampleRate));
    appendLe32(out, quint32(pcm.sampleRate) * blockAlign);
    appendLe16(out, blockAlign);
    appendLe16(out, quint16(pcm.bitsPerSample));
    out.append("data");
    out.append(dataSizeField(dataBytes));
    return out;
}

std::optional<Parsed> parse(const QByteArray &header)
{
    if (header.size() < Size || !header.startsWith("RIFF") || header.mid(8, 8) != "WAVEfmt "
        || header.mid(36, 4) != "data")
        return std::nullopt;
    const char *bytes = header.constData();
    Parsed parsed;
    parsed.pcm.channels = qFromLittleEndian<quint16>(bytes + 22);
    parsed.pcm.sampleRate = int(qFromLittleEndian<quint32>(bytes + 24));
    parsed.pcm.bitsPerSample = qFromLittleEndian<quint16>(bytes + 34);
    parsed.dataBytes = qFromLittleEndian<quint32>(bytes + DataSizeOffset);
    return parsed;
}

std::optional<StreamHeader> parseStream(const QByteArray &bytes, QString *errorString)
{
    constexpr quint16 FormatPcm = 1;
    constexpr quint16 FormatExtensible = 0xFFFE;
    constexpr qint64 ChunkHeadBytes = 8;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE") {
        *errorString = QStringLiteral("not a RIFF/WAVE header");
        return std::nullopt;
    }
    std::optional<AudioFormat::Pcm> pcm;
    qint64 offset = 12;
    while (offset + ChunkHeadBytes <= bytes.size()) {
        const char *chunk = bytes.constData() + offset;
        const qint64 chunkBytes = qFromLittleEndian<quint32>(chunk + 4);
        if (std::memcmp(chunk, "data", 4) == 0) {
            if (!pcm) {
                *errorString
                    = QStringLiteral("the WAV header has no \"fmt \" chunk before its data");
                return std::nullopt;
            }
            return StreamHeader { *pcm, offset + ChunkHeadBytes };
        }
        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (chunkBytes < 16 || offset + ChunkHeadBytes + 16 > bytes.size())
                break;
            const char *format = chunk + ChunkHeadBytes;
            const quint16 tag = qFromLittleEndian<quint16>(format);
            AudioFormat::Pcm parsed;
            parsed.channels = qFromLittleEndian<quint16>(format + 2);
            parsed.sampleRate = int(qFromLittleEndian<quint32>(format + 4));
            parsed.bitsPerSample = qFromLittleEndian<quint16>(format + 14);
            if (tag != FormatPcm && tag != FormatExtensible) {
                *errorString = QStringLiteral("the WAV holds format %1, not integer PCM").arg(tag);
                return std::nullopt;
            }
            pcm = parsed;
        }
        // Chunks are padded to an even size.
        offset += ChunkHeadBytes + chunkBytes + (chunkBytes & 1);
    }
    *errorString = QStringLiteral("the WAV header did not arrive whole in the first message");
    return std::nullopt;
}

} // namespace WavHeader
