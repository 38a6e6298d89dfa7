// FaultyFsMount with real system calls through a real FUSE mount: syncs fail with EIO exactly
// while armed, and everything else reaches the backing folder untouched.
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTest>

#include "faultyfsmount.h"

namespace {

using SyncCall = int (*)(int);

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20261201);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t count = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (count <= 0)
            return false;
        done += count;
    }
    return true;
}

bool inMountTable(const QString &path)
{
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountInfo.open(QIODevice::ReadOnly))
        return false;
    const QByteArray encoded = QFile::encodeName(path);
    for (const QByteArray &line : mountInfo.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && fields.at(4) == encoded)
            return true;
    }
    return false;
}

// A sync call's result as a test reads it: 0, or the errno it failed with.
int syncResult(SyncCall call, int fd)
{
    return call(fd) == 0 ? 0 : errno;
}

} // namespace

class TestFaultyFs final : public QObject
{
    Q_OBJECT

private slots:
    void syncFailsOnlyWhileArmed_data();
    void syncFailsOnlyWhileArmed();
    void directorySyncFailsWhileArmed();
    void syncfsIsNotFaulted();
    void armingReachesFilesOpenedBefore();
    void renameAndUnlinkPassThrough();
    void saveFileCommits();
    void saveFileIgnoresItsFailedSync();
    void controlFileIsHidden();
    void unmountsWhenBusy();
};

void TestFaultyFs::syncFailsOnlyWhileArmed_data()
{
    QTest::addColumn<SyncCall>("call");
    QTest::addRow("fdatasync") << SyncCall(::fdatasync);
    QTest::addRow("fsync") << SyncCall(::fsync);
}

void TestFaultyFs::syncFailsOnlyWhileArmed()
{
    QFETCH(SyncCall, call);
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));

    const QByteArray first = randomBytes(1 << 20);
    const QByteArray second = randomBytes(1 << 16).toBase64();
    const QByteArray path = QFile::encodeName(disk.filePath(QStringLiteral("take.wav")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
    QVERIFY2(fd >= 0, strerror(errno));
    auto closeFd = qScopeGuard([fd] { ::close(fd); });

    QVERIFY(writeAll(fd, first));
    QCOMPARE(syncResult(call, fd), 0);
    QCOMPARE(disk.failedSyncs(), 0);

    QVERIFY2(disk.arm(), qPrintable(disk.errorString()));
    QVERIFY(writeAll(fd, second));
    QCOMPARE(syncResult(call, fd), EIO);
    QCOMPARE(syncResult(call, fd), EIO);
    QCOMPARE(disk.failedSyncs(), 2);

    QVERIFY2(disk.disarm(), qPrintable(disk.errorString()));
    QCOMPARE(syncResult(call, fd), 0);
    QCOMPARE(disk.failedSyncs(), 2);
    closeFd.dismiss();
    QCOMPARE(::close(fd), 0);

    // The bytes landed as written, seen without FUSE and through it.
    const QByteArray expected = sha256(first + second);
    QCOMPARE(fileSha256(disk.backingFilePath(QStringLiteral("take.wav"))), expected);
    QCOMPARE(fileSha256(disk.filePath(QStringLiteral("take.wav"))), expected);
}

void TestFaultyFs::directorySyncFailsWhileArmed()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
    QVERIFY(QDir(disk.path()).mkdir(QStringLiteral("recordings")));
    QVERIFY(QFileInfo(disk.backingFilePath(QStringLiteral("recordings"))).isDir());

    const QByteArray path = QFile::encodeName(disk.filePath(QStringLiteral("recordings")));
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    QVERIFY2(fd >= 0, strerror(errno));
    auto closeFd = qScopeGuard([fd] { ::close(fd); });
    QCOMPARE(syncResult(::fsync, fd), 0);
    QVERIFY(disk.arm());
    QCOMPARE(syncResult(::fsync, fd), EIO);
    QVERIFY(disk.disarm());
    QCOMPARE(syncResult(::fsync, fd), 0);
}

// Pins what faultyfsmount.h tells test authors: syncfs() cannot be made to fail here.
void TestFaultyFs::syncfsIsNotFaulted()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
    const QByteArray path = QFile::encodeName(disk.filePath(QStringLiteral("take.wav")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0640);
    QVERIFY2(fd >= 0, strerror(errno));
    auto closeFd = qScopeGuard([fd] { ::close(fd); });
    QVERIFY(writeAll(fd, randomBytes(4096)));

    QVERIFY(disk.arm());
    QVERIFY(writeAll(fd, randomBytes(4096)));
    QCOMPARE(syncResult(::syncfs, fd), 0);
    QCOMPARE(disk.failedSyncs(), 0);
    QCOMPARE(syncResult(::fdatasync, fd), EIO);
}

void TestFaultyFs::armingReachesFilesOpenedBefore()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
    QFile file(disk.filePath(QStringLiteral("take.wav")));
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write("RIFF"), 4);
    QVERIFY(file.flush());

    // Armed and disarmed many times: each change holds from the call's return on.
    for (int round = 0; round < 20; ++round) {
        QVERIFY(disk.arm());
        QCOMPARE(syncResult(::fdatasync, file.handle()), EIO);
        QVERIFY(disk.disarm());
        QCOMPARE(syncResult(::fdatasync, file.handle()), 0);
    }
    QCOMPARE(disk.failedSyncs(), 20);
}

