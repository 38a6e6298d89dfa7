#include "remuxer.h"

#include <algorithm>
#include <functional>
#include <memory>

#include <QCryptographicHash>
#include <QFile>
#include <QList>

#include "avlogwatch.h"
#include "protocol/audioformat.h"

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
using Packet = std::unique_ptr<AVPacket, PacketDeleter>;

const char *demuxerOf(Container container)
{
    switch (container) {
    case Container::WebM:
    case Container::Matroska:
        return "matroska";
    case Container::Ogg:
        return "ogg";
    case Container::Mp4:
        return "mov";
    }
    return nullptr;
}

const char *muxerOf(Container container)
{
    switch (container) {
    case Container::WebM:
        return "webm";
    case Container::Matroska:
        return "matroska";
    case Container::Ogg:
        return "ogg";
    case Container::Mp4:
        return "ipod"; // MP4 audio, .m4a
    }
    return nullptr;
}

// Options that let libavformat open local files only, never a URL or a device, whatever it reads.
// The caller frees them.
AVDictionary *fileOnly()
{
    AVDictionary *options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    return options;
}

Input openInput(const QString &path, Container container, QString *errorString)
{
    AVFormatContext *context = nullptr;
    const QByteArray name = QFile::encodeName(path);
    AVDictionary *options = fileOnly();
    // The demuxer is the session's, never one libavformat probes from the content: bytes that
    // read as an ffconcat script would otherwise be a playlist of other recordings.
    const AVInputFormat *demuxer = av_find_input_format(demuxerOf(container));
    int status = avformat_open_input(&context, name.constData(), demuxer, &options);
    av_dict_free(&options);
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

// What one stream's packets are, to compare a copy with its original. (The hash is shared
// because Qt 6.4's QCryptographicHash can be neither copied nor moved, and QList copies.)
struct StreamFigures
{
    qint64 packets = 0;
    qint64 bytes = 0;
    std::shared_ptr<QCryptographicHash> data
        = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);

    void add(const AVPacket &packet)
    {
        ++packets;
        bytes += packet.size;
        data->addData(QByteArrayView(packet.data, packet.size));
    }
};

// A demuxer that meets damage may skip ahead without a word: a fragment with a damaged header
// (MP4), a page that fails its checksum (Ogg), whatever follows the last complete element. The
// file's bytes that none of its packets account for show it. Between packets there is only the
// container's framing: block and page headers, an MP4 fragment's index.
class Coverage final
{
public:
    // Larger than the framing between two packets (an Ogg page header is at most 282 bytes; an
    // MP4 fragment's index of 250 packets, 5 s of Opus, about 3 KiB).
    static constexpr qint64 MaxFramingBytes = 4096;
    // Before the first packet: the headers, with a codec's setup data (Vorbis: a few KiB).
    static constexpr qint64 MaxHeaderBytes = 65536;

    void add(const AVPacket &packet)
    {
        if (packet.pos >= 0)
            m_packets.append({ packet.pos, packet.size });
    }

    // The first run of bytes no packet accounts for, or nothing.
    std::optional<QString> unaccounted(qint64 fileSize)
    {
        // By position: packets of several streams come in time order, not file order. Packets
        // that share a position (an Ogg page's) follow one another from it.
        std::stable_sort(m_packets.begin(), m_packets.end(),
            [](const Span &left, const Span &right) { return left.position < right.position; });
        qint64 end = 0;
        qint64 groupPosition = -1;
        qint64 groupEnd = 0;
        for (const Span &span : std::as_const(m_packets)) {
            if (span.position != groupPosition) {
                const qint64 limit = groupPosition < 0 ? MaxHeaderBytes : MaxFramingBytes;
                if (span.position - end > limit)
                    return describe(end, span.position);
                groupPosition = span.position;
                groupEnd = span.position;
            }
            groupEnd += span.size;
            end = std::max(end, groupEnd);
        }
        if (fileSize >= 0 && fileSize - end > MaxFramingBytes)
            return describe(end, fileSize);
        return std::nullopt;
    }

private:
    struct Span
    {
        qint64 position;
        qint64 size;
    };

