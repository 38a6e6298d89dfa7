#pragma once

#include <initializer_list>
#include <utility>

#include <QByteArray>

#include "latencyhistogram.h"

/// Writes the Prometheus text exposition format (version 0.0.4): each family's HELP and TYPE
/// lines, then its samples. Label values are escaped; the names are the caller's, and must
/// follow Prometheus' rules.
class PrometheusText final
{
public:
    static constexpr char ContentType[] = "text/plain; version=0.0.4; charset=utf-8";
    using Labels = std::initializer_list<std::pair<const char *, QByteArray>>;

    enum class Type
    {
        Counter,
        Gauge,
        Histogram
    };

    /// Starts a family: the samples that follow are its own.
    void family(const char *name, Type type, const char *help);
    void sample(const char *name, double value, Labels labels = {});
    void sample(const char *name, quint64 value, Labels labels = {});
    void sample(const char *name, qint64 value, Labels labels = {});
    /// A whole histogram family: its buckets (seconds), _sum and _count.
    void histogram(const char *name, const char *help, const LatencyHistogram::Snapshot &values);

    QByteArray text() const { return m_text; }

private:
    void writeSample(const char *name, const QByteArray &value, Labels labels);

    QByteArray m_text;
};
