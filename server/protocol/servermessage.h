#pragma once

#include <QByteArray>
#include <QString>

enum class ErrorCode;

/// The JSON texts the server sends, in one place so that their shape is documented once
/// (docs/protocol.md) and tested once.
namespace ServerMessage {

QString connection(const QString &connectionId);
QString started(const QString &session, const QString &file, const QString &resumeToken);
/// In UTF-8 already, unlike the others: it is the reply to nearly every chunk.
QByteArray ack(const QString &session, qint64 chunks, qint64 bytes);
/// `synced` false: the file could not be forced to the disk at its end. `verification` (left out
/// when empty) says whether the file holds what the client produced; a mismatch says what differs.
QString stopped(const QString &session, const QString &file, qint64 bytes, qint64 chunks,
    qint64 durationMs, bool synced = true, const QString &verification = {},
    const QString &verificationProblem = {});
QString resumed(const QString &session, qint64 bytes, qint64 chunks);
QString error(ErrorCode code, const QString &message);

// Takes (docs/protocol.md, "Takes").
/// Where a take stands, to a connection that joined it: on joining and at every change the host
/// makes. `state` is "waiting", "recording" or "stopped".
QString take(const QString &take, const QString &name, const QString &state);
/// The answer to a client's clock probe: its own time, and ours (Unix ms) when it came.
QString time(double clientMs, double serverMs);

// Live transcription (docs/protocol.md, "Captions").
/// A partial replaces the one before it; a final ends the utterance (and may differ from its
/// partials). Times are of the audio, from the recording's start.
QString transcript(
    const QString &session, bool final, const QString &text, qint64 startMs, qint64 endMs);
/// "on" with the transcript's file, "done" when it is complete.
QString transcriptionState(const QString &session, const QString &state, const QString &file = {});
/// Not transcribed, or no longer: why, for the person.
QString transcriptionUnavailable(
    const QString &session, const QString &state, const QString &reason);
/// The recognizer fell behind and left this stretch of audio out.
QString transcriptionSkipped(const QString &session, qint64 fromMs, qint64 toMs);

// The older JSON dialect (start_recording / stop_recording).
QString legacyStarted(const QString &session, const QString &file);
QString legacyChunkConfirmed(qint64 chunkNumber, qint64 chunkSize, qint64 totalBytes);
QString legacyStopped(const QString &session, const QString &file, qint64 bytes, qint64 chunks);

} // namespace ServerMessage
