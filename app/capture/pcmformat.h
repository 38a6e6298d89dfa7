#pragma once

#include <chrono>

#include <QAudioFormat>
#include <QString>

/// The raw PCM the microphone streams: 16-bit little-endian at 16 or 48 kHz, mono or stereo.
/// It is what protocol v1 calls "audio/pcm;rate=R;channels=C;bits=16".
struct PcmFormat
{
    static constexpr int BytesPerSample = 2;

    int sampleRate = 16000;
    int channels = 1;

    static bool isSupportedRate(int rate) { return rate == 16000 || rate == 48000; }
    static bool isSupportedChannels(int count) { return count == 1 || count == 2; }
    bool isValid() const { return isSupportedRate(sampleRate) && isSupportedChannels(channels); }

    int bytesPerFrame() const { return channels * BytesPerSample; }
    int bytesPerSecond() const { return sampleRate * bytesPerFrame(); }
    /// Whole frames that last \a duration.
    qint64 bytesFor(std::chrono::milliseconds duration) const
    {
        return qint64(sampleRate) * duration.count() / 1000 * bytesPerFrame();
    }
    qint64 millisecondsFor(qint64 bytes) const { return bytes * 1000 / bytesPerSecond(); }

    QString mimeType() const
    {
        return QStringLiteral("audio/pcm;rate=%1;channels=%2;bits=16")
            .arg(sampleRate)
            .arg(channels);
    }

    QAudioFormat audioFormat() const
    {
        QAudioFormat format;
        format.setSampleRate(sampleRate);
        format.setChannelCount(channels);
        format.setSampleFormat(QAudioFormat::Int16);
        return format;
    }

    friend bool operator==(const PcmFormat &, const PcmFormat &) = default;
};
