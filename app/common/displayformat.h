#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTime>

/// How figures read for people, the same in the monitor and in the headless log.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    DisplayFormat() = delete;

    static QString dataSize(qint64 bytes, const QLocale &locale);
    static QString dataRate(double bytesPerSecond, const QLocale &locale);
    /// A time of day with its seconds, as the locale writes it ("14:03:07", "2:03:07 PM"), for
    /// logs, where seconds matter.
    static QString timeOfDay(const QTime &time, const QLocale &locale);
    /// h:mm:ss, or m:ss under an hour, the way media players show a length. Empty when negative.
    static QString duration(qint64 milliseconds);
    /// Audio a device holds that Earshot lacks: "4.2 s", and m:ss from a minute on, the way
    /// duration() writes it. Empty when nothing (0 or less) is held.
    static QString heldAudio(qint64 milliseconds, const QLocale &locale);
    /// A MIME type as a person names the format: "PCM, 16 kHz, mono", "WebM (Opus)". Types it
    /// does not know come back as they are.
    static QString audioFormat(const QString &mimeType, const QLocale &locale);
    /// A peak of 0..1 in dBFS, the unit audio people read meters in. Empty when negative.
    static QString level(double peak, const QLocale &locale);
};
