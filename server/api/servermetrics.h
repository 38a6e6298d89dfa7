#pragma once

#include <array>
#include <atomic>

#include <QLatin1StringView>

#include "latencyhistogram.h"

/// The server's counters for /metrics (docs/api.md), counted where things happen: sessions
/// started and ended, bytes received, acknowledgement latency, refusals and bans, and the
/// recordings disk's free space as last measured. Shared by every thread; each count is a
/// relaxed atomic addition, no lock.
class ServerMetrics final
{
    Q_DISABLE_COPY_MOVE(ServerMetrics)

public:
    enum class Outcome
    {
        Complete,
        Interrupted,
        Failed,
        Count
    };
    /// Why a connection or request was turned away.
    enum class Refusal
    {
        BadToken, ///< a wrong pairing code or source password
        Banned,
        ForbiddenOrigin,
        ServerFull,
        BadApiKey,
        MissingApiKey,
        Count
    };
    /// What the wrong guesses that got a network banned were.
    enum class BanCause
    {
        PairingCode,
        ApiKey,
        Count
    };

    struct Snapshot
    {
        quint64 sessionsStarted = 0;
        quint64 sessionsResumed = 0;
        std::array<quint64, size_t(Outcome::Count)> sessionsEnded {};
        quint64 bytesReceived = 0;
        std::array<quint64, size_t(Refusal::Count)> refusals {};
        std::array<quint64, size_t(BanCause::Count)> bans {};
        LatencyHistogram::Snapshot ackLatency;
        qint64 diskFreeBytes = -1; ///< -1 until measured
        qint64 diskSizeBytes = -1;
    };

    ServerMetrics() = default;

    void sessionStarted() { add(m_sessionsStarted); }
    void sessionResumed() { add(m_sessionsResumed); }
    void sessionEnded(Outcome outcome) { add(m_sessionsEnded[size_t(outcome)]); }
    void received(qint64 bytes) { add(m_bytesReceived, quint64(bytes)); }
    void refused(Refusal reason) { add(m_refusals[size_t(reason)]); }
    void banned(BanCause cause) { add(m_bans[size_t(cause)]); }
    LatencyHistogram &ackLatency() { return m_ackLatency; }
    /// The recordings folder's file system, measured off the socket threads.
    void setDisk(qint64 freeBytes, qint64 sizeBytes);

    Snapshot snapshot() const;

    /// The label values /metrics uses: "complete", "bad_token", "pairing_code" and so on.
    static QLatin1StringView name(Outcome outcome);
    static QLatin1StringView name(Refusal reason);
    static QLatin1StringView name(BanCause cause);

private:
    static void add(std::atomic<quint64> &counter, quint64 amount = 1)
    {
        counter.fetch_add(amount, std::memory_order_relaxed);
    }

    std::atomic<quint64> m_sessionsStarted { 0 };
    std::atomic<quint64> m_sessionsResumed { 0 };
    std::array<std::atomic<quint64>, size_t(Outcome::Count)> m_sessionsEnded {};
    std::atomic<quint64> m_bytesReceived { 0 };
    std::array<std::atomic<quint64>, size_t(Refusal::Count)> m_refusals {};
    std::array<std::atomic<quint64>, size_t(BanCause::Count)> m_bans {};
    LatencyHistogram m_ackLatency;
    std::atomic<qint64> m_diskFree { -1 };
    std::atomic<qint64> m_diskSize { -1 };
};
