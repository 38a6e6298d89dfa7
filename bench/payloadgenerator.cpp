#include "payloadgenerator.h"

#include <bit>
#include <cstring>

#include <QtEndian>

namespace {

quint64 splitMix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

PayloadGenerator::PayloadGenerator(quint64 seed)
{
    for (quint64 &word : m_state)
        word = splitMix64(seed);
}

quint64 PayloadGenerator::next()
{
    const quint64 result = std::rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = std::rotl(m_state[3], 45);
    return result;
}

void PayloadGenerator::fill(QByteArray &chunk)
{
    // Bytes are taken from each word lowest first, so a chunk size that is not a multiple of 8
    // continues where the last chunk stopped.
    auto *out = reinterpret_cast<unsigned char *>(chunk.data());
    qsizetype left = chunk.size();
    while (left > 0 && m_spareBytes > 0) {
        *out++ = static_cast<unsigned char>(m_spare);
        m_spare >>= 8;
        --m_spareBytes;
        --left;
    }
    while (left >= 8) {
        const quint64 word = qToLittleEndian(next());
        std::memcpy(out, &word, 8);
        out += 8;
        left -= 8;
    }
    if (left > 0) {
        m_spare = next();
        m_spareBytes = 8;
        while (left > 0) {
            *out++ = static_cast<unsigned char>(m_spare);
            m_spare >>= 8;
            --m_spareBytes;
            --left;
        }
    }
}
