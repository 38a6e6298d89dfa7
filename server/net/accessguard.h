#pragma once

#include <chrono>
#include <mutex>

#include <QDateTime>
#include <QHash>
#include <QHostAddress>

/// Counts wrong pairing tokens per address and bans an address that keeps guessing.
/// Shared by the worker threads; thread-safe.
class AccessGuard final
{
    Q_DISABLE_COPY_MOVE(AccessGuard)

public:
    AccessGuard(int maxFailures, std::chrono::milliseconds banDuration);

    bool isBanned(const QHostAddress &address);
    /// Returns true when this failure got the address banned.
    bool recordFailure(const QHostAddress &address);
    void recordSuccess(const QHostAddress &address);

private:
    struct Record
    {
        int failures = 0;
        QDateTime bannedUntil;
    };

    std::mutex m_mutex;
    const int m_maxFailures;
    const std::chrono::milliseconds m_banDuration;
    QHash<QString, Record> m_records;
};
