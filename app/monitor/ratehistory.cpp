#include "ratehistory.h"

#include <algorithm>
#include <cmath>

namespace {

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return value % divisor < 0 ? quotient - 1 : quotient;
}

std::chrono::milliseconds steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

// Buckets are numbered by the second they cover; the ring keeps the last few of them.
size_t ringIndex(qint64 bucket, qint64 ringSize)
{
    return size_t(bucket - floorDiv(bucket, ringSize) * ringSize);
}

int bucketCount(std::chrono::minutes window)
{
    return int(std::chrono::milliseconds(window) / RateHistory::Resolution);
}

} // namespace

RateHistory::RateHistory(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock(steadyNow))
    , m_buckets(size_t(bucketCount(DefaultWindow)))
    , m_head(bucketAt(m_clock()))
{ }

void RateHistory::addTotals(const ServerTotals &totals)
{
    addRate(totals.byteRate);
}

void RateHistory::addRate(double bytesPerSecond)
{
    const double rate = std::isfinite(bytesPerSecond) ? std::max(bytesPerSecond, 0.0) : 0.0;
    const std::chrono::milliseconds now = m_clock();
    // A clock that steps back (it should not) adds to the newest second rather than rewriting
    // the past.
    const qint64 bucket = std::max(bucketAt(now), m_head);
    advanceTo(bucket, now);
    Bucket &current = slot(bucket);
    current.sum += rate;
    ++current.count;
    m_hasSample = true;
    m_lastSampleAt = std::max(now, m_lastSampleAt);
    m_lastRate = rate;
}

void RateHistory::clear()
{
    std::fill(m_buckets.begin(), m_buckets.end(), Bucket());
    m_head = bucketAt(m_clock());
    m_hasSample = false;
    m_lastRate = 0;
}

void RateHistory::setWindow(std::chrono::minutes window)
{
    window = std::clamp(window, MinWindow, MaxWindow);
    if (window == this->window())
        return;
    const auto oldCount = qint64(m_buckets.size());
    std::vector<Bucket> old(size_t(bucketCount(window)));
    std::swap(old, m_buckets);
    const qint64 kept = std::min(oldCount, qint64(m_buckets.size()));
    for (qint64 bucket = m_head - kept + 1; bucket <= m_head; ++bucket)
        slot(bucket) = old[ringIndex(bucket, oldCount)];
}

std::chrono::minutes RateHistory::window() const
{
    return std::chrono::duration_cast<std::chrono::minutes>(pointCount() * Resolution);
}

int RateHistory::pointCount() const
{
    return int(m_buckets.size());
}

QList<double> RateHistory::rates() const
{
    const qint64 count = pointCount();
    const std::chrono::milliseconds now = m_clock();
    const qint64 newest = std::max(bucketAt(now), m_head);
    QList<double> rates;
    rates.reserve(count);
    for (qint64 bucket = newest - count + 1; bucket <= newest; ++bucket) {
        if (bucket > m_head) {
            rates.append(fillFor(bucket, now));
            continue;
        }
        const Bucket &figures = slot(bucket);
        rates.append(figures.count > 0 ? figures.sum / figures.count : 0.0);
    }
    return rates;
}

double RateHistory::currentRate() const
{
    if (!m_hasSample || m_clock() - m_lastSampleAt >= StaleAfter)
        return 0;
    return m_lastRate;
}

double RateHistory::peak() const
{
    const QList<double> all = rates();
    return all.isEmpty() ? 0.0 : *std::max_element(all.cbegin(), all.cend());
}

qint64 RateHistory::bucketAt(std::chrono::milliseconds time) const
{
    return floorDiv(time.count(), Resolution.count());
}

double RateHistory::fillFor(qint64 bucket, std::chrono::milliseconds now) const
{
    if (!m_hasSample)
        return 0;
    // Held only if the last figure was still fresh at the end of the second (or now, for the
    // second under way), so that a stop shows up in the first second it covers.
    const std::chrono::milliseconds lastOfBucket((bucket + 1) * Resolution.count() - 1);
    const std::chrono::milliseconds latest = std::min(now, lastOfBucket);
    return latest - m_lastSampleAt < StaleAfter ? m_lastRate : 0.0;
}

void RateHistory::advanceTo(qint64 bucket, std::chrono::milliseconds now)
{
    if (bucket <= m_head)
        return;
    // Only the last pointCount() seconds have a slot; older gaps would be overwritten anyway.
    const qint64 first = std::max(m_head + 1, bucket - pointCount() + 1);
    for (qint64 gap = first; gap < bucket; ++gap)
        slot(gap) = Bucket { fillFor(gap, now), 1 };
    slot(bucket) = Bucket();
    m_head = bucket;
}

RateHistory::Bucket &RateHistory::slot(qint64 bucket)
{
    return m_buckets[ringIndex(bucket, qint64(m_buckets.size()))];
}

const RateHistory::Bucket &RateHistory::slot(qint64 bucket) const
{
    return m_buckets[ringIndex(bucket, qint64(m_buckets.size()))];
}
