#pragma once

#include <QtGlobal>

// The raw loader's own sizes (--raw-client); its timeouts are the bench's (benchlimits.h).
namespace RawClientLimits {

// One read() of a stream's socket takes at most this much: acks are some 70 bytes, so a read
// takes every ack that is there.
inline constexpr qsizetype readBufferBytes = 64 * 1024;
// Ready sockets handed over by one epoll_wait(); more wait for the next turn of the loop.
inline constexpr int eventsPerWake = 512;
// A server's answer to the upgrade request longer than this is no WebSocket server we know.
inline constexpr qsizetype maxResponseHeadBytes = 8192;
// The server's replies are small JSON texts; a longer message is a protocol error.
inline constexpr qint64 maxServerMessageBytes = 64 * 1024;

} // namespace RawClientLimits
