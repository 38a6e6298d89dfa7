// Who may write a recording, among instances sharing a recordings folder (docs/scaling.md): the
// lock beside it, taken by another descriptor of this process and by another process, and let
// go when that process is killed.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "storage/recordinglock.h"

class tst_RecordingLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneHolderAtATime();
    void anotherProcessHoldsItUntilItIsKilled();
    void releaseRemovesTheFileOnlyWhenAsked();
    void missingFolderIsAFailureNotAHold();
};

void tst_RecordingLock::oneHolderAtATime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString audio = dir.filePath(QStringLiteral("101500_Guest_5f0c1e2a9b3d4c71.wav"));
    RecordingLock first;
    QCOMPARE(first.acquire(audio), RecordingLock::Outcome::Acquired);
    QVERIFY(first.isHeld());
    QVERIFY(QFile::exists(audio + QStringLiteral(".lock")));

    // Another worker of the same process: an open file description of its own, so it conflicts.
    RecordingLock second;
    QCOMPARE(second.acquire(audio), RecordingLock::Outcome::Held);
    QVERIFY(!second.isHeld());
    QVERIFY(second.errorString().contains(QStringLiteral(".lock")));

    // Moved, it stays held; gone, it is free.
    RecordingLock moved = std::move(first);
    QVERIFY(moved.isHeld());
    QCOMPARE(second.acquire(audio), RecordingLock::Outcome::Held);
    moved.release();
    QCOMPARE(second.acquire(audio), RecordingLock::Outcome::Acquired);
}

void tst_RecordingLock::anotherProcessHoldsItUntilItIsKilled()
{
    const QString python
        = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    QVERIFY2(!python.isEmpty(), "this test needs Debian's /usr/bin/python3");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString audio = dir.filePath(QStringLiteral("101500_Guest_5f0c1e2a9b3d4c71.wav"));

    // A POSIX record lock of another process (Python's lockf is F_SETLK): OFD locks and those
    // conflict, as they do on NFS, where both reach the lock manager.
    QProcess holder;
    holder.start(python,
        { QStringLiteral("-c"),
            QStringLiteral("import fcntl, signal, sys\n"
                           "f = open(sys.argv[1], 'a')\n"
                           "fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
                           "print('locked', flush=True)\n"
                           "signal.pause()\n"),
            RecordingLock::lockPath(audio) });
    QVERIFY(holder.waitForStarted());
    QByteArray said;
    QVERIFY(QTest::qWaitFor([&] {
        said += holder.readAllStandardOutput();
        return said.contains("locked") || holder.state() == QProcess::NotRunning;
    }));
    QCOMPARE(holder.state(), QProcess::Running);

    RecordingLock lock;
    QCOMPARE(lock.acquire(audio), RecordingLock::Outcome::Held);

    // kill -9: the kernel lets go of its locks, and the recording is free at once.
    holder.kill();
    QVERIFY(holder.waitForFinished());
    QCOMPARE(lock.acquire(audio), RecordingLock::Outcome::Acquired);
}

void tst_RecordingLock::releaseRemovesTheFileOnlyWhenAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString audio = dir.filePath(QStringLiteral("a.wav"));
    RecordingLock lock;
    QCOMPARE(lock.acquire(audio), RecordingLock::Outcome::Acquired);
    lock.release();
    // An interrupted recording keeps it, for the next holder.
    QVERIFY(QFile::exists(RecordingLock::lockPath(audio)));
    QCOMPARE(lock.acquire(audio), RecordingLock::Outcome::Acquired);
    lock.release(true);
    QVERIFY(!QFile::exists(RecordingLock::lockPath(audio)));
    QVERIFY(!lock.isHeld());
}

void tst_RecordingLock::missingFolderIsAFailureNotAHold()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecordingLock lock;
    QCOMPARE(
        lock.acquire(dir.filePath(QStringLiteral("gone/a.wav"))), RecordingLock::Outcome::Failed);
    QVERIFY(lock.errorString().contains(QStringLiteral("gone/a.wav.lock")));
}

QTEST_GUILESS_MAIN(tst_RecordingLock)
#include "tst_recordinglock.moc"
