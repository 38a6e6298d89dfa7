#pragma once

#include <QByteArray>
#include <QString>

enum class ErrorCode;

/// The JSON texts the server sends, in one place so that their shape is documented once
/// (docs/protocol.md) and tested once.
namespace ServerMessage {

QString connection(const QString &connectionId);
QString started(const QString &session, const QString &file, const QString &resumeToken);
QString ack(const QString &session, qint64 chunks, qint64 bytes);
/// `synced` false: the file could not be forced to the disk at its end.
QString stopped(const QString &session, const QString &file, qint64 bytes, qint64 chunks,
    qint64 durationMs, bool synced = true);
QString resumed(const QString &session, qint64 bytes, qint64 chunks);
QString error(ErrorCode code, const QString &message);

// The older JSON dialect (start_recording / stop_recording).
QString legacyStarted(const QString &session, const QString &file);
QString legacyChunkConfirmed(qint64 chunkNumber, qint64 chunkSize, qint64 totalBytes);
QString legacyStopped(const QString &session, const QString &file, qint64 bytes, qint64 chunks);

} // namespace ServerMessage
