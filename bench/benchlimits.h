#pragma once

#include <chrono>

#include <QtGlobal>

// Every limit and timeout of the bench, in one place.
namespace BenchLimits {

using namespace std::chrono_literals;

// The protocol closes a connection whose message is bigger than this (docs/protocol.md).
inline constexpr qint64 maxChunkBytes = 1024 * 1024;
// Each stream is one socket on each side; the hard open-files limit here is 20000.
inline constexpr int maxStreams = 9000;
inline constexpr int maxThreads = 64;

// At most this many opening handshakes in flight over all threads. Qt's listen backlog is 50 and
// QWebSocketServer keeps at most 30 pending connections, so a server built on either keeps up.
inline constexpr int defaultRampWindow = 25;

// The send timer ticks this many times per interval; each stream has its own offset inside the
// interval, so the chunks leave in small groups rather than all at once.
inline constexpr int sendSlotsPerInterval = 10;

inline constexpr std::chrono::milliseconds handshakeTimeout = 10s;
inline constexpr std::chrono::milliseconds startTimeout = 10s; // start -> started
// After its last chunk a stream waits this long for the ack that covers it before sending stop,
// so the last chunks are measured like the others instead of being flushed by the stop.
inline constexpr std::chrono::milliseconds drainTimeout = 5s;
inline constexpr std::chrono::milliseconds stopTimeout = 15s; // stop -> stopped
// The send phase starts when every stream has started, or after this long.
inline constexpr std::chrono::milliseconds rampTimeout = 60s;
// Added to the longest a run can take before the runner aborts what is left.
inline constexpr std::chrono::milliseconds runMargin = 10s;
// How long the runner waits for the workers' results after it asked them to abort.
inline constexpr std::chrono::milliseconds abortGrace = 10s;

inline constexpr std::chrono::milliseconds deadlineCheckInterval = 100ms;
// The runner prints a progress line this often; workers report twice as often.
inline constexpr std::chrono::milliseconds progressInterval = 1s;

} // namespace BenchLimits
