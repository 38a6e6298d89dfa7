#include "apikeyring.h"

#include <QCryptographicHash>

namespace {

// Both are SHA-256 digests: the time taken says nothing of where they differ.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QByteArray ApiKeyRing::digestOf(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

void ApiKeyRing::setDigests(const QList<QByteArray> &digests)
{
    const std::lock_guard lock(m_mutex);
    m_digests = digests;
}

bool ApiKeyRing::isEmpty() const
{
    const std::lock_guard lock(m_mutex);
    return m_digests.isEmpty();
}

bool ApiKeyRing::accepts(const QByteArray &key) const
{
    if (key.isEmpty())
        return false;
    const QByteArray digest = digestOf(key);
    const std::lock_guard lock(m_mutex);
    bool found = false;
    for (const QByteArray &known : m_digests)
        found = sameDigest(digest, known) || found; // every digest is compared
    return found;
}
