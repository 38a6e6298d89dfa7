#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

/// What a stream's bytes are, and so how they are stored: raw PCM is wrapped in WAV, anything
/// else is written as it comes, under the extension of its container.
class AudioFormat final
{
public:
    struct Pcm
    {
        int sampleRate = 16000;
        int channels = 1;
        int bitsPerSample = 16;
        int bytesPerSecond() const { return sampleRate * channels * bitsPerSample / 8; }
    };

    AudioFormat() = default;

    /// The longest MIME type a client may send (docs/protocol.md); it is kept with the session.
    static constexpr int MaxMimeTypeChars = 200;

    /// Parses a MIME type as a client sends it. Returns nothing, with a reason, when it names PCM
    /// that cannot be written (only 16-bit, 8000..192000 Hz, 1..8 channels are accepted) or is
    /// longer than MaxMimeTypeChars.
    static std::optional<AudioFormat> fromMimeType(const QString &mimeType, QString *errorString);
    /// Guesses the container from the first bytes of a stream.
    static AudioFormat sniff(const QByteArray &firstBytes);

    bool isKnown() const { return !m_extension.isEmpty(); }
    bool isPcm() const { return m_pcm.has_value(); }
    const Pcm &pcm() const { return *m_pcm; }
    QString mimeType() const { return m_mimeType; }
    /// File name extension, without the dot.
    QString extension() const { return m_extension; }

private:
    AudioFormat(QString mimeType, QString extension, std::optional<Pcm> pcm = {});

    QString m_mimeType;
    QString m_extension;
    std::optional<Pcm> m_pcm;
};
