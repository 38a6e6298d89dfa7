#include "spool.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

const QString LockFileName = QStringLiteral("lock");
const QString SegmentSuffix = QStringLiteral(".pcm");

// The audio of whoever streams; the cache folder may be readable by others.
constexpr QFileDevice::Permissions FolderPermissions = QFileDevice::ReadOwner
    | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
    | QFileDevice::WriteUser | QFileDevice::ExeUser;

/// A new file's name is on the disk only once its folder is synced.
bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

Spool::Spool(qint64 segmentBytes) : m_segmentBytes(std::max<qint64>(1, segmentBytes)) { }

Spool::~Spool()
{
    close();
}

QString Spool::defaultParentDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("spool"));
}

bool Spool::open(const QString &parentDir)
{
    close();
    if (!QDir().mkpath(parentDir)) {
        m_errorString = tr("Cannot create the folder %1.").arg(parentDir);
        return false;
    }

    const QString folder
        = QDir(parentDir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkdir(folder, FolderPermissions)) {
        m_errorString = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    if (!lock(folder)) {
        QDir(folder).removeRecursively();
        return false;
    }
    m_folder = folder;
    m_end = 0;
    m_acknowledged = 0;
    m_errorString.clear();
    return true;
}

bool Spool::adopt(const QString &folder)
{
    close();
    m_lockedByOther = false;
    if (!lock(folder))
        return false;

    const QFileInfoList files
        = QDir(folder).entryInfoList({ QLatin1Char('*') + SegmentSuffix }, QDir::Files, QDir::Name);
    qint64 end = -1;
    for (const QFileInfo &file : files) {
        bool ok = false;
        const qint64 start = file.completeBaseName().toLongLong(&ok);
        if (!ok || start < 0 || (end >= 0 && start != end)) {
            m_errorString
                = tr("The audio kept in %1 has a gap before %2.").arg(folder, file.fileName());
            m_segments.clear();
            m_lock.reset();
            return false;
        }
        m_segments.push_back({ start, file.size(), file.filePath() });
        end = start + file.size();
    }
    m_folder = folder;
    m_end = std::max<qint64>(0, end);
    m_acknowledged = startOffset();
    m_errorString.clear();
    return true;
}

QStringList Spool::folders(const QString &parentDir)
{
    QStringList paths;
    const QDir parent(parentDir);
    for (const QString &name : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        paths.append(parent.filePath(name));
    return paths;
}

bool Spool::lock(const QString &folder)
{
    m_lock = std::make_unique<QLockFile>(QDir(folder).filePath(LockFileName));
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (m_lock->tryLock(0))
        return true;
    m_lockedByOther = m_lock->error() == QLockFile::LockFailedError;
    m_errorString = m_lockedByOther ? tr("The folder %1 is in use by another process.").arg(folder)
                                    : tr("Cannot lock the folder %1.").arg(folder);
    m_lock.reset();
    return false;
}

bool Spool::sync()
{
    if (!m_writer.isOpen() || ::fdatasync(m_writer.handle()) == 0)
        return true;
    m_errorString = tr("Cannot write %1 to the disk: %2")
                        .arg(m_writer.fileName(), QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

void Spool::close()
{
    const QString folder = m_folder;
    release();
    if (!folder.isEmpty())
        QDir(folder).removeRecursively();
}

void Spool::release()
{
    m_writer.close();
    m_reader.close();
    m_readerPath.clear();
    m_segments.clear();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_folder.clear();
}

bool Spool::isOpen() const
{
    return !m_folder.isEmpty();
}

bool Spool::append(const QByteArray &data)
{
    if (!isOpen()) {
        m_errorString = tr("The spool is not open.");
        return false;
    }
    qsizetype written = 0;
    while (written < data.size()) {
        if (m_segments.empty() || m_segments.back().size >= m_segmentBytes) {
            if (!startSegment())
                return false;
        }
        Segment &tail = m_segments.back();
        const qint64 room = m_segmentBytes - tail.size;
        const qint64 part = std::min<qint64>(room, data.size() - written);
        if (m_writer.write(data.constData() + written, part) != part) {
            m_errorString = tr("Cannot write to %1: %2").arg(tail.path, m_writer.errorString());
            // What reached the file stays counted nowhere: the segment is cut back to its size.
            m_writer.resize(tail.size);
            m_writer.seek(tail.size);
            return false;
        }
        tail.size += part;
        m_end += part;
        written += part;
    }
    return true;
}

void Spool::acknowledge(qint64 offset)
{
    m_acknowledged = std::clamp(offset, m_acknowledged, m_end);
    dropAcknowledgedSegments();
}

QByteArray Spool::readFrom(qint64 offset, qint64 maxBytes)
{
    QByteArray data;
    if (offset < startOffset() || offset >= m_end || maxBytes <= 0)
        return data;
    auto segment = std::upper_bound(m_segments.cbegin(), m_segments.cend(), offset,
        [](qint64 value, const Segment &s) { return value < s.start; });
    --segment; // the last segment starting at or before offset
    data.reserve(std::min(maxBytes, m_end - offset));
    while (segment != m_segments.cend() && data.size() < maxBytes) {
        if (m_readerPath != segment->path) {
            m_reader.close();
            m_reader.setFileName(segment->path);
            if (!m_reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                m_errorString = tr("Cannot read %1: %2").arg(segment->path, m_reader.errorString());
                m_readerPath.clear();
                return {};
            }
            m_readerPath = segment->path;
        }
        const qint64 from = offset + data.size() - segment->start;
        const qint64 want = std::min(maxBytes - data.size(), segment->size - from);
        if (!m_reader.seek(from)) {
            m_errorString = tr("Cannot read %1: %2").arg(segment->path, m_reader.errorString());
            return {};
        }
        const QByteArray part = m_reader.read(want);
        if (part.size() != want) {
            m_errorString = tr("Cannot read %1: %2").arg(segment->path, m_reader.errorString());
            return {};
        }
        data += part;
        ++segment;
    }
    return data;
}

qint64 Spool::startOffset() const
{
    return m_segments.empty() ? m_end : m_segments.front().start;
}

bool Spool::startSegment()
{
    // The segment before is whole: it goes to the disk before the next one starts.
    sync();
    m_writer.close();
    Segment segment;
    segment.start = m_end;
    segment.path
        = QDir(m_folder).filePath(QStringLiteral("%1.pcm").arg(m_end, 16, 10, QLatin1Char('0')));
    m_writer.setFileName(segment.path);
    // Unbuffered: a read of the same bytes follows soon, through another handle.
    if (!m_writer.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_errorString = tr("Cannot create %1: %2").arg(segment.path, m_writer.errorString());
        return false;
    }
    m_segments.push_back(segment);
    syncFolder(m_folder);
    return true;
}

void Spool::dropAcknowledgedSegments()
{
    // The segment being written stays even when all of it is acknowledged: it fills up first.
    while (m_segments.size() > 1
        && m_segments.front().start + m_segments.front().size <= m_acknowledged) {
        if (m_readerPath == m_segments.front().path) {
            m_reader.close();
            m_readerPath.clear();
        }
        QFile::remove(m_segments.front().path);
        m_segments.pop_front();
    }
}
