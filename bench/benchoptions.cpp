#include "benchoptions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include <QCommandLineParser>
#include <QHostAddress>

#include "benchlimits.h"

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> integerValue(
    const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, QString *error)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = u"--%1 must be a whole number from %2 to %3, not \"%4\""_s.arg(
            name, QString::number(min), QString::number(max), parser.value(name));
        return std::nullopt;
    }
    return value;
}

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

qint64 BenchOptions::chunksPerStream() const
{
    return std::max<qint64>(1, std::llround(durationS * 1000.0 / intervalMs));
}

int BenchOptions::sendTickMs() const
{
    return std::max(1, intervalMs / BenchLimits::sendSlotsPerInterval);
}

int BenchOptions::sendSlots() const
{
    return std::max(1, intervalMs / sendTickMs());
}

QString BenchOptions::format() const
{
    return pcm ? u"audio/pcm;rate=16000;channels=1;bits=16"_s : u"application/octet-stream"_s;
}

std::optional<BenchOptions> BenchOptions::parse(
    const QStringList &arguments, QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Load tool for Earshot: streams audio-sized chunks over many WebSocket connections "
        "(protocol v1), measures ack latency and checks every recording byte for byte."_s);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOption(help);
    parser.addOptions({
        { u"url"_s, u"WebSocket endpoint on this machine, default ws://127.0.0.1:8000/ws."_s,
            u"url"_s, u"ws://127.0.0.1:8000/ws"_s },
        { u"streams"_s, u"Number of streams (connections), default 10."_s, u"n"_s, u"10"_s },
        { u"chunk-bytes"_s, u"Bytes per binary message, default 3200."_s, u"bytes"_s, u"3200"_s },
        { u"interval-ms"_s, u"Time between two chunks of a stream, default 100."_s, u"ms"_s,
            u"100"_s },
        { u"duration-s"_s, u"How long every stream sends, default 10."_s, u"s"_s, u"10"_s },
        { u"soak"_s,
            u"Soak: send for this long (instead of --duration-s), sample the server's VmRSS and "
            "check that it stays flat."_s,
            u"s"_s },
        { u"rss-interval-s"_s,
            u"Soak: seconds between two VmRSS samples, default %1."_s.arg(
                BenchLimits::defaultRssInterval.count()),
            u"s"_s, QString::number(BenchLimits::defaultRssInterval.count()) },
        { u"rss-warmup-s"_s,
            u"Soak: seconds under load left out of the flatness check, default %1."_s.arg(
                BenchLimits::defaultRssWarmup.count()),
            u"s"_s, QString::number(BenchLimits::defaultRssWarmup.count()) },
        { u"kill-at"_s,
            u"Crash phase: kill -9 the server this many seconds into the send phase, or at a "
            "random moment (\"random\", drawn from --seed); the streams resume after its "
            "restart. Needs --server-pid-file."_s,
            u"s|random"_s },
        { u"server-pid-file"_s,
            u"File holding the server's pid, read again at every sample (run-bench.sh writes it)."_s,
            u"path"_s },
        { u"window-after-s"_s,
            u"Steady window: begins this many seconds into the send phase, default 0."_s, u"s"_s,
            u"0"_s },
        { u"window-s"_s,
            u"Steady window: report the server's CPU time and the acks of this many seconds apart "
            "(CPU per chunk); it must end inside the send phase."_s,
            u"s"_s },
        { u"bulk"_s,
            u"Send chunk after chunk as fast as the acks allow, instead of one per interval."_s },
        { u"bulk-unacked-bytes"_s,
            u"Bulk: bytes a stream keeps sent and not acked yet at most, default %1."_s.arg(
                BenchLimits::defaultBulkUnackedBytes),
            u"bytes"_s, QString::number(BenchLimits::defaultBulkUnackedBytes) },
        { u"raw-client"_s,
            u"Run the streams on plain non-blocking sockets, one epoll loop per client thread, "
            "instead of QWebSocket: the same load and checks at a fraction of the bench's CPU. "
            "ws:// only; not with --kill-at or --bulk."_s },
        { u"dir"_s, u"The server's recordings folder (required)."_s, u"path"_s },
        { u"server-pid"_s, u"Measure this process's CPU time and memory."_s, u"pid"_s },
        { u"threads"_s, u"Client threads the streams are spread over, default 1."_s, u"n"_s,
            u"1"_s },
        { u"pcm"_s, u"Send audio/pcm (16 kHz mono 16-bit) instead of application/octet-stream."_s },
        { u"seed"_s, u"Seed of the pseudo-random payload, default 1."_s, u"n"_s, u"1"_s },
        { u"ramp-window"_s,
            u"Opening handshakes in flight at most, default %1."_s.arg(
                BenchLimits::defaultRampWindow),
            u"n"_s, QString::number(BenchLimits::defaultRampWindow) },
    });

    *helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help))
        return std::nullopt;
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    BenchOptions options;
    options.rawClient = parser.isSet(u"raw-client"_s);
    options.url = QUrl(parser.value(u"url"_s), QUrl::StrictMode);
    if (options.rawClient && options.url.scheme() == u"wss"_s) {
        *error
            = u"--raw-client speaks ws:// only (no TLS), not \"%1\""_s.arg(parser.value(u"url"_s));
        return std::nullopt;
    }
    if (!options.url.isValid() || options.url.scheme() != u"ws"_s) {
        *error = u"--url must be a ws:// address, not \"%1\""_s.arg(parser.value(u"url"_s));
        return std::nullopt;
    }
    if (!isLoopback(options.url.host())) {
        *error
            = u"--url must point at this machine (127.0.0.1), not \"%1\""_s.arg(options.url.host());
        return std::nullopt;
    }

    const auto streams = integerValue(parser, u"streams"_s, 1, BenchLimits::maxStreams, error);
    const auto chunkBytes
        = integerValue(parser, u"chunk-bytes"_s, 1, BenchLimits::maxChunkBytes, error);
    const auto intervalMs = integerValue(parser, u"interval-ms"_s, 1, 60'000, error);
    const auto threads = integerValue(parser, u"threads"_s, 1, BenchLimits::maxThreads, error);
    const auto seed = integerValue(parser, u"seed"_s, 0, std::numeric_limits<qint64>::max(), error);
    const auto rampWindow = integerValue(parser, u"ramp-window"_s, 1, 10'000, error);
    if (!streams || !chunkBytes || !intervalMs || !threads || !seed || !rampWindow)
        return std::nullopt;
    options.streams = int(*streams);
    options.chunkBytes = *chunkBytes;
    options.intervalMs = int(*intervalMs);
    options.threads = int(std::min<qint64>(*threads, *streams));
    options.seed = quint64(*seed);
    options.rampWindow = int(*rampWindow);

    options.soak = parser.isSet(u"soak"_s);
    if (options.soak && parser.isSet(u"duration-s"_s)) {
        *error = u"--soak sets the duration; leave out --duration-s"_s;
        return std::nullopt;
    }
    const QString durationOption = options.soak ? u"soak"_s : u"duration-s"_s;
    bool ok = false;
    options.durationS = parser.value(durationOption).toDouble(&ok);
    if (!ok || !(options.durationS > 0) || options.durationS > 24 * 3600) {
        *error = u"--%1 must be a number of seconds above 0, not \"%2\""_s.arg(
            durationOption, parser.value(durationOption));
        return std::nullopt;
    }
    const auto rssInterval = integerValue(parser, u"rss-interval-s"_s, 1, 3600, error);
    const auto rssWarmup = integerValue(parser, u"rss-warmup-s"_s, 0, 24 * 3600, error);
    if (!rssInterval || !rssWarmup)
        return std::nullopt;
    options.rssIntervalS = int(*rssInterval);
    options.rssWarmupS = int(*rssWarmup);

    options.serverPidFile = parser.value(u"server-pid-file"_s);
    if (parser.isSet(u"kill-at"_s)) {
        const QString killAt = parser.value(u"kill-at"_s);
        if (killAt == u"random"_s) {
            // Seeded, so that a run can be repeated with the same moment.
            std::mt19937_64 random(options.seed);
            std::uniform_real_distribution<double> share(
                BenchLimits::killWindowFrom, BenchLimits::killWindowTo);
            options.killAtS = std::round(share(random) * options.durationS * 100) / 100;
            options.killAtRandom = true;
        } else {
            options.killAtS = killAt.toDouble(&ok);
            if (!ok || options.killAtS < 0 || options.killAtS >= options.durationS) {
                *error = u"--kill-at must be \"random\" or a number of seconds inside the send "
                         "phase, not \"%1\""_s.arg(killAt);
                return std::nullopt;
            }
        }
        // The runner must find the restarted server, which only the one who restarts it knows.
        if (options.serverPidFile.isEmpty()) {
            *error = u"--kill-at needs --server-pid-file (run-bench.sh passes it)"_s;
            return std::nullopt;
        }
    }

    if (parser.isSet(u"window-s"_s)) {
        const double sendS = double(options.chunksPerStream()) * options.intervalMs / 1000.0;
        options.windowAfterS = parser.value(u"window-after-s"_s).toDouble(&ok);
        bool windowOk = false;
        options.windowS = parser.value(u"window-s"_s).toDouble(&windowOk);
        if (!ok || !windowOk || options.windowAfterS < 0 || !(options.windowS > 0)
            || options.windowAfterS + options.windowS > sendS + 1e-9) {
            *error = u"--window-after-s and --window-s must make a window inside the %1 s of the "
                     "send phase, not %2 s from %3 s"_s.arg(QString::number(sendS),
                         parser.value(u"window-s"_s), parser.value(u"window-after-s"_s));
            return std::nullopt;
        }
    }
    options.bulk = parser.isSet(u"bulk"_s);
    const auto unacked
        = integerValue(parser, u"bulk-unacked-bytes"_s, options.chunkBytes, qint64(1) << 32, error);
    if (!unacked)
        return std::nullopt;
    options.bulkUnackedBytes = *unacked;
    if (options.bulk && (options.crashPhase() || options.soak)) {
        *error = u"--bulk goes with neither --kill-at nor --soak"_s;
        return std::nullopt;
    }
    // The raw streams neither resume after a drop nor send as fast as the acks allow.
    if (options.rawClient && (options.crashPhase() || options.bulk)) {
        *error = u"--raw-client runs the plain streams only: it goes with neither --kill-at nor "
                 "--bulk"_s;
        return std::nullopt;
    }

    if (parser.isSet(u"server-pid"_s)) {
        const auto pid
            = integerValue(parser, u"server-pid"_s, 1, std::numeric_limits<int>::max(), error);
        if (!pid)
            return std::nullopt;
        options.serverPid = *pid;
    }

    options.dir = parser.value(u"dir"_s);
    if (options.dir.isEmpty()) {
        *error = u"--dir (the server's recordings folder) is required"_s;
        return std::nullopt;
    }
    options.pcm = parser.isSet(u"pcm"_s);

    return options;
}
