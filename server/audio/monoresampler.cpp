#include "monoresampler.h"

#include <algorithm>
#include <cmath>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
}

MonoResampler::~MonoResampler()
{
    swr_free(&m_context);
}

bool MonoResampler::open(int sampleRate, int channels, int sampleFormat, QString *errorString)
{
    AVChannelLayout input = {};
    av_channel_layout_default(&input, channels);
    AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
    const int result = swr_alloc_set_opts2(&m_context, &mono, AV_SAMPLE_FMT_S16, m_outputRate,
        &input, AVSampleFormat(sampleFormat), sampleRate, 0, nullptr);
    av_channel_layout_uninit(&input);
    if (result < 0 || swr_init(m_context) < 0) {
        swr_free(&m_context);
        *errorString = QStringLiteral("cannot convert %1 Hz, %2 channels to %3 Hz mono")
                           .arg(sampleRate)
                           .arg(channels)
                           .arg(m_outputRate);
        return false;
    }
    m_sampleRate = sampleRate;
    return true;
}

void MonoResampler::convert(const quint8 *const *planes, int frames, std::vector<qint16> &out)
{
    if (m_stretch != 1 && frames > 0) {
        // Each call adds (or takes) its share of samples, the fraction left carried on, so that
        // the whole audio is stretched by exactly the factor.
        const double nominal = double(frames) * m_outputRate / m_sampleRate;
        const double wanted = nominal * (m_stretch - 1) + m_stretchCarry;
        const int delta = int(std::lround(wanted));
        m_stretchCarry = wanted - delta;
        if (delta != 0)
            swr_set_compensation(m_context, delta, std::max(1, int(nominal)));
    }
    const int room = swr_get_out_samples(m_context, frames) + 16;
    if (room <= 0)
        return;
    const size_t before = out.size();
    out.resize(before + size_t(room));
    auto *target = reinterpret_cast<quint8 *>(out.data() + before);
    // FFmpeg 5 takes the planes as non-const pointers to const; it never writes them.
    const int made
        = swr_convert(m_context, &target, room, const_cast<const quint8 **>(planes), frames);
    out.resize(before + size_t(std::max(made, 0)));
}

void MonoResampler::flush(std::vector<qint16> &out)
{
    if (m_context)
        convert(nullptr, 0, out);
}
