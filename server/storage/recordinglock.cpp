#include "recordinglock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include <QFile>

namespace {

// Tries to lock the whole file; the errno of the failure, or 0.
int lockWhole(int descriptor)
{
    struct flock lock
    {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 0; // to the end, however long
    lock.l_pid = 0; // an OFD lock wants 0 here
    while (::fcntl(descriptor, F_OFD_SETLK, &lock) < 0) {
        if (errno != EINTR)
            return errno;
    }
    return 0;
}

// Whether the descriptor's file is still the one at `path`: a holder that removed the lock
// file before we locked it leaves us a lock on a file nobody else will open.
bool isStillAt(int descriptor, const QByteArray &path)
{
    struct stat opened;
    struct stat named;
    return ::fstat(descriptor, &opened) == 0 && ::stat(path.constData(), &named) == 0
        && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace

RecordingLock::~RecordingLock()
{
    release();
}

RecordingLock::RecordingLock(RecordingLock &&other) noexcept
    : m_descriptor(std::exchange(other.m_descriptor, -1))
    , m_path(std::move(other.m_path))
    , m_errorString(std::move(other.m_errorString))
{ }

RecordingLock &RecordingLock::operator=(RecordingLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_descriptor = std::exchange(other.m_descriptor, -1);
        m_path = std::move(other.m_path);
        m_errorString = std::move(other.m_errorString);
    }
    return *this;
}

QString RecordingLock::lockPath(const QString &audioPath)
{
    return audioPath + QStringLiteral(".lock");
}

RecordingLock::Outcome RecordingLock::acquire(const QString &audioPath)
{
    release();
    m_path = lockPath(audioPath);
    const QByteArray path = QFile::encodeName(m_path);
    // Twice at most: once more when the file we locked was removed by its last holder meanwhile.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int descriptor
            = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0640);
        if (descriptor < 0) {
            m_errorString = QStringLiteral("cannot open %1: %2")
                                .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return Outcome::Failed;
        }
        const int error = lockWhole(descriptor);
        if (error == EAGAIN || error == EACCES) {
            ::close(descriptor);
            m_errorString = QStringLiteral("another instance holds %1").arg(m_path);
            return Outcome::Held;
        }
        if (error != 0) {
            ::close(descriptor);
            m_errorString = QStringLiteral("cannot lock %1: %2")
                                .arg(m_path, QString::fromLocal8Bit(std::strerror(error)));
            return Outcome::Failed;
        }
        if (isStillAt(descriptor, path)) {
            m_descriptor = descriptor;
            return Outcome::Acquired;
        }
        ::close(descriptor);
    }
    m_errorString = QStringLiteral("%1 keeps being replaced").arg(m_path);
    return Outcome::Failed;
}

void RecordingLock::release(bool removeFile)
{
    if (m_descriptor < 0)
        return;
    // Removed while still locked: whoever opened it before then finds it gone once locked.
    if (removeFile)
        ::unlink(QFile::encodeName(m_path).constData());
    ::close(std::exchange(m_descriptor, -1));
}
