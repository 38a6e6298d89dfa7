#pragma once

#include <array>

#include <QByteArray>
#include <QtGlobal>

// Reproducible pseudo-random bytes (xoshiro256**): the same seed gives the same stream of bytes,
// chunk size aside. Not for anything secret.
class PayloadGenerator final
{
public:
    explicit PayloadGenerator(quint64 seed);

    // Overwrites all of chunk with the next chunk.size() bytes.
    void fill(QByteArray &chunk);

private:
    quint64 next();

    std::array<quint64, 4> m_state {};
    quint64 m_spare = 0; // bytes of the last word not handed out yet
    int m_spareBytes = 0;
};
