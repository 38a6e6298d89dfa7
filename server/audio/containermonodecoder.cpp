#include "containermonodecoder.h"

#include "growingfile.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

namespace {

constexpr int IoBufferBytes = 4096;

QString avError(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

} // namespace

ContainerMonoDecoder::ContainerMonoDecoder(GrowingFile &file, const char *demuxer, int outputRate)
    : m_file(file), m_demuxer(demuxer), m_outputRate(outputRate), m_resampler(outputRate)
{ }

ContainerMonoDecoder::~ContainerMonoDecoder()
{
    av_frame_free(&m_frame);
    av_packet_free(&m_packet);
    avcodec_free_context(&m_codec);
    avformat_close_input(&m_format);
    if (m_io)
        av_freep(&m_io->buffer);
    avio_context_free(&m_io);
}

int ContainerMonoDecoder::readPacket(void *opaque, quint8 *buffer, int size)
{
    auto *self = static_cast<ContainerMonoDecoder *>(opaque);
    const qint64 got = self->m_file.read(reinterpret_cast<char *>(buffer), size);
    if (got < 0)
        return AVERROR_EXIT;
    if (got == 0)
        return AVERROR_EOF;
    self->m_bytesRead += got;
    return int(got);
}

bool ContainerMonoDecoder::open()
{
    auto *ioBuffer = static_cast<quint8 *>(av_malloc(IoBufferBytes));
    m_io = avio_alloc_context(ioBuffer, IoBufferBytes, 0, this, &readPacket, nullptr, nullptr);
    m_format = avformat_alloc_context();
    m_format->pb = m_io;
    // A live stream has seconds of audio before FFmpeg's default probe size: the container's
    // header says enough about its one audio track.
    m_format->probesize = IoBufferBytes;
    const AVInputFormat *input = m_demuxer ? av_find_input_format(m_demuxer) : nullptr;
    int result = avformat_open_input(&m_format, nullptr, input, nullptr);
    if (result < 0) {
        m_format = nullptr; // freed by avformat_open_input
        fail(QStringLiteral("cannot read the container"), result);
        return false;
    }
    m_stream = av_find_best_stream(m_format, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (m_stream < 0) {
        fail(QStringLiteral("no audio track"), m_stream);
        return false;
    }
    const AVCodecParameters *parameters = m_format->streams[m_stream]->codecpar;
    const AVCodec *codec = avcodec_find_decoder(parameters->codec_id);
    if (!codec) {
        m_errorString = QStringLiteral("no decoder for %1")
                            .arg(QString::fromUtf8(avcodec_get_name(parameters->codec_id)));
        return false;
    }
    m_codec = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(m_codec, parameters);
    result = avcodec_open2(m_codec, codec, nullptr);
    if (result < 0) {
        fail(QStringLiteral("cannot open the decoder"), result);
        return false;
    }
    m_packet = av_packet_alloc();
    m_frame = av_frame_alloc();
    m_opened = true;
    return true;
}

MonoDecoder::Step ContainerMonoDecoder::decode(std::vector<qint16> &samples)
{
    if (!m_opened && !open())
        return Step::Failed;
    if (m_draining) {
        if (!receiveFrames(samples))
            return Step::Failed;
        m_resampler.flush(samples);
        return Step::End;
    }
    const int result = av_read_frame(m_format, m_packet);
    if (result == AVERROR_EOF || (result < 0 && !m_file.isCancelled() && avio_feof(m_io))) {
        avcodec_send_packet(m_codec, nullptr);
        m_draining = true;
        return Step::Audio;
    }
    if (result < 0)
        return fail(QStringLiteral("cannot read a packet"), result);
    if (m_packet->stream_index == m_stream) {
        const int sent = avcodec_send_packet(m_codec, m_packet);
        // A damaged packet is not the end of the stream: the decoder resynchronises.
        if (sent < 0 && sent != AVERROR_INVALIDDATA) {
            av_packet_unref(m_packet);
            return fail(QStringLiteral("cannot decode"), sent);
        }
    }
    av_packet_unref(m_packet);
    return receiveFrames(samples) ? Step::Audio : Step::Failed;
}

bool ContainerMonoDecoder::receiveFrames(std::vector<qint16> &samples)
{
    for (;;) {
        const int result = avcodec_receive_frame(m_codec, m_frame);
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
            return true;
        if (result == AVERROR_INVALIDDATA)
            continue;
        if (result < 0) {
            fail(QStringLiteral("cannot decode"), result);
            return false;
        }
        if (!m_resampler.isOpen()
            && !m_resampler.open(m_frame->sample_rate, m_frame->ch_layout.nb_channels,
                m_frame->format, &m_errorString)) {
            av_frame_unref(m_frame);
            return false;
        }
        const size_t before = samples.size();
        m_resampler.convert(m_frame->extended_data, m_frame->nb_samples, samples);
        m_samplesOut += qint64(samples.size() - before);
        av_frame_unref(m_frame);
    }
}

qint64 ContainerMonoDecoder::backlogMs() const
{
    const qint64 decodedMs = m_samplesOut * 1000 / m_outputRate;
    if (m_bytesRead <= 0 || decodedMs <= 0)
        return 0;
    return m_file.unread() * decodedMs / m_bytesRead;
}

MonoDecoder::Step ContainerMonoDecoder::fail(const QString &what, int code)
{
    m_errorString = m_file.isCancelled() ? QStringLiteral("cancelled")
                                         : what + QStringLiteral(": ") + avError(code);
    return Step::Failed;
}
