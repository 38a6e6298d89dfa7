#pragma once

#include <array>
#include <atomic>
#include <chrono>

#include <QtGlobal>

/// A histogram of durations with fixed buckets, cheap enough for every acknowledgement: an
/// observation is a few relaxed atomic additions, no lock. Thread-safe; a snapshot taken while
/// others observe may be off by the observations under way.
class LatencyHistogram final
{
    Q_DISABLE_COPY_MOVE(LatencyHistogram)

public:
    /// Upper bounds of the buckets, in microseconds; +Inf follows.
    static constexpr std::array<qint64, 12> BoundsUs { 500, 1000, 2500, 5000, 10000, 25000, 50000,
        100000, 250000, 500000, 1000000, 2500000 };
    static constexpr int BucketCount = int(BoundsUs.size()) + 1;

    struct Snapshot
    {
        std::array<quint64, BucketCount> cumulative {}; ///< observations <= each bound, then all
        quint64 count = 0;
        double sumSeconds = 0;
    };

    LatencyHistogram() = default;

    void observe(std::chrono::nanoseconds duration);
    Snapshot snapshot() const;

private:
    std::array<std::atomic<quint64>, BucketCount> m_buckets {};
    std::atomic<quint64> m_sumNs { 0 };
};
