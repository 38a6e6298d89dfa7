#include "remuxer.h"

#include <QFile>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

namespace Remuxer {

namespace {

QString avError(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

struct InputDeleter
{
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};
using Input = std::unique_ptr<AVFormatContext, InputDeleter>;

struct OutputDeleter
{
    void operator()(AVFormatContext *context) const
    {
        if (context->pb)
            avio_closep(&context->pb);
        avformat_free_context(context);
    }
};
using Output = std::unique_ptr<AVFormatContext, OutputDeleter>;

struct PacketDeleter
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};

Input openInput(const QString &path, QString *errorString)
{
    AVFormatContext *context = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int status = avformat_open_input(&context, name.constData(), nullptr, nullptr);
    if (status < 0) {
        *errorString = QStringLiteral("cannot open %1: %2").arg(path, avError(status));
        return nullptr;
    }
    Input input(context);
    status = avformat_find_stream_info(context, nullptr);
    if (status < 0) {
        *errorString = QStringLiteral("cannot read %1: %2").arg(path, avError(status));
        return nullptr;
    }
    return input;
}

// Counts the packets of a file and returns its duration as the container states it.
std::optional<std::pair<qint64, qint64>> probe(const QString &path, QString *errorString)
{
    Input input = openInput(path, errorString);
    if (!input)
        return std::nullopt;
    std::unique_ptr<AVPacket, PacketDeleter> packet(av_packet_alloc());
    qint64 packets = 0;
    while (av_read_frame(input.get(), packet.get()) >= 0) {
        ++packets;
        av_packet_unref(packet.get());
    }
    const qint64 durationMs
        = input->duration == AV_NOPTS_VALUE ? 0 : input->duration / (AV_TIME_BASE / 1000);
    return std::make_pair(durationMs, packets);
}

} // namespace

bool isRemuxable(const QString &extension)
{
    return extension == u"webm" || extension == u"ogg" || extension == u"m4a"
        || extension == u"mka";
}

Result remux(const QString &inputPath, const QString &outputPath)
{
    Result result;
    Input input = openInput(inputPath, &result.errorString);
    if (!input)
        return result;

    AVFormatContext *outputContext = nullptr;
    const QByteArray outputName = QFile::encodeName(outputPath);
    // The output keeps the input's container; for MP4 audio that is "ipod" (.m4a).
    const char *muxer
        = qstrcmp(input->iformat->name, "mov,mp4,m4a,3gp,3g2,mj2") == 0 ? "ipod" : nullptr;
    int status
        = avformat_alloc_output_context2(&outputContext, nullptr, muxer, outputName.constData());
    if (status < 0 || !outputContext) {
        result.errorString = QStringLiteral("no muxer for %1: %2").arg(outputPath, avError(status));
        return result;
    }
    Output output(outputContext);

    for (unsigned i = 0; i < input->nb_streams; ++i) {
        AVStream *stream = avformat_new_stream(outputContext, nullptr);
        if (!stream || avcodec_parameters_copy(stream->codecpar, input->streams[i]->codecpar) < 0) {
            result.errorString = QStringLiteral("cannot copy stream %1").arg(i);
            return result;
        }
        stream->codecpar->codec_tag = 0;
        stream->time_base = input->streams[i]->time_base;
    }
    status = avio_open(&outputContext->pb, outputName.constData(), AVIO_FLAG_WRITE);
    if (status < 0 || (status = avformat_write_header(outputContext, nullptr)) < 0) {
        result.errorString = QStringLiteral("cannot write %1: %2").arg(outputPath, avError(status));
        return result;
    }

    std::unique_ptr<AVPacket, PacketDeleter> packet(av_packet_alloc());
    qint64 packets = 0;
    while ((status = av_read_frame(input.get(), packet.get())) >= 0) {
        AVStream *from = input->streams[packet->stream_index];
        AVStream *to = outputContext->streams[packet->stream_index];
        if (packet->dts == AV_NOPTS_VALUE)
            packet->dts = packet->pts;
        av_packet_rescale_ts(packet.get(), from->time_base, to->time_base);
        packet->pos = -1;
        status = av_interleaved_write_frame(outputContext, packet.get());
        if (status < 0) {
            result.errorString = QStringLiteral("cannot write a packet: %1").arg(avError(status));
            return result;
        }
        ++packets;
    }
    status = av_write_trailer(outputContext);
    if (status < 0) {
        result.errorString
            = QStringLiteral("cannot finish %1: %2").arg(outputPath, avError(status));
        return result;
    }
    output.reset();

    const std::optional<std::pair<qint64, qint64>> check = probe(outputPath, &result.errorString);
    if (!check)
        return result;
    if (check->first <= 0 || check->second != packets || packets == 0) {
        result.errorString
            = QStringLiteral("the remuxed file does not check out (%1 of %2 packets, %3 ms)")
                  .arg(check->second)
                  .arg(packets)
                  .arg(check->first);
        return result;
    }
    result.ok = true;
    result.durationMs = check->first;
    result.packets = packets;
    return result;
}

} // namespace Remuxer
