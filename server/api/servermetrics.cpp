#include "servermetrics.h"

using namespace Qt::StringLiterals;

namespace {

template<size_t N>
std::array<quint64, N> load(const std::array<std::atomic<quint64>, N> &counters)
{
    std::array<quint64, N> values {};
    for (size_t i = 0; i < N; ++i)
        values[i] = counters[i].load(std::memory_order_relaxed);
    return values;
}

} // namespace

void ServerMetrics::setDisk(qint64 freeBytes, qint64 sizeBytes)
{
    m_diskFree.store(freeBytes, std::memory_order_relaxed);
    m_diskSize.store(sizeBytes, std::memory_order_relaxed);
}

ServerMetrics::Snapshot ServerMetrics::snapshot() const
{
    Snapshot snapshot;
    snapshot.sessionsStarted = m_sessionsStarted.load(std::memory_order_relaxed);
    snapshot.sessionsResumed = m_sessionsResumed.load(std::memory_order_relaxed);
    snapshot.sessionsEnded = load(m_sessionsEnded);
    snapshot.bytesReceived = m_bytesReceived.load(std::memory_order_relaxed);
    snapshot.refusals = load(m_refusals);
    snapshot.bans = load(m_bans);
    snapshot.ackLatency = m_ackLatency.snapshot();
    snapshot.diskFreeBytes = m_diskFree.load(std::memory_order_relaxed);
    snapshot.diskSizeBytes = m_diskSize.load(std::memory_order_relaxed);
    return snapshot;
}

QLatin1StringView ServerMetrics::name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Complete:
        return "complete"_L1;
    case Outcome::Interrupted:
        return "interrupted"_L1;
    case Outcome::Failed:
    case Outcome::Count:
        break;
    }
    return "failed"_L1;
}

QLatin1StringView ServerMetrics::name(Refusal reason)
{
    switch (reason) {
    case Refusal::BadToken:
        return "bad_token"_L1;
    case Refusal::Banned:
        return "banned"_L1;
    case Refusal::ForbiddenOrigin:
        return "forbidden_origin"_L1;
    case Refusal::ServerFull:
        return "server_full"_L1;
    case Refusal::BadApiKey:
        return "bad_api_key"_L1;
    case Refusal::MissingApiKey:
    case Refusal::Count:
        break;
    }
    return "missing_api_key"_L1;
}

QLatin1StringView ServerMetrics::name(BanCause cause)
{
    return cause == BanCause::ApiKey ? "api_key"_L1 : "pairing_code"_L1;
}
