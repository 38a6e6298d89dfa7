#include "latencyhistogram.h"

void LatencyHistogram::observe(std::chrono::nanoseconds duration)
{
    const qint64 ns = std::max<qint64>(0, duration.count());
    int bucket = 0;
    while (bucket < int(BoundsUs.size()) && ns > BoundsUs[size_t(bucket)] * 1000)
        ++bucket;
    m_buckets[size_t(bucket)].fetch_add(1, std::memory_order_relaxed);
    m_sumNs.fetch_add(quint64(ns), std::memory_order_relaxed);
}

LatencyHistogram::Snapshot LatencyHistogram::snapshot() const
{
    Snapshot snapshot;
    quint64 running = 0;
    for (int i = 0; i < BucketCount; ++i) {
        running += m_buckets[size_t(i)].load(std::memory_order_relaxed);
        snapshot.cumulative[size_t(i)] = running;
    }
    snapshot.count = running;
    snapshot.sumSeconds = double(m_sumNs.load(std::memory_order_relaxed)) / 1e9;
    return snapshot;
}
