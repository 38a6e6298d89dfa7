#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "api/apikeyring.h"
#include "curlcall.h"
#include "rawhttp.h"
#include "storage/recordinglock.h"
#include "storage/recordingpaths.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"
#include "twiliosender.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray Key = "esk_http-api-test-key-0123456789abcdefghijklmnop";
const QString Pcm = u"audio/pcm;rate=16000;channels=1;bits=16"_s;

QJsonObject jsonOf(const CurlResult &result)
{
    return QJsonDocument::fromJson(result.body).object();
}

} // namespace

// The HTTP API under /api/v1 as an operator's script uses it, with the real curl against a real
// server with real sessions: sessions listed, inspected and stopped, recordings listed,
// downloaded (checked by SHA-256 against the files) and deleted (the files gone, a live one
// refused); and every wrong method, id and key.
class tst_HttpApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sessionsAreListedInspectedAndStopped();
    void recordingsAreListedDownloadedAndDeleted();
    void wrongRequestsAreRefused_data();
    void wrongRequestsAreRefused();
    void bodiesAreBounded();
    void phoneCallIsDeletedWithItsTracks();
    void aTakesTrackIsNotDeletedAlone();
    void downloadOverHttps();
    void aDownloadNobodyReadsIsClosed();
    void anInterruptedRecordingGoesWithItsLock();

private:
    ServerSettings settings() const;
    /// Starts the server with `settings`, taking the test's API key.
    bool start(const ServerSettings &settings);
    CurlResult call(const QString &method, const QString &path, const QByteArray &key = Key,
        const QStringList &extra = {});
    QJsonObject stream(TestClient &client, const QString &name, const QByteArray &pcm);
    /// Where the recording that `started` announced is.
    QString fileOf(const QJsonObject &started) const;
    /// stream(), then a stop: its "started" once it is "stopped", else empty.
    QJsonObject record(TestClient &client, const QString &name, const QByteArray &pcm);

    std::unique_ptr<TestServer> m_server;
};

void tst_HttpApi::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    QVERIFY(start(settings()));
}

ServerSettings tst_HttpApi::settings() const
{
    ServerSettings settings;
    settings.port = 0;
    settings.recordingsDir = m_server->filePath(u"recordings"_s);
    settings.tlsEnabled = false;
    settings.speechModelDir.clear();
    return settings;
}

bool tst_HttpApi::start(const ServerSettings &settings)
{
    if (!m_server->start(settings))
        return false;
    m_server->server().setApiKeyDigests({ ApiKeyRing::digestOf(Key) });
    return true;
}

void tst_HttpApi::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

CurlResult tst_HttpApi::call(
    const QString &method, const QString &path, const QByteArray &key, const QStringList &extra)
{
    return curlCall(method, m_server->url(u"http"_s, path).toString(), key, extra);
}

QJsonObject tst_HttpApi::stream(TestClient &client, const QString &name, const QByteArray &pcm)
{
    if (!client.open(m_server->wsUrl()))
        return {};
    client.sendStart(Pcm, name);
    const QJsonObject started = client.waitFor(u"started"_s);
    for (qsizetype offset = 0; offset < pcm.size(); offset += 3200)
        client.socket.sendBinaryMessage(pcm.mid(offset, 3200));
    if (!QTest::qWaitFor([&] { return client.ackedBytes() == pcm.size(); }, 10000))
        return {};
    return started;
}

QString tst_HttpApi::fileOf(const QJsonObject &started) const
{
    return QDir(m_server->filePath(u"recordings"_s)).filePath(started[u"file"_s].toString());
}

QJsonObject tst_HttpApi::record(TestClient &client, const QString &name, const QByteArray &pcm)
{
    const QJsonObject started = stream(client, name, pcm);
    if (started.isEmpty())
        return {};
    client.sendStop();
    return client.waitFor(u"stopped"_s, 0, 20000).isEmpty() ? QJsonObject() : started;
}

