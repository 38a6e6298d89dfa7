#pragma once

#include <memory>
#include <vector>

#include <QString>

class AudioFormat;
class GrowingFile;

/// Turns a recording's bytes, as they arrive in its file, into 16 kHz mono samples.
class SpeechAudioDecoder
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
    static std::unique_ptr<SpeechAudioDecoder> create(
        GrowingFile &file, const AudioFormat &format, qint64 headerBytes);

    virtual ~SpeechAudioDecoder() = default;

    /// Decodes what comes next in the file, waiting for it if it is still to be written.
    virtual Step decode(std::vector<qint16> &samples) = 0;
    /// About how much audio the file holds that has not been decoded yet, in ms.
    virtual qint64 backlogMs() const = 0;
    QString errorString() const { return m_errorString; }

protected:
    QString m_errorString;
};
