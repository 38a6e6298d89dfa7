#include "clockdrift.h"

ClockDrift ClockDrift::fromJson(const QJsonObject &saved, int nominalRate)
{
    ClockDrift drift(nominalRate);
    drift.m_stt = saved.value(QLatin1String("stt")).toDouble();
    drift.m_sts = saved.value(QLatin1String("sts")).toDouble();
    drift.m_spanMs = saved.value(QLatin1String("spanMs")).toDouble();
    if (!(drift.m_stt >= 0) || !(drift.m_spanMs >= 0))
        return ClockDrift(nominalRate); // not ours, or damaged: measure afresh
    return drift;
}

void ClockDrift::add(double arrivalMs, double samples)
{
    Stretch &s = m_current;
    if (s.firstMs < 0)
        s.firstMs = arrivalMs;
    if (arrivalMs - s.firstMs < SettleMs)
        return;
    // Welford's running means and centred sums: no large numbers subtracted at the end.
    s.n += 1;
    const double dt = arrivalMs - s.meanT;
    s.meanT += dt / s.n;
    const double ds = samples - s.meanS;
    s.meanS += ds / s.n;
    s.stt += dt * (arrivalMs - s.meanT);
    s.sts += dt * (samples - s.meanS);
    s.lastT = arrivalMs;
}

void ClockDrift::breakStretch()
{
    m_spanMs += currentSpanMs();
    m_stt += m_current.stt;
    m_sts += m_current.sts;
    m_current = Stretch {};
}

double ClockDrift::currentSpanMs() const
{
    return m_current.n >= 2 ? m_current.lastT - (m_current.firstMs + SettleMs) : 0;
}

double ClockDrift::measuredRate() const
{
    if (spanMs() < MinSpanMs || pooledStt() <= 0)
        return 0;
    return pooledSts() / pooledStt() * 1000.0;
}

double ClockDrift::ppm() const
{
    const double rate = measuredRate();
    if (rate <= 0 || m_nominalRate <= 0)
        return 0;
    return (rate / m_nominalRate - 1.0) * 1e6;
}

QJsonObject ClockDrift::toJson() const
{
    return { { QStringLiteral("nominalRate"), m_nominalRate },
        { QStringLiteral("measuredRate"), measuredRate() }, { QStringLiteral("ppm"), ppm() },
        { QStringLiteral("spanMs"), spanMs() }, { QStringLiteral("stt"), pooledStt() },
        { QStringLiteral("sts"), pooledSts() } };
}
