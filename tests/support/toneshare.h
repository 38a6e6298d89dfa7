#pragma once

#include <cmath>
#include <numbers>

#include <QList>

// A window is "of" a frequency when it carries more than this share of the window's energy.
constexpr double ToneShare = 0.5;

// The share of a window's energy at `frequency` (a Goertzel filter over samples at `sampleRate`):
// about 1 for a pure tone there, about 0 for another tone or silence.
inline double toneShare(
    const QList<qint16> &samples, qsizetype from, qsizetype count, double frequency, int sampleRate)
{
    const double coefficient = 2 * std::cos(2 * std::numbers::pi * frequency / sampleRate);
    double previous = 0, beforePrevious = 0, energy = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const double x = samples.at(i);
        energy += x * x;
        const double current = x + coefficient * previous - beforePrevious;
        beforePrevious = previous;
        previous = current;
    }
    const double power = previous * previous + beforePrevious * beforePrevious
        - coefficient * previous * beforePrevious;
    return energy > 0 ? power / (count / 2.0 * energy) : 0;
}
