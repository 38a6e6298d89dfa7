#pragma once

#include <QByteArray>
#include <QString>

/// Replacing a small file so that a reader, or a crash of Earshot, sees the old one or the new
/// one, never a torn one: a temporary file beside it, renamed over it.
namespace AtomicFile {

/// When the new file reaches the disk.
enum class Sync
{
    Now, ///< before replace() returns
    Later, ///< at the disk syncer's next syncfs(): a socket thread must not wait for the disk
};

/// Writes `bytes` to `path` atomically, with mode 0640 from the first byte. `reserveBytes`
/// keeps that much disk allocated for the file (best effort), so that a rewrite in place still
/// fits once the disk has filled up. Says why it failed in `errorString`.
bool replace(const QString &path, const QByteArray &bytes, Sync sync, qint64 reserveBytes,
    QString *errorString);

} // namespace AtomicFile
