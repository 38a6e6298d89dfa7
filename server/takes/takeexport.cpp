#include "takeexport.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "audio/growingfile.h"
#include "audio/monodecoder.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/error.h>
}

namespace {

// The multitrack file is written in packets of this much audio per track.
constexpr int PacketFrames = TakeExport::SampleRate / 10;
constexpr qint64 BytesPerFrame = 2; // 16-bit mono

AudioFormat::Pcm exportPcm()
{
    AudioFormat::Pcm pcm;
    pcm.sampleRate = TakeExport::SampleRate;
    pcm.channels = 1;
    pcm.bitsPerSample = 16;
    return pcm;
}

qint64 framesFor(double ms)
{
    return std::max<qint64>(0, std::llround(ms * TakeExport::SampleRate / 1000.0));
}

double unixMs(const QDateTime &time)
{
    return double(time.toMSecsSinceEpoch());
}

QString avError(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

// Writes `frames` of silence.
bool writeSilence(QFile &out, qint64 frames)
{
    static const QByteArray zeros(64 * 1024, '\0');
    for (qint64 left = frames * BytesPerFrame; left > 0;) {
        const qint64 n = std::min<qint64>(left, zeros.size());
        if (out.write(zeros.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

// The track as its sidecar says: where on the server's clock it starts, how long it is there,
// and how much its device clock drifted.
std::optional<TakeExport::Track> trackFromSidecar(
    const QString &folder, const QJsonObject &listed, QString *errorString)
{
    const QString guest = listed.value(QLatin1String("guest")).toString();
    // Only a name inside the take's folder: take.json is data on a disk others may write.
    const QString fileName = QFileInfo(listed.value(QLatin1String("file")).toString()).fileName();
    if (fileName.isEmpty() || !Sidecar::isPlainFileName(fileName)) {
        *errorString = QStringLiteral("the track of %1 has no file").arg(guest);
        return std::nullopt;
    }
    TakeExport::Track track;
    track.guest = guest;
    track.path = folder + u'/' + fileName;
    track.name = QFileInfo(fileName).completeBaseName();
    QString problem;
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(track.path), &problem);
    if (!sidecar || !QFileInfo(track.path).isFile()) {
        *errorString = QStringLiteral("the track of %1 (%2) cannot be read: %3")
                           .arg(guest, fileName, sidecar ? QStringLiteral("no file") : problem);
        return std::nullopt;
    }
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(sidecar->format, &problem);
    if (!format) {
        *errorString = QStringLiteral("the track of %1 has an unknown format").arg(guest);
        return std::nullopt;
    }
    track.format = *format;

    const QJsonValue captured = sidecar->take.value(QLatin1String("captureStartMs"));
    // Without the device's word for it, the session's start is the best the server knows.
    track.startMs = captured.isDouble() ? captured.toDouble() : unixMs(sidecar->startedAt);

    const QJsonObject clock = sidecar->take.value(QLatin1String("clock")).toObject();
    const double measured = clock.value(QLatin1String("measuredRate")).toDouble();
    const double nominal = clock.value(QLatin1String("nominalRate")).toDouble();
    if (measured > 0 && nominal > 0 && std::abs(measured / nominal - 1) < 0.01) {
        track.stretch = nominal / measured;
        track.drifted = true;
    }
    if (format->isPcm()) {
        const AudioFormat::Pcm &pcm = format->pcm();
        const double frames = double(sidecar->bytes) / (pcm.channels * pcm.bitsPerSample / 8);
        track.lengthMs = frames * 1000.0 / pcm.sampleRate * track.stretch;
    } else if (sidecar->durationMs >= 0) {
        track.lengthMs = double(sidecar->durationMs);
    } else {
        track.lengthMs = std::max(0.0, unixMs(sidecar->endedAt) - unixMs(sidecar->startedAt));
    }
    return track;
}

} // namespace

std::optional<TakeExport::Plan> TakeExport::plan(const QString &takeFolder, QString *errorString)
{
    QFile file(takeFolder + u'/' + RecordingPaths::TakeSidecarName);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("no take in %1").arg(takeFolder);
        return std::nullopt;
    }
    const QJsonObject take = QJsonDocument::fromJson(file.read(1 << 20)).object();
    Plan plan;
    plan.folder = takeFolder;
    plan.name = take.value(QLatin1String("name")).toString();
    const QDateTime startedAt = QDateTime::fromString(
        take.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &listed : take.value(QLatin1String("tracks")).toArray()) {
        std::optional<Track> track = trackFromSidecar(takeFolder, listed.toObject(), errorString);
        if (!track)
            return std::nullopt;
        plan.tracks.append(*track);
    }
    if (plan.tracks.isEmpty()) {
        *errorString = QStringLiteral("the take has no tracks");
        return std::nullopt;
    }
    // The take begins when the host started it, or earlier, with a guest who started first.
    plan.startMs = startedAt.isValid() ? unixMs(startedAt) : plan.tracks.first().startMs;
    double endMs = plan.startMs;
    for (const Track &track : std::as_const(plan.tracks)) {
        plan.startMs = std::min(plan.startMs, track.startMs);
        endMs = std::max(endMs, track.startMs + track.lengthMs);
    }
    plan.lengthMs = endMs - plan.startMs;
    return plan;
}

bool TakeExport::write(
    const Plan &plan, const std::function<void(double)> &progress, QString *errorString)
{
    m_files.clear();
    const QString folder = plan.folder + u'/' + FolderName;
    if (!QDir().mkpath(folder)) {
        *errorString = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    // Everything is written into a hidden folder of its own and moved into aligned/ only once
    // the whole export is there: a failed or cancelled export leaves nothing behind, a previous
    // export stays whole until the next one replaces it, and two at once do not mix their files.
    std::optional<QTemporaryDir> staging;
    staging.emplace(folder + QStringLiteral("/.export-XXXXXX"));
    const auto fail = [&] {
        staging.reset();
        QDir().rmdir(folder); // only when empty: what an earlier export wrote stays
        return false;
    };
    if (!staging->isValid()) {
        *errorString = QStringLiteral("cannot write in %1: %2").arg(folder, staging->errorString());
        return fail();
    }
    QStringList names;
    QStringList trackFiles;
    for (qsizetype i = 0; i < plan.tracks.size(); ++i) {
        const Track &track = plan.tracks.at(i);
        names.append(track.name + QStringLiteral(".wav"));
        const QString path = staging->filePath(names.last());
        const auto trackProgress = [&](double done) {
            if (progress)
                progress((double(i) + done) / double(plan.tracks.size() + 1));
        };
        if (!writeTrack(plan, track, path, trackProgress, errorString))
            return fail();
        trackFiles.append(path);
    }
    names.append(
        RecordingPaths::sanitizeLabel(plan.name, QStringLiteral("take")) + QStringLiteral(".mka"));
    if (!writeMultitrack(plan, trackFiles, staging->filePath(names.last()), errorString))
        return fail();
    if (m_cancelled) {
        *errorString = QStringLiteral("cancelled");
        return fail();
    }
    for (const QString &name : std::as_const(names)) {
        const QString path = folder + u'/' + name;
        QFile::remove(path);
        if (!QFile::rename(staging->filePath(name), path)) {
            *errorString = QStringLiteral("cannot move %1 into %2").arg(name, folder);
            return fail();
        }
        m_files.append(path);
    }
    if (progress)
        progress(1);
    return true;
}

bool TakeExport::writeTrack(const Plan &plan, const Track &track, const QString &path,
    const std::function<void(double)> &progress, QString *errorString)
{
    const qint64 total = framesFor(plan.lengthMs);
    const qint64 lead = std::min(total, framesFor(track.startMs - plan.startMs));
    const std::unique_ptr<GrowingFile> source = GrowingFile::finished(track.path);
    const std::unique_ptr<MonoDecoder> decoder = MonoDecoder::create(
        *source, track.format, track.format.isPcm() ? WavHeader::Size : 0, SampleRate);
    decoder->setStretch(track.stretch);

    // Written beside, renamed over: an export is whole or absent.
    const QString partial = QFileInfo(path).path() + QStringLiteral("/.")
        + QFileInfo(path).fileName() + QStringLiteral(".part");
    QFile out(partial);
    const auto fail = [&](const QString &why) {
        *errorString = QStringLiteral("%1: %2").arg(track.guest, why);
        out.close();
        out.remove();
        return false;
    };
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(out.errorString());
    if (out.write(WavHeader::build(exportPcm(), total * BytesPerFrame)) != WavHeader::Size
        || !writeSilence(out, lead))
        return fail(out.errorString());

    qint64 written = lead;
    std::vector<qint16> samples;
    for (;;) {
        if (m_cancelled)
            return fail(QStringLiteral("cancelled"));
        samples.clear();
        const MonoDecoder::Step step = decoder->decode(samples);
        if (step == MonoDecoder::Step::Failed)
            return fail(decoder->errorString());
        const qint64 take = std::min<qint64>(qint64(samples.size()), total - written);
        if (take > 0) {
            if (out.write(reinterpret_cast<const char *>(samples.data()), take * BytesPerFrame)
                != take * BytesPerFrame)
                return fail(out.errorString());
            written += take;
            if (progress && total > 0)
                progress(double(written) / double(total));
        }
        if (step == MonoDecoder::Step::End || written >= total)
            break;
    }
    if (!writeSilence(out, total - written) || !out.flush())
        return fail(out.errorString());
    out.close();
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return fail(QStringLiteral("cannot rename %1").arg(partial));
    return true;
}

bool TakeExport::writeMultitrack(
    const Plan &plan, const QStringList &trackFiles, const QString &path, QString *errorString)
{
    const QString partial = QFileInfo(path).path() + QStringLiteral("/.")
        + QFileInfo(path).fileName() + QStringLiteral(".part");
    AVFormatContext *context = nullptr;
    int result = avformat_alloc_output_context2(
        &context, nullptr, "matroska", QFile::encodeName(partial).constData());
    if (result < 0 || !context) {
        *errorString = QStringLiteral("cannot make a Matroska file: %1").arg(avError(result));
        return false;
    }
    std::vector<std::unique_ptr<QFile>> inputs;
    const auto finish = [&](const QString &why) {
        if (context->pb)
            avio_closep(&context->pb);
        avformat_free_context(context);
        if (!why.isEmpty()) {
            *errorString = why;
            QFile::remove(partial);
            return false;
        }
        return true;
    };
    av_dict_set(&context->metadata, "title", plan.name.toUtf8().constData(), 0);
    for (qsizetype i = 0; i < trackFiles.size(); ++i) {
        AVStream *stream = avformat_new_stream(context, nullptr);
        if (!stream)
            return finish(QStringLiteral("cannot add a stream"));
        stream->time_base = { 1, SampleRate };
        AVCodecParameters *codec = stream->codecpar;
        codec->codec_type = AVMEDIA_TYPE_AUDIO;
        codec->codec_id = AV_CODEC_ID_PCM_S16LE;
        codec->sample_rate = SampleRate;
        codec->bits_per_coded_sample = 16;
        codec->block_align = int(BytesPerFrame);
        av_channel_layout_default(&codec->ch_layout, 1);
        av_dict_set(&stream->metadata, "title", plan.tracks.at(i).guest.toUtf8().constData(), 0);
        auto input = std::make_unique<QFile>(trackFiles.at(i));
        if (!input->open(QIODevice::ReadOnly) || !input->seek(WavHeader::Size))
            return finish(QStringLiteral("cannot read %1").arg(trackFiles.at(i)));
        inputs.push_back(std::move(input));
    }
    if ((result = avio_open(&context->pb, QFile::encodeName(partial).constData(), AVIO_FLAG_WRITE))
            < 0
        || (result = avformat_write_header(context, nullptr)) < 0)
        return finish(QStringLiteral("cannot write %1: %2").arg(partial, avError(result)));

    AVPacket *packet = av_packet_alloc();
    const qint64 total = framesFor(plan.lengthMs);
    for (qint64 at = 0; at < total && result >= 0; at += PacketFrames) {
        if (m_cancelled) {
            av_packet_free(&packet);
            return finish(QStringLiteral("cancelled"));
        }
        const int frames = int(std::min<qint64>(PacketFrames, total - at));
        for (size_t i = 0; i < inputs.size() && result >= 0; ++i) {
            if ((result = av_new_packet(packet, frames * int(BytesPerFrame))) < 0)
                break;
            if (inputs[i]->read(reinterpret_cast<char *>(packet->data), packet->size)
                != packet->size) {
                av_packet_unref(packet);
                av_packet_free(&packet);
                return finish(QStringLiteral("cannot read %1").arg(inputs[i]->fileName()));
            }
            packet->stream_index = int(i);
            // Stream time bases may be changed by the muxer at its header.
            packet->pts = packet->dts
                = av_rescale_q(at, { 1, SampleRate }, context->streams[i]->time_base);
            packet->duration
                = av_rescale_q(frames, { 1, SampleRate }, context->streams[i]->time_base);
            result = av_interleaved_write_frame(context, packet);
        }
    }
    av_packet_free(&packet);
    if (result < 0 || (result = av_write_trailer(context)) < 0)
        return finish(QStringLiteral("cannot write %1: %2").arg(partial, avError(result)));
    finish({});
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        *errorString = QStringLiteral("cannot rename %1").arg(partial);
        return false;
    }
    return true;
}
