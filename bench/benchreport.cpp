#include "benchreport.h"

#include <algorithm>
#include <cmath>
#include <unistd.h>

#include <QJsonArray>

#include "benchlimits.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int listedFailures = 10; // the report names this many failed streams at most
// Above this much CPU time of other processes during the send phase (percent of one core), other
// work competed with the run. Loopback networking in softirq context alone stays below it.
constexpr double otherWorkLimitPercent = 15;
// The bench pinned to one core at this much of it or more cannot offer more load: the server's
// figures of that window are of the load the bench managed, not of the load asked for.
constexpr double loaderSaturatedPercent = 90;

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
    if (from.atNs < 0 || to.atNs <= from.atNs || !(from.*process) || !(to.*process)
        || (from.*process)->pid != (to.*process)->pid)
        return std::nullopt;
    return ProcessProbe::cpuPercent(*(from.*process), *(to.*process), to.atNs - from.atNs);
}

// CPU time of everything on the machine but the server and the bench between two checkpoints, as
// a percentage of one core. Without a server sample the server counts as other work.
std::optional<double> otherWork(
    const BenchReport::Checkpoint &from, const BenchReport::Checkpoint &to)
{
    static const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (from.atNs < 0 || to.atNs <= from.atNs || !from.machineBusyTicks || !to.machineBusyTicks
        || !from.self || !to.self || ticksPerSecond <= 0)
        return std::nullopt;
    qint64 ticks = *to.machineBusyTicks - *from.machineBusyTicks;
    ticks -= to.self->cpuTicks - from.self->cpuTicks;
    if (from.server && to.server && from.server->pid == to.server->pid)
        ticks -= to.server->cpuTicks - from.server->cpuTicks;
    const double seconds = double(to.atNs - from.atNs) / 1e9;
    return std::max(0.0, 100.0 * double(ticks) / double(ticksPerSecond) / seconds);
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

BenchReport::Distribution BenchReport::Distribution::of(QList<qint64> microseconds)
{
    std::sort(microseconds.begin(), microseconds.end());
    Distribution d;
    d.samples = microseconds.size();
    if (microseconds.isEmpty())
        return d;
    // Nearest rank.
    const auto at = [&microseconds](double p) {
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(microseconds.size())));
        return double(microseconds.at(std::clamp<qsizetype>(rank - 1, 0, microseconds.size() - 1)))
            / 1000.0;
    };
    d.p50 = at(50);
    d.p90 = at(90);
    d.p99 = at(99);
    d.max = double(microseconds.last()) / 1000.0;
    return d;
}

QString BenchReport::Distribution::text() const
{
    if (samples == 0)
        return u"none measured"_s;
    return u"p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms (%5)"_s.arg(
        fixed(p50, 2), fixed(p90, 2), fixed(p99, 2), fixed(max, 2), QString::number(samples));
}

QJsonObject BenchReport::Distribution::json() const
{
    const auto round3 = [](double ms) { return std::round(ms * 1000) / 1000; };
    return QJsonObject { { u"p50"_s, round3(p50) }, { u"p90"_s, round3(p90) },
        { u"p99"_s, round3(p99) }, { u"max"_s, round3(max) }, { u"samples"_s, samples } };
}

