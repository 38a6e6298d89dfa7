#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTest>

#include "api/apikeyring.h"
#include "curlcall.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray Key = "esk_metrics-test-key-0123456789abcdefghijklmnopq";
const QString Pcm = u"audio/pcm;rate=16000;channels=1;bits=16"_s;

// The value of one sample line ("name{labels} value"); NaN when it is not there.
double sampleValue(const QByteArray &text, const QString &series)
{
    for (const QByteArray &line : text.split('\n')) {
        const QString row = QString::fromUtf8(line);
        if (row.startsWith(series + u' '))
            return row.mid(series.size() + 1).toDouble();
    }
    return qQNaN();
}

} // namespace

// GET /metrics from a real server with real sessions: the Prometheus text format as promtool
// checks it, and the figures a person would check (a live session counted, the bytes sent, the
// refusals and the ban), behind an API key.
class tst_Metrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void metricsCountRealSessions();
    void wrongKeysAreRefusedCountedAndBanned();
    void transcriberLoadIsShown();

private:
    QByteArray fetchMetrics(const QStringList &extra = {});
    bool stream(TestClient &client, const QByteArray &pcm, QString *sessionId);

    std::unique_ptr<TestServer> m_server;
};

void tst_Metrics::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    ServerSettings settings;
    settings.bindAddress = QHostAddress::Any;
    settings.port = 0;
    settings.recordingsDir = m_server->filePath(u"recordings"_s);
    settings.tlsEnabled = false;
    settings.speechModelDir.clear();
    settings.maxTokenFailures = 3;
    QVERIFY(m_server->start(settings));
    m_server->server().setApiKeyDigests({ ApiKeyRing::digestOf(Key) });
}

void tst_Metrics::cleanup()
{
    QVERIFY(m_server->stop());
    m_server.reset();
}

QByteArray tst_Metrics::fetchMetrics(const QStringList &extra)
{
    const CurlResult result
        = curlCall(u"GET"_s, m_server->url(u"http"_s, u"/metrics"_s).toString(), Key, extra);
    if (result.status != 200)
        qWarning() << "GET /metrics:" << result.status << result.body;
    return result.status == 200 ? result.body : QByteArray();
}

bool tst_Metrics::stream(TestClient &client, const QByteArray &pcm, QString *sessionId)
{
    if (!client.open(m_server->wsUrl()))
        return false;
    client.sendStart(Pcm, u"metrics"_s);
    const QJsonObject started = client.waitFor(u"started"_s);
    *sessionId = started.value(u"session"_s).toString();
    for (qsizetype offset = 0; offset < pcm.size(); offset += 3200)
        client.socket.sendBinaryMessage(pcm.mid(offset, 3200));
    return QTest::qWaitFor([&] { return client.ackedBytes() == pcm.size(); }, 10000);
}

void tst_Metrics::metricsCountRealSessions()
{
    const QByteArray livePcm = randomBytes(32000, 1);
    const QByteArray donePcm = randomBytes(48000, 2);
    TestClient live;
    TestClient done;
    QString liveId;
    QString doneId;
    QVERIFY(stream(live, livePcm, &liveId));
    QVERIFY(stream(done, donePcm, &doneId));
    done.sendStop();
    QVERIFY(!done.waitFor(u"stopped"_s).isEmpty());

    QByteArray text;
    // The live count comes from the figures the workers publish a few times a second, the disk
    // from a measure taken off the socket threads: both may lag the first scrape.
    QTRY_VERIFY_WITH_TIMEOUT((text = fetchMetrics(),
                                 sampleValue(text, u"earshot_sessions_live"_s) == 1
                                     && sampleValue(text, u"earshot_disk_free_bytes"_s) > 0),
        10000);

    // Prometheus' own checker: format and naming conventions (it prints what it finds).
    QProcess promtool;
    promtool.start(u"promtool"_s, { u"check"_s, u"metrics"_s });
    QVERIFY(promtool.waitForStarted());
    promtool.write(text);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(20000));
    const QByteArray complaints
        = promtool.readAllStandardOutput() + promtool.readAllStandardError();
    QVERIFY2(promtool.exitCode() == 0 && complaints.trimmed().isEmpty(), complaints.constData());

    QCOMPARE(sampleValue(text, u"earshot_sessions_started_total"_s), 2.0);
    QCOMPARE(sampleValue(text, u"earshot_sessions_ended_total{outcome=\"complete\"}"_s), 1.0);
    QCOMPARE(sampleValue(text, u"earshot_sessions_ended_total{outcome=\"failed\"}"_s), 0.0);
    QCOMPARE(sampleValue(text, u"earshot_received_bytes_total"_s),
        double(livePcm.size() + donePcm.size()));
    // Every ack that went out was timed: at least one per session, all in the +Inf bucket.
    const double acks = sampleValue(text, u"earshot_ack_latency_seconds_count"_s);
    QVERIFY(acks >= 2);
    QCOMPARE(sampleValue(text, u"earshot_ack_latency_seconds_bucket{le=\"+Inf\"}"_s), acks);
    QVERIFY(sampleValue(text, u"earshot_ack_latency_seconds_sum"_s) > 0);
    // Bounds written as Prometheus' own clients write them, each at most the next.
    const double fastest
        = sampleValue(text, u"earshot_ack_latency_seconds_bucket{le=\"0.0005\"}"_s);
    const double ackInterval
        = sampleValue(text, u"earshot_ack_latency_seconds_bucket{le=\"0.025\"}"_s);
    QVERIFY(fastest >= 0 && fastest <= ackInterval && ackInterval <= acks);
    const QStorageInfo disk(m_server->filePath(u"recordings"_s));
    QCOMPARE(sampleValue(text, u"earshot_disk_size_bytes"_s), double(disk.bytesTotal()));
    QVERIFY(text.contains("# TYPE earshot_received_bytes_total counter\n"));
    QVERIFY(text.contains("# TYPE earshot_ack_latency_seconds histogram\n"));
    QVERIFY(!text.contains("earshot_transcriptions_running")); // no speech model here

    // The live one ends when its client goes: counted as interrupted at once, and gone from the
    // live count with the workers' next published figures.
    live.socket.close();
    QTRY_VERIFY_WITH_TIMEOUT(
        (text = fetchMetrics(),
            sampleValue(text, u"earshot_sessions_ended_total{outcome=\"interrupted\"}"_s) == 1.0
                && sampleValue(text, u"earshot_sessions_live"_s) == 0.0),
        10000);
}

