#pragma once

#include <QtGlobal>

/// A byte rate smoothed over about two seconds (exponential moving average), so the number a
/// person reads does not jump with every chunk.
class RateMeter final
{
public:
    static constexpr double SmoothingSeconds = 2.0;

    /// totalBytes is the running count; nowMs any monotonic clock in milliseconds.
    void sample(qint64 totalBytes, qint64 nowMs);
    double bytesPerSecond() const { return m_rate; }

private:
    qint64 m_lastBytes = -1;
    qint64 m_lastMs = 0;
    double m_rate = 0;
};
