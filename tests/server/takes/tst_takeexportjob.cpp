#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include "captureserver.h"
#include "ffprobe.h"
#include "scriptedtake.h"
#include "takes/takeexport.h"
#include "takes/takeexportjob.h"
#include "testdata.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

namespace {

// Long enough that an export takes a while to write (cancel lands mid-way), sent 20x as fast
// as it plays.
constexpr double RunS = 240;
constexpr double Speed = 20;

// Every file in `folder`, hidden ones too, with its SHA-256.
QMap<QString, QByteArray> contents(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString &name :
        dir.entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        files.insert(name, sha256(readFile(dir.filePath(name))));
    return files;
}

} // namespace

// "Export aligned" as a job on a thread of its own, on a real take recorded through a real
// server: progress up to 1, the files; cancel leaves nothing; one export of a take at a time.
class tst_TakeExportJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void exportsWithProgressUpToOne();
    void cancelLeavesNoFileAndThePreviousExportWhole();
    void aSecondExportOfTheTakeIsRefusedWhileOneRuns();
    void deletingARunningJobCancelsIt();
    void aFolderWithoutATakeFails();

private:
    QString aligned() const { return m_folder + u"/aligned"_s; }

    std::unique_ptr<TestServer> m_server;
    QString m_folder;
};

void tst_TakeExportJob::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    QVERIFY(m_server->start(settings));
    QString problem;
    const std::optional<Take> take = m_server->server().createTake(u"Long"_s, &problem);
    QVERIFY2(take, qPrintable(problem));
    ScriptedTake::Guests guests;
    QVERIFY2(ScriptedTake::record(*m_server, take->id, { { "Ada", 0.0 }, { "Grace", 30.0 } }, RunS,
                 120, guests, &problem, Speed),
        qPrintable(problem));
    QVERIFY(m_server->stop());
    m_folder = m_server->filePath(take->folder);
}

void tst_TakeExportJob::init()
{
    QVERIFY(QDir(aligned()).removeRecursively());
}

void tst_TakeExportJob::cleanupTestCase()
{
    m_server.reset();
}

void tst_TakeExportJob::exportsWithProgressUpToOne()
{
    TakeExportJob job(m_folder);
    QSignalSpy progress(&job, &TakeExportJob::progressChanged);
    QSignalSpy finished(&job, &TakeExportJob::finished);
    QString problem;
    QVERIFY2(job.start(&problem), qPrintable(problem));
    // start() returned before the export did: it runs on another thread.
    QVERIFY(job.isRunning());
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);

    const QList<QVariant> result = finished.takeFirst();
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
    QVERIFY(!job.isRunning());
    QVERIFY(progress.size() > 10); // it moved visibly, not 0 then 1
    QVERIFY(progress.size() <= 101);
    double last = 0;
    for (const QList<QVariant> &step : std::as_const(progress)) {
        QVERIFY(step.at(0).toDouble() > last);
        last = step.at(0).toDouble();
    }
    QCOMPARE(last, 1.0);
    QCOMPARE(job.progress(), 1.0);

    const QStringList files = result.at(1).toStringList();
    QCOMPARE(files,
        QStringList({ aligned() + u"/Ada.wav"_s, aligned() + u"/Grace.wav"_s,
            aligned() + u"/Long.mka"_s }));
    for (const QString &file : files) {
        const std::optional<QJsonObject> probe = ffprobeJson(file, &problem);
        QVERIFY2(probe, qPrintable(problem));
        const double s = probe->value(u"format"_s)[u"duration"_s].toString().toDouble();
        QVERIFY2(std::abs(s - RunS) < 0.05, qPrintable(u"%1 lasts %2 s"_s.arg(file).arg(s)));
    }
    QCOMPARE(
        contents(aligned()).keys(), QStringList({ u"Ada.wav"_s, u"Grace.wav"_s, u"Long.mka"_s }));
}