BenchReport::BenchReport(Run run) : m_run(std::move(run))
{
    QList<qint64> latencies;
    QList<qint64> sendLags;
    QList<qint64> stopLatencies;
    QList<qint64> windowLatencies;
    QList<qint64> windowSendLags;
    for (const StreamResult &stream : std::as_const(m_run.streams)) {
        m_completed += stream.completed ? 1 : 0;
        m_connectionFailures += stream.connected ? 0 : 1;
        m_errors += stream.errors;
        m_chunksSent += stream.chunksSent;
        m_chunksAcked += stream.chunksAcked;
        m_bytesSent += stream.bytesSent;
        m_bytesAcked += stream.bytesAcked;
        latencies.append(stream.latenciesUs);
        sendLags.append(stream.sendLagUs);
        windowLatencies.append(stream.windowLatenciesUs);
        windowSendLags.append(stream.windowSendLagUs);
        m_windowChunksSent += stream.windowChunksSent;
        m_windowChunksAcked += stream.windowChunksAcked;
        m_windowBytesAcked += stream.windowBytesAcked;
        if (stream.stopLatencyUs >= 0)
            stopLatencies.append(stream.stopLatencyUs);
    }
    for (const FileVerifier::Outcome &file : std::as_const(m_run.files))
        m_filesMatched += file.matches ? 1 : 0;

    if (m_run.options.soak) {
        // Only while sending: the stops at the end free every session's memory.
        const qint64 loadEndNs = m_run.sendEnd.atNs >= 0 ? m_run.sendEnd.atNs : m_run.end.atNs;
        m_memoryTrend = MemoryTrend::of(m_run.memory, loadStartNs(),
            qint64(m_run.options.rssWarmupS) * 1'000'000'000, loadEndNs);
    }
    if (m_run.crash) {
        QList<qint64> resumeDelays;
        for (const StreamResult &stream : std::as_const(m_run.streams)) {
            if (stream.drops == 0)
                continue;
            ++m_dropped;
            m_ackedAtDrop += stream.ackedAtDrop;
            m_unackedAtDrop += stream.sentAtDrop - stream.ackedAtDrop;
            m_bytesAfterResume += stream.bytesAfterResume;
            if (stream.resumes > 0) {
                ++m_resumed;
                m_survivedUnacked += stream.resumedAtBytes - stream.ackedAtDrop;
                if (m_run.crash->killAtNs >= 0)
                    resumeDelays.append((stream.resumedNs - m_run.crash->killAtNs) / 1000);
            }
        }
        m_resumeDelay = Distribution::of(std::move(resumeDelays));
        for (const FileVerifier::Outcome &prefix : std::as_const(m_run.ackedPrefixes))
            m_prefixesMatched += prefix.matches ? 1 : 0;
    }

    m_ackLatency = Distribution::of(std::move(latencies));
    m_sendLag = Distribution::of(std::move(sendLags));
    m_stopLatency = Distribution::of(std::move(stopLatencies));
    m_windowLatency = Distribution::of(std::move(windowLatencies));
    m_windowSendLag = Distribution::of(std::move(windowSendLags));
}

bool BenchReport::windowMeasured() const
{
    return m_run.options.hasWindow() && m_run.windowStart.atNs >= 0
        && m_run.windowEnd.atNs > m_run.windowStart.atNs;
}

std::optional<double> BenchReport::windowServerCpuS() const
{
    const auto &from = m_run.windowStart.server;
    const auto &to = m_run.windowEnd.server;
    if (!windowMeasured() || !from || !to || from->pid != to->pid)
        return std::nullopt;
    return double(to->cpuTicks - from->cpuTicks) / double(ProcessProbe::ticksPerSecond());
}

bool BenchReport::loaderSaturated() const
{
    const auto self = cpu(m_run.windowStart, m_run.windowEnd, &Checkpoint::self);
    const double lagLimitMs = std::max(5.0, m_run.options.intervalMs / 10.0);
    return (self && *self >= loaderSaturatedPercent)
        || (!m_run.options.bulk && m_windowSendLag.p50 > lagLimitMs);
}

QString BenchReport::windowText() const
{
    const BenchOptions &o = m_run.options;
    if (!windowMeasured())
        return u"Steady window:   not reached (the run ended before it did)\n"_s;
    const double wallS = seconds(m_run.windowEnd.atNs - m_run.windowStart.atNs);
    QString out = u"Steady window:   %1 s to %2 s of the send phase (%3 s)\n"_s.arg(
        fixed(seconds(m_run.windowStart.atNs - m_run.sendStart.atNs), 2),
        fixed(seconds(m_run.windowEnd.atNs - m_run.sendStart.atNs), 2), fixed(wallS, 2));
    const auto serverCpuS = windowServerCpuS();
    if (serverCpuS) {
        const auto &from = *m_run.windowStart.server;
        const auto &to = *m_run.windowEnd.server;
        QString mainThread;
        if (from.mainThreadCpuTicks >= 0 && to.mainThreadCpuTicks >= 0) {
            mainThread = u" (main thread %1 %)"_s.arg(
                fixed(100.0 * double(to.mainThreadCpuTicks - from.mainThreadCpuTicks)
                    / double(ProcessProbe::ticksPerSecond()) / wallS));
        }
        out += u"  Server CPU:    %1 % of one core%2, %3 µs per chunk acked\n"_s.arg(
            fixed(100.0 * *serverCpuS / wallS), mainThread,
            m_windowChunksAcked > 0 ? fixed(*serverCpuS * 1e6 / double(m_windowChunksAcked))
                                    : u"?"_s);
    }
    const double mibAcked = double(m_windowBytesAcked) / 1048576.0;
    out += u"  Chunks:        %1 sent, %2 acked (%3 a second), %4 MiB acked (%5 MiB/s%6)\n"_s.arg(
        QString::number(m_windowChunksSent), QString::number(m_windowChunksAcked),
        fixed(double(m_windowChunksAcked) / wallS, 0), fixed(mibAcked, 1),
        fixed(mibAcked / wallS, 2),
        serverCpuS && mibAcked > 0
            ? u", server %1 ms CPU per MiB"_s.arg(fixed(*serverCpuS * 1000.0 / mibAcked, 2))
            : QString());
    out += u"  Ack latency:   "_s + m_windowLatency.text() + u'\n';
    const auto self = cpu(m_run.windowStart, m_run.windowEnd, &Checkpoint::self);
    const auto other = otherWork(m_run.windowStart, m_run.windowEnd);
    out += u"  Bench:         CPU %1 %, send lag %2; other work %3 %\n"_s.arg(
        self ? fixed(*self) : u"?"_s, o.bulk ? u"none (bulk)"_s : m_windowSendLag.text(),
        other ? fixed(*other) : u"?"_s);
    if (loaderSaturated()) {
        out += u"  Loader:        SATURATED: the bench could not offer the load asked for; the "
               "server's figures are of the load it got\n"_s;
    }
    return out;
}

QJsonObject BenchReport::windowJson() const
{
    const auto round3 = [](double value) { return std::round(value * 1000) / 1000; };
    const BenchOptions &o = m_run.options;
    if (!windowMeasured()) {
        return QJsonObject { { u"fromS"_s, o.windowAfterS },
            { u"toS"_s, o.windowAfterS + o.windowS }, { u"measured"_s, false } };
    }
    const double wallS = seconds(m_run.windowEnd.atNs - m_run.windowStart.atNs);
    const double mibAcked = double(m_windowBytesAcked) / 1048576.0;
    const auto serverCpuS = windowServerCpuS();
    QJsonValue mainThread;
    if (serverCpuS && m_run.windowStart.server->mainThreadCpuTicks >= 0
        && m_run.windowEnd.server->mainThreadCpuTicks >= 0) {
        const qint64 ticks = m_run.windowEnd.server->mainThreadCpuTicks
            - m_run.windowStart.server->mainThreadCpuTicks;
        mainThread
            = std::round(1000.0 * double(ticks) / double(ProcessProbe::ticksPerSecond()) / wallS)
            / 10;
    }
    // Null when not measured; a plain value keeps GCC's optional warnings quiet.
    QJsonValue perChunkUs;
    QJsonValue perMiBMs;
    if (serverCpuS && m_windowChunksAcked > 0)
        perChunkUs = round3(*serverCpuS * 1e6 / double(m_windowChunksAcked));
    if (serverCpuS && mibAcked > 0)
        perMiBMs = round3(*serverCpuS * 1000.0 / mibAcked);
    return QJsonObject {
        { u"measured"_s, true },
        { u"fromS"_s, round3(seconds(m_run.windowStart.atNs - m_run.sendStart.atNs)) },
        { u"toS"_s, round3(seconds(m_run.windowEnd.atNs - m_run.sendStart.atNs)) },
        { u"wallS"_s, round3(wallS) },
        { u"chunksSent"_s, m_windowChunksSent },
        { u"chunksAcked"_s, m_windowChunksAcked },
        { u"bytesAcked"_s, m_windowBytesAcked },
        { u"mibPerS"_s, round3(mibAcked / wallS) },
        { u"serverCpuTicks"_s,
            serverCpuS
                ? QJsonValue(m_run.windowEnd.server->cpuTicks - m_run.windowStart.server->cpuTicks)
                : QJsonValue() },
        { u"ticksPerSecond"_s, qint64(ProcessProbe::ticksPerSecond()) },
        { u"serverCpuS"_s, serverCpuS ? QJsonValue(round3(*serverCpuS)) : QJsonValue() },
        { u"serverCpuPercent"_s,
            jsonNumber(
                serverCpuS ? std::optional<double>(100.0 * *serverCpuS / wallS) : std::nullopt) },
        { u"serverMainThreadCpuPercent"_s, mainThread },
        { u"cpuPerChunkUs"_s, perChunkUs },
        { u"cpuPerMiBMs"_s, perMiBMs },
        { u"benchCpuPercent"_s,
            jsonNumber(cpu(m_run.windowStart, m_run.windowEnd, &Checkpoint::self)) },
        { u"otherCpuPercent"_s, jsonNumber(otherWork(m_run.windowStart, m_run.windowEnd)) },
        { u"latencyMs"_s, m_windowLatency.json() },
        { u"sendLagMs"_s, m_windowSendLag.json() },
        { u"loaderSaturated"_s, loaderSaturated() },
    };
}

bool BenchReport::passed() const
{
    const int streams = m_run.options.streams;
    const bool everyStream
        = m_completed == streams && m_filesMatched == streams && m_run.streams.size() == streams;
    const bool memoryFlat = !m_run.options.soak || m_memoryTrend.flat;
    const bool crashSurvived = !m_run.options.crashPhase() || crashPassed();
    return everyStream && memoryFlat && crashSurvived;
}

bool BenchReport::crashPassed() const
{
    // Every stream lost its connection to the kill, came back, and found every acked byte.
    const int streams = m_run.options.streams;
    return m_run.crash && m_run.crash->killedPid > 0 && m_run.crash->acceptingAtNs >= 0
        && m_dropped == streams && m_resumed == streams && m_prefixesMatched == streams;
}

qint64 BenchReport::chunksExpected() const
{
    // A bulk stream sends what the time allows: no count is expected ahead.
    return m_run.options.bulk ? m_chunksSent
                              : qint64(m_run.options.streams) * m_run.options.chunksPerStream();
}

qint64 BenchReport::loadStartNs() const
{
    if (m_run.crash && m_run.crash->acceptingAtNs >= 0)
        return m_run.crash->acceptingAtNs;
    return m_run.sendStart.atNs;
}

QString BenchReport::memoryText() const
{
    const BenchOptions &o = m_run.options;
    const qint64 countedFromNs = loadStartNs() + qint64(o.rssWarmupS) * 1'000'000'000;
    const qint64 countedToNs = m_run.sendEnd.atNs >= 0 ? m_run.sendEnd.atNs : m_run.end.atNs;
    QString out = u"Server memory over the soak (VmRSS every %1 s from the start of sending; "
                  "* counts in the check, after a warm-up of %2 s):\n"_s.arg(
                      QString::number(o.rssIntervalS), QString::number(o.rssWarmupS));
    out += u"     min         t      pid       VmRSS  vs baseline\n"_s;
    for (const MemorySampler::Sample &sample : m_run.memory) {
        const double t = seconds(sample.atNs - m_run.sendStart.atNs);
        const bool counted = sample.pid == m_memoryTrend.pid && sample.vmRssKiB >= 0
            && sample.atNs >= countedFromNs && sample.atNs <= countedToNs;
        QString versus;
        if (m_memoryTrend.enough && sample.vmRssKiB >= 0 && sample.pid == m_memoryTrend.pid) {
            const double percent = 100.0 * (double(sample.vmRssKiB) - m_memoryTrend.baselineKiB)
                / m_memoryTrend.baselineKiB;
            versus = (percent >= 0 ? u"+"_s : QString()) + fixed(percent, 2) + u" %"_s;
        }
        out += u"  %1  %2 s  %3  %4  %5 %6\n"_s.arg(fixed(t / 60.0, 1), 6)
                   .arg(fixed(t, 1), 8)
                   .arg(sample.pid, 7)
                   .arg(sample.vmRssKiB < 0 ? u"(gone)"_s : mib(sample.vmRssKiB), 10)
                   .arg(versus, 11)
                   .arg(counted ? u"*"_s : QString());
    }
    out += u"Memory trend:    "_s + m_memoryTrend.text() + u'\n';
    return out;
}

QString BenchReport::crashText() const
{
    const CrashPhase::Figures &crash = *m_run.crash;
    const BenchOptions &o = m_run.options;
    QString out;
    if (crash.killedPid == 0) {
        return u"Crash phase:     no kill (%1)\n"_s.arg(crash.error);
    }
    const auto after = [&crash](qint64 ns) {
        return ns < 0 ? u"never"_s : fixed(seconds(ns - crash.killAtNs), 2) + u" s"_s;
    };
    out += u"Crash phase:     kill -9 of pid %1 at %2 s of the send phase%3\n"_s.arg(
        QString::number(crash.killedPid), fixed(seconds(crash.killAtNs - m_run.sendStart.atNs), 2),
        o.killAtRandom ? u" (random in %1-%2 % of it, seed %3)"_s.arg(
            fixed(BenchLimits::killWindowFrom * 100, 0), fixed(BenchLimits::killWindowTo * 100, 0),
            QString::number(o.seed))
                       : QString());
    out += u"Restart:         new server pid %1 seen %2 after the kill, accepting %3 after%4\n"_s
               .arg(crash.restartedPid > 0 ? QString::number(crash.restartedPid) : u"?"_s,
                   after(crash.restartedAtNs), after(crash.acceptingAtNs),
                   crash.error.isEmpty() ? QString() : u" ("_s + crash.error + u')');
    // The port may accept before the restarted server has repaired the folder; "resumed" is when
    // a stream is really back.
    out += u"Resumes:         %1/%2 streams dropped, %3 resumed; kill to \"resumed\": %4\n"_s.arg(
        QString::number(m_dropped), QString::number(o.streams), QString::number(m_resumed),
        m_resumeDelay.text());
    out += u"At the kill:     %1 bytes acked, %2 sent but not acked yet; after the restart the "
           "files still held %3 of those, and the streams sent %4 bytes (the %5 lost ones, "
           "then what fell due while the server was down)\n"_s.arg(QString::number(m_ackedAtDrop),
               QString::number(m_unackedAtDrop), QString::number(m_survivedUnacked),
               QString::number(m_bytesAfterResume),
               QString::number(m_unackedAtDrop - m_survivedUnacked));
    out += u"Acked prefix:    %1/%2 files byte-exact up to the last ack before the kill\n"_s.arg(
        QString::number(m_prefixesMatched), QString::number(o.streams));
    return out;
}

QJsonObject BenchReport::memoryJson() const
{
    QJsonArray samples;
    for (const MemorySampler::Sample &sample : m_run.memory) {
        samples.append(QJsonObject {
            { u"t"_s, std::round(seconds(sample.atNs - m_run.sendStart.atNs) * 10) / 10 },
            { u"pid"_s, sample.pid }, { u"vmRssKiB"_s, kib(sample.vmRssKiB) } });
    }
    QJsonObject memory = m_memoryTrend.json();
    memory.insert(u"intervalS"_s, m_run.options.rssIntervalS);
    memory.insert(u"warmupS"_s, m_run.options.rssWarmupS);
    memory.insert(u"series"_s, samples);
    return memory;
}

QJsonObject BenchReport::crashJson() const
{
    const CrashPhase::Figures &crash = *m_run.crash;
    const auto after = [&crash](qint64 ns) {
        return ns < 0 || crash.killAtNs < 0
            ? QJsonValue()
            : QJsonValue(std::round(seconds(ns - crash.killAtNs) * 1000) / 1000);
    };
    return QJsonObject {
        { u"killedPid"_s, crash.killedPid },
        { u"killAtS"_s,
            crash.killAtNs < 0
                ? QJsonValue()
                : QJsonValue(
                    std::round(seconds(crash.killAtNs - m_run.sendStart.atNs) * 1000) / 1000) },
        { u"random"_s, m_run.options.killAtRandom },
        { u"seed"_s, qint64(m_run.options.seed) },
        { u"restartedPid"_s, crash.restartedPid },
        { u"restartedAfterS"_s, after(crash.restartedAtNs) },
        { u"acceptingAfterS"_s, after(crash.acceptingAtNs) },
        { u"dropped"_s, m_dropped },
        { u"resumed"_s, m_resumed },
        { u"resumeDelayMs"_s, m_resumeDelay.json() },
        { u"bytesAckedAtKill"_s, m_ackedAtDrop },
        { u"bytesUnackedAtKill"_s, m_unackedAtDrop },
        { u"unackedBytesSurvived"_s, m_survivedUnacked },
        { u"bytesAfterResume"_s, m_bytesAfterResume },
        { u"ackedPrefixesMatched"_s, m_prefixesMatched },
        { u"error"_s, crash.error.isEmpty() ? QJsonValue() : QJsonValue(crash.error) },
        { u"pass"_s, crashPassed() },
    };
}

QString BenchReport::text() const
{
    const BenchOptions &o = m_run.options;
    const int streams = o.streams;
    QString out;
    const QString pace = o.bulk
        ? u"as fast as the acks allow (%1 B unacked at most)"_s.arg(o.bulkUnackedBytes)
        : u"every %1 ms"_s.arg(o.intervalMs);
    out += u"Earshot bench: %1 streams x %2 B %3 for %4 s (%5), "
           "%6 client thread(s), %7\n"_s.arg(QString::number(streams),
               QString::number(o.chunkBytes), pace, QString::number(o.durationS),
               o.pcm ? u"PCM, WAV files"_s : u"raw bytes"_s, QString::number(o.threads),
               o.url.toString());
    if (!o.bulk) {
        const double offered = double(streams) * double(o.chunkBytes) * 1000.0 / o.intervalMs;
        out += u"Offered load:    %1 chunks/s, %2 MiB/s\n"_s.arg(
            fixed(double(streams) * 1000.0 / o.intervalMs, 0), fixed(offered / 1048576.0, 2));
    }

    if (m_run.sendStart.atNs >= 0)
        out += u"Ramp-up:         %1 s to open and start the streams\n"_s.arg(
            fixed(seconds(m_run.sendStart.atNs - m_run.start.atNs), 2));
    out += u"Streams:         %1/%2 completed, %3 connection failures, %4 errors\n"_s.arg(
        QString::number(m_completed), QString::number(streams),
        QString::number(m_connectionFailures), QString::number(m_errors));
    out += u"Chunks:          %1 sent, %2 acked (%3 expected)\n"_s.arg(
        QString::number(m_chunksSent), QString::number(m_chunksAcked),
        QString::number(chunksExpected()));
    out += u"Bytes:           %1 sent, %2 acked\n"_s.arg(
        QString::number(m_bytesSent), QString::number(m_bytesAcked));
    out += u"Ack latency:     "_s + m_ackLatency.text() + u'\n';
    out += u"Stop latency:    "_s + m_stopLatency.text() + u'\n';
    out += u"Bench send lag:  "_s + m_sendLag.text() + u'\n';

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

    const auto other = otherWork(m_run.sendStart, m_run.sendEnd);
    const bool serverMeasured = m_run.sendStart.server && m_run.sendEnd.server;
    if (other) {
        out += u"Other work:      %1 % of one core while sending (%2)\n"_s.arg(fixed(*other),
            serverMeasured ? u"all but the server and the bench, kernel networking included"_s
                           : u"all but the bench, the server included"_s);
    }
    // Late sends mean the bench's thread could not keep up; then the latencies above include
    // the bench's own delay and other work on the machine, not only the server's.
    const double lagLimitMs = std::max(5.0, m_run.options.intervalMs / 10.0);
    if (m_sendLag.p50 > lagLimitMs || (serverMeasured && other && *other > otherWorkLimitPercent)) {
        out += u"Warning:         the bench sent late or the machine was busy with other work; "
               "the latencies are not the server's alone. Run again on an idle machine.\n"_s;
    }
    if (o.hasWindow())
        out += windowText();
    out += u"Files:           %1/%2 byte-exact\n"_s.arg(
        QString::number(m_filesMatched), QString::number(streams));
    if (o.soak)
        out += memoryText();
    if (m_run.crash)
        out += crashText();

    int listed = 0;
    for (qsizetype i = 0; i < m_run.streams.size() && listed < listedFailures; ++i) {
        const StreamResult &stream = m_run.streams.at(i);
        const FileVerifier::Outcome file = m_run.files.value(i);
        const FileVerifier::Outcome prefix = m_run.ackedPrefixes.value(i, { true, {} });
        if (stream.completed && file.matches && prefix.matches)
            continue;
        if (listed++ == 0)
            out += u"Problems (first %1):\n"_s.arg(listedFailures);
        out += u"  %1:"_s.arg(stream.name);
        if (!stream.completed)
            out += u" "_s + stream.failure + u';';
        // A failed stream that never got a file name has said why already.
        if (!file.matches && (stream.completed || !stream.file.isEmpty()))
            out += u" file: "_s + file.problem + u';';
        if (!prefix.matches)
            out += u" acked prefix: "_s + prefix.problem + u';';
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
        { u"chunksExpected"_s, chunksExpected() },
        { u"bulk"_s, o.bulk },
        { u"bytesSent"_s, m_bytesSent },
        { u"bytesAcked"_s, m_bytesAcked },
        { u"latencyMs"_s, m_ackLatency.json() },
        { u"stopLatencyMs"_s, m_stopLatency.json() },
        { u"sendLagMs"_s, m_sendLag.json() },
        { u"rampUpS"_s,
            m_run.sendStart.atNs >= 0
                ? QJsonValue(round3(seconds(m_run.sendStart.atNs - m_run.start.atNs)))
                : QJsonValue() },
        { u"wallS"_s, round3(seconds(m_run.end.atNs - m_run.start.atNs)) },
        { u"server"_s, o.serverPid > 0 ? QJsonValue(server) : QJsonValue() },
        { u"otherCpuPercentSending"_s, jsonNumber(otherWork(m_run.sendStart, m_run.sendEnd)) },
        { u"benchCpuPercentSending"_s,
            jsonNumber(cpu(m_run.sendStart, m_run.sendEnd, &Checkpoint::self)) },
        { u"filesMatched"_s, m_filesMatched },
        { u"soak"_s, o.soak ? QJsonValue(memoryJson()) : QJsonValue() },
        { u"crash"_s, m_run.crash ? QJsonValue(crashJson()) : QJsonValue() },
        { u"window"_s, o.hasWindow() ? QJsonValue(windowJson()) : QJsonValue() },
        { u"pass"_s, passed() },
    };
}
