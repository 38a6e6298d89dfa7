#include "audioformat.h"

#include <QStringList>

namespace {

constexpr int MinSampleRate = 8000;
constexpr int MaxSampleRate = 192000;
constexpr int MaxChannels = 8;

struct Container
{
    const char *mimePrefix;
    const char *extension;
};

// Checked in order; the first prefix that matches wins.
constexpr Container Containers[] = {
    { "audio/webm", "webm" },
    { "video/webm", "webm" },
    { "audio/ogg", "ogg" },
    { "application/ogg", "ogg" },
    { "audio/opus", "ogg" },
    { "audio/mp4", "m4a" },
    { "video/mp4", "m4a" },
    { "audio/aac", "aac" },
    { "audio/mpeg", "mp3" },
    { "audio/wav", "wav" },
    { "audio/wave", "wav" },
    { "audio/x-wav", "wav" },
    { "audio/flac", "flac" },
    { "audio/x-matroska", "mka" },
};

std::optional<int> intParameter(const QStringList &parameters, QStringView name)
{
    for (const QString &parameter : parameters) {
        const qsizetype equals = parameter.indexOf(u'=');
        if (equals < 0
            || QStringView(parameter).left(equals).trimmed().compare(name, Qt::CaseInsensitive)
                != 0)
            continue;
        bool ok = false;
        const int value = parameter.mid(equals + 1).trimmed().toInt(&ok);
        if (!ok)
            return -1;
        return value;
    }
    return std::nullopt;
}

} // namespace

AudioFormat::AudioFormat(QString mimeType, QString extension, std::optional<Pcm> pcm)
    : m_mimeType(std::move(mimeType)), m_extension(std::move(extension)), m_pcm(pcm)
{ }

std::optional<AudioFormat> AudioFormat::fromMimeType(const QString &mimeType, QString *errorString)
{
    const QString trimmed = mimeType.trimmed();
    if (trimmed.size() > MaxMimeTypeChars) {
        if (errorString)
            *errorString
                = QStringLiteral("a format has at most %1 characters").arg(MaxMimeTypeChars);
        return std::nullopt;
    }
    const QStringList parts = trimmed.split(u';');
    const QString essence = parts.first().trimmed().toLower();
    const QStringList parameters = parts.mid(1);

    if (essence == u"audio/pcm" || essence == u"audio/l16") {
        Pcm pcm;
        pcm.sampleRate = intParameter(parameters, u"rate").value_or(16000);
        pcm.channels = intParameter(parameters, u"channels").value_or(1);
        pcm.bitsPerSample = intParameter(parameters, u"bits").value_or(16);
        QString problem;
        if (pcm.bitsPerSample != 16)
            problem = QStringLiteral("only 16-bit PCM is accepted");
        else if (pcm.sampleRate < MinSampleRate || pcm.sampleRate > MaxSampleRate)
            problem = QStringLiteral("sample rate must be between %1 and %2 Hz")
                          .arg(MinSampleRate)
                          .arg(MaxSampleRate);
        else if (pcm.channels < 1 || pcm.channels > MaxChannels)
            problem = QStringLiteral("channels must be between 1 and %1").arg(MaxChannels);
        if (!problem.isEmpty()) {
            if (errorString)
                *errorString = problem;
            return std::nullopt;
        }
        const QString canonical = QStringLiteral("audio/pcm;rate=%1;channels=%2;bits=16")
                                      .arg(pcm.sampleRate)
                                      .arg(pcm.channels);
        return AudioFormat(canonical, QStringLiteral("wav"), pcm);
    }

    for (const Container &container : Containers) {
        if (essence == QLatin1String(container.mimePrefix))
            return AudioFormat(trimmed, QLatin1String(container.extension));
    }
    // A type we do not know is still stored, byte for byte, under a neutral extension.
    return AudioFormat(trimmed.isEmpty() ? QStringLiteral("application/octet-stream") : trimmed,
        QStringLiteral("bin"));
}

AudioFormat AudioFormat::sniff(const QByteArray &firstBytes)
{
    if (firstBytes.startsWith("\x1A\x45\xDF\xA3"))
        return AudioFormat(QStringLiteral("audio/webm"), QStringLiteral("webm"));
    if (firstBytes.startsWith("OggS"))
        return AudioFormat(QStringLiteral("audio/ogg"), QStringLiteral("ogg"));
    if (firstBytes.startsWith("RIFF") && firstBytes.mid(8, 4) == "WAVE")
        return AudioFormat(QStringLiteral("audio/wav"), QStringLiteral("wav"));
    if (firstBytes.mid(4, 4) == "ftyp")
        return AudioFormat(QStringLiteral("audio/mp4"), QStringLiteral("m4a"));
    return AudioFormat(QStringLiteral("application/octet-stream"), QStringLiteral("bin"));
}
