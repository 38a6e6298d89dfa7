#include "prometheustext.h"

#include <cmath>

#include <QLocale>

namespace {

QByteArray typeName(PrometheusText::Type type)
{
    switch (type) {
    case PrometheusText::Type::Counter:
        return "counter";
    case PrometheusText::Type::Gauge:
        return "gauge";
    case PrometheusText::Type::Histogram:
        break;
    }
    return "histogram";
}

// Label values escape backslash, double quote and line feed; HELP texts backslash and line feed.
QByteArray escaped(const QByteArray &text, bool quotes)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quotes)
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

QByteArray number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void PrometheusText::family(const char *name, Type type, const char *help)
{
    m_text += "# HELP " + QByteArray(name) + ' ' + escaped(help, false) + '\n';
    m_text += "# TYPE " + QByteArray(name) + ' ' + typeName(type) + '\n';
}

void PrometheusText::sample(const char *name, double value, Labels labels)
{
    writeSample(name, number(value), labels);
}

void PrometheusText::sample(const char *name, quint64 value, Labels labels)
{
    writeSample(name, QByteArray::number(value), labels);
}

void PrometheusText::sample(const char *name, qint64 value, Labels labels)
{
    writeSample(name, QByteArray::number(value), labels);
}

void PrometheusText::histogram(
    const char *name, const char *help, const LatencyHistogram::Snapshot &values)
{
    family(name, Type::Histogram, help);
    const QByteArray base(name);
    const QByteArray bucket = QByteArray(base + "_bucket");
    for (size_t i = 0; i < LatencyHistogram::BoundsUs.size(); ++i)
        writeSample(bucket.constData(), QByteArray::number(values.cumulative[i]),
            { { "le",
                // Plain decimals ("0.0005"), as Prometheus' own clients write bucket bounds.
                QByteArray::number(double(LatencyHistogram::BoundsUs[i]) / 1e6, 'f',
                    QLocale::FloatingPointShortest) } });
    writeSample(bucket.constData(), QByteArray::number(values.count), { { "le", "+Inf" } });
    writeSample(QByteArray(base + "_sum").constData(), number(values.sumSeconds), {});
    writeSample(QByteArray(base + "_count").constData(), QByteArray::number(values.count), {});
}

void PrometheusText::writeSample(const char *name, const QByteArray &value, Labels labels)
{
    m_text += name;
    if (labels.size() > 0) {
        m_text += '{';
        bool first = true;
        for (const auto &[label, labelValue] : labels) {
            if (!first)
                m_text += ',';
            first = false;
            m_text += QByteArray(label) + "=\"" + escaped(labelValue, true) + '"';
        }
        m_text += '}';
    }
    m_text += ' ' + value + '\n';
}