    static QString describe(qint64 from, qint64 to)
    {
        return QStringLiteral("bytes %1 to %2 hold no packet the demuxer delivered")
            .arg(from)
            .arg(to);
    }

    QList<Span> m_packets;
};

struct Reading
{
    QList<StreamFigures> streams;
    qint64 packets = 0;
    QString problem; ///< empty: the demuxer read the whole file and reported nothing wrong
};

enum class Check
{
    Demuxer, ///< it read to the end of the file and reported no error
    EveryByte, ///< that, and every byte of the file is in one of its packets or framing
};

// Reads every packet of `input`, hands each to `use` (which may take its data), and says
// whether the demuxer took in the whole file without a complaint. (A copy libavformat wrote is
// checked against its original's packets instead of its bytes: its index, at the end or in the
// middle, is no packet's framing.)
Reading readAll(AVFormatContext *input, AvLogWatch &watch, Check check,
    const std::function<bool(AVPacket *, QString *)> &use)
{
    Reading reading;
    reading.streams.resize(input->nb_streams);
    Coverage coverage;
    Packet packet(av_packet_alloc());
    int status = 0;
    while ((status = av_read_frame(input, packet.get())) >= 0) {
        if (packet->stream_index >= 0 && packet->stream_index < reading.streams.size())
            reading.streams[packet->stream_index].add(*packet);
        coverage.add(*packet);
        ++reading.packets;
        if (!use(packet.get(), &reading.problem))
            return reading;
        av_packet_unref(packet.get());
    }
    const qint64 size = avio_size(input->pb);
    const qint64 position = avio_tell(input->pb);
    if (status != AVERROR_EOF)
        reading.problem = QStringLiteral("the demuxer stopped at byte %1 of %2: %3")
                              .arg(position)
                              .arg(size)
                              .arg(avError(status));
    else if (watch.errorCount() > 0)
        reading.problem = QStringLiteral("the demuxer reported %1 error(s), the first: %2")
                              .arg(watch.errorCount())
                              .arg(watch.firstError());
    else if (check == Check::EveryByte && size >= 0
        && size - position > Coverage::MaxFramingBytes) // an MP4's closing index (mfra), say
        reading.problem
            = QStringLiteral("the demuxer left bytes %1 to %2 unread").arg(position).arg(size);
    else if (const std::optional<QString> gap
        = check == Check::EveryByte ? coverage.unaccounted(size) : std::nullopt)
        reading.problem = *gap;
    else if (!watch.heardEverything())
        reading.problem = QStringLiteral("libav's error log could not be watched");
    return reading;
}

// Where two readings differ, or nothing when they hold the same packets.
std::optional<QString> difference(const Reading &original, const Reading &copy)
{
    if (original.streams.size() != copy.streams.size())
        return QStringLiteral("%1 streams, the copy %2")
            .arg(original.streams.size())
            .arg(copy.streams.size());
    for (qsizetype i = 0; i < original.streams.size(); ++i) {
        const StreamFigures &in = original.streams.at(i);
        const StreamFigures &out = copy.streams.at(i);
        if (in.packets != out.packets || in.bytes != out.bytes
            || in.data->result() != out.data->result())
            return QStringLiteral("stream %1: %2 packets of %3 bytes, the copy %4 of %5 bytes%6")
                .arg(i)
                .arg(in.packets)
                .arg(in.bytes)
                .arg(out.packets)
                .arg(out.bytes)
                .arg(in.bytes == out.bytes ? QStringLiteral(" (other data)") : QString());
    }
    return std::nullopt;
}

} // namespace

std::optional<Container> containerOf(const QString &mimeType)
{
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(mimeType, nullptr);
    if (!format)
        return std::nullopt;
    const QString extension = format->extension();
    if (extension == u"webm")
        return Container::WebM;
    if (extension == u"mka")
        return Container::Matroska;
    if (extension == u"ogg")
        return Container::Ogg;
    if (extension == u"m4a")
        return Container::Mp4;
    return std::nullopt;
}

