// Proven complete (docs/protocol.md, "Stop"): a client's stop carries the bytes it produced and
// their SHA-256, and Earshot says in the stopped reply and the sidecar whether its file holds
// exactly those. A real server on port 0 and real v1 clients; files checked with SHA-256.

#include <QDir>
#include <QTest>

#include "protocol/producedtotals.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

namespace {

const QString Pcm16k = QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16");
constexpr qsizetype ChunkBytes = 3200;

ProducedTotals totalsOf(const QByteArray &bytes)
{
    return { bytes.size(), QString::fromLatin1(sha256(bytes)) };
}

void sendChunks(TestClient &client, const QByteArray &bytes, qsizetype from = 0)
{
    for (qsizetype offset = from; offset < bytes.size(); offset += ChunkBytes)
        client.v1.sendAudio(bytes.mid(offset, ChunkBytes));
}

} // namespace

class tst_Verification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stopWithTotals_data();
    void stopWithTotals();
    void resumedSessionIsVerifiedAcrossTheResume();
    void malformedTotalsAreRefusedAndTheSessionGoesOn();

private:
    ServerSettings settings() const;
    QString filePath(const QJsonObject &stopped) const;
    std::optional<Sidecar> sidecarOf(const QJsonObject &stopped) const;

    std::unique_ptr<TestServer> m_server;
};

ServerSettings tst_Verification::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    settings.workerThreads = 2;
    return settings;
}

void tst_Verification::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    QVERIFY(m_server->start(settings()));
}

void tst_Verification::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

QString tst_Verification::filePath(const QJsonObject &stopped) const
{
    return QDir(m_server->path()).filePath(stopped.value(QLatin1String("file")).toString());
}

std::optional<Sidecar> tst_Verification::sidecarOf(const QJsonObject &stopped) const
{
    return Sidecar::load(RecordingPaths::sidecarPath(filePath(stopped)), nullptr);
}

void tst_Verification::stopWithTotals_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("verification");
    QTest::addColumn<QString>("problem");

    const QString pcm = Pcm16k;
    const QString webm = QStringLiteral("audio/webm;codecs=opus");
    QTest::addRow("whole PCM upload") << pcm << "none"
                                      << "verified"
                                      << "";
    QTest::addRow("whole WebM upload") << webm << "none"
                                       << "verified"
                                       << "";
    // The client counted and hashed its last chunk but it never left (a truncated upload).
    QTest::addRow("truncated PCM upload") << pcm << "truncated"
                                          << "mismatch"
                                          << "missing the last 3200 bytes";
    QTest::addRow("truncated WebM upload") << webm << "truncated"
                                           << "mismatch"
                                           << "missing the last 3200 bytes";
    // Same length, one byte different between what the client hashed and what arrived.
    QTest::addRow("tampered PCM upload") << pcm << "tampered"
                                         << "mismatch"
                                         << "content differs";
    QTest::addRow("more than the client produced")
        << pcm << "extra"
        << "mismatch"
        << "holds 3200 bytes more than the client produced";
    QTest::addRow("no totals") << pcm << "no totals"
                               << "unverified"
                               << "";
}

void tst_Verification::stopWithTotals()
{
    QFETCH(QString, format);
    QFETCH(QString, damage);
    QFETCH(QString, verification);
    QFETCH(QString, problem);

    const QByteArray produced = randomBytes(20 * ChunkBytes, 7);
    QByteArray sent = produced;
    if (damage == u"truncated")
        sent.chop(ChunkBytes);
    else if (damage == u"tampered")
        sent[1000] = char(sent.at(1000) ^ 0x01);
    else if (damage == u"extra")
        sent += randomBytes(ChunkBytes, 8);

    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(format, QStringLiteral("guest"));
    QVERIFY(!client.waitFor(QStringLiteral("started")).isEmpty());
    sendChunks(client, sent);
    client.v1.sendStop(damage == u"no totals" ? std::nullopt : std::optional(totalsOf(produced)));

    const QJsonObject stopped = client.waitFor(QStringLiteral("stopped"), 0, 15000);
    QVERIFY(!stopped.isEmpty());
    QCOMPARE(stopped.value(QLatin1String("verification")).toString(), verification);
    QCOMPARE(stopped.value(QLatin1String("verificationProblem")).toString(), problem);
    QCOMPARE(stopped.value(QLatin1String("bytes")).toInteger(), sent.size());

    // The file holds what arrived, whatever the verdict: nothing is thrown away.
    const QByteArray onDisk = readFile(filePath(stopped));
    const qsizetype header = format == Pcm16k ? WavHeader::Size : 0;
    QCOMPARE(sha256(onDisk.mid(header)), sha256(sent));

    const std::optional<Sidecar> sidecar = sidecarOf(stopped);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->status, QStringLiteral("complete"));
    QCOMPARE(sidecar->verification, verification);
    QCOMPARE(sidecar->verificationProblem, problem);
    if (damage == u"no totals") {
        QCOMPARE(sidecar->producedBytes, -1);
        QVERIFY(sidecar->payloadSha256.isEmpty());
    } else {
        QCOMPARE(sidecar->producedBytes, produced.size());
        QCOMPARE(sidecar->producedSha256, QString::fromLatin1(sha256(produced)));
        QCOMPARE(sidecar->payloadSha256, QString::fromLatin1(sha256(sent)));
    }
    // The remux that follows a WebM stop keeps the verdict in the sidecar it rewrites.
    if (format != Pcm16k) {
        QTRY_VERIFY_WITH_TIMEOUT(!sidecarOf(stopped)->remux.state.isEmpty(), 10000);
        QCOMPARE(sidecarOf(stopped)->verification, verification);
    }
}

