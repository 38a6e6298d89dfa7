#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "benchoptions.h"
#include "crashphase.h"
#include "fileverifier.h"
#include "memorysampler.h"
#include "memorytrend.h"
#include "processprobe.h"
#include "streamresult.h"

// The figures of a finished run: for people (text()) and for scripts (json()).
class BenchReport final
{
public:
    // Samples of the server and of the bench itself at one moment of the run.
    struct Checkpoint
    {
        qint64 atNs = -1; // on the runner's clock; -1: not reached
        std::optional<ProcessProbe::Sample> server;
        std::optional<ProcessProbe::Sample> self;
        std::optional<qint64> machineBusyTicks; // SystemCpu::busyTicks()
    };

    struct Run
    {
        BenchOptions options;
        QList<StreamResult> streams; // one per stream, in index order
        QList<FileVerifier::Outcome> files; // parallel to streams
        Checkpoint start; // before the first connection
        Checkpoint sendStart; // every stream ready, sending begins
        Checkpoint sendEnd; // durationS later
        Checkpoint windowStart; // the steady window's ends (--window-s)
        Checkpoint windowEnd;
        Checkpoint end; // every stream finished
        QString serverProbeError; // why the server could not be measured, if it could not
        QList<MemorySampler::Sample> memory; // a soak's
        std::optional<CrashPhase::Figures> crash; // with --kill-at
        QList<FileVerifier::Outcome> ackedPrefixes; // with --kill-at, parallel to streams
    };

    explicit BenchReport(Run run);

    bool passed() const;
    QString text() const;
    QJsonObject json() const;

private:
    // Percentiles of a set of durations, in milliseconds.
    struct Distribution
    {
        qint64 samples = 0;
        double p50 = 0, p90 = 0, p99 = 0, max = 0;

        static Distribution of(QList<qint64> microseconds);
        QString text() const;
        QJsonObject json() const;
    };

    qint64 chunksExpected() const;
    // When the server that carried the load at the end began carrying it.
    qint64 loadStartNs() const;
    QString memoryText() const;
    QString crashText() const;
    QString windowText() const;
    QJsonObject windowJson() const;
    bool windowMeasured() const;
    std::optional<double> windowServerCpuS() const;
    // The bench itself could not offer the load (its core was full, or it sent late).
    bool loaderSaturated() const;
    QJsonObject memoryJson() const;
    QJsonObject crashJson() const;
    bool crashPassed() const;

    Run m_run;
    MemoryTrend m_memoryTrend;
    Distribution m_resumeDelay; // kill -9 to "resumed", per stream
    int m_dropped = 0;
    int m_resumed = 0;
    int m_prefixesMatched = 0;
    qint64 m_ackedAtDrop = 0;
    qint64 m_unackedAtDrop = 0; // handed to the sockets, not acked yet
    qint64 m_survivedUnacked = 0; // of those, still in the restarted server's files
    qint64 m_bytesAfterResume = 0; // the lost unacked bytes and the backlog of the outage
    Distribution m_ackLatency;
    Distribution m_sendLag;
    Distribution m_stopLatency;
    Distribution m_windowLatency;
    Distribution m_windowSendLag;
    qint64 m_windowChunksSent = 0;
    qint64 m_windowChunksAcked = 0;
    qint64 m_windowBytesAcked = 0;
    int m_completed = 0;
    int m_connectionFailures = 0;
    int m_errors = 0;
    int m_filesMatched = 0;
    qint64 m_chunksSent = 0;
    qint64 m_chunksAcked = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesAcked = 0;
};
