#include "metricsreport.h"

#include "prometheustext.h"

namespace {

using Type = PrometheusText::Type;

template<typename Enum, size_t N>
void labelled(
    PrometheusText &text, const char *name, const char *label, const std::array<quint64, N> &values)
{
    for (size_t i = 0; i < N; ++i)
        text.sample(name, values[i],
            { { label, QByteArray(ServerMetrics::name(static_cast<Enum>(i)).data()) } });
}

} // namespace

QByteArray MetricsReport::render(const Figures &figures)
{
    const ServerMetrics::Snapshot &counters = figures.counters;
    PrometheusText text;
    text.family("earshot_build_info", Type::Gauge, "Always 1; the version of this Earshot.");
    text.sample("earshot_build_info", qint64(1), { { "version", EARSHOT_VERSION } });
    text.family("earshot_start_time_seconds", Type::Gauge,
        "When the server started, in seconds since the Unix epoch.");
    text.sample(
        "earshot_start_time_seconds", double(figures.startedAt.toMSecsSinceEpoch()) / 1000.0);

    text.family("earshot_sessions_live", Type::Gauge, "Sessions recording now.");
    text.sample("earshot_sessions_live", qint64(figures.totals.liveSessions));
    text.family("earshot_connections", Type::Gauge, "Open WebSocket and source connections.");
    text.sample("earshot_connections", qint64(figures.totals.connections));
    text.family("earshot_sessions_started_total", Type::Counter, "Recording sessions started.");
    text.sample("earshot_sessions_started_total", counters.sessionsStarted);
    text.family("earshot_sessions_resumed_total", Type::Counter,
        "Interrupted sessions resumed on a new connection.");
    text.sample("earshot_sessions_resumed_total", counters.sessionsResumed);
    text.family("earshot_sessions_ended_total", Type::Counter,
        "Recording sessions ended, by outcome; an interruption that is resumed later counts too.");
    labelled<ServerMetrics::Outcome>(
        text, "earshot_sessions_ended_total", "outcome", counters.sessionsEnded);
    text.family("earshot_received_bytes_total", Type::Counter,
        "Audio bytes received from clients and written to recordings.");
    text.sample("earshot_received_bytes_total", counters.bytesReceived);
    text.histogram("earshot_ack_latency_seconds",
        "Time from a chunk's arrival to the acknowledgement that covers it.", counters.ackLatency);

    if (counters.diskFreeBytes >= 0) {
        text.family("earshot_disk_free_bytes", Type::Gauge,
            "Space left for the recordings folder (for an unprivileged user).");
        text.sample("earshot_disk_free_bytes", counters.diskFreeBytes);
        text.family("earshot_disk_size_bytes", Type::Gauge,
            "Size of the file system that holds the recordings folder.");
        text.sample("earshot_disk_size_bytes", counters.diskSizeBytes);
    }

    text.family("earshot_refusals_total", Type::Counter,
        "Connections and requests turned away, by reason.");
    labelled<ServerMetrics::Refusal>(text, "earshot_refusals_total", "reason", counters.refusals);
    text.family("earshot_bans_total", Type::Counter,
        "Networks banned for too many wrong guesses, by what was guessed.");
    labelled<ServerMetrics::BanCause>(text, "earshot_bans_total", "reason", counters.bans);

    if (figures.transcriber) {
        text.family(
            "earshot_transcriptions_running", Type::Gauge, "Recordings being transcribed now.");
        text.sample("earshot_transcriptions_running", qint64(figures.transcriber->running));
        text.family("earshot_transcriptions_max", Type::Gauge,
            "Recordings that may be transcribed at once.");
        text.sample("earshot_transcriptions_max", qint64(figures.transcriber->max));
    }
    return text.text();
}