Result remux(const QString &inputPath, const QString &outputPath, Container container)
{
    Result result;
    Reading original;
    {
        // Opening reads packets already (to find the streams' parameters): the watch covers it.
        AvLogWatch watch;
        Input input = openInput(inputPath, container, &result.reason);
        if (!input)
            return result;

        AVFormatContext *outputContext = nullptr;
        const QByteArray outputName = QFile::encodeName(outputPath);
        int status = avformat_alloc_output_context2(
            &outputContext, nullptr, muxerOf(container), outputName.constData());
        if (status < 0 || !outputContext) {
            result.reason = QStringLiteral("no muxer for %1: %2").arg(outputPath, avError(status));
            return result;
        }
        Output output(outputContext);

        for (unsigned i = 0; i < input->nb_streams; ++i) {
            AVStream *stream = avformat_new_stream(outputContext, nullptr);
            if (!stream
                || avcodec_parameters_copy(stream->codecpar, input->streams[i]->codecpar) < 0) {
                result.reason = QStringLiteral("cannot copy stream %1").arg(i);
                return result;
            }
            stream->codecpar->codec_tag = 0;
            stream->time_base = input->streams[i]->time_base;
        }
        AVDictionary *options = fileOnly();
        status = avio_open2(
            &outputContext->pb, outputName.constData(), AVIO_FLAG_WRITE, nullptr, &options);
        av_dict_free(&options);
        if (status < 0 || (status = avformat_write_header(outputContext, nullptr)) < 0) {
            result.reason = QStringLiteral("cannot write %1: %2").arg(outputPath, avError(status));
            return result;
        }

        bool written = true;
        original = readAll(
            input.get(), watch, Check::EveryByte, [&](AVPacket *packet, QString *problem) {
                AVStream *from = input->streams[packet->stream_index];
                AVStream *to = outputContext->streams[packet->stream_index];
                if (packet->dts == AV_NOPTS_VALUE)
                    packet->dts = packet->pts;
                av_packet_rescale_ts(packet, from->time_base, to->time_base);
                packet->pos = -1;
                const int writeStatus = av_interleaved_write_frame(outputContext, packet);
                if (writeStatus < 0) {
                    *problem
                        = QStringLiteral("cannot write a packet: %1").arg(avError(writeStatus));
                    written = false;
                }
                return written;
            });
        if (!written) {
            result.reason = original.problem;
            return result;
        }
        status = av_write_trailer(outputContext);
        if (status < 0) {
            result.reason = QStringLiteral("cannot finish %1: %2").arg(outputPath, avError(status));
            return result;
        }
    }
    result.packetsIn = original.packets;
    if (original.packets == 0) {
        result.reason
            = QStringLiteral("no packets in %1 (%2)")
                  .arg(inputPath,
                      original.problem.isEmpty() ? QStringLiteral("empty") : original.problem);
        return result;
    }

    AvLogWatch watch;
    Input copyInput = openInput(outputPath, container, &result.reason);
    if (!copyInput)
        return result;
    const Reading copy = readAll(
        copyInput.get(), watch, Check::Demuxer, [](AVPacket *, QString *) { return true; });
    result.packetsOut = copy.packets;
    result.durationMs
        = copyInput->duration == AV_NOPTS_VALUE ? 0 : copyInput->duration / (AV_TIME_BASE / 1000);
    if (!copy.problem.isEmpty()) {
        result.reason = QStringLiteral("the remuxed copy does not read back: %1").arg(copy.problem);
        return result;
    }
    if (const std::optional<QString> differs = difference(original, copy)) {
        result.reason = QStringLiteral("the remuxed copy differs: %1").arg(*differs);
        return result;
    }
    if (result.durationMs <= 0) {
        result.reason = QStringLiteral("the remuxed copy states no duration");
        return result;
    }
    result.outcome
        = original.problem.isEmpty() ? Result::Outcome::Complete : Result::Outcome::Partial;
    result.reason = original.problem;
    return result;
}

} // namespace Remuxer
