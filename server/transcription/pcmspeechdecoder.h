#pragma once

#include "protocol/audioformat.h"
#include "speechaudiodecoder.h"
#include "speechresampler.h"

/// Raw 16-bit PCM of any rate and channel count, as a WAV Earshot writes holds it.
class PcmSpeechDecoder final : public SpeechAudioDecoder
{
public:
    PcmSpeechDecoder(GrowingFile &file, const AudioFormat::Pcm &pcm, qint64 headerBytes);

    Step decode(std::vector<qint16> &samples) override;
    qint64 backlogMs() const override;

private:
    GrowingFile &m_file;
    AudioFormat::Pcm m_pcm;
    qint64 m_headerLeft = 0;
    SpeechResampler m_resampler;
    QByteArray m_buffer; // a frame cut between two reads waits here for its rest
    qsizetype m_pending = 0;
};
