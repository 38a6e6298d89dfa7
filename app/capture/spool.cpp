#include "spool.h"

#include <algorithm>

#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

const QString LockFileName = QStringLiteral("lock");

/// Folders of spools whose process is gone: their lock can be taken.
void removeAbandoned(const QString &parentDir)
{
    const QStringList folders = QDir(parentDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        const QString path = QDir(parentDir).filePath(name);
        QLockFile lock(QDir(path).filePath(LockFileName));
        lock.setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
        if (lock.tryLock(0)) {
            lock.unlock();
            QDir(path).removeRecursively();
        }
    }
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
    removeAbandoned(parentDir);

    const QString folder
        = QDir(parentDir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(folder)) {
        m_errorString = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(folder).filePath(LockFileName));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_errorString = tr("Cannot lock the folder %1.").arg(folder);
        m_lock.reset();
        QDir(folder).removeRecursively();
        return false;
    }
    m_folder = folder;
    m_end = 0;
    m_acknowledged = 0;
    m_errorString.clear();
    return true;
}

void Spool::close()
{
    m_writer.close();
    m_reader.close();
    m_readerPath.clear();
    m_segments.clear();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    if (!m_folder.isEmpty())
        QDir(m_folder).removeRecursively();
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
