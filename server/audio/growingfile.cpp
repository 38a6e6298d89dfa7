#include "growingfile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>

GrowingFile::GrowingFile(QString path) : m_path(std::move(path)) { }

std::unique_ptr<GrowingFile> GrowingFile::finished(const QString &path)
{
    auto file = std::make_unique<GrowingFile>(path);
    file->grewTo(QFileInfo(path).size());
    file->end();
    return file;
}

GrowingFile::~GrowingFile()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

void GrowingFile::grewTo(qint64 bytes)
{
    {
        const std::lock_guard lock(m_mutex);
        if (bytes <= m_size)
            return;
        m_size = bytes;
    }
    m_grown.notify_one();
}

void GrowingFile::end()
{
    {
        const std::lock_guard lock(m_mutex);
        m_ended = true;
    }
    m_grown.notify_one();
}

void GrowingFile::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_grown.notify_one();
}

qint64 GrowingFile::read(char *data, qint64 maxBytes)
{
    qint64 available = 0;
    {
        std::unique_lock lock(m_mutex);
        m_grown.wait(lock, [this] { return m_cancelled || m_ended || m_size > m_position; });
        if (m_cancelled)
            return -1;
        available = m_size - m_position;
    }
    if (available <= 0)
        return 0; // ended, all read
    if (m_descriptor < 0 && !openFile())
        return -1;
    const ssize_t got
        = ::pread(m_descriptor, data, size_t(std::min(available, maxBytes)), off_t(m_position));
    if (got < 0) {
        m_errorString = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    if (got == 0) {
        // Shorter than the writer said: the file was cut (a failed write was undone).
        const std::lock_guard lock(m_mutex);
        m_size = m_position;
        return m_ended ? 0 : -1;
    }
    m_position += got;
    return got;
}

qint64 GrowingFile::unread() const
{
    const std::lock_guard lock(m_mutex);
    return m_size - m_position;
}

bool GrowingFile::isCancelled() const
{
    const std::lock_guard lock(m_mutex);
    return m_cancelled;
}

bool GrowingFile::openFile()
{
    m_descriptor = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_descriptor < 0) {
        m_errorString = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}
