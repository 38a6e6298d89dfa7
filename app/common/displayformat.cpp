#include "displayformat.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// One decimal tells 1.4 MiB from 1.5 MiB; a second one would only flicker at 4 updates a second.
constexpr int SizePrecision = 1;

// Containers by MIME subtype, the way players and file managers name them.
QString containerName(QStringView subtype)
{
    static const QHash<QString, QString> names {
        { u"webm"_s, u"WebM"_s },
        { u"ogg"_s, u"Ogg"_s },
        { u"wav"_s, u"WAV"_s },
        { u"wave"_s, u"WAV"_s },
        { u"x-wav"_s, u"WAV"_s },
        { u"mp4"_s, u"MP4"_s },
        { u"x-m4a"_s, u"MP4"_s },
        { u"mpeg"_s, u"MP3"_s },
        { u"aac"_s, u"AAC"_s },
        { u"flac"_s, u"FLAC"_s },
        { u"opus"_s, u"Opus"_s },
    };
    return names.value(subtype.toString().toLower());
}

} // namespace

QString DisplayFormat::dataSize(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, SizePrecision);
}

QString DisplayFormat::dataRate(double bytesPerSecond, const QLocale &locale)
{
    return tr("%1/s", "data rate, e.g. 1.5 KiB/s")
        .arg(locale.formattedDataSize(qRound64(bytesPerSecond), SizePrecision));
}

QString DisplayFormat::timeOfDay(const QTime &time, const QLocale &locale)
{
    // The long format is the one with seconds; its time zone ("t", "(t)") is noise in a log.
    const QString longFormat = locale.timeFormat(QLocale::LongFormat);
    QString format;
    bool quoted = false;
    for (const QChar c : longFormat) {
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u't')
            format.append(c);
    }
    return locale.toString(time, format.remove(u"()"_s).trimmed());
}

QString DisplayFormat::duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    const qint64 totalSeconds = milliseconds / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = totalSeconds / 60 % 60;
    const qint64 seconds = totalSeconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QChar(u'0'))
            .arg(seconds, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QChar(u'0'));
}

QString DisplayFormat::heldAudio(qint64 milliseconds, const QLocale &locale)
{
    if (milliseconds <= 0)
        return {};
    if (milliseconds >= 60 * 1000)
        return duration(milliseconds);
    // Rounded up: a device that holds anything never reads "0.0 s".
    const qint64 tenths = (milliseconds + 99) / 100;
    return tr("%1 s", "seconds of audio").arg(locale.toString(tenths / 10.0, 'f', 1));
}

QString DisplayFormat::audioFormat(const QString &mimeType, const QLocale &locale)
{
    const QList<QStringView> parts = QStringView(mimeType).split(u';', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return mimeType;
    QHash<QString, QString> parameters;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype equals = parts.at(i).indexOf(u'=');
        if (equals > 0) {
            parameters.insert(parts.at(i).first(equals).trimmed().toString().toLower(),
                parts.at(i).sliced(equals + 1).trimmed().toString());
        }
    }

    const QStringView type = parts.first().trimmed();
    if (type.compare(u"audio/pcm", Qt::CaseInsensitive) == 0
        || type.compare(u"audio/L16", Qt::CaseInsensitive) == 0) {
        QStringList description { tr("PCM", "raw audio format") };
        bool ok = false;
        if (const int rate = parameters.value(u"rate"_s).toInt(&ok); ok && rate > 0)
            description.append(tr("%1 kHz").arg(locale.toString(rate / 1000.0, 'g', 4)));
        if (const int channels = parameters.value(u"channels"_s).toInt(&ok); ok && channels > 0) {
            description.append(channels == 1 ? tr("mono")
                    : channels == 2          ? tr("stereo")
                                             : tr("%n channel(s)", "", channels));
        }
        return description.join(tr(", ", "between the parts of a format description"));
    }

    const qsizetype slash = type.indexOf(u'/');
    const QString container = slash > 0 ? containerName(type.sliced(slash + 1)) : QString();
    if (container.isEmpty())
        return mimeType;
    const QString codecs = parameters.value(u"codecs"_s).remove(u'"');
    if (codecs.isEmpty())
        return container;
    const QString codec = containerName(codecs);
    return tr("%1 (%2)", "container (codec), e.g. WebM (Opus)")
        .arg(container, codec.isEmpty() ? codecs : codec);
}

QString DisplayFormat::level(double peak, const QLocale &locale)
{
    if (peak < 0)
        return {};
    if (peak <= 0)
        return tr("silent", "audio level");
    // Whole decibels, and no "-0 dB" for a peak just under full scale.
    const int decibels = qRound(20 * std::log10(std::min(peak, 1.0)));
    return tr("%1 dB", "audio level in decibels below full scale").arg(locale.toString(decibels));
}
