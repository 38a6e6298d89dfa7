#include "atomicfile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>

namespace AtomicFile {

namespace {
QString systemError(const char *call)
{
    return QString::fromLatin1(call) + QStringLiteral(": ")
        + QString::fromLocal8Bit(strerror(errno));
}
} // namespace

// Synced before the rename only when asked: an fdatasync per session start and stop took about
// 7 ms each here, so a socket thread leaves it to the syncer's next syncfs(), which covers the
// new file and the rename.
bool replace(const QString &path, const QByteArray &bytes, Sync sync, qint64 reserveBytes,
    QString *errorString)
{
    QByteArray temporary = QFile::encodeName(path) + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        *errorString = systemError("mkostemp");
        return false;
    }
    const auto fail = [&](const char *call) {
        *errorString = systemError(call);
        ::close(fd);
        ::unlink(temporary.constData());
        return false;
    };
    // The mode before the first byte, on the file that the rename puts in place.
    if (::fchmod(fd, S_IRUSR | S_IWUSR | S_IRGRP) != 0)
        return fail("fchmod");
    for (qsizetype at = 0; at < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + at, size_t(bytes.size() - at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail("write");
        at += n;
    }
    // Best effort: a file system without fallocate() simply has no reserve.
    if (reserveBytes > 0)
        (void)::fallocate(
            fd, FALLOC_FL_KEEP_SIZE, 0, std::max<off_t>(bytes.size(), off_t(reserveBytes)));
    if (sync == Sync::Now && ::fdatasync(fd) != 0)
        return fail("fdatasync");
    if (::close(fd) != 0) {
        *errorString = systemError("close");
        ::unlink(temporary.constData());
        return false;
    }
    if (::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        *errorString = systemError("rename");
        ::unlink(temporary.constData());
        return false;
    }
    return true;
}

} // namespace AtomicFile
