#include "serverframereader.h"

namespace {

ServerFrameReader::Result invalid(const char *error)
{
    ServerFrameReader::Result result;
    result.status = ServerFrameReader::Status::Invalid;
    result.error = error;
    return result;
}

} // namespace

ServerFrameReader::Result ServerFrameReader::next(QByteArrayView bytes, qint64 maxPayload)
{
    constexpr quint8 finalBit = 0x80;
    constexpr quint8 reservedBits = 0x70;
    constexpr quint8 maskBit = 0x80;
    constexpr quint8 firstControlOpcode = 0x8;
    constexpr quint64 maxControlPayload = 125;

    const auto *head = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype available = bytes.size();
    if (available < 2)
        return {};
    if (head[0] & reservedBits)
        return invalid("reserved bits set, but no extension was agreed");
    if (head[1] & maskBit)
        return invalid("a server's frame must not be masked");
    const quint8 opcode = head[0] & 0x0f;
    const bool final = head[0] & finalBit;

    quint64 length = head[1] & 0x7f;
    qsizetype headBytes = 2;
    if (length == 126) {
        if (available < 4)
            return {};
        length = quint64(head[2]) << 8 | head[3];
        headBytes = 4;
    } else if (length == 127) {
        if (available < 10)
            return {};
        length = 0;
        for (int i = 0; i < 8; ++i)
            length = length << 8 | head[2 + i];
        headBytes = 10;
    }
    if (opcode >= firstControlOpcode && (!final || length > maxControlPayload))
        return invalid("a control frame must be final and at most 125 bytes");
    if (length > quint64(maxPayload))
        return invalid("a frame longer than any reply of the protocol");
    if (quint64(available - headBytes) < length)
        return {};

    Result result;
    result.status = Status::Complete;
    result.bytes = headBytes + qsizetype(length);
    result.frame.opcode = opcode;
    result.frame.final = final;
    result.frame.payload = bytes.sliced(headBytes, qsizetype(length));
    return result;
}
