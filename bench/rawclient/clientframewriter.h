#pragma once

#include <QtGlobal>

// The frames a client sends (RFC 6455, 5.2 and 5.3): final, masked, with a fresh key each. The
// mask is applied where the payload lies, so that the payload goes to the socket from there,
// behind its header (one sendmsg() of two pieces), without a copy.
//
// Any key is allowed, zero too, and zero would leave the payload as it is; but then a server that
// tests the key could skip its unmasking, and the servers the bench compares would not do the
// work a real client's frames ask of them. Masking 3200 bytes eight at a time costs far less than
// hashing them, which the bench does anyway.
class ClientFrameWriter final
{
public:
    enum class Opcode : quint8
    {
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xa,
    };

    static constexpr qsizetype maxHeaderBytes = 14;

    // seed: where the keys come from; streams with different seeds use different keys.
    explicit ClientFrameWriter(quint64 seed);

    // Writes the header of one frame of size payload bytes into header (maxHeaderBytes at least)
    // and masks payload in place with the header's key; returns the header's length.
    qsizetype frame(char *header, Opcode opcode, char *payload, qsizetype size);

    // XORs payload with the key's four bytes (key[0] on payload[0]); twice gives the bytes back.
    static void mask(char *payload, qsizetype size, const char key[4]);

private:
    quint32 nextKey();

    quint64 m_state;
};
