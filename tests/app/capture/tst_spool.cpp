#include <QDir>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include "capture/spool.h"

// The disk spool of the microphone stream: what is not acknowledged stays on disk, in segments
// that go once every byte in them is acknowledged.
class tst_Spool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackAcrossSegments();
    void acknowledgingFreesWholeSegments();
    void keepsOnlyItsFolderWhileOpen();
    void removesFoldersOfDeadProcesses();

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

void tst_Spool::removesFoldersOfDeadProcesses()
{
    QTemporaryDir dir;
    // A folder a crashed process left: no live lock in it.
    const QString abandoned = QDir(dir.path()).filePath(QStringLiteral("abandoned"));
    QVERIFY(QDir().mkpath(abandoned));
    QFile leftover(QDir(abandoned).filePath(QStringLiteral("0000000000000000.pcm")));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();

    Spool live;
    QVERIFY(live.open(dir.path()));
    QVERIFY(!QFileInfo::exists(abandoned));

    // Another spool that is still open keeps its folder.
    Spool second;
    QVERIFY(second.open(dir.path()));
    QVERIFY(QFileInfo::exists(live.folder()));
    QVERIFY(QFileInfo::exists(second.folder()));
    QVERIFY(live.folder() != second.folder());
}

QTEST_GUILESS_MAIN(tst_Spool)
#include "tst_spool.moc"
