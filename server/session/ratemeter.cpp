#include "ratemeter.h"

#include <cmath>

void RateMeter::sample(qint64 totalBytes, qint64 nowMs)
{
    if (m_lastBytes < 0) {
        m_lastBytes = totalBytes;
        m_lastMs = nowMs;
        return;
    }
    const qint64 elapsedMs = nowMs - m_lastMs;
    if (elapsedMs <= 0)
        return;
    const double seconds = elapsedMs / 1000.0;
    const double instant = (totalBytes - m_lastBytes) / seconds;
    const double weight = 1.0 - std::exp(-seconds / SmoothingSeconds);
    m_rate += weight * (instant - m_rate);
    if (m_rate < 0.5)
        m_rate = 0;
    m_lastBytes = totalBytes;
    m_lastMs = nowMs;
}
