#pragma once

#include <csignal>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#ifndef EARSHOT_FAULTYFS_PATH
#error "call earshot_use_faultyfs(<test>) in the test's CMakeLists.txt"
#endif

// A real file system on a temporary folder whose fsync() and fdatasync() fail with EIO while it
// is armed: a disk that dies under a recording. It is earshot-faultyfs (tests/support/faultyfs/),
// a FUSE passthrough over a second temporary folder, so the bytes written through path() can be
// read back, untouched by the fixture, from backingPath(). A test that uses it calls
// earshot_use_faultyfs(<test>) in its CMakeLists.txt; it needs /dev/fuse (root, or fusermount3).
//
//   FaultyFsMount disk;
//   QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
//   QVERIFY(disk.arm());                  // from here on, fsync/fdatasync fail with EIO
//   ... record into disk.path(), stop ...
//   QCOMPARE(disk.failedSyncs(), 1);      // the recording's fdatasync was the one refused
//
// What is faulted, while armed: fsync(), fdatasync() and fsync() of a directory fail with EIO,
// in any process, on any file of the mount, including files opened before arm(). arm() returns
// once the file system has taken the change, so the next such call after it fails. Reads,
// writes, rename, unlink, close() and statfs are never faulted.
//
// What is not: syncfs() (and sync()) return 0 even while armed, and the file system never hears
// of them. Linux sends FUSE_SYNCFS only to virtiofs, never to a /dev/fuse server such as this one
// (and libfuse 3.14 has no operation for it either); writes here go straight through to the
// backing file (no writeback cache), so syncfs() has no writeback error to report. A test that
// needs a failed sync must take a path that calls fdatasync() or fsync() on the file: Earshot's
// DiskSyncer does for fewer than four files finishing together, and uses syncfs() from four on,
// which this fixture cannot fail.
//
// QSaveFile::commit() calls fdatasync() but ignores its result (Qt 6.4): it succeeds while
// armed, and the refused sync shows in failedSyncs().
//
// The mount goes with the object, also when the test fails midway (a busy mount is detached
// lazily) and when the test process dies (the program gets SIGTERM and unmounts).
//
// Control, for a test in another process: write "1" (arm) or "0" (disarm) to
// <path()>/.faultyfs-arm; reading it gives "<armed> <failed syncs>\n". It is not listed by
// readdir and does not exist in the backing folder.
class FaultyFsMount final
{
    Q_DISABLE_COPY_MOVE(FaultyFsMount)

public:
    static constexpr long FuseSuperMagic = 0x65735546;
    static constexpr int MountTimeoutMs = 15000;
    static constexpr int UnmountTimeoutMs = 15000;

    FaultyFsMount() = default;
    ~FaultyFsMount() { unmount(); }

