#include <QTemporaryDir>
#include <QTest>

#include "captureserver.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "testclient.h"
#include "testdata.h"

// A CaptureServer destroyed while it records, without shutdown() first (an owner that forgot, or
// an exception path): every file is still finalized, and the destructor runs no event loop of
// its own, so nothing else of the owner's runs in the middle of it.
class tst_ServerLifetime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void destroyingAListeningServerFinalizesItsFiles();
};

void tst_ServerLifetime::destroyingAListeningServerFinalizesItsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerSettings settings;
    settings.port = 0;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.recordingsDir = dir.path();
    settings.workerThreads = 2;

    auto server = std::make_unique<CaptureServer>();
    QVERIFY2(server->start(settings), qPrintable(server->errorString()));
    QUrl url(QStringLiteral("ws://127.0.0.1/ws"));
    url.setPort(server->port());

    const QByteArray audio = randomBytes(6400, 7);
    TestClient client;
    QVERIFY(client.open(url));
    client.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("format"), QStringLiteral("audio/pcm;rate=16000;channels=1") },
        { QStringLiteral("name"), QStringLiteral("Forgotten") } });
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.isEmpty());
    const QString file = dir.filePath(started.value(QLatin1String("file")).toString());
    client.socket.sendBinaryMessage(audio);
    QTRY_COMPARE(client.ackedBytes(), audio.size());

    // Queued for this thread's event loop: it must still be waiting when the destructor returns.
    bool ranMeanwhile = false;
    QTimer::singleShot(0, this, [&ranMeanwhile] { ranMeanwhile = true; });
    server.reset();
    QVERIFY2(!ranMeanwhile, "~CaptureServer ran an event loop");

    const QByteArray onDisk = readFile(file);
    QCOMPARE(onDisk.size(), WavHeader::Size + audio.size());
    QCOMPARE(WavHeader::parse(onDisk.left(WavHeader::Size))->dataBytes, audio.size());
    QCOMPARE(sha256(onDisk.mid(WavHeader::Size)), sha256(audio));
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->status, QStringLiteral("interrupted"));
    QCOMPARE(sidecar->bytes, audio.size());
    // A v1 client can resume after the restart: the sidecar keeps its token's digest.
    QVERIFY(!sidecar->resumeTokenSha256.isEmpty());

    QVERIFY(client.waitClosed());
    QCOMPARE(client.closeCode, QWebSocketProtocol::CloseCodeGoingAway);
    QVERIFY(ranMeanwhile);
}

QTEST_GUILESS_MAIN(tst_ServerLifetime)
#include "tst_serverlifetime.moc"
