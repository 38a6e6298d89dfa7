#include "monodecoder.h"

#include "containermonodecoder.h"
#include "pcmmonodecoder.h"
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

std::unique_ptr<MonoDecoder> MonoDecoder::create(
    GrowingFile &file, const AudioFormat &format, qint64 headerBytes, int outputRate)
{
    if (format.isPcm())
        return std::make_unique<PcmMonoDecoder>(file, format.pcm(), headerBytes, outputRate);
    return std::make_unique<ContainerMonoDecoder>(file, demuxerFor(format.extension()), outputRate);
}