void tst_HttpApi::sessionsAreListedInspectedAndStopped()
{
    const QByteArray pcm = randomBytes(64000, 3);
    TestClient client;
    const QJsonObject started = stream(client, u"lecture one"_s, pcm);
    QVERIFY(!started.isEmpty());
    const QString id = started[u"session"_s].toString();

    QJsonObject session;
    QTRY_VERIFY_WITH_TIMEOUT((session = jsonOf(call(u"GET"_s, u"/api/v1/sessions/"_s + id)),
                                 session[u"bytes"_s].toInteger() == pcm.size()),
        10000);
    QCOMPARE(session[u"id"_s].toString(), id);
    QCOMPARE(session[u"name"_s].toString(), u"lecture one"_s);
    QCOMPARE(session[u"state"_s].toString(), u"recording"_s);
    QVERIFY(session[u"durationMs"_s].toInteger() >= 0);
    QCOMPARE(session[u"file"_s].toString(), fileOf(started));

    const CurlResult list = call(u"GET"_s, u"/api/v1/sessions"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.header("content-type"), "application/json");
    const QJsonArray sessions = jsonOf(list)[u"sessions"_s].toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.at(0)[u"id"_s].toString(), id);

    const CurlResult stopped = call(u"POST"_s, u"/api/v1/sessions/"_s + id + u"/stop"_s);
    QCOMPARE(stopped.status, 202);
    QVERIFY(client.waitClosed());
    QTRY_COMPARE_WITH_TIMEOUT(
        jsonOf(call(u"GET"_s, u"/api/v1/sessions/"_s + id))[u"state"_s].toString(),
        u"interrupted"_s, 10000);
    // Stopping it again: it is known but records no more.
    QCOMPARE(call(u"POST"_s, u"/api/v1/sessions/"_s + id + u"/stop"_s).status, 409);
}

void tst_HttpApi::recordingsAreListedDownloadedAndDeleted()
{
    // More than a few download chunks (FileDownload::ChunkBytes), so that sending waits for the
    // socket between reads.
    const QByteArray donePcm = randomBytes(1024 * 1024 + 4321, 4);
    TestClient done;
    const QJsonObject doneStarted = record(done, u"finished"_s, donePcm);
    QVERIFY(!doneStarted.isEmpty());
    const QString doneId = doneStarted[u"session"_s].toString();
    const QString doneFile = fileOf(doneStarted);

    TestClient live;
    const QJsonObject liveStarted = stream(live, u"still going"_s, randomBytes(16000, 5));
    QVERIFY(!liveStarted.isEmpty());
    const QString liveId = liveStarted[u"session"_s].toString();
    const QString liveFile = fileOf(liveStarted);

    // Listed from the sidecars in the folder, newest first.
    const CurlResult list = call(u"GET"_s, u"/api/v1/recordings"_s);
    QCOMPARE(list.status, 200);
    const QJsonArray recordings = jsonOf(list)[u"recordings"_s].toArray();
    QCOMPARE(recordings.size(), 2);
    QCOMPARE(recordings.at(0)[u"id"_s].toString(), liveId);
    QCOMPARE(recordings.at(0)[u"state"_s].toString(), u"recording"_s);
    const QJsonObject listed = recordings.at(1).toObject();
    QCOMPARE(listed[u"id"_s].toString(), doneId);
    QCOMPARE(listed[u"state"_s].toString(), u"complete"_s);
    QCOMPARE(listed[u"bytes"_s].toInteger(), donePcm.size());
    QCOMPARE(listed[u"file"_s].toString(), doneFile);
    QCOMPARE(listed[u"fileBytes"_s].toInteger(), QFileInfo(doneFile).size());
    QCOMPARE(jsonOf(call(u"GET"_s, u"/api/v1/recordings/"_s + doneId)), listed);

    // The download is the file, byte for byte, and so is the sidecar's.
    const CurlResult audio = call(u"GET"_s, listed[u"audioUrl"_s].toString());
    QCOMPARE(audio.status, 200);
    QCOMPARE(audio.header("content-type"), "audio/wav");
    QCOMPARE(audio.header("content-length").toLongLong(), QFileInfo(doneFile).size());
    QVERIFY(audio.header("content-disposition").contains(QFileInfo(doneFile).fileName().toUtf8()));
    QCOMPARE(sha256(audio.body), sha256(readFile(doneFile)));
    QCOMPARE(audio.body.right(donePcm.size()), donePcm); // the WAV's payload is what was sent
    const QString sidecarPath = listed[u"sidecar"_s].toString();
    const CurlResult sidecar = call(u"GET"_s, listed[u"sidecarUrl"_s].toString());
    QCOMPARE(sidecar.status, 200);
    QCOMPARE(sidecar.header("content-type"), "application/json");
    QCOMPARE(sha256(sidecar.body), sha256(readFile(sidecarPath)));
    QCOMPARE(QJsonDocument::fromJson(sidecar.body)[u"session"_s].toString(), doneId);

    // A live recording is not deleted, and stays whole.
    const CurlResult refused = call(u"DELETE"_s, u"/api/v1/recordings/"_s + liveId);
    QCOMPARE(refused.status, 409);
    QCOMPARE(jsonOf(refused)[u"error"_s].toString(), u"live"_s);
    QVERIFY(QFileInfo::exists(liveFile));
    QVERIFY(QFileInfo::exists(RecordingPaths::sidecarPath(liveFile)));

    const CurlResult deleted = call(u"DELETE"_s, u"/api/v1/recordings/"_s + doneId);
    QCOMPARE(deleted.status, 200);
    QVERIFY(!QFileInfo::exists(doneFile));
    QVERIFY(!QFileInfo::exists(sidecarPath));
    QCOMPARE(jsonOf(deleted)[u"deleted"_s].toArray().size(), 2);
    QCOMPARE(call(u"GET"_s, u"/api/v1/recordings/"_s + doneId).status, 404);
    QCOMPARE(call(u"GET"_s, u"/api/v1/recordings/"_s + doneId + u"/audio"_s).status, 404);
    QCOMPARE(call(u"DELETE"_s, u"/api/v1/recordings/"_s + doneId).status, 404);
    QCOMPARE(jsonOf(call(u"GET"_s, u"/api/v1/recordings"_s))[u"recordings"_s].toArray().size(), 1);

    // Once stopped, the other goes too.
    QCOMPARE(call(u"POST"_s, u"/api/v1/sessions/"_s + liveId + u"/stop"_s).status, 202);
    QVERIFY(live.waitClosed());
    // Its session ends on its worker soon after the 202; until then the delete is refused.
    int status = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            return (status = call(u"DELETE"_s, u"/api/v1/recordings/"_s + liveId).status) != 409;
        },
        10000));
    QCOMPARE(status, 200);
    QVERIFY(!QFileInfo::exists(liveFile));
    // Nothing the end of its session still had to write brings it back.
    QVERIFY(m_server->stop());
    QVERIFY(!QFileInfo::exists(liveFile));
    QVERIFY(!QFileInfo::exists(RecordingPaths::sidecarPath(liveFile)));
}

