#pragma once

#include <chrono>
#include <functional>
#include <vector>

#include <QList>
#include <QtGlobal>

#include "sessionstats.h"

/// The total incoming byte rate over the last minutes, one figure per second, for a chart.
///
/// Fed with the totals of each batch the server publishes. The server publishes only when
/// something changed, so when batches stop the last figure would otherwise stand forever: after
/// StaleAfter without a batch the rate reads as zero. No widgets and no timers: time comes from
/// the clock, which tests replace.
class RateHistory final
{
public:
    /// Milliseconds on a monotonic clock with any origin.
    using Clock = std::function<std::chrono::milliseconds()>;

    /// One figure per second: batches come four times a second, a chart is a few hundred pixels.
    static constexpr std::chrono::milliseconds Resolution { 1000 };
    /// Batches come every 250 ms while bytes arrive; two seconds without one means none arrive.
    static constexpr std::chrono::milliseconds StaleAfter { 2000 };
    static constexpr std::chrono::minutes DefaultWindow { 5 };
    static constexpr std::chrono::minutes MinWindow { 1 };
    static constexpr std::chrono::minutes MaxWindow { 60 };

    /// Without a clock, std::chrono::steady_clock.
    explicit RateHistory(Clock clock = {});

    void addTotals(const ServerTotals &totals);
    /// Bytes per second at the clock's now; negative or not finite counts as zero.
    void addRate(double bytesPerSecond);
    /// Forgets every figure.
    void clear();

    /// Clamped to MinWindow..MaxWindow; the figures still inside the new window are kept.
    void setWindow(std::chrono::minutes window);
    std::chrono::minutes window() const;
    /// How many figures rates() returns: the window divided by the resolution.
    int pointCount() const;

    /// One figure per Resolution, oldest first; the last one is the second now under way.
    /// Seconds before the first figure read as zero.
    QList<double> rates() const;
    /// The rate now: the last figure, or zero when it is older than StaleAfter.
    double currentRate() const;
    /// The highest figure in rates().
    double peak() const;

private:
    struct Bucket
    {
        double sum = 0;
        int count = 0;
    };

    qint64 bucketAt(std::chrono::milliseconds time) const;
    /// A second that received no figure: the last figure while it is fresh, then zero.
    double fillFor(qint64 bucket, std::chrono::milliseconds now) const;
    void advanceTo(qint64 bucket, std::chrono::milliseconds now);
    Bucket &slot(qint64 bucket);
    const Bucket &slot(qint64 bucket) const;

    Clock m_clock;
    std::vector<Bucket> m_buckets;
    qint64 m_head = 0; ///< the newest bucket written; buckets are seconds since the clock's origin
    bool m_hasSample = false;
    std::chrono::milliseconds m_lastSampleAt { 0 };
    double m_lastRate = 0;
};
