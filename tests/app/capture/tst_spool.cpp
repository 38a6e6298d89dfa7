#include <QDir>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include "capture/spool.h"
#include "capture/spoolmanifest.h"

// The disk spool of the microphone stream: what is not acknowledged stays on disk, in segments
// that go once every byte in them is acknowledged, and a dead process's folder can be taken over.
class tst_Spool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackAcrossSegments();
    void acknowledgingFreesWholeSegments();
    void keepsOnlyItsFolderWhileOpen();
    void deadProcessesFoldersAreAdopted();
    void liveFoldersAreNotAdopted();
    void aGapIsNotAdopted();
    void manifestKeepsNoPairingToken();
    void manifestsAreChecked_data();
    void manifestsAreChecked();

private:
    static QByteArray pattern(qsizetype size, int seed)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char((i * 31 + seed) & 0xff);
        return bytes;
    }
    static QStringList segmentFiles(const Spool &spool)
    {
        return QDir(spool.folder()).entryList({ QStringLiteral("*.pcm") }, QDir::Files);
    }
};

void tst_Spool::readsBackAcrossSegments()
{
    QTemporaryDir dir;
    Spool spool(1000);
    QVERIFY2(spool.open(dir.path()), qPrintable(spool.errorString()));
    QByteArray all;
    for (int i = 0; i < 7; ++i) {
        const QByteArray chunk = pattern(3200 / (i + 1), i);
        QVERIFY(spool.append(chunk));
        all += chunk;
    }
    QCOMPARE(spool.endOffset(), all.size());
    QCOMPARE(segmentFiles(spool).size(), int((all.size() + 999) / 1000));
    QCOMPARE(spool.readFrom(0, all.size()), all);
    QCOMPARE(spool.readFrom(999, 2), all.mid(999, 2));
    QCOMPARE(spool.readFrom(1500, 64 * 1024), all.mid(1500));
    QCOMPARE(spool.readFrom(all.size(), 10), QByteArray());
}

void tst_Spool::acknowledgingFreesWholeSegments()
{
    QTemporaryDir dir;
    Spool spool(1000);
    QVERIFY(spool.open(dir.path()));
    const QByteArray all = pattern(4500, 7);
    QVERIFY(spool.append(all));
    QCOMPARE(spool.segmentCount(), 5);

    spool.acknowledge(1999);
    QCOMPARE(spool.startOffset(), 1000);
    QCOMPARE(segmentFiles(spool).size(), 4);
    QCOMPARE(spool.pendingBytes(), 4500 - 1999);
    QCOMPARE(spool.readFrom(1999, 10), all.mid(1999, 10));
    QCOMPARE(spool.readFrom(500, 10), QByteArray()); // gone

    spool.acknowledge(1000); // acknowledgements never go back
    QCOMPARE(spool.acknowledgedOffset(), 1999);
    spool.acknowledge(4500);
    QCOMPARE(spool.pendingBytes(), 0);
    QCOMPARE(segmentFiles(spool).size(), 1); // the segment being written stays until it is full
    QVERIFY(spool.append(pattern(1200, 9)));
    spool.acknowledge(spool.endOffset());
    QCOMPARE(segmentFiles(spool).size(), 1);
    QCOMPARE(spool.startOffset(), 5000);
}