void tst_Verification::resumedSessionIsVerifiedAcrossTheResume()
{
    const QByteArray produced = randomBytes(40 * ChunkBytes, 11);
    QString session;
    QString token;
    {
        TestClient first;
        QVERIFY(first.open(m_server->wsUrl()));
        first.sendStart(Pcm16k, QStringLiteral("flaky"));
        const QJsonObject started = first.waitFor(QStringLiteral("started"));
        session = started.value(QLatin1String("session")).toString();
        token = started.value(QLatin1String("resumeToken")).toString();
        sendChunks(first, produced.left(16 * ChunkBytes));
        QTRY_COMPARE(first.ackedBytes(), 16 * ChunkBytes);
        // Sent but never acknowledged: the resume tells the client to send it again.
        first.v1.sendAudio(produced.mid(16 * ChunkBytes, ChunkBytes).left(100));
        first.socket.abort(); // the network drops: no close frame
    }
    QTRY_VERIFY(!m_server->server().sessions().isEmpty()
        && m_server->server().sessions().first().state == SessionStats::State::Interrupted);

    TestClient second;
    QVERIFY(second.open(m_server->wsUrl()));
    second.sendResume(session, token);
    const QJsonObject resumed = second.waitFor(QStringLiteral("resumed"));
    QVERIFY(!resumed.isEmpty());
    const qint64 from = resumed.value(QLatin1String("bytes")).toInteger();
    QVERIFY(from >= 16 * ChunkBytes);
    sendChunks(second, produced, from);
    second.v1.sendStop(totalsOf(produced));

    const QJsonObject stopped = second.waitFor(QStringLiteral("stopped"), 0, 15000);
    QCOMPARE(stopped.value(QLatin1String("verification")).toString(), QStringLiteral("verified"));
    QCOMPARE(sha256(readFile(filePath(stopped)).mid(WavHeader::Size)), sha256(produced));
    QCOMPARE(sidecarOf(stopped)->verification, QStringLiteral("verified"));
}

void tst_Verification::malformedTotalsAreRefusedAndTheSessionGoesOn()
{
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(Pcm16k, QStringLiteral("guest"));
    QVERIFY(!client.waitFor(QStringLiteral("started")).isEmpty());
    const QByteArray produced = randomBytes(4 * ChunkBytes, 3);
    sendChunks(client, produced);
    // A hash alone, and a count that is no whole number: a clear error, and still recording.
    client.sendJson({ { QStringLiteral("type"), QStringLiteral("stop") },
        { QStringLiteral("sha256"), QString::fromLatin1(sha256(produced)) } });
    const QJsonObject error = client.waitFor(QStringLiteral("error"));
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("bad_message"));
    client.sendJson(
        { { QStringLiteral("type"), QStringLiteral("stop") }, { QStringLiteral("bytes"), 12.5 },
            { QStringLiteral("sha256"), QString::fromLatin1(sha256(produced)) } });
    QTRY_COMPARE(client.count(QStringLiteral("error")), 2);
    QCOMPARE(client.count(QStringLiteral("stopped")), 0);

    client.v1.sendStop(totalsOf(produced));
    const QJsonObject stopped = client.waitFor(QStringLiteral("stopped"), 0, 15000);
    QCOMPARE(stopped.value(QLatin1String("verification")).toString(), QStringLiteral("verified"));
}

QTEST_GUILESS_MAIN(tst_Verification)
#include "tst_verification.moc"
