#include "mulaw.h"

#include <array>

namespace {

constexpr qint16 expand(quint8 encoded)
{
    // The byte is sent inverted; then a sign, a 3-bit segment and a 4-bit step within it. Each
    // segment doubles the step; the bias of 0x84 makes the segments meet.
    const int inverted = ~encoded & 0xFF;
    const int segment = (inverted >> 4) & 0x07;
    const int magnitude = (((inverted & 0x0F) << 3) + 0x84) << segment;
    return qint16((inverted & 0x80) ? 0x84 - magnitude : magnitude - 0x84);
}

constexpr std::array<qint16, 256> makeTable()
{
    std::array<qint16, 256> table {};
    for (int encoded = 0; encoded < 256; ++encoded)
        table[size_t(encoded)] = expand(quint8(encoded));
    return table;
}

constexpr std::array<qint16, 256> Table = makeTable();

static_assert(Table[0xFF] == 0 && Table[0x7F] == 0, "both zeros decode to silence");
static_assert(Table[0x00] == -32124 && Table[0x80] == 32124, "the loudest steps of G.711");

} // namespace

qint16 MuLaw::toLinear(quint8 encoded)
{
    return Table[encoded];
}

void MuLaw::decode(QByteArrayView encoded, qint16 *linear)
{
    const auto *bytes = reinterpret_cast<const quint8 *>(encoded.data());
    for (qsizetype i = 0; i < encoded.size(); ++i)
        linear[i] = Table[bytes[i]];
}
