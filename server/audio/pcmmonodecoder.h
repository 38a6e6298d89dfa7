#pragma once

#include "monodecoder.h"
#include "monoresampler.h"
#include "protocol/audioformat.h"

/// Raw 16-bit PCM of any rate and channel count, as a WAV Earshot writes holds it.
class PcmMonoDecoder final : public MonoDecoder
{
public:
    PcmMonoDecoder(
        GrowingFile &file, const AudioFormat::Pcm &pcm, qint64 headerBytes, int outputRate);

    Step decode(std::vector<qint16> &samples) override;
    qint64 backlogMs() const override;
    void setStretch(double factor) override { m_resampler.setStretch(factor); }

private:
    GrowingFile &m_file;
    AudioFormat::Pcm m_pcm;
    qint64 m_headerLeft = 0;
    MonoResampler m_resampler;
    QByteArray m_buffer; // a frame cut between two reads waits here for its rest
    qsizetype m_pending = 0;
};
