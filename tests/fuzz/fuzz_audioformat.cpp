// What a client says its stream is (AudioFormat::fromMimeType, from "start"'s format) and what
// its first bytes say (AudioFormat::sniff). An accepted format has a file extension; accepted
// PCM is within the limits the WAV writer takes, and its canonical MIME type means the same PCM
// again; sniffing knows the headers it promises to know.

#include "fuzzcheck.h"
#include "protocol/audioformat.h"
#include "storage/wavheader.h"

namespace {

void checkAccepted(const AudioFormat &format)
{
    FUZZ_CHECK(!format.extension().isEmpty() && !format.mimeType().isEmpty());
    // The session keeps it; a longer one is refused.
    FUZZ_CHECK(format.mimeType().size() <= AudioFormat::MaxMimeTypeChars);
    if (!format.isPcm())
        return;
    const AudioFormat::Pcm pcm = format.pcm();
    FUZZ_CHECK(format.extension() == u"wav");
    FUZZ_CHECK(pcm.bitsPerSample == 16);
    FUZZ_CHECK(pcm.sampleRate >= 8000 && pcm.sampleRate <= 192000);
    FUZZ_CHECK(pcm.channels >= 1 && pcm.channels <= 8);

    QString problem;
    const std::optional<AudioFormat> again = AudioFormat::fromMimeType(format.mimeType(), &problem);
    FUZZ_CHECK(again && again->isPcm() && again->mimeType() == format.mimeType());
    FUZZ_CHECK(again->pcm().sampleRate == pcm.sampleRate && again->pcm().channels == pcm.channels);

    // The header of its file is sniffed as WAV, and reads back as this PCM.
    const QByteArray header = WavHeader::build(pcm, 0);
    FUZZ_CHECK(AudioFormat::sniff(header).extension() == u"wav");
    const std::optional<WavHeader::Parsed> parsed = WavHeader::parse(header);
    FUZZ_CHECK(parsed && parsed->pcm.sampleRate == pcm.sampleRate
        && parsed->pcm.channels == pcm.channels && parsed->pcm.bitsPerSample == 16);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const AudioFormat sniffed = AudioFormat::sniff(bytes);
    FUZZ_CHECK(!sniffed.extension().isEmpty());
    if (bytes.startsWith("OggS"))
        FUZZ_CHECK(sniffed.extension() == u"ogg");
    if (bytes.startsWith("\x1A\x45\xDF\xA3"))
        FUZZ_CHECK(sniffed.extension() == u"webm");
    // Whatever it sniffs, its MIME type is one fromMimeType takes as the same container.
    const std::optional<AudioFormat> named = AudioFormat::fromMimeType(sniffed.mimeType(), nullptr);
    FUZZ_CHECK(named && named->extension() == sniffed.extension());

    const QString mimeType = QString::fromUtf8(bytes);
    QString problem;
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(mimeType, &problem);
    if (format)
        checkAccepted(*format);
    else
        FUZZ_CHECK(!problem.isEmpty());
    // Without a place for the reason, the answer is the same.
    FUZZ_CHECK(AudioFormat::fromMimeType(mimeType, nullptr).has_value() == format.has_value());
    return 0;
}
