#pragma once

#include <memory>
#include <vector>

#include <QString>

class AudioFormat;
class GrowingFile;

/// Turns a recording's bytes, as they arrive in its file, into mono 16-bit samples at the rate
/// asked for (16 kHz for speech recognition).
class MonoDecoder
{
public:
    enum class Step
    {
        Audio, ///< samples were appended (perhaps none, while a header was read)
        End, ///< the file ended and everything in it was decoded
        Failed, ///< errorString() says why
    };

    /// For raw PCM (a WAV Earshot writes): `headerBytes` are skipped. Anything else is read by
    /// FFmpeg's demuxers and decoders.
    static std::unique_ptr<MonoDecoder> create(
        GrowingFile &file, const AudioFormat &format, qint64 headerBytes, int outputRate);

    virtual ~MonoDecoder() = default;

    /// Decodes what comes next in the file, waiting for it if it is still to be written.
    virtual Step decode(std::vector<qint16> &samples) = 0;
    /// About how much audio the file holds that has not been decoded yet, in ms.
    virtual qint64 backlogMs() const = 0;
    QString errorString() const { return m_errorString; }
    /// Stretches the audio in time by `factor` (see MonoResampler::setStretch); before decode().
    virtual void setStretch(double factor) = 0;

protected:
    QString m_errorString;
};
