#include "displayformat.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// One decimal tells 1.4 MiB from 1.5 MiB; a second one would only flicker at 4 updates a second.
constexpr int SizePrecision = 1;

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

QString DisplayFormat::duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    const qint64 totalSeconds = milliseconds / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = totalSeconds / 60 % 60;
    const qint64 seconds = totalSeconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QChar(u'0')).arg(seconds, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QChar(u'0'));
}

QString DisplayFormat::level(double peak, const QLocale &locale)
{
    if (peak < 0)
        return {};
    if (peak <= 0)
        return tr("silent", "audio level");
    return tr("%1 dB", "audio level in decibels below full scale")
        .arg(locale.toString(20 * std::log10(std::min(peak, 1.0)), 'f', 0));
}