void tst_HttpApi::wrongRequestsAreRefused_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    QTest::addRow("no key") << u"GET"_s << u"/api/v1/sessions"_s << QByteArray() << 401
                            << QByteArray();
    QTest::addRow("wrong key") << u"GET"_s << u"/api/v1/recordings"_s << QByteArray("esk_nope")
                               << 401 << QByteArray();
    QTest::addRow("wrong key on a download") << u"GET"_s << u"/api/v1/recordings/abc/audio"_s
                                             << QByteArray("esk_nope") << 401 << QByteArray();
    QTest::addRow("unknown session")
        << u"GET"_s << u"/api/v1/sessions/0123abcd"_s << Key << 404 << QByteArray();
    QTest::addRow("unknown session stopped")
        << u"POST"_s << u"/api/v1/sessions/0123abcd/stop"_s << Key << 404 << QByteArray();
    QTest::addRow("unknown recording")
        << u"GET"_s << u"/api/v1/recordings/0123abcd"_s << Key << 404 << QByteArray();
    QTest::addRow("unknown recording deleted")
        << u"DELETE"_s << u"/api/v1/recordings/0123abcd"_s << Key << 404 << QByteArray();
    QTest::addRow("unknown recording's sidecar")
        << u"GET"_s << u"/api/v1/recordings/0123abcd/sidecar"_s << Key << 404 << QByteArray();
    QTest::addRow("id that is no id")
        << u"GET"_s << u"/api/v1/recordings/..%2F..%2Fetc"_s << Key << 404 << QByteArray();
    QTest::addRow("unknown endpoint")
        << u"GET"_s << u"/api/v1/nothing"_s << Key << 404 << QByteArray();
    QTest::addRow("POST sessions")
        << u"POST"_s << u"/api/v1/sessions"_s << Key << 405 << QByteArray("GET");
    QTest::addRow("DELETE a session")
        << u"DELETE"_s << u"/api/v1/sessions/0123abcd"_s << Key << 405 << QByteArray("GET");
    QTest::addRow("GET stop") << u"GET"_s << u"/api/v1/sessions/0123abcd/stop"_s << Key << 405
                              << QByteArray("POST");
    QTest::addRow("PUT a recording")
        << u"PUT"_s << u"/api/v1/recordings/0123abcd"_s << Key << 405 << QByteArray("GET, DELETE");
    QTest::addRow("DELETE the list")
        << u"DELETE"_s << u"/api/v1/recordings"_s << Key << 405 << QByteArray("GET");
    QTest::addRow("DELETE a download")
        << u"DELETE"_s << u"/api/v1/recordings/0123abcd/audio"_s << Key << 405 << QByteArray("GET");
}

