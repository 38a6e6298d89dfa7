#include "benchreport.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr int listedFailures = 10; // the report names this many failed streams at most

double percentile(const QList<qint64> &sortedUs, double p)
{
    if (sortedUs.isEmpty())
        return 0;
    // Nearest rank.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sortedUs.size())));
    return double(sortedUs.at(std::clamp<qsizetype>(rank - 1, 0, sortedUs.size() - 1))) / 1000.0;
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString mib(qint64 kib)
{
    return kib < 0 ? u"?"_s : fixed(double(kib) / 1024.0) + u" MiB"_s;
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

// CPU use between two checkpoints of one process, or nothing when either sample is missing.
std::optional<double> cpu(const BenchReport::Checkpoint &from, const BenchReport::Checkpoint &to,
    std::optional<ProcessProbe::Sample> BenchReport::Checkpoint::*process)
{
    if (from.atNs < 0 || to.atNs <= from.atNs || !(from.*process) || !(to.*process))
        return std::nullopt;
    return ProcessProbe::cpuPercent(*(from.*process), *(to.*process), to.atNs - from.atNs);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue();
}

// A memory figure, or null when /proc did not have it.
QJsonValue kib(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

} // namespace

BenchReport::BenchReport(Run run) : m_run(std::move(run))
{
    QList<qint64> latencies;
    for (const StreamResult &stream : std::as_const(m_run.streams)) {
        m_completed += stream.completed ? 1 : 0;
        m_connectionFailures += stream.connected ? 0 : 1;
        m_errors += stream.errors;
        m_chunksSent += stream.chunksSent;
        m_chunksAcked += stream.chunksAcked;
        m_bytesSent += stream.bytesSent;
        m_bytesAcked += stream.bytesAcked;
        latencies.append(stream.latenciesUs);
    }
    for (const FileVerifier::Outcome &file : std::as_const(m_run.files))
        m_filesMatched += file.matches ? 1 : 0;

    std::sort(latencies.begin(), latencies.end());
    m_latency.samples = latencies.size();
    m_latency.p50 = percentile(latencies, 50);
    m_latency.p90 = percentile(latencies, 90);
    m_latency.p99 = percentile(latencies, 99);
    m_latency.max = latencies.isEmpty() ? 0 : double(latencies.last()) / 1000.0;
}

bool BenchReport::passed() const
{
    const int streams = m_run.options.streams;
    return m_completed == streams && m_filesMatched == streams && m_run.streams.size() == streams;
}

QString BenchReport::text() const
{
    const BenchOptions &o = m_run.options;
    const int streams = o.streams;
    QString out;
    out += u"Earshot bench: %1 streams x %2 B every %3 ms for %4 s (%5), "
           "%6 client thread(s), %7\n"_s.arg(QString::number(streams),
               QString::number(o.chunkBytes), QString::number(o.intervalMs),
               QString::number(o.durationS), o.pcm ? u"PCM, WAV files"_s : u"raw bytes"_s,
               QString::number(o.threads), o.url.toString());
    const double offered = double(streams) * double(o.chunkBytes) * 1000.0 / o.intervalMs;
    out += u"Offered load:    %1 chunks/s, %2 MiB/s\n"_s.arg(
        fixed(double(streams) * 1000.0 / o.intervalMs, 0), fixed(offered / 1048576.0, 2));

    if (m_run.sendStart.atNs >= 0)
        out += u"Ramp-up:         %1 s to open and start the streams\n"_s.arg(
            fixed(seconds(m_run.sendStart.atNs - m_run.start.atNs), 2));
    out += u"Streams:         %1/%2 completed, %3 connection failures, %4 errors\n"_s.arg(
        QString::number(m_completed), QString::number(streams),
        QString::number(m_connectionFailures), QString::number(m_errors));
    out += u"Chunks:          %1 sent, %2 acked (%3 expected)\n"_s.arg(
        QString::number(m_chunksSent), QString::number(m_chunksAcked),
        QString::number(qint64(streams) * o.chunksPerStream()));
    out += u"Bytes:           %1 sent, %2 acked\n"_s.arg(
        QString::number(m_bytesSent), QString::number(m_bytesAcked));
    if (m_latency.samples > 0) {
        out += u"Ack latency:     p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms (%5 chunks)\n"_s.arg(
            fixed(m_latency.p50, 2), fixed(m_latency.p90, 2), fixed(m_latency.p99, 2),
            fixed(m_latency.max, 2), QString::number(m_latency.samples));
    } else {
        out += u"Ack latency:     no chunk was acked\n"_s;
    }

    if (o.serverPid > 0) {
        const auto sending = cpu(m_run.sendStart, m_run.sendEnd, &Checkpoint::server);
        const auto whole = cpu(m_run.start, m_run.end, &Checkpoint::server);
        if (whole) {
            out += u"Server CPU:      %1 % of one core while sending, %2 % over the whole run "
                   "(%3 s)\n"_s.arg(sending ? fixed(*sending) : u"?"_s, fixed(*whole),
                       fixed(seconds(m_run.end.atNs - m_run.start.atNs), 1));
        }
        const auto &last = m_run.end.server ? m_run.end.server : m_run.sendEnd.server;
        if (last) {
            out += u"Server memory:   VmRSS %1 at the end (%2 before), VmHWM %3\n"_s.arg(
                mib(last->vmRssKiB),
                m_run.start.server ? mib(m_run.start.server->vmRssKiB) : u"?"_s,
                mib(last->vmHwmKiB));
        }
        if (!m_run.serverProbeError.isEmpty())
            out += u"Server probe:    "_s + m_run.serverProbeError + u'\n';
    }
    if (const auto self = cpu(m_run.sendStart, m_run.sendEnd, &Checkpoint::self))
        out += u"Bench CPU:       %1 % of one core while sending\n"_s.arg(fixed(*self));

    out += u"Files:           %1/%2 byte-exact\n"_s.arg(
        QString::number(m_filesMatched), QString::number(streams));

    int listed = 0;
    for (qsizetype i = 0; i < m_run.streams.size() && listed < listedFailures; ++i) {
        const StreamResult &stream = m_run.streams.at(i);
        const FileVerifier::Outcome file = m_run.files.value(i);
        if (stream.completed && file.matches)
            continue;
        if (listed++ == 0)
            out += u"Problems (first %1):\n"_s.arg(listedFailures);
        out += u"  %1:"_s.arg(stream.name);
        if (!stream.completed)
            out += u" "_s + stream.failure + u';';
        // A failed stream that never got a file name has said why already.
        if (!file.matches && (stream.completed || !stream.file.isEmpty()))
            out += u" file: "_s + file.problem + u';';
        if (stream.errors > 0)
            out += u" first error: "_s + stream.firstError;
        out += u'\n';
    }
    out += passed() ? u"Result:          PASS\n"_s : u"Result:          FAIL\n"_s;
    return out;
}

QJsonObject BenchReport::json() const
{
    const BenchOptions &o = m_run.options;
    QJsonObject server;
    if (o.serverPid > 0) {
        const auto &last = m_run.end.server ? m_run.end.server : m_run.sendEnd.server;
        server = QJsonObject {
            { u"pid"_s, o.serverPid },
            { u"cpuPercentSending"_s,
                jsonNumber(cpu(m_run.sendStart, m_run.sendEnd, &Checkpoint::server)) },
            { u"cpuPercentRun"_s, jsonNumber(cpu(m_run.start, m_run.end, &Checkpoint::server)) },
            { u"vmRssKiB"_s, last ? kib(last->vmRssKiB) : QJsonValue() },
            { u"vmRssStartKiB"_s,
                m_run.start.server ? kib(m_run.start.server->vmRssKiB) : QJsonValue() },
            { u"vmHwmKiB"_s, last ? kib(last->vmHwmKiB) : QJsonValue() },
        };
    }
    const auto round3 = [](double ms) { return std::round(ms * 1000) / 1000; };
    return QJsonObject {
        { u"streams"_s, o.streams },
        { u"chunkBytes"_s, o.chunkBytes },
        { u"intervalMs"_s, o.intervalMs },
        { u"durationS"_s, o.durationS },
        { u"threads"_s, o.threads },
        { u"pcm"_s, o.pcm },
        { u"completed"_s, m_completed },
        { u"connectionFailures"_s, m_connectionFailures },
        { u"errors"_s, m_errors },
        { u"chunksSent"_s, m_chunksSent },
        { u"chunksAcked"_s, m_chunksAcked },
        { u"bytesSent"_s, m_bytesSent },
        { u"bytesAcked"_s, m_bytesAcked },
        { u"latencyMs"_s,
            QJsonObject { { u"p50"_s, round3(m_latency.p50) }, { u"p90"_s, round3(m_latency.p90) },
                { u"p99"_s, round3(m_latency.p99) }, { u"max"_s, round3(m_latency.max) },
                { u"samples"_s, m_latency.samples } } },
        { u"rampUpS"_s,
            m_run.sendStart.atNs >= 0
                ? QJsonValue(round3(seconds(m_run.sendStart.atNs - m_run.start.atNs)))
                : QJsonValue() },
        { u"wallS"_s, round3(seconds(m_run.end.atNs - m_run.start.atNs)) },
        { u"server"_s, o.serverPid > 0 ? QJsonValue(server) : QJsonValue() },
        { u"benchCpuPercentSending"_s,
            jsonNumber(cpu(m_run.sendStart, m_run.sendEnd, &Checkpoint::self)) },
        { u"filesMatched"_s, m_filesMatched },
        { u"pass"_s, passed() },
    };
}
