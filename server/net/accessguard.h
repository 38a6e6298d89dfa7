#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>

#include "serversettings.h"

/// Counts wrong guesses per network (pairing codes, which are also the source password, and API
/// keys) and bans a network that keeps guessing: maxFailures wrong ones of any kind. A right one
/// forgives only the wrong ones of its own kind, so that a guest who has the pairing code cannot
/// clear a count of guessed API keys by connecting in between. A network is
/// an IPv4 address (also when it arrives IPv4-mapped) or an IPv6 /64: one host is commonly given
/// a whole /64 and can pick any address in it. A network's failures are forgotten once
/// banDuration passes without another, a ban once it ends, and the guard never remembers more
/// than maxRecords networks (the one longest quiet goes first). Shared by the worker threads;
/// thread-safe.
class AccessGuard final
{
    Q_DISABLE_COPY_MOVE(AccessGuard)

public:
    using Clock = std::chrono::steady_clock;
    /// Where the guard reads the time; the tests bring their own.
    using Now = std::function<Clock::time_point()>;

    AccessGuard(
        int maxFailures, std::chrono::milliseconds banDuration,
        qsizetype maxRecords = ServerSettings::MaxBanRecords,
        Now now = [] { return Clock::now(); });

    enum class Credential
    {
        PairingCode,
        ApiKey,
    };

    bool isBanned(const QHostAddress &address);
    /// Returns true when this failure got the address's network banned.
    bool recordFailure(
        const QHostAddress &address, Credential credential = Credential::PairingCode);
    void recordSuccess(
        const QHostAddress &address, Credential credential = Credential::PairingCode);
    /// The networks remembered now, banned or with failures; at most maxRecords.
    qsizetype recordCount();

private:
    struct Record
    {
        /// Wrong guesses, by Credential.
        std::array<int, 2> failures {};
        Clock::time_point lastFailure;
        std::optional<Clock::time_point> bannedUntil;
    };

    bool isOver(const Record &record, Clock::time_point now) const;
    /// Forgets what is over, then the quietest networks until there is room for one more.
    void makeRoom(Clock::time_point now);

    std::mutex m_mutex;
    const int m_maxFailures;
    const std::chrono::milliseconds m_banDuration;
    const qsizetype m_maxRecords;
    const Now m_now;
    QHash<QByteArray, Record> m_records;
};
