#include "accessguard.h"

AccessGuard::AccessGuard(int maxFailures, std::chrono::milliseconds banDuration)
    : m_maxFailures(maxFailures), m_banDuration(banDuration)
{ }

bool AccessGuard::isBanned(const QHostAddress &address)
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_records.find(address.toString());
    if (it == m_records.end() || !it->bannedUntil.isValid())
        return false;
    if (it->bannedUntil > QDateTime::currentDateTimeUtc())
        return true;
    m_records.erase(it); // the ban is over; start counting afresh
    return false;
}

bool AccessGuard::recordFailure(const QHostAddress &address)
{
    std::scoped_lock lock(m_mutex);
    Record &record = m_records[address.toString()];
    if (++record.failures < m_maxFailures)
        return false;
    record.bannedUntil = QDateTime::currentDateTimeUtc().addMSecs(m_banDuration.count());
    return true;
}

void AccessGuard::recordSuccess(const QHostAddress &address)
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_records.find(address.toString());
    if (it != m_records.end() && !it->bannedUntil.isValid())
        m_records.erase(it);
}
