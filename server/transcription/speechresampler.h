#pragma once

#include <vector>

#include <QString>

struct SwrContext;

/// Brings any decoded audio to what a SpeechRecognizer takes: 16 kHz, mono, 16-bit.
class SpeechResampler final
{
    Q_DISABLE_COPY_MOVE(SpeechResampler)

public:
    /// sampleFormat is an AVSampleFormat; channels are mixed down to one.
    SpeechResampler() = default;
    ~SpeechResampler();

    bool open(int sampleRate, int channels, int sampleFormat, QString *errorString);
    bool isOpen() const { return m_context != nullptr; }
    /// Converts `frames` frames (planes as FFmpeg lays them out) and appends them to `out`.
    void convert(const quint8 *const *planes, int frames, std::vector<qint16> &out);
    /// What the filter still holds, at the end of the audio.
    void flush(std::vector<qint16> &out);

private:
    SwrContext *m_context = nullptr;
    int m_sampleRate = 0;
};