    // Starts earshot-faultyfs and returns once the mount answers, or false with errorString().
    bool mount()
    {
        const QString program = QStringLiteral(EARSHOT_FAULTYFS_PATH);
        if (program.isEmpty()) {
            m_errorString = QStringLiteral(
                "earshot-faultyfs was not built: libfuse3 is missing (install-deps.sh --test)");
            return false;
        }
        if (m_process.state() != QProcess::NotRunning) {
            m_errorString = QStringLiteral("already mounted on ") + path();
            return false;
        }
        if (!m_backing.isValid() || !m_mountPoint.isValid()) {
            m_errorString = QStringLiteral("no temporary folders: ") + m_backing.errorString()
                + QLatin1Char(' ') + m_mountPoint.errorString();
            return false;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // Should the test die without running the destructor, the file system goes with it
        // (SIGTERM makes libfuse unmount) instead of staying mounted.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start(program, { m_backing.path(), m_mountPoint.path() });
        if (!m_process.waitForStarted(MountTimeoutMs)) {
            m_errorString = program + QStringLiteral(" did not start: ") + m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(MountTimeoutMs);
        while (!isMounted()) {
            // Returns at once when the program gives up (no /dev/fuse, not allowed to mount).
            if (m_process.waitForFinished(20) || m_process.state() == QProcess::NotRunning) {
                m_errorString = QStringLiteral("earshot-faultyfs could not mount (the test needs "
                                               "/dev/fuse and root): ")
                    + QString::fromLocal8Bit(m_process.readAll());
                return false;
            }
            if (deadline.hasExpired()) {
                m_errorString = QStringLiteral("earshot-faultyfs did not mount in time: ")
                    + QString::fromLocal8Bit(m_process.readAll());
                unmount();
                return false;
            }
        }
        m_mounted = true;
        return true;
    }

    // From when it returns, fsync/fdatasync on the mount fail with EIO.
    bool arm() { return setArmed(true); }
    // From when it returns, they reach the backing disk again.
    bool disarm() { return setArmed(false); }

    // How many fsync/fdatasync calls the file system has failed since mount(), or -1.
    int failedSyncs()
    {
        QFile control(controlPath());
        if (!control.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            m_errorString = control.errorString();
            return -1;
        }
        const QList<QByteArray> state = control.readAll().trimmed().split(' ');
        bool ok = false;
        const int failed = state.size() == 2 ? state.at(1).toInt(&ok) : -1;
        return ok ? failed : -1;
    }

    QString errorString() const { return m_errorString; }
    // The faulty file system.
    QString path() const { return m_mountPoint.path(); }
    QString filePath(const QString &fileName) const { return m_mountPoint.filePath(fileName); }
    // The folder beneath it, where the bytes land: to check them without going through FUSE.
    QString backingPath() const { return m_backing.path(); }
    QString backingFilePath(const QString &fileName) const { return m_backing.filePath(fileName); }

private:
    QString controlPath() const { return m_mountPoint.filePath(QStringLiteral(".faultyfs-arm")); }

    bool setArmed(bool armed)
    {
        // Unbuffered: write() reaches the file system, and returns once it has taken the flag.
        QFile control(controlPath());
        if (!control.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            || control.write(armed ? "1" : "0", 1) != 1) {
            m_errorString = QStringLiteral("cannot write ") + controlPath() + QStringLiteral(": ")
                + control.errorString();
            return false;
        }
        return true;
    }

    // Mounted when the mount point is a FUSE file system of its own (not its parent's).
    bool isMounted() const
    {
        const QByteArray mountPoint = QFile::encodeName(m_mountPoint.path());
        const QByteArray parent = QFile::encodeName(QFileInfo(m_mountPoint.path()).path());
        struct statfs fs
        {
        };
        struct stat mountStat
        {
        };
        struct stat parentStat
        {
        };
        return ::statfs(mountPoint.constData(), &fs) == 0 && fs.f_type == FuseSuperMagic
            && ::stat(mountPoint.constData(), &mountStat) == 0
            && ::stat(parent.constData(), &parentStat) == 0
            && mountStat.st_dev != parentStat.st_dev;
    }

    // Also true of a mount whose program has died (statfs then fails with ENOTCONN).
    bool inMountTable() const
    {
        QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
        if (!mountInfo.open(QIODevice::ReadOnly))
            return false;
        const QByteArray mountPoint = QFile::encodeName(m_mountPoint.path());
        for (const QByteArray &line : mountInfo.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() > 4 && fields.at(4) == mountPoint)
                return true;
        }
        return false;
    }

    static bool runUnmount(const QStringList &arguments)
    {
        QProcess fusermount;
        fusermount.start(QStringLiteral("fusermount3"), arguments);
        return fusermount.waitForFinished(UnmountTimeoutMs)
            && fusermount.exitStatus() == QProcess::NormalExit && fusermount.exitCode() == 0;
    }

    void unmount()
    {
        if (m_process.state() == QProcess::NotRunning && !m_mounted)
            return;
        // A clean unmount ends the program; one that is busy (a file still open) is detached
        // by SIGTERM (libfuse unmounts lazily on its way out), and a program that hangs is
        // killed and its dead mount detached.
        bool terminated = false;
        if (m_process.state() != QProcess::NotRunning) {
            if (!runUnmount({ QStringLiteral("-u"), m_mountPoint.path() })
                || !m_process.waitForFinished(UnmountTimeoutMs)) {
                terminated = true;
                m_process.terminate();
                if (!m_process.waitForFinished(UnmountTimeoutMs)) {
                    qWarning("earshot-faultyfs on %s did not end; killing it",
                        qPrintable(m_mountPoint.path()));
                    m_process.kill();
                    m_process.waitForFinished(UnmountTimeoutMs);
                }
            }
        }
        if (inMountTable())
            runUnmount({ QStringLiteral("-u"), QStringLiteral("-z"), m_mountPoint.path() });
        // libfuse ends with 8 after SIGTERM.
        if (m_process.exitStatus() != QProcess::NormalExit
            || (m_process.exitCode() != 0 && !terminated))
            qWarning("earshot-faultyfs on %s ended badly: %s", qPrintable(m_mountPoint.path()),
                m_process.readAll().constData());
        m_mounted = false;
    }

    QTemporaryDir m_backing;
    QTemporaryDir m_mountPoint;
    QProcess m_process;
    bool m_mounted = false;
    QString m_errorString;
};
