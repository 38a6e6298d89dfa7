#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// Reads the frames a server sends (RFC 6455, 5.2: never masked) from bytes as they came off the
// socket: one complete frame at a time, its payload a view into those bytes, nothing copied.
class ServerFrameReader final
{
public:
    enum Opcode : quint8
    {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xa,
    };

    struct Frame
    {
        quint8 opcode = 0;
        bool final = true;
        QByteArrayView payload;
    };

    enum class Status
    {
        Complete, // frame and bytes are filled in
        Incomplete, // the frame's rest is still on its way
        Invalid, // error says why; the connection cannot go on
    };

    struct Result
    {
        Status status = Status::Incomplete;
        qsizetype bytes = 0; // the whole frame's, header included
        Frame frame;
        const char *error = nullptr;
    };

    // The first frame of bytes. A payload longer than maxPayload is Invalid, so that a broken
    // length does not make the reader wait for gigabytes.
    static Result next(QByteArrayView bytes, qint64 maxPayload);
};
