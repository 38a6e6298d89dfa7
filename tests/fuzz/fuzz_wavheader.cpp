// The WAV header: WavHeader::parse of any 44 bytes, and RecordingWriter keeping the header of a
// PCM recording true while a fuzzed sequence of appends, commits and resumes (reopen) runs.
// After every commit and at the end, the header on the disk says what the file holds: the data
// size is the file's length past the header, the RIFF size 36 more, the format the session's.

#include <fuzzer/FuzzedDataProvider.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include "fuzzcheck.h"
#include "storage/recordingwriter.h"
#include "storage/wavheader.h"

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void checkParseRebuild(const QByteArray &header)
{
    const std::optional<WavHeader::Parsed> parsed = WavHeader::parse(header);
    if (!parsed)
        return;
    const std::optional<WavHeader::Parsed> again
        = WavHeader::parse(WavHeader::build(parsed->pcm, parsed->dataBytes));
    FUZZ_CHECK(again);
    FUZZ_CHECK(again->pcm.channels == parsed->pcm.channels);
    FUZZ_CHECK(again->pcm.sampleRate == parsed->pcm.sampleRate);
    FUZZ_CHECK(again->pcm.bitsPerSample == parsed->pcm.bitsPerSample);
    // A data size whose RIFF size would not fit in 32 bits is written clamped.
    constexpr qint64 largestSayable = 0xFFFFFFFFLL - (WavHeader::Size - 8);
    FUZZ_CHECK(again->dataBytes == std::min(parsed->dataBytes, largestSayable));
}

// What a player reads: the header of the file on the disk, which says `payloadBytes`; the file
// holds `fileBytes` past the header (more while appends wait for their commit).
void checkFile(
    const QString &path, const AudioFormat::Pcm &pcm, qint64 payloadBytes, qint64 fileBytes)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::ReadOnly));
    FUZZ_CHECK(file.size() == WavHeader::Size + fileBytes);
    const QByteArray header = file.read(WavHeader::Size);
    const std::optional<WavHeader::Parsed> parsed = WavHeader::parse(header);
    FUZZ_CHECK(parsed);
    FUZZ_CHECK(parsed->dataBytes == payloadBytes);
    FUZZ_CHECK(qFromLittleEndian<quint32>(header.constData() + WavHeader::RiffSizeOffset)
        == quint32(payloadBytes + WavHeader::Size - 8));
    FUZZ_CHECK(parsed->pcm.sampleRate == pcm.sampleRate && parsed->pcm.channels == pcm.channels
        && parsed->pcm.bitsPerSample == 16);
    // Byte rate and block align, which players compute durations from.
    FUZZ_CHECK(
        qFromLittleEndian<quint32>(header.constData() + 28) == quint32(pcm.bytesPerSecond()));
    FUZZ_CHECK(qFromLittleEndian<quint16>(header.constData() + 32) == pcm.channels * 2);
}

void runWriter(FuzzedDataProvider &input)
{
    const int rate = input.ConsumeIntegralInRange(8000, 192000);
    const int channels = input.ConsumeIntegralInRange(1, 8);
    const QString mimeType
        = QStringLiteral("audio/pcm;rate=%1;channels=%2;bits=16").arg(rate).arg(channels);
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(mimeType, nullptr);
    FUZZ_CHECK(format && format->isPcm());

    const QString path = folder().filePath(QStringLiteral("recording.wav"));
    QFile::remove(path);
    auto writer = std::make_unique<RecordingWriter>();
    FUZZ_CHECK(writer->create(path, *format));
    checkFile(path, format->pcm(), 0, 0);

    qint64 committed = 0;
    for (int step = 0; step < 64 && input.remaining_bytes() > 0; ++step) {
        switch (input.ConsumeIntegralInRange(0, 3)) {
        case 0: {
            const std::string chunk = input.ConsumeRandomLengthString(4096);
            FUZZ_CHECK(writer->append(QByteArray(chunk.data(), qsizetype(chunk.size())))
                == RecordingWriter::Result::Ok);
            break;
        }
        case 1:
            FUZZ_CHECK(writer->commit());
            committed = writer->payloadBytes();
            checkFile(path, format->pcm(), committed, committed);
            break;
        case 2: {
            // A resume from the byte count a sidecar gives, which anyone who can write the
            // folder may have written: a count the file holds goes on from there; any other
            // (beyond the file, negative) fails and leaves the file as it was.
            const qint64 payload = writer->payloadBytes();
            writer.reset();
            const QByteArray before = contents(path);
            const qint64 from = input.ConsumeBool()
                ? input.ConsumeIntegral<qint64>()
                : input.ConsumeIntegralInRange<qint64>(0, payload);
            writer = std::make_unique<RecordingWriter>();
            if (from >= 0 && from <= payload) {
                FUZZ_CHECK(writer->reopen(path, *format, from));
            } else {
                FUZZ_CHECK(!writer->reopen(path, *format, from));
                FUZZ_CHECK(contents(path) == before);
                FUZZ_CHECK(writer->reopen(path, *format, payload));
            }
            committed = writer->payloadBytes();
            checkFile(path, format->pcm(), committed, committed);
            break;
        }
        case 3:
            // Between commits the header lags behind the data, and says what was committed.
            checkFile(path, format->pcm(), committed, writer->payloadBytes());
            break;
        }
    }
    const qint64 payload = writer->payloadBytes();
    writer->close();
    checkFile(path, format->pcm(), payload, payload);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    FUZZ_CHECK(folder().isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkParseRebuild(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    FuzzedDataProvider input(data, size);
    runWriter(input);
    return 0;
}
