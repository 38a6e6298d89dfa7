#include "speechresampler.h"

#include "speechrecognizer.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
}

SpeechResampler::~SpeechResampler()
{
    swr_free(&m_context);
}

bool SpeechResampler::open(int sampleRate, int channels, int sampleFormat, QString *errorString)
{
    AVChannelLayout input = {};
    av_channel_layout_default(&input, channels);
    AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
    const int result = swr_alloc_set_opts2(&m_context, &mono, AV_SAMPLE_FMT_S16,
        SpeechRecognizer::SampleRate, &input, AVSampleFormat(sampleFormat), sampleRate, 0, nullptr);
    av_channel_layout_uninit(&input);
    if (result < 0 || swr_init(m_context) < 0) {
        swr_free(&m_context);
        *errorString = QStringLiteral("cannot convert %1 Hz, %2 channels to 16 kHz mono")
                           .arg(sampleRate)
                           .arg(channels);
        return false;
    }
    m_sampleRate = sampleRate;
    return true;
}

void SpeechResampler::convert(const quint8 *const *planes, int frames, std::vector<qint16> &out)
{
    const int room = swr_get_out_samples(m_context, frames);
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

void SpeechResampler::flush(std::vector<qint16> &out)
{
    if (m_context)
        convert(nullptr, 0, out);
}
