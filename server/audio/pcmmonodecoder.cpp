#include "pcmmonodecoder.h"

#include <cstring>

#include "growingfile.h"

extern "C" {
#include <libavutil/samplefmt.h>
}

namespace {

// A read covers at most this much audio: recognition keeps pace with the stream in small steps.
constexpr int ReadMs = 100;

} // namespace

PcmMonoDecoder::PcmMonoDecoder(
    GrowingFile &file, const AudioFormat::Pcm &pcm, qint64 headerBytes, int outputRate)
    : m_file(file), m_pcm(pcm), m_headerLeft(headerBytes), m_resampler(outputRate)
{
    m_buffer.resize(qsizetype(pcm.bytesPerSecond()) * ReadMs / 1000 + 16);
}

MonoDecoder::Step PcmMonoDecoder::decode(std::vector<qint16> &samples)
{
    if (!m_resampler.isOpen()
        && !m_resampler.open(m_pcm.sampleRate, m_pcm.channels, AV_SAMPLE_FMT_S16, &m_errorString))
        return Step::Failed;

    const qint64 got = m_file.read(m_buffer.data() + m_pending, m_buffer.size() - m_pending);
    if (got < 0) {
        m_errorString = m_file.isCancelled() ? QStringLiteral("cancelled") : m_file.errorString();
        return Step::Failed;
    }
    if (got == 0) {
        m_resampler.flush(samples);
        return Step::End;
    }
    qsizetype have = m_pending + qsizetype(got);
    qsizetype offset = 0;
    if (m_headerLeft > 0) {
        const qsizetype skipped = qsizetype(std::min<qint64>(m_headerLeft, have));
        m_headerLeft -= skipped;
        offset = skipped;
    }
    const int frameBytes = m_pcm.channels * m_pcm.bitsPerSample / 8;
    const int frames = int((have - offset) / frameBytes);
    if (frames > 0) {
        const auto *plane = reinterpret_cast<const quint8 *>(m_buffer.constData() + offset);
        m_resampler.convert(&plane, frames, samples);
    }
    const qsizetype used = offset + qsizetype(frames) * frameBytes;
    m_pending = have - used;
    if (m_pending > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + used, size_t(m_pending));
    return Step::Audio;
}

qint64 PcmMonoDecoder::backlogMs() const
{
    return m_file.unread() * 1000 / m_pcm.bytesPerSecond();
}
