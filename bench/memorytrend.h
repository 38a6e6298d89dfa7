#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "memorysampler.h"

// Whether the server's memory stayed flat over a soak. Of the samples of the server that carried
// the load at the end (the restarted one after a crash phase), those after its warm-up count:
// baseline is the mean of the first BenchLimits::rssEdgeSamples of them, tail the mean of the last
// ones, peak the highest. Flat when the tail is within rssFlatPercent of the baseline (either way)
// and the peak no more than rssFlatPercent above it.
struct MemoryTrend
{
    int samples = 0; // counted in the check
    qint64 pid = 0; // the server they are of
    double baselineKiB = 0;
    double tailKiB = 0;
    qint64 peakKiB = 0;
    double driftPercent = 0; // tail against baseline
    double peakPercent = 0; // peak against baseline
    bool enough = false; // at least two edges' worth of samples
    bool flat = false;

    // loadStartNs: when the last server began carrying the load (send start, or its restart);
    // samples before loadStartNs + warmupNs or after loadEndNs do not count.
    static MemoryTrend of(const QList<MemorySampler::Sample> &samples, qint64 loadStartNs,
        qint64 warmupNs, qint64 loadEndNs);

    QString text() const;
    QJsonObject json() const;
};
