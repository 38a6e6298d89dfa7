#include "clientframewriter.h"

#include <cstring>

ClientFrameWriter::ClientFrameWriter(quint64 seed)
    // xorshift must not start at zero.
    : m_state(seed * 0x9e3779b97f4a7c15ULL | 1)
{ }

quint32 ClientFrameWriter::nextKey()
{
    // xorshift64*: the keys only have to vary, they guard nothing on loopback.
    quint32 key = 0;
    while (key == 0) {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        key = quint32((m_state * 0x2545f4914f6cdd1dULL) >> 32);
    }
    return key;
}

qsizetype ClientFrameWriter::frame(char *header, Opcode opcode, char *payload, qsizetype size)
{
    constexpr quint8 finalBit = 0x80;
    constexpr quint8 maskBit = 0x80;
    const auto length = quint64(size);
    header[0] = char(finalBit | quint8(opcode));
    qsizetype at = 2;
    if (length < 126) {
        header[1] = char(maskBit | length);
    } else if (length <= 0xffff) {
        header[1] = char(maskBit | 126);
        header[2] = char(length >> 8);
        header[3] = char(length);
        at = 4;
    } else {
        header[1] = char(maskBit | 127);
        for (int i = 0; i < 8; ++i)
            header[2 + i] = char(length >> (8 * (7 - i)));
        at = 10;
    }
    const quint32 key = nextKey();
    std::memcpy(header + at, &key, sizeof key);
    mask(payload, size, header + at);
    return at + qsizetype(sizeof key);
}

void ClientFrameWriter::mask(char *payload, qsizetype size, const char key[4])
{
    char pattern[8];
    for (int i = 0; i < 8; ++i)
        pattern[i] = key[i % 4];
    quint64 wide;
    std::memcpy(&wide, pattern, sizeof wide);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, payload + i, sizeof word);
        word ^= wide;
        std::memcpy(payload + i, &word, sizeof word);
    }
    for (; i < size; ++i)
        payload[i] = char(payload[i] ^ key[i % 4]);
}
