#pragma once

#include <deque>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

class QLockFile;

/// Bytes on their way to a receiver that has not acknowledged them yet, kept on disk so that
/// memory stays small however long the network is away, and so that they outlive a crash.
/// Offsets count from the first byte ever appended. The data lives in segment files in a folder
/// of its own, each named after the offset of its first byte; a segment is deleted once every
/// byte in it is acknowledged. A QLockFile in the folder tells a live process's spool from one
/// that a dead process left behind: that one can be adopted and its bytes sent after all.
class Spool final
{
    Q_DECLARE_TR_FUNCTIONS(Spool)

public:
    static constexpr qint64 DefaultSegmentBytes = 1024 * 1024;

    explicit Spool(qint64 segmentBytes = DefaultSegmentBytes);
    ~Spool();
    Spool(const Spool &) = delete;
    Spool &operator=(const Spool &) = delete;

    /// "spool" in this user's cache folder.
    static QString defaultParentDir();

    /// Makes a fresh folder (owner-only) inside \a parentDir and starts at offset 0. Folders that
    /// crashed processes left behind there stay for adopt().
    bool open(const QString &parentDir);
    /// Takes over \a folder, which a process that is gone left behind: its segments, from the
    /// first byte still kept to the last one written. False when its owner still runs (see
    /// isLockedByOther()) or its segments do not follow on from each other.
    bool adopt(const QString &folder);
    /// The spool folders in \a parentDir, live ones included.
    static QStringList folders(const QString &parentDir);
    /// Deletes the folder and everything in it.
    void close();
    /// Lets the folder go as it is, for a later run to adopt.
    void release();
    bool isOpen() const;
    /// The last adopt() failed because a live process holds the folder.
    bool isLockedByOther() const { return m_lockedByOther; }

    /// Forces what was appended to the disk itself, for a power cut; a crash of this process
    /// loses nothing even without it.
    bool sync();

    bool append(const QByteArray &data);
    /// Everything before \a offset has arrived: it may be forgotten.
    void acknowledge(qint64 offset);
    /// Up to \a maxBytes from \a offset (which must not be before startOffset()). Empty at the
    /// end, or on a read error (see errorString()).
    QByteArray readFrom(qint64 offset, qint64 maxBytes);

    /// The first byte still kept (at most the acknowledged offset; segments go whole).
    qint64 startOffset() const;
    qint64 acknowledgedOffset() const { return m_acknowledged; }
    qint64 endOffset() const { return m_end; }
    qint64 pendingBytes() const { return m_end - m_acknowledged; }
    int segmentCount() const { return int(m_segments.size()); }
    QString folder() const { return m_folder; }
    QString errorString() const { return m_errorString; }

private:
    struct Segment
    {
        qint64 start = 0;
        qint64 size = 0;
        QString path;
    };

    bool startSegment();
    void dropAcknowledgedSegments();
    bool lock(const QString &folder);

    qint64 m_segmentBytes;
    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    std::deque<Segment> m_segments;
    QFile m_writer;
    QFile m_reader;
    QString m_readerPath;
    qint64 m_end = 0;
    qint64 m_acknowledged = 0;
    QString m_errorString;
    bool m_lockedByOther = false;
};
