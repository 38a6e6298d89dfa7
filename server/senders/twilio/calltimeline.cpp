#include "calltimeline.h"

#include <algorithm>
#include <fcntl.h>

#include <QFileInfo>

#include "protocol/audioformat.h"

namespace {

constexpr qint64 SilenceBlockSamples = 4000;

AudioFormat monoFormat()
{
    return *AudioFormat::fromMimeType(
        QStringLiteral("audio/pcm;rate=%1;channels=1").arg(CallTimeline::SampleRate), nullptr);
}

} // namespace

bool CallTimeline::open(
    const QString &inboundPath, const QString &outboundPath, QString *errorString)
{
    const AudioFormat format = monoFormat();
    for (auto [side, path] :
        { std::pair { &m_sides[0], &inboundPath }, { &m_sides[1], &outboundPath } }) {
        if (!side->writer.create(*path, format)) {
            *errorString
                = QFileInfo(*path).fileName() + QStringLiteral(": ") + side->writer.errorString();
            m_sides[0].writer.discard();
            return false;
        }
    }
    return true;
}

RecordingWriter::Result CallTimeline::place(
    TwilioMessage::Track track, qint64 atSample, const qint16 *samples, qint64 count)
{
    Side &target = side(track);
    if (atSample < target.end) {
        const qint64 overlap = std::min(count, target.end - atSample);
        m_droppedSamples += overlap;
        samples += overlap;
        count -= overlap;
        atSample += overlap;
    }
    if (count <= 0)
        return RecordingWriter::Result::Ok;
    if (const RecordingWriter::Result result = appendSilence(target, atSample - target.end);
        result != RecordingWriter::Result::Ok)
        return result;
    if (const RecordingWriter::Result result = append(target, samples, count);
        result != RecordingWriter::Result::Ok)
        return result;
    // The other side, when it has fallen too far behind, is silent up to the lag.
    Side &other = &target == &m_sides[0] ? m_sides[1] : m_sides[0];
    if (target.end - other.end > MaxLagSamples)
        return appendSilence(other, target.end - MaxLagSamples - other.end);
    return RecordingWriter::Result::Ok;
}

RecordingWriter::Result CallTimeline::padTo(qint64 endSample)
{
    for (Side &side : m_sides) {
        if (const RecordingWriter::Result result = appendSilence(side, endSample - side.end);
            result != RecordingWriter::Result::Ok)
            return result;
    }
    return RecordingWriter::Result::Ok;
}

RecordingWriter::Result CallTimeline::append(Side &side, const qint16 *samples, qint64 count)
{
    // WAV samples are little-endian, as this machine's are.
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN);
    const RecordingWriter::Result result = side.writer.append(
        QByteArray::fromRawData(reinterpret_cast<const char *>(samples), count * 2));
    if (result != RecordingWriter::Result::Ok) {
        m_errorString = side.writer.errorString();
        return result;
    }
    side.end += count;
    side.pending.insert(side.pending.end(), samples, samples + count);
    return result;
}

RecordingWriter::Result CallTimeline::appendSilence(Side &side, qint64 count)
{
    static const std::vector<qint16> silence(SilenceBlockSamples, 0);
    while (count > 0) {
        const qint64 block = std::min(count, SilenceBlockSamples);
        if (const RecordingWriter::Result result = append(side, silence.data(), block);
            result != RecordingWriter::Result::Ok)
            return result;
        count -= block;
    }
    return RecordingWriter::Result::Ok;
}

QByteArray CallTimeline::takeStereo()
{
    Side &left = m_sides[0];
    Side &right = m_sides[1];
    const size_t frames = std::min(left.pending.size(), right.pending.size());
    if (frames == 0)
        return {};
    QByteArray stereo(qsizetype(frames * 4), Qt::Uninitialized);
    auto *out = reinterpret_cast<qint16 *>(stereo.data());
    for (size_t frame = 0; frame < frames; ++frame) {
        out[2 * frame] = left.pending[frame];
        out[2 * frame + 1] = right.pending[frame];
    }
    left.pending.erase(left.pending.begin(), left.pending.begin() + qsizetype(frames));
    right.pending.erase(right.pending.begin(), right.pending.begin() + qsizetype(frames));
    m_stereoEnd += qint64(frames);
    return stereo;
}

qint64 CallTimeline::end() const
{
    return std::max(m_sides[0].end, m_sides[1].end);
}

bool CallTimeline::commit()
{
    for (Side &side : m_sides) {
        if (!side.writer.commit()) {
            m_errorString = side.writer.errorString();
            return false;
        }
    }
    return true;
}

std::array<int, 2> CallTimeline::finish()
{
    std::array<int, 2> descriptors { -1, -1 };
    for (size_t index = 0; index < m_sides.size(); ++index) {
        RecordingWriter &writer = m_sides[index].writer;
        if (!writer.isOpen())
            continue;
        descriptors[index] = ::fcntl(writer.handle(), F_DUPFD_CLOEXEC, 0);
        writer.close();
    }
    return descriptors;
}
