#include "speechaudiodecoder.h"

#include "containerspeechdecoder.h"
#include "pcmspeechdecoder.h"
#include "protocol/audioformat.h"

namespace {

// FFmpeg's demuxer for a container Earshot records; null lets FFmpeg probe.
const char *demuxerFor(const QString &extension)
{
    if (extension == u"webm" || extension == u"mka")
        return "matroska";
    if (extension == u"ogg")
        return "ogg";
    if (extension == u"m4a")
        return "mov";
    if (extension == u"wav")
        return "wav";
    return nullptr;
}

} // namespace

std::unique_ptr<SpeechAudioDecoder> SpeechAudioDecoder::create(
    GrowingFile &file, const AudioFormat &format, qint64 headerBytes)
{
    if (format.isPcm())
        return std::make_unique<PcmSpeechDecoder>(file, format.pcm(), headerBytes);
    return std::make_unique<ContainerSpeechDecoder>(file, demuxerFor(format.extension()));
}
