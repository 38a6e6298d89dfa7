#pragma once

#include <QString>

/// Exclusive ownership of one recording among the instances that share a recordings folder
/// (docs/scaling.md): an open file description lock (fcntl F_OFD_SETLK, a POSIX byte-range
/// lock that NFS passes to its lock manager) on "<recording>.lock" beside the recording. The
/// holder writes the recording; nobody else does. Released when the object goes (close), and by
/// the kernel when the process dies, so that another instance may take the recording over at
/// once. Two locks of one process conflict too: each is its own open file description.
class RecordingLock final
{
public:
    enum class Outcome
    {
        Acquired,
        Held, ///< another holder has it
        Failed, ///< the lock file cannot be opened or locked (errorString())
    };

    RecordingLock() = default;
    ~RecordingLock();
    RecordingLock(RecordingLock &&other) noexcept;
    RecordingLock &operator=(RecordingLock &&other) noexcept;
    RecordingLock(const RecordingLock &) = delete;
    RecordingLock &operator=(const RecordingLock &) = delete;

    /// Takes the lock of the recording at `audioPath`, without waiting.
    Outcome acquire(const QString &audioPath);
    /// Lets go of it. `removeFile`: the recording is over for good (not resumable), so its lock
    /// file goes first; a later claimant then finds no file, or one of its own.
    void release(bool removeFile = false);
    bool isHeld() const { return m_descriptor >= 0; }
    QString errorString() const { return m_errorString; }

    /// "<audioPath>.lock".
    static QString lockPath(const QString &audioPath);

private:
    int m_descriptor = -1;
    QString m_path;
    QString m_errorString;
};
