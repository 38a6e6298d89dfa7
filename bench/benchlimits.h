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

// Bulk (--bulk): how much a stream keeps sent and not acked yet at most, unless told otherwise.
// Earshot acks every 50 ms, so a window this size allows well over 100 MiB/s.
inline constexpr qint64 defaultBulkUnackedBytes = 8 * 1024 * 1024;

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
// A soak is long enough for a bench on a busy core to fall behind; at the end its streams get this
// much longer to hand their backlog to the kernel before the run is aborted.
inline constexpr std::chrono::milliseconds soakFlushAllowance = 120s;
// How long the runner waits for the workers' results after it asked them to abort.
inline constexpr std::chrono::milliseconds abortGrace = 10s;

inline constexpr std::chrono::milliseconds deadlineCheckInterval = 100ms;
// The runner prints a progress line this often; workers report twice as often.
inline constexpr std::chrono::milliseconds progressInterval = 1s;

// Soak (--soak): the server's VmRSS is sampled this often, and the samples of the first minutes
// under load are left out of the flatness check, while allocators and buffers grow to their size.
inline constexpr std::chrono::seconds defaultRssInterval = 60s;
inline constexpr std::chrono::seconds defaultRssWarmup = 300s;
// Flat: the mean of the last samples and the highest sample stay within this of the mean of the
// first samples after the warm-up (the "flat within 5 %").
inline constexpr double rssFlatPercent = 5;
// How many samples make the mean at each end of the check, so one odd sample does not decide it.
inline constexpr int rssEdgeSamples = 3;

// Crash phase (--kill-at random): the moment is drawn from this part of the send phase, so that the
// restarted server still carries the full load long enough for the memory check and the resumes.
inline constexpr double killWindowFrom = 0.2;
inline constexpr double killWindowTo = 0.4;
// A stream whose connection dropped tries to connect again this often (the restarted server may
// not accept yet), and fails if it has not resumed within resumeTimeout of the drop. The server
// keeps a session resumable for 5 minutes; a server that repairs 500 sidecars and takes 500
// resumes, with every resumed stream's backlog, on a busy core needed more than 60 s.
inline constexpr std::chrono::milliseconds reconnectDelay = 250ms;
inline constexpr std::chrono::milliseconds resumeTimeout = 180s;
// How often the crash phase looks for the restarted server (its pid file, then its port).
inline constexpr std::chrono::milliseconds restartPollInterval = 50ms;

} // namespace BenchLimits
