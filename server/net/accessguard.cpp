#include "accessguard.h"

#include <algorithm>
#include <numeric>

namespace {

// The prefix of an IPv6 address that one host or one home is given.
constexpr int IPv6NetworkBytes = 8;

// The key of the network a ban covers: the IPv4 address, or the /64 of an IPv6 address.
QByteArray networkOf(const QHostAddress &address)
{
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    if (isIPv4) {
        QByteArray key(1, '4');
        for (int shift = 24; shift >= 0; shift -= 8)
            key.append(char(ipv4 >> shift));
        return key;
    }
    const Q_IPV6ADDR ipv6 = address.toIPv6Address();
    return QByteArray(1, '6')
        + QByteArray(reinterpret_cast<const char *>(ipv6.c), IPv6NetworkBytes);
}

} // namespace

AccessGuard::AccessGuard(
    int maxFailures, std::chrono::milliseconds banDuration, qsizetype maxRecords, Now now)
    : m_maxFailures(maxFailures)
    , m_banDuration(banDuration)
    , m_maxRecords(std::max<qsizetype>(maxRecords, 1))
    , m_now(std::move(now))
{ }

bool AccessGuard::isBanned(const QHostAddress &address)
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_records.find(networkOf(address));
    if (it == m_records.end())
        return false;
    if (isOver(*it, m_now())) {
        m_records.erase(it); // start counting afresh
        return false;
    }
    return it->bannedUntil.has_value();
}

bool AccessGuard::recordFailure(const QHostAddress &address, Credential credential)
{
    std::scoped_lock lock(m_mutex);
    const Clock::time_point now = m_now();
    const QByteArray network = networkOf(address);
    auto it = m_records.find(network);
    if (it != m_records.end() && isOver(*it, now)) {
        m_records.erase(it);
        it = m_records.end();
    }
    if (it == m_records.end()) {
        makeRoom(now);
        it = m_records.insert(network, {});
    }
    Record &record = *it;
    if (record.bannedUntil)
        return false; // banned already; the ban does not grow with further tries
    record.lastFailure = now;
    ++record.failures[size_t(credential)];
    if (std::accumulate(record.failures.cbegin(), record.failures.cend(), 0) < m_maxFailures)
        return false;
    record.bannedUntil = now + m_banDuration;
    return true;
}

void AccessGuard::recordSuccess(const QHostAddress &address, Credential credential)
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_records.find(networkOf(address));
    if (it == m_records.end() || it->bannedUntil)
        return;
    it->failures[size_t(credential)] = 0;
    if (std::all_of(it->failures.cbegin(), it->failures.cend(), [](int n) { return n == 0; }))
        m_records.erase(it);
}

qsizetype AccessGuard::recordCount()
{
    std::scoped_lock lock(m_mutex);
    return m_records.size();
}

bool AccessGuard::isOver(const Record &record, Clock::time_point now) const
{
    return record.bannedUntil ? *record.bannedUntil <= now
                              : record.lastFailure + m_banDuration <= now;
}

void AccessGuard::makeRoom(Clock::time_point now)
{
    m_records.removeIf(
        [&](const decltype(m_records)::iterator &it) { return isOver(it.value(), now); });
    while (m_records.size() >= m_maxRecords) {
        const auto quietest = std::min_element(m_records.cbegin(), m_records.cend(),
            [](const Record &a, const Record &b) { return a.lastFailure < b.lastFailure; });
        m_records.erase(quietest);
    }
}
