#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QUrl>

// The command line of earshot-bench, checked.
struct BenchOptions
{
    QUrl url;
    int streams = 10;
    qint64 chunkBytes = 3200;
    int intervalMs = 100;
    double durationS = 10;
    QString dir; // the server's recordings folder
    qint64 serverPid = 0; // 0: not measured
    int threads = 1;
    bool pcm = false;
    quint64 seed = 1;
    int rampWindow = 0; // 0: BenchLimits::defaultRampWindow
    // Where run-bench.sh keeps the pid of the server it runs (it changes when the server restarts).
    QString serverPidFile;

    // Soak (--soak S): the server's VmRSS is sampled every rssIntervalS and must stay flat.
    bool soak = false;
    int rssIntervalS = 0;
    int rssWarmupS = 0;

    // Crash phase (--kill-at): kill -9 the server this many seconds into the send phase; the
    // streams resume once it has been restarted. Negative: no crash phase.
    double killAtS = -1;
    bool killAtRandom = false; // drawn from --seed, inside BenchLimits::killWindow*

    bool crashPhase() const { return killAtS >= 0; }

    // Steady window (--window-after-s A --window-s W): from A seconds into the send phase, for W
    // seconds, the server's CPU time and the acks that arrived, reported apart (compare.sh's CPU
    // per chunk). windowS 0: no window.
    double windowAfterS = 0;
    double windowS = 0;

    bool hasWindow() const { return windowS > 0; }

    // Bulk (--bulk): every stream sends chunk after chunk, as fast as its acks allow (at most
    // bulkUnackedBytes sent and not acked yet), for durationS; intervalMs only paces the checks.
    bool bulk = false;
    qint64 bulkUnackedBytes = 0;

    // Raw client (--raw-client): the streams run on plain sockets in one epoll loop per client
    // thread (rawclient/), not on QWebSocket, so that the loader stays lighter than the servers it
    // drives at thousands of streams. Plain plans only: neither the crash phase nor bulk.
    bool rawClient = false;

    // Chunks each stream sends: durationS / intervalMs, at least one.
    qint64 chunksPerStream() const;
    // The send timer's period, and how many send slots (stream offsets) fit in one interval.
    int sendTickMs() const;
    int sendSlots() const;
    QString format() const;

    // Empty with an empty error when --help was asked for. helpText is always filled in.
    static std::optional<BenchOptions> parse(
        const QStringList &arguments, QString *error, QString *helpText);
};
