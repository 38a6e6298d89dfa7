#pragma once

#include <vector>

#include <QString>

struct SwrContext;

/// Brings any decoded audio to mono 16-bit samples at one rate (16 kHz for a SpeechRecognizer,
/// the take's rate for an aligned export), stretched in time if asked.
class MonoResampler final
{
    Q_DISABLE_COPY_MOVE(MonoResampler)

public:
    /// sampleFormat is an AVSampleFormat; channels are mixed down to one.
    explicit MonoResampler(int outputRate) : m_outputRate(outputRate) { }
    ~MonoResampler();

    bool open(int sampleRate, int channels, int sampleFormat, QString *errorString);
    bool isOpen() const { return m_context != nullptr; }
    /// Makes `factor` times as many samples as the rates alone would (1.001: 0.1 % more), evenly
    /// over the whole audio: what stretches a fast or slow device clock back onto true time.
    void setStretch(double factor) { m_stretch = factor; }
    /// Converts `frames` frames (planes as FFmpeg lays them out) and appends them to `out`.
    void convert(const quint8 *const *planes, int frames, std::vector<qint16> &out);
    /// What the filter still holds, at the end of the audio.
    void flush(std::vector<qint16> &out);

private:
    SwrContext *m_context = nullptr;
    int m_sampleRate = 0;
    int m_outputRate = 0;
    double m_stretch = 1;
    double m_stretchCarry = 0; ///< the part of a sample the last convert() could not add yet
};