void tst_HttpApi::wrongRequestsAreRefused()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    const CurlResult result = call(method, path, key);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("allow"), allow);
    QCOMPARE(result.header("content-type"), "application/json");
    QVERIFY(!jsonOf(result)[u"error"_s].toString().isEmpty());
    if (status == 401)
        QVERIFY(result.header("www-authenticate").startsWith("Bearer"));
}

void tst_HttpApi::bodiesAreBounded()
{
    // The head says what is coming; the server refuses before it comes.
    const QByteArray head = "DELETE /api/v1/recordings/0123abcd HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Authorization: Bearer "
        + Key + "\r\nContent-Length: 1000000\r\n\r\n";
    const QByteArray response = rawHttpExchange(m_server->port(), head);
    QCOMPARE(statusCode(response), 413);
    QCOMPARE(statusCode(rawHttpExchange(m_server->port(),
                 "POST /api/v1/sessions/x/stop HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                 "Bearer "
                     + Key + "\r\nTransfer-Encoding: chunked\r\n\r\n")),
        413);
    // A small body is let be (a client that sends {} with its POST).
    QCOMPARE(call(u"POST"_s, u"/api/v1/sessions/0123abcd/stop"_s, Key, { u"-d"_s, u"{}"_s }).status,
        404);
}

void tst_HttpApi::phoneCallIsDeletedWithItsTracks()
{
    // A call is three WAVs (stereo, and one per side) and a sidecar that names the side tracks.
    TwilioSender phone;
    QVERIFY(phone.client.open(m_server->wsUrl(u"/twilio"_s)));
    phone.sendConnected();
    phone.sendStart({});
    for (int frame = 0; frame < 10; ++frame) {
        phone.sendMedia(Inbound, frame * 20, QByteArray(160, char(0x7f)));
        phone.sendMedia(Outbound, frame * 20, QByteArray(160, char(0x7f)));
    }
    phone.sendStop();
    QJsonArray recordings;
    QTRY_VERIFY_WITH_TIMEOUT(
        (recordings = jsonOf(call(u"GET"_s, u"/api/v1/recordings"_s))[u"recordings"_s].toArray(),
            recordings.size() == 1 && recordings.at(0)[u"state"_s].toString() == u"complete"_s),
        10000);
    const QString id = recordings.at(0)[u"id"_s].toString();
    const QDir folder = QFileInfo(recordings.at(0)[u"file"_s].toString()).dir();
    QCOMPARE(folder.entryList({ u"*.wav"_s }, QDir::Files).size(), 3);

    const CurlResult deleted = call(u"DELETE"_s, u"/api/v1/recordings/"_s + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(jsonOf(deleted)[u"deleted"_s].toArray().size(), 4);
    QCOMPARE(folder.entryList({ u"*.wav"_s, u"*.json"_s }, QDir::Files), QStringList());
}

void tst_HttpApi::aTakesTrackIsNotDeletedAlone()
{
    QString problem;
    const std::optional<Take> take = m_server->server().createTake(u"Panel"_s, &problem);
    QVERIFY2(take, qPrintable(problem));
    QVERIFY(m_server->server().setTakeState(take->id, Take::State::Recording, &problem));
    TestClient guest;
    QVERIFY(guest.open(m_server->wsUrl()));
    guest.v1.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"Ada"_s, false, take->id);
    const QJsonObject started = guest.waitFor(u"started"_s);
    const QString id = started[u"session"_s].toString();
    QVERIFY(!id.isEmpty());
    guest.socket.sendBinaryMessage(QByteArray(3200, '\1'));
    QTRY_COMPARE(guest.ackedBytes(), 3200);
    guest.sendStop();
    QVERIFY(!guest.waitFor(u"stopped"_s).isEmpty());

    const CurlResult refused = call(u"DELETE"_s, u"/api/v1/recordings/"_s + id);
    QCOMPARE(refused.status, 409);
    QCOMPARE(jsonOf(refused)[u"error"_s].toString(), u"in_take"_s);
    const QString file = m_server->filePath(u"recordings/"_s + started[u"file"_s].toString());
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(QFileInfo::exists(RecordingPaths::sidecarPath(file)));
}

