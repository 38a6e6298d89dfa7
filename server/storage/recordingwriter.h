#pragma once

#include <QFile>
#include <QString>

#include "protocol/audioformat.h"

/// Appends one stream's bytes to its file. PCM gets a WAV header whose sizes are brought up to
/// date by commit() (one positioned write of the whole header), so the file is playable at every
/// acknowledgement. Unbuffered: a write that returns has reached the operating system.
class RecordingWriter final
{
    Q_DISABLE_COPY_MOVE(RecordingWriter)

public:
    enum class Result
    {
        Ok,
        DiskFull,
        Failed
    };

    /// The mode of every recording and sidecar: the owner reads and writes, the owner's group
    /// reads (a backup or transcription account), others get nothing. Set as it is, whatever
    /// the umask; a person who wants less closes the folder.
    static constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner
        | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
        | QFileDevice::ReadGroup;

    RecordingWriter() = default;
    ~RecordingWriter();

    /// Creates a new file (FilePermissions); never opens one that exists.
    bool create(const QString &path, const AudioFormat &format);
    /// Opens an existing recording to go on where it stopped: the file is cut to the header
    /// plus payloadBytes, so bytes that were never acknowledged cannot linger.
    bool reopen(const QString &path, const AudioFormat &format, qint64 payloadBytes);

    /// A failed write leaves the file as it was before the call.
    Result append(const QByteArray &data);
    /// Brings the WAV header up to date (nothing to do for other formats).
    bool commit();
    void close();
    /// Closes and removes the file create() made: a recording that could not start leaves
    /// nothing behind.
    void discard();

    bool isOpen() const { return m_descriptor >= 0; }
    qint64 payloadBytes() const { return m_payloadBytes; }
    /// The file's descriptor, for fdatasync from another thread (duplicate it first).
    int handle() const { return m_descriptor; }
    QString errorString() const { return m_errorString; }

private:
    qint64 headerSize() const;
    bool writeHeader();

    QFile m_file;
    /// m_file's, kept: asking QFile for it on every chunk went through its engine each time.
    int m_descriptor = -1;
    AudioFormat m_format;
    /// PCM: the header as it is in the file, sizes patched in place at each commit.
    QByteArray m_header;
    qint64 m_payloadBytes = 0;
    qint64 m_committedBytes = -1;
    QString m_errorString;
};
