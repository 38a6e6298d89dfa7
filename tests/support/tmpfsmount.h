#pragma once

#include <sys/statvfs.h>

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A small tmpfs on a temporary folder, for tests that need a disk that fills up. mount() needs
// root; the tmpfs is unmounted, and the folder removed, when the object goes.
class TmpfsMount final
{
    Q_DISABLE_COPY_MOVE(TmpfsMount)

public:
    TmpfsMount() = default;
    ~TmpfsMount() { unmount(); }

    // Mounts a tmpfs of \a size, written as mount's size= option takes it ("1m").
    bool mount(const QString &size)
    {
        if (!m_parent.isValid()) {
            m_errorString = QStringLiteral("no folder to mount on: ") + m_parent.errorString();
            return false;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_parent.path() });
        if (!mount.waitForFinished(30000)) {
            m_errorString = QStringLiteral("mount did not run: ") + mount.errorString();
            return false;
        }
        if (mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            m_errorString = QStringLiteral("mount -t tmpfs failed (the test needs root): ")
                + QString::fromLocal8Bit(mount.readAllStandardError());
            return false;
        }
        m_mounted = true;
        return true;
    }

    // The room left, in bytes: whole pages, as tmpfs hands them out.
    qint64 freeBytes() const
    {
        struct statvfs fs
        {
        };
        if (::statvfs(QFile::encodeName(m_parent.path()).constData(), &fs) != 0)
            return -1;
        return qint64(fs.f_bavail) * qint64(fs.f_frsize);
    }

    // Fills the disk with a file of the test's own (".filler", which no test looks for) until
    // only \a leftBytes are free (a multiple of the page size): from then on what needs more
    // room fails with ENOSPC, though a file may still grow into the rest of its last page.
    bool fill(qint64 leftBytes = 0)
    {
        const qint64 toWrite = freeBytes() - leftBytes;
        QFile filler(fillerPath());
        if (toWrite < 0 || !filler.open(QIODevice::Append | QIODevice::Unbuffered)) {
            m_errorString = QStringLiteral("cannot fill the disk (%1 bytes free): %2")
                                .arg(freeBytes())
                                .arg(filler.errorString());
            return false;
        }
        const QByteArray block(64 * 1024, '\0');
        for (qint64 written = 0; written < toWrite;) {
            const qint64 n = filler.write(block.constData(), qMin(toWrite - written, block.size()));
            if (n <= 0) {
                m_errorString = QStringLiteral("filling the disk: ") + filler.errorString();
                return false;
            }
            written += n;
        }
        if (freeBytes() != leftBytes) {
            m_errorString = QStringLiteral("the filled disk has %1 bytes free, not %2")
                                .arg(freeBytes())
                                .arg(leftBytes);
            return false;
        }
        return true;
    }

    // Takes the filler away: the room fill() took is free again.
    bool unfill()
    {
        if (QFile::remove(fillerPath()))
            return true;
        m_errorString = QStringLiteral("cannot remove ") + fillerPath();
        return false;
    }

    QString errorString() const { return m_errorString; }
    QString path() const { return m_parent.path(); }
    QString filePath(const QString &fileName) const { return m_parent.filePath(fileName); }

private:
    QString fillerPath() const { return m_parent.filePath(QStringLiteral(".filler")); }

    void unmount()
    {
        if (!m_mounted)
            return;
        QProcess umount;
        umount.start(QStringLiteral("umount"), { m_parent.path() });
        if (!umount.waitForFinished(30000) || umount.exitCode() != 0)
            qWarning("umount %s failed: %s", qPrintable(m_parent.path()),
                umount.readAllStandardError().constData());
        m_mounted = false;
    }

    QTemporaryDir m_parent;
    bool m_mounted = false;
    QString m_errorString;
};