void tst_HttpApi::downloadOverHttps()
{
    // The same port with TLS on: the download goes through the QSslSocket, a chunk at a time.
    QVERIFY(m_server->stop());
    ServerSettings settings = this->settings();
    settings.tlsEnabled = true;
    settings.tlsDir = m_server->filePath(u"tls"_s);
    QVERIFY(start(settings));

    const QByteArray pcm = randomBytes(700 * 1024, 7);
    TestClient client;
    const QJsonObject started = record(client, u"secure"_s, pcm);
    QVERIFY(!started.isEmpty());
    const QString file = fileOf(started);
    const QString url = m_server->url(u"https"_s, u"/api/v1/recordings/"_s).toString()
        + started[u"session"_s].toString() + u"/audio"_s;
    const CurlResult audio = curlCall(u"GET"_s, url, Key, { u"-k"_s });
    QCOMPARE(audio.status, 200);
    QCOMPARE(sha256(audio.body), sha256(readFile(file)));
    QCOMPARE(curlCall(u"GET"_s, url, "esk_wrong", { u"-k"_s }).status, 401);
}

void tst_HttpApi::aDownloadNobodyReadsIsClosed()
{
    // A client that asks for a recording and then reads nothing: once the kernels' buffers are
    // full its response waits in the server, which lets go of it after the not-reading timeout.
    QVERIFY(m_server->stop());
    ServerSettings settings = this->settings();
    settings.notReadingTimeout = std::chrono::milliseconds(1500);
    QVERIFY(start(settings));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);

    // Far more than loopback's socket buffers hold.
    const QByteArray pcm = randomBytes(24 * 1024 * 1024, 6);
    TestClient client;
    const QJsonObject started = record(client, u"long lecture"_s, pcm);
    QVERIFY(!started.isEmpty());
    const QString id = started[u"session"_s].toString();

    QTcpSocket reader;
    reader.setReadBufferSize(4096); // Qt stops taking bytes from the kernel once it holds these
    reader.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(reader.waitForConnected(5000));
    reader.write("GET /api/v1/recordings/" + id.toLatin1()
        + "/audio HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + Key + "\r\n\r\n");
    const auto closedStalled = [&] {
        for (const QList<QVariant> &arguments : std::as_const(events)) {
            const auto event = arguments.at(0).value<ServerEvent>();
            if (event.text.contains(u"read nothing of its response"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(closedStalled(), 20000);

    // Other requests go on meanwhile.
    QCOMPARE(call(u"GET"_s, u"/api/v1/recordings/"_s + id).status, 200);

    // What the kernel had taken still comes, then the end: fewer bytes than the response holds.
    reader.setReadBufferSize(0);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += reader.readAll(), reader.state() == QAbstractSocket::UnconnectedState), 20000);
    received += reader.readAll();
    QVERIFY(received.startsWith("HTTP/1.1 200"));
    QVERIFY2(received.size() < pcm.size(), QByteArray::number(received.size()).constData());
}

void tst_HttpApi::anInterruptedRecordingGoesWithItsLock()
{
    // A dropped session leaves its recording resumable, its lock file beside it.
    TestClient dropped;
    const QJsonObject started = stream(dropped, u"dropped"_s, randomBytes(32000, 7));
    QVERIFY(!started.isEmpty());
    const QString id = started[u"session"_s].toString();
    const QString file = fileOf(started);
    dropped.socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(
        jsonOf(call(u"GET"_s, u"/api/v1/recordings/"_s + id))[u"state"_s].toString(),
        u"interrupted"_s, 10000);
    QVERIFY(QFile::exists(RecordingLock::lockPath(file)));

    // Another instance sharing the folder has taken it over (two locks of one process conflict
    // as two processes' do): the delete is refused and every file stays.
    RecordingLock other;
    QCOMPARE(other.acquire(file), RecordingLock::Outcome::Acquired);
    const CurlResult refused = call(u"DELETE"_s, u"/api/v1/recordings/"_s + id);
    QCOMPARE(refused.status, 409);
    QCOMPARE(jsonOf(refused)[u"error"_s].toString(), u"live"_s);
    QVERIFY(QFile::exists(file));
    QVERIFY(QFile::exists(RecordingPaths::sidecarPath(file)));

    // Let go of, it is deleted with all its files, the lock file too.
    other.release();
    QCOMPARE(call(u"DELETE"_s, u"/api/v1/recordings/"_s + id).status, 200);
    QCOMPARE(QFileInfo(file).dir().entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(tst_HttpApi)
#include "tst_httpapi.moc"
