#pragma once

#include <mutex>

#include <QByteArray>
#include <QList>

/// The API keys the server accepts (docs/api.md), as SHA-256 digests: the keys themselves are
/// never kept. The faces fill it from their key store and refill it when keys are made or
/// revoked; the socket threads ask it. Thread-safe.
class ApiKeyRing final
{
    Q_DISABLE_COPY_MOVE(ApiKeyRing)

public:
    ApiKeyRing() = default;

    /// The digest a key is kept as: SHA-256 of its text.
    static QByteArray digestOf(const QByteArray &key);

    void setDigests(const QList<QByteArray> &digests);
    bool isEmpty() const;
    /// Whether `key` is one of the keys, compared in constant time with every digest.
    bool accepts(const QByteArray &key) const;

private:
    mutable std::mutex m_mutex;
    QList<QByteArray> m_digests;
};
