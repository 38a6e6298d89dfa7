#pragma once

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

    QString errorString() const { return m_errorString; }
    QString path() const { return m_parent.path(); }
    QString filePath(const QString &fileName) const { return m_parent.filePath(fileName); }

private:
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