void tst_Spool::keepsOnlyItsFolderWhileOpen()
{
    QTemporaryDir dir;
    QString folder;
    {
        Spool spool;
        QVERIFY(spool.open(dir.path()));
        folder = spool.folder();
        QVERIFY(spool.append(pattern(100, 1)));
        QVERIFY(QFileInfo::exists(folder));
    }
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void tst_Spool::deadProcessesFoldersAreAdopted()
{
    QTemporaryDir dir;
    const QByteArray all = pattern(2500, 3);
    QString folder;
    {
        Spool crashed(1000);
        QVERIFY(crashed.open(dir.path()));
        folder = crashed.folder();
        QVERIFY(crashed.append(all));
        crashed.acknowledge(1200);
        crashed.release(); // what a crash leaves: the folder as it was
    }
    // Its lock names a process that is gone.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted(5000));
    const qint64 pid = gone.processId(); // 0 once it has finished
    QVERIFY(gone.waitForFinished(5000));
    QFile lock(QDir(folder).filePath(QStringLiteral("lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\ntrue\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();

    // A new spool beside it leaves it alone...
    Spool fresh;
    QVERIFY(fresh.open(dir.path()));
    QVERIFY(QFileInfo::exists(folder));
    QCOMPARE(Spool::folders(dir.path()).size(), 2);

    // ... and it can be taken over with what was not forgotten yet.
    Spool adopted;
    QVERIFY2(adopted.adopt(folder), qPrintable(adopted.errorString()));
    QCOMPARE(adopted.startOffset(), 1000);
    QCOMPARE(adopted.acknowledgedOffset(), 1000);
    QCOMPARE(adopted.endOffset(), all.size());
    QCOMPARE(adopted.readFrom(1000, all.size()), all.mid(1000));
    adopted.acknowledge(all.size());
    adopted.close();
    QVERIFY(!QFileInfo::exists(folder));
}

void tst_Spool::liveFoldersAreNotAdopted()
{
    QTemporaryDir dir;
    Spool live;
    QVERIFY(live.open(dir.path()));
    QVERIFY(live.append(pattern(100, 4)));
    Spool other;
    QVERIFY(!other.adopt(live.folder()));
    QVERIFY(other.isLockedByOther());
    QVERIFY(!other.isOpen());
    QCOMPARE(live.readFrom(0, 100), pattern(100, 4));
}

void tst_Spool::aGapIsNotAdopted()
{
    QTemporaryDir dir;
    for (const char *name : { "0000000000000000.pcm", "0000000000000020.pcm" }) {
        QFile segment(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(segment.open(QIODevice::WriteOnly));
        segment.write(pattern(10, 5));
    }
    Spool spool;
    QVERIFY(!spool.adopt(dir.path()));
    QVERIFY(!spool.isLockedByOther());
    QVERIFY(spool.errorString().contains(QStringLiteral("0000000000000020.pcm")));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("0000000000000000.pcm"))));
}

void tst_Spool::manifestKeepsNoPairingToken()
{
    QTemporaryDir dir;
    SpoolManifest manifest;
    manifest.receiver = QUrl(QStringLiteral("wss://192.168.1.20:8000/ws?t=pairing-secret"));
    manifest.format = { 48000, 2 };
    manifest.name = QStringLiteral("studio");
    manifest.session = QStringLiteral("5f0c1e2a9b3d4c71");
    manifest.resumeToken = QStringLiteral("0d2c5a");
    manifest.sessionBase = 3200;
    QString problem;
    QVERIFY2(manifest.write(dir.path(), &problem), qPrintable(problem));
    const QString path = dir.filePath(SpoolManifest::fileName());
    QCOMPARE(QFile::permissions(path),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("pairing-secret"));

    const std::optional<SpoolManifest> read = SpoolManifest::read(dir.path(), &problem);
    QVERIFY2(read, qPrintable(problem));
    QCOMPARE(read->receiver, QUrl(QStringLiteral("wss://192.168.1.20:8000/ws")));
    QCOMPARE(read->format, manifest.format);
    QCOMPARE(read->name, manifest.name);
    QCOMPARE(read->session, manifest.session);
    QCOMPARE(read->resumeToken, manifest.resumeToken);
    QCOMPARE(read->sessionBase, 3200);
}

void tst_Spool::manifestsAreChecked_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("valid");
    const QByteArray good
        = R"({"version":1,"receiver":"ws://127.0.0.1:8000/ws","sampleRate":16000,)"
          R"("channels":1,"name":"n","session":"s","resumeToken":"r","sessionBase":0})";
    // The rows after the first each break one field of it.
    QTest::addRow("whole") << good << true;
    QTest::addRow("not JSON") << QByteArray("{\"version\":1,") << false;
    QTest::addRow("another version")
        << QByteArray(good).replace("\"version\":1", "\"version\":2") << false;
    QTest::addRow("no receiver") << QByteArray(good).replace("ws://127.0.0.1:8000/ws", "") << false;
    QTest::addRow("a rate it cannot stream") << QByteArray(good).replace("16000", "44100") << false;
    QTest::addRow("a session without its token")
        << QByteArray(good).replace("\"resumeToken\":\"r\"", "\"resumeToken\":\"\"") << false;
    QTest::addRow("a negative base")
        << QByteArray(good).replace("\"sessionBase\":0", "\"sessionBase\":-1") << false;
}

void tst_Spool::manifestsAreChecked()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, valid);
    QTemporaryDir dir;
    QFile file(dir.filePath(SpoolManifest::fileName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString problem;
    QCOMPARE(SpoolManifest::read(dir.path(), &problem).has_value(), valid);
    QCOMPARE(problem.contains(SpoolManifest::fileName()), !valid);
}

QTEST_GUILESS_MAIN(tst_Spool)
#include "tst_spool.moc"
