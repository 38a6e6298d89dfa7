#pragma once

#include <cmath>
#include <cstring>
#include <numbers>

#include <QByteArray>
#include <QFile>
#include <QString>

/// What a player reads from a WAV file: its format and its data chunk.
struct WavFile
{
    int sampleRate = 0;
    int channels = 0;
    int bits = 0;
    QByteArray data;
    QString errorString;

    bool isValid() const { return errorString.isEmpty(); }
    double seconds() const
    {
        return sampleRate && channels && bits
            ? double(data.size()) / (sampleRate * channels * bits / 8)
            : 0;
    }

    static WavFile read(const QString &path)
    {
        WavFile wav;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            wav.errorString = file.errorString();
            return wav;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.size() < 12 || bytes.left(4) != "RIFF" || bytes.mid(8, 4) != "WAVE") {
            wav.errorString = QStringLiteral("not a RIFF/WAVE file");
            return wav;
        }
        qsizetype at = 12;
        bool haveFormat = false;
        while (at + 8 <= bytes.size()) {
            const QByteArray id = bytes.mid(at, 4);
            const quint32 size = le32(bytes, at + 4);
            const qsizetype body = at + 8;
            if (id == "fmt " && body + 16 <= bytes.size()) {
                wav.channels = le16(bytes, body + 2);
                wav.sampleRate = int(le32(bytes, body + 4));
                wav.bits = le16(bytes, body + 14);
                haveFormat = true;
            } else if (id == "data") {
                if (body + qsizetype(size) > bytes.size()) {
                    wav.errorString
                        = QStringLiteral("the data chunk says %1 bytes, the file has %2")
                              .arg(size)
                              .arg(bytes.size() - body);
                    return wav;
                }
                wav.data = bytes.mid(body, size);
                if (!haveFormat)
                    wav.errorString = QStringLiteral("no fmt chunk before the data");
                return wav;
            }
            at = body + size + (size & 1);
        }
        wav.errorString = QStringLiteral("no data chunk");
        return wav;
    }

    /// The strongest frequency in the first channel between \a low and \a high Hz, from a
    /// Goertzel scan over one second in the middle of the data (16-bit samples).
    double dominantFrequency(double low = 50, double high = 4000) const
    {
        const int frameBytes = channels * 2;
        const qsizetype frames = data.size() / frameBytes;
        const qsizetype window = std::min<qsizetype>(frames, sampleRate);
        const qsizetype first = (frames - window) / 2;
        const auto power = [&](double frequency) {
            const double coefficient = 2 * std::cos(2 * std::numbers::pi * frequency / sampleRate);
            double previous = 0, beforePrevious = 0;
            for (qsizetype i = 0; i < window; ++i) {
                qint16 sample;
                std::memcpy(&sample, data.constData() + (first + i) * frameBytes, sizeof sample);
                const double current = sample + coefficient * previous - beforePrevious;
                beforePrevious = previous;
                previous = current;
            }
            return previous * previous + beforePrevious * beforePrevious
                - coefficient * previous * beforePrevious;
        };
        const auto scan = [&](double from, double to, double step) {
            double best = from, bestPower = -1;
            for (double frequency = from; frequency <= to; frequency += step) {
                const double p = power(frequency);
                if (p > bestPower) {
                    bestPower = p;
                    best = frequency;
                }
            }
            return best;
        };
        const double coarse = scan(low, high, 5);
        return scan(coarse - 5, coarse + 5, 0.5);
    }

private:
    static quint32 le32(const QByteArray &bytes, qsizetype at)
    {
        return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8
            | quint32(quint8(bytes[at + 2])) << 16 | quint32(quint8(bytes[at + 3])) << 24;
    }
    static int le16(const QByteArray &bytes, qsizetype at)
    {
        return quint8(bytes[at]) | quint8(bytes[at + 1]) << 8;
    }
};