void tst_TakeExportJob::cancelLeavesNoFileAndThePreviousExportWhole()
{
    // Nothing exported yet: a cancelled export leaves no aligned/ folder at all.
    {
        TakeExportJob job(m_folder);
        QSignalSpy finished(&job, &TakeExportJob::finished);
        connect(&job, &TakeExportJob::progressChanged, &job, &TakeExportJob::cancel);
        QString problem;
        QVERIFY2(job.start(&problem), qPrintable(problem));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toStringList(), QStringList());
        QCOMPARE(finished.first().at(2).toString(), u"cancelled"_s);
        QVERIFY(job.wasCancelled());
        QVERIFY(job.progress() > 0 && job.progress() < 1);
        QVERIFY2(!QFileInfo::exists(aligned()), qPrintable(contents(aligned()).keys().join(u", ")));
    }

    // After a whole export, a cancelled one leaves it as it was, byte for byte.
    QString problem;
    TakeExport exporter;
    const std::optional<TakeExport::Plan> plan = TakeExport::plan(m_folder, &problem);
    QVERIFY2(plan && exporter.write(*plan, {}, &problem), qPrintable(problem));
    const QMap<QString, QByteArray> before = contents(aligned());
    QCOMPARE(before.size(), 3);
    TakeExportJob job(m_folder);
    QSignalSpy finished(&job, &TakeExportJob::finished);
    // Late in the export: the first track is written whole by then.
    connect(&job, &TakeExportJob::progressChanged, &job, [&job](double progress) {
        if (progress > 0.5)
            job.cancel();
    });
    QVERIFY2(job.start(&problem), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished.first().at(2).toString(), u"cancelled"_s);
    QCOMPARE(contents(aligned()), before);
}

void tst_TakeExportJob::aSecondExportOfTheTakeIsRefusedWhileOneRuns()
{
    TakeExportJob first(m_folder);
    QSignalSpy finished(&first, &TakeExportJob::finished);
    QString problem;
    QVERIFY2(first.start(&problem), qPrintable(problem));
    QVERIFY(TakeExportJob::isExporting(m_folder));
    QVERIFY(TakeExportJob::isExporting(m_folder + u"/../"_s + QFileInfo(m_folder).fileName()));

    // The same folder however it is spelled.
    TakeExportJob second(m_folder + u"/."_s);
    QSignalSpy secondFinished(&second, &TakeExportJob::finished);
    QVERIFY(!second.start(&problem));
    QVERIFY2(problem.contains(u"being exported already"_s), qPrintable(problem));
    QVERIFY(!second.isRunning());
    QVERIFY(!first.start(&problem));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(!TakeExportJob::isExporting(m_folder));
    QCOMPARE(secondFinished.size(), 0);
    // Once it has finished, the take can be exported again.
    TakeExportJob again(m_folder);
    QSignalSpy againFinished(&again, &TakeExportJob::finished);
    QVERIFY2(again.start(&problem), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(againFinished.size(), 1, 120000);
    QVERIFY(againFinished.first().at(0).toBool());
}

void tst_TakeExportJob::deletingARunningJobCancelsIt()
{
    auto job = std::make_unique<TakeExportJob>(m_folder);
    QSignalSpy progress(job.get(), &TakeExportJob::progressChanged);
    QString problem;
    QVERIFY2(job->start(&problem), qPrintable(problem));
    QTRY_VERIFY(progress.size() > 0);
    job.reset(); // waits for its thread
    QVERIFY(!TakeExportJob::isExporting(m_folder));
    QVERIFY(!QFileInfo::exists(aligned()));
}

void tst_TakeExportJob::aFolderWithoutATakeFails()
{
    TakeExportJob job(m_server->path());
    QSignalSpy finished(&job, &TakeExportJob::finished);
    QString problem;
    QVERIFY2(job.start(&problem), qPrintable(problem));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(2).toString().startsWith(u"no take in"_s),
        qPrintable(finished.first().at(2).toString()));
    QVERIFY(!job.wasCancelled());
    QVERIFY(!TakeExportJob::isExporting(m_server->path()));
}

QTEST_GUILESS_MAIN(tst_TakeExportJob)
#include "tst_takeexportjob.moc"