void TestFaultyFs::renameAndUnlinkPassThrough()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
    const QByteArray bytes = randomBytes(10000);
    {
        QFile file(disk.filePath(QStringLiteral("a.part")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    {
        QFile other(disk.filePath(QStringLiteral("b.wav")));
        QVERIFY(other.open(QIODevice::WriteOnly));
    }

    // RENAME_NOREPLACE reaches the backing folder, with its errno.
    const QByteArray from = QFile::encodeName(disk.filePath(QStringLiteral("a.part")));
    const QByteArray taken = QFile::encodeName(disk.filePath(QStringLiteral("b.wav")));
    QCOMPARE(
        ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, taken.constData(), RENAME_NOREPLACE), -1);
    QCOMPARE(errno, EEXIST);

    QVERIFY(QFile::rename(
        disk.filePath(QStringLiteral("a.part")), disk.filePath(QStringLiteral("a.wav"))));
    QVERIFY(!QFile::exists(disk.backingFilePath(QStringLiteral("a.part"))));
    QCOMPARE(fileSha256(disk.backingFilePath(QStringLiteral("a.wav"))), sha256(bytes));

    QVERIFY(QFile::remove(disk.filePath(QStringLiteral("b.wav"))));
    QVERIFY(!QFile::exists(disk.backingFilePath(QStringLiteral("b.wav"))));
    QCOMPARE(QDir(disk.backingPath()).entryList(QDir::Files), QStringList { u"a.wav"_qs });

    // Errors are the backing folder's own.
    const QByteArray missing = QFile::encodeName(disk.filePath(QStringLiteral("missing.wav")));
    QCOMPARE(::unlink(missing.constData()), -1);
    QCOMPARE(errno, ENOENT);
    QVERIFY(QDir(disk.path()).mkdir(QStringLiteral("full")));
    QVERIFY(QFile::copy(
        disk.filePath(QStringLiteral("a.wav")), disk.filePath(QStringLiteral("full/a.wav"))));
    const QByteArray full = QFile::encodeName(disk.filePath(QStringLiteral("full")));
    QCOMPARE(::rmdir(full.constData()), -1);
    QCOMPARE(errno, ENOTEMPTY);
}

void TestFaultyFs::saveFileCommits()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
    const QByteArray json = R"({"status": "complete"})";
    QSaveFile out(disk.filePath(QStringLiteral("take.json")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(json), json.size());
    QVERIFY2(out.commit(), qPrintable(out.errorString()));

    QCOMPARE(fileSha256(disk.backingFilePath(QStringLiteral("take.json"))), sha256(json));
    QCOMPARE(QDir(disk.backingPath()).entryList(QDir::Files), QStringList { u"take.json"_qs });
    QCOMPARE(disk.failedSyncs(), 0);
}

// What faultyfsmount.h tells test authors: a sidecar saved while armed still lands.
void TestFaultyFs::saveFileIgnoresItsFailedSync()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
    QVERIFY(disk.arm());
    const QByteArray json = R"({"status": "complete", "error": "not on the disk"})";
    QSaveFile out(disk.filePath(QStringLiteral("take.json")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(json), json.size());
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QCOMPARE(disk.failedSyncs(), 1);
    QCOMPARE(fileSha256(disk.backingFilePath(QStringLiteral("take.json"))), sha256(json));
}

void TestFaultyFs::controlFileIsHidden()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
    QVERIFY(QFile::exists(disk.filePath(QStringLiteral(".faultyfs-arm"))));
    QVERIFY(QDir(disk.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
    QVERIFY(QDir(disk.backingPath())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());

    // A shell in another process arms it the same way.
    QProcess shell;
    shell.start(QStringLiteral("sh"),
        { QStringLiteral("-c"), QStringLiteral("echo 1 > \"$0\"/.faultyfs-arm"), disk.path() });
    QVERIFY(shell.waitForFinished());
    QCOMPARE(shell.exitCode(), 0);
    QFile control(disk.filePath(QStringLiteral(".faultyfs-arm")));
    QVERIFY(control.open(QIODevice::ReadOnly));
    QCOMPARE(control.readAll(), QByteArray("1 0\n"));
}

// No stale mount, and no program left running, after a test that stops with a file open.
void TestFaultyFs::unmountsWhenBusy()
{
    QString mountPoint;
    int fd = -1;
    {
        FaultyFsMount disk;
        QVERIFY2(disk.mount(), qPrintable(disk.errorString()));
        mountPoint = disk.path();
        QVERIFY(inMountTable(mountPoint));
        const QByteArray path = QFile::encodeName(disk.filePath(QStringLiteral("open.wav")));
        fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0640);
        QVERIFY2(fd >= 0, strerror(errno));
    }
    QVERIFY(!inMountTable(mountPoint));
    QVERIFY(!QFileInfo::exists(mountPoint));
    // The descriptor outlived its file system: it answers, with an error, instead of hanging.
    QCOMPARE(::write(fd, "x", 1), -1);
    ::close(fd);
}

QTEST_GUILESS_MAIN(TestFaultyFs)
#include "tst_faultyfs.moc"
