#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include "captureserver.h"
#include "faultyfsmount.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

// A disk that dies under a recording: its fdatasync at stop fails. The client is told that its
// file is not proven on the disk, the sidecar and the log say so, and nothing else is lost.
class tst_SyncFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedSyncAtStopIsToldAndKept();
    void startAndResumeNeverWaitForTheDisk();

private:
    /// A loopback server without TLS that records on `disk`.
    static ServerSettings settingsOn(const FaultyFsMount &disk);
    /// A v1 PCM session that sends `audio`; the stopped reply (empty when none came).
    QJsonObject record(TestClient &client, const QByteArray &audio, const QString &name);
};

ServerSettings tst_SyncFailure::settingsOn(const FaultyFsMount &disk)
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = disk.filePath(u"recordings"_s);
    settings.tlsEnabled = false;
    return settings;
}

QJsonObject tst_SyncFailure::record(
    TestClient &client, const QByteArray &audio, const QString &name)
{
    client.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, name);
    const QJsonObject started = client.waitFor(u"started"_s, client.messages.size());
    if (started.isEmpty())
        return {};
    for (qsizetype at = 0; at < audio.size(); at += 3200)
        client.socket.sendBinaryMessage(audio.mid(at, 3200));
    const qsizetype from = client.messages.size();
    client.sendStop();
    return client.waitFor(u"stopped"_s, from);
}

void tst_SyncFailure::failedSyncAtStopIsToldAndKept()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));

    TestServer server;
    const ServerSettings settings = settingsOn(disk);
    QVERIFY(server.start(settings));
    QSignalSpy events(&server.server(), &CaptureServer::eventOccurred);

    TestClient client;
    QVERIFY(client.open(server.wsUrl()));

    // The disk dies while the guest speaks; writes still reach the operating system.
    const QByteArray lost = randomBytes(32000, 7);
    QVERIFY2(disk.arm(), qPrintable(disk.errorString()));
    const QJsonObject unsynced = record(client, lost, u"dying disk"_s);
    QVERIFY(!unsynced.isEmpty());
    QCOMPARE(unsynced.value(u"synced"_s), QJsonValue(false));
    QCOMPARE(unsynced.value(u"bytes"_s).toInteger(), lost.size());
    QVERIFY(disk.failedSyncs() >= 1);

    const QString file
        = QDir(settings.recordingsDir).filePath(unsynced.value(u"file"_s).toString());
    QString problem;
    std::optional<Sidecar> sidecar = Sidecar::load(RecordingPaths::sidecarPath(file), &problem);
    QVERIFY2(sidecar, qPrintable(problem));
    QVERIFY2(sidecar->syncError.startsWith(u"fdatasync: "_s), qPrintable(sidecar->syncError));
    QCOMPARE(sidecar->status, u"complete"_s);
    QCOMPARE(sidecar->bytes, lost.size());
    // Every acknowledged byte is in the file all the same: it is the disk's promise that failed.
    QVERIFY(readFile(file).endsWith(lost));

    const auto logged = [&events] {
        for (const QList<QVariant> &arguments : std::as_const(events)) {
            const ServerEvent event = arguments.at(0).value<ServerEvent>();
            if (event.severity == ServerEvent::Severity::Error
                && event.text.contains(u"could not be forced to the disk"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(logged());

    // The disk recovers: the next session on the same connection is proven as usual.
    QVERIFY(disk.disarm());
    const QByteArray kept = randomBytes(32000, 8);
    const QJsonObject synced = record(client, kept, u"healthy disk"_s);
    QVERIFY(!synced.isEmpty());
    QVERIFY(!synced.contains(u"synced"_s));
    const QString keptFile
        = QDir(settings.recordingsDir).filePath(synced.value(u"file"_s).toString());
    sidecar = Sidecar::load(RecordingPaths::sidecarPath(keptFile), &problem);
    QVERIFY2(sidecar, qPrintable(problem));
    QVERIFY(sidecar->syncError.isEmpty());
    QVERIFY(readFile(keptFile).endsWith(kept));

    QVERIFY(server.stop());
}

// A socket thread serves every connection of its worker: a session that starts, is interrupted
// or resumes must not make them wait for the disk. Its sidecar is renamed into place and left to
// the syncer's syncfs(); a recording's own file is synced by the syncer when it ends.
void tst_SyncFailure::startAndResumeNeverWaitForTheDisk()
{
    FaultyFsMount disk;
    QVERIFY2(disk.mount(), qPrintable(disk.errorString()));

    TestServer server;
    const ServerSettings settings = settingsOn(disk);
    QVERIFY(server.start(settings));

    // Armed, every fsync() or fdatasync() on the mount is counted (and refused).
    QVERIFY2(disk.arm(), qPrintable(disk.errorString()));
    const QByteArray audio = randomBytes(64000, 9);
    QString session;
    QString token;
    {
        TestClient first;
        QVERIFY(first.open(server.wsUrl()));
        first.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"flaky network"_s);
        const QJsonObject started = first.waitFor(u"started"_s);
        QVERIFY(!started.isEmpty());
        session = started.value(u"session"_s).toString();
        token = started.value(u"resumeToken"_s).toString();
        for (qsizetype at = 0; at < 32000; at += 3200)
            first.socket.sendBinaryMessage(audio.mid(at, 3200));
        QTRY_COMPARE(first.ackedBytes(), 32000);
        first.socket.abort(); // the network drops
    }
    QTRY_VERIFY(!server.server().sessions().isEmpty()
        && server.server().sessions().first().state == SessionStats::State::Interrupted);

    TestClient second;
    QVERIFY(second.open(server.wsUrl()));
    second.sendResume(session, token);
    const QJsonObject resumed = second.waitFor(u"resumed"_s);
    QCOMPARE(resumed.value(u"bytes"_s).toInteger(), 32000);
    for (qsizetype at = 32000; at < audio.size(); at += 3200)
        second.socket.sendBinaryMessage(audio.mid(at, 3200));
    QTRY_COMPARE(second.ackedBytes(), audio.size());
    // The one sync was the interrupted recording's own, on the syncer's thread (it keeps the
    // bytes acknowledged before the drop). The sidecars of the start, the interruption and the
    // resume were not synced one by one (each was, with QSaveFile).
    QCOMPARE(disk.failedSyncs(), 1);

    // The stop waits for the recording's own sync: it is proven as usual.
    QVERIFY(disk.disarm());
    second.sendStop();
    const QJsonObject stopped = second.waitFor(u"stopped"_s);
    QVERIFY(!stopped.isEmpty());
    QVERIFY(!stopped.contains(u"synced"_s));
    const QString file = QDir(settings.recordingsDir).filePath(stopped.value(u"file"_s).toString());
    QString problem;
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), &problem);
    QVERIFY2(sidecar, qPrintable(problem));
    QCOMPARE(sidecar->status, u"complete"_s);
    QCOMPARE(sidecar->bytes, audio.size());
    QVERIFY(readFile(file).endsWith(audio));
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(tst_SyncFailure)
#include "tst_syncfailure.moc"