void tst_Metrics::wrongKeysAreRefusedCountedAndBanned()
{
    const QString url = m_server->url(u"http"_s, u"/metrics"_s).toString();
    const CurlResult missing = curlCall(u"GET"_s, url, {});
    QCOMPARE(missing.status, 401);
    QVERIFY(missing.header("www-authenticate").startsWith("Bearer"));
    QVERIFY(!missing.body.contains("earshot_"));
    // Basic or another scheme is no key.
    QCOMPARE(curlCall(u"GET"_s, url, {}, { u"-u"_s, u"user:"_s + QString::fromLatin1(Key) }).status,
        401);

    // Another client on this machine (127.0.0.2) guesses: maxTokenFailures (3) wrong keys ban it,
    // the right key included, while 127.0.0.1 goes on.
    const QStringList other { u"--interface"_s, u"127.0.0.2"_s };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(curlCall(u"GET"_s, url, "esk_wrong" + QByteArray::number(i), other).status, 401);
    QCOMPARE(curlCall(u"GET"_s, url, Key, other).status, 429);

    const QByteArray text = fetchMetrics();
    QCOMPARE(sampleValue(text, u"earshot_refusals_total{reason=\"missing_api_key\"}"_s), 2.0);
    QCOMPARE(sampleValue(text, u"earshot_refusals_total{reason=\"bad_api_key\"}"_s), 3.0);
    QCOMPARE(sampleValue(text, u"earshot_refusals_total{reason=\"banned\"}"_s), 1.0);
    QCOMPARE(sampleValue(text, u"earshot_bans_total{reason=\"api_key\"}"_s), 1.0);
    QCOMPARE(sampleValue(text, u"earshot_bans_total{reason=\"pairing_code\"}"_s), 0.0);

    // Wrong methods are refused after the key, and POST is no way in.
    const CurlResult posted = curlCall(u"POST"_s, url, Key);
    QCOMPARE(posted.status, 405);
    QCOMPARE(posted.header("allow"), "GET");
}

void tst_Metrics::transcriberLoadIsShown()
{
    // The same server with Debian's speech model: a session that asks for captions is
    // transcribed while it records, and /metrics says so.
    QVERIFY(m_server->stop());
    ServerSettings settings = m_server->server().settings();
    settings.port = 0;
    settings.speechModelDir = ServerSettings().speechModelDir;
    QVERIFY2(QFileInfo::exists(settings.speechModelDir), "pocketsphinx-en-us is a run dependency");
    QVERIFY(m_server->start(settings));
    m_server->server().setApiKeyDigests({ ApiKeyRing::digestOf(Key) });

    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(Pcm, u"captioned"_s, true);
    QVERIFY(!client.waitFor(u"started"_s).isEmpty());
    client.socket.sendBinaryMessage(randomBytes(32000, 6));
    QByteArray text;
    QTRY_VERIFY_WITH_TIMEOUT(
        (text = fetchMetrics(), sampleValue(text, u"earshot_transcriptions_running"_s) == 1),
        10000);
    QVERIFY(sampleValue(text, u"earshot_transcriptions_max"_s) >= 1);
    QVERIFY(text.contains("# TYPE earshot_transcriptions_running gauge\n"));
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
