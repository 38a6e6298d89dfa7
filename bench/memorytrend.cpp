#include "memorytrend.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "benchlimits.h"

using namespace Qt::StringLiterals;

namespace {

double meanKiB(QList<qint64>::const_iterator from, QList<qint64>::const_iterator to)
{
    return double(std::accumulate(from, to, qint64(0))) / double(std::distance(from, to));
}

QString mib(double kib)
{
    return QString::number(kib / 1024.0, 'f', 1) + u" MiB"_s;
}

QString percent(double value)
{
    return (value >= 0 ? u"+"_s : QString()) + QString::number(value, 'f', 2) + u" %"_s;
}

} // namespace

MemoryTrend MemoryTrend::of(const QList<MemorySampler::Sample> &samples, qint64 loadStartNs,
    qint64 warmupNs, qint64 loadEndNs)
{
    MemoryTrend trend;
    for (auto it = samples.crbegin(); it != samples.crend() && trend.pid == 0; ++it) {
        if (it->vmRssKiB >= 0)
            trend.pid = it->pid;
    }
    QList<qint64> counted;
    for (const MemorySampler::Sample &sample : samples) {
        if (sample.pid == trend.pid && sample.vmRssKiB >= 0 && sample.atNs >= loadStartNs + warmupNs
            && sample.atNs <= loadEndNs)
            counted.append(sample.vmRssKiB);
    }
    trend.samples = int(counted.size());
    constexpr int edge = BenchLimits::rssEdgeSamples;
    trend.enough = counted.size() >= 2 * edge;
    if (!trend.enough)
        return trend;
    trend.baselineKiB = meanKiB(counted.cbegin(), counted.cbegin() + edge);
    trend.tailKiB = meanKiB(counted.cend() - edge, counted.cend());
    trend.peakKiB = *std::max_element(counted.cbegin(), counted.cend());
    trend.driftPercent = 100.0 * (trend.tailKiB - trend.baselineKiB) / trend.baselineKiB;
    trend.peakPercent = 100.0 * (double(trend.peakKiB) - trend.baselineKiB) / trend.baselineKiB;
    trend.flat = std::abs(trend.driftPercent) <= BenchLimits::rssFlatPercent
        && trend.peakPercent <= BenchLimits::rssFlatPercent;
    return trend;
}

QString MemoryTrend::text() const
{
    if (!enough) {
        return u"%1 sample(s) after the warm-up, %2 needed: not measured (a longer run, or a "
               "shorter --rss-interval-s or --rss-warmup-s)"_s.arg(
                   QString::number(samples), QString::number(2 * BenchLimits::rssEdgeSamples));
    }
    return u"baseline %1 (mean of the first %2 of %3 samples after the warm-up, pid %4), tail %5 "
           "(mean of the last %2): drift %6; peak %7: %8; flat means both within %9 %: %10"_s.arg(
               mib(baselineKiB), QString::number(BenchLimits::rssEdgeSamples),
               QString::number(samples), QString::number(pid), mib(tailKiB), percent(driftPercent),
               mib(double(peakKiB)), percent(peakPercent),
               QString::number(BenchLimits::rssFlatPercent), flat ? u"FLAT"_s : u"NOT FLAT"_s);
}

QJsonObject MemoryTrend::json() const
{
    const auto round2 = [](double value) { return std::round(value * 100) / 100; };
    return QJsonObject {
        { u"samples"_s, samples },
        { u"pid"_s, pid },
        { u"baselineKiB"_s, round2(baselineKiB) },
        { u"tailKiB"_s, round2(tailKiB) },
        { u"peakKiB"_s, peakKiB },
        { u"driftPercent"_s, round2(driftPercent) },
        { u"peakPercent"_s, round2(peakPercent) },
        { u"enough"_s, enough },
        { u"flat"_s, flat },
    };
}
