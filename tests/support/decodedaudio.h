#pragma once

// A recording as a player decodes it (ffmpeg, ffprobe): its codec, its length, the errors it
// decodes with, and the tone it carries.

#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

#include <QFileInfo>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTest>

#include "ffprobe.h"
#include "runprogram.h"
#include "toneshare.h"

// Recordings are decoded to 8 kHz mono and looked at in 100 ms windows: a whole number of
// periods of every tone here (440 and 660 Hz), so a clean tone fills its window's energy.
constexpr int DecodeRate = 8000;
constexpr int WindowSamples = DecodeRate / 10;
// A recording carries the tone when this share of its windows is of it (ToneShare; an encoder's
// first and last frames may fade in or out).
constexpr double TonedWindows = 0.9;

// What ffmpeg says while decoding the whole file at path: empty when it decodes without an error.
inline QString decodeErrors(const QString &path)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
        { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
            QStringLiteral("-i"), path, QStringLiteral("-f"), QStringLiteral("null"),
            QStringLiteral("-") });
    if (!ffmpeg.waitForFinished(60000))
        return QStringLiteral("ffmpeg did not run: ") + ffmpeg.errorString();
    const QString errors = QString::fromLocal8Bit(ffmpeg.readAllStandardError()).trimmed();
    if (ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0)
        return QStringLiteral("ffmpeg failed (%1): %2").arg(ffmpeg.exitCode()).arg(errors);
    return errors;
}

// The file decoded as a player would, to 8 kHz mono samples.
inline QList<qint16> decodePcm(const QString &path)
{
    const QByteArray pcm = runProgram(QStringLiteral("ffmpeg"),
        { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
            QStringLiteral("-i"), path, QStringLiteral("-f"), QStringLiteral("s16le"),
            QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-ar"),
            QString::number(DecodeRate), QStringLiteral("pipe:1") });
    QList<qint16> samples(pcm.size() / 2);
    std::memcpy(samples.data(), pcm.constData(), samples.size() * 2);
    return samples;
}

// How many of the whole 100 ms windows `frequency` dominates, and how many there are.
inline std::pair<int, int> tonedWindows(const QList<qint16> &samples, double frequency)
{
    int toned = 0, windows = 0;
    for (qsizetype at = 0; at + WindowSamples <= samples.size(); at += WindowSamples, ++windows)
        if (toneShare(samples, at, WindowSamples, frequency, DecodeRate) > ToneShare)
            ++toned;
    return { toned, windows };
}

inline QString codecOf(const QString &path)
{
    return QString::fromUtf8(runProgram(QStringLiteral("/usr/bin/ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
            QStringLiteral("a:0"), QStringLiteral("-show_entries"),
            QStringLiteral("stream=codec_name"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
            path })
                                 .trimmed());
}

// ffprobe's duration of the file, -1 with the reason in `why` when ffprobe complains about it.
inline double durationOf(const QString &path, QString *why)
{
    const std::optional<QJsonObject> probe = ffprobeJson(path, why);
    if (!probe)
        return -1;
    return probe->value(QLatin1String("format"))
        .toObject()
        .value(QLatin1String("duration"))
        .toString()
        .toDouble();
}

// The file is what a player takes for `codec`, of `seconds` ± tolerance, decodes without an error
// and carries `frequency` throughout.
inline void checkDecodesWithTone(
    const QString &path, const QString &codec, double seconds, double tolerance, int frequency)
{
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QCOMPARE(codecOf(path), codec);
    QString why;
    const double duration = durationOf(path, &why);
    QVERIFY2(duration >= 0, qPrintable(path + u' ' + why));
    QVERIFY2(std::abs(duration - seconds) <= tolerance,
        qPrintable(QStringLiteral("%1 plays %2 s, not %3 ± %4 s")
                       .arg(path)
                       .arg(duration)
                       .arg(seconds)
                       .arg(tolerance)));
    const QString errors = decodeErrors(path);
    QVERIFY2(errors.isEmpty(), qPrintable(path + QStringLiteral(" does not decode: ") + errors));
    const auto [toned, windows] = tonedWindows(decodePcm(path), frequency);
    QVERIFY2(windows >= int(seconds * 10 * 0.8) && toned >= TonedWindows * windows,
        qPrintable(QStringLiteral("%1: %2 Hz in %3 of its %4 windows of 100 ms")
                       .arg(path)
                       .arg(frequency)
                       .arg(toned)
                       .arg(windows)));
}
