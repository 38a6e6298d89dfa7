#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include "captureserver.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString Pcm16k = u"audio/pcm;rate=16000;channels=1;bits=16"_s;

// The environment a hook wrote with `env -0`, by name.
QHash<QString, QString> readEnvironment(const QString &path)
{
    QHash<QString, QString> variables;
    const QList<QByteArray> entries = readFile(path).split('\0');
    for (const QByteArray &entry : entries) {
        const qsizetype equals = entry.indexOf('=');
        if (equals > 0)
            variables.insert(
                QString::fromUtf8(entry.left(equals)), QString::fromUtf8(entry.mid(equals + 1)));
    }
    return variables;
}

bool processExists(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

// The hook commands of docs/hooks.md, run by a real server for sessions of a real client: small
// shell scripts that write down the environment they were given.
class tst_RecordingHooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void finishHookGetsTheRecordingsFacts();
    void startAndInterruptedHooksRun();
    void hookHoldsNoneOfTheServersDescriptors();
    void clientTextReachesTheHookVerbatimAndRunsNothing_data();
    void clientTextReachesTheHookVerbatimAndRunsNothing();
    void slowHookIsKilledWhileRecordingGoesOn();
    void failuresAreWarnings_data();
    void failuresAreWarnings();
    void reconfigureSetsHooksOnARunningServer();

private:
    ServerSettings settings() const;
    /// A script in the test's folder run as `/bin/sh script <out>`: writes its environment to
    /// <out> (atomically) and then runs `tail`.
    QStringList envHook(const QString &out, const QByteArray &tail = {});
    /// Records `bytes` of PCM as `name` and stops; the started message, or empty on failure.
    QJsonObject record(TestClient &client, const QString &name, qsizetype bytes);
    QString pathIn(const QJsonObject &message) const;

    std::unique_ptr<TestServer> m_server;
    int m_scripts = 0;
};

ServerSettings tst_RecordingHooks::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->filePath(u"recordings"_s);
    settings.workerThreads = 2;
    return settings;
}

void tst_RecordingHooks::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_RecordingHooks::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

QStringList tst_RecordingHooks::envHook(const QString &out, const QByteArray &tail)
{
    const QString script = m_server->filePath(u"hook%1.sh"_s.arg(++m_scripts));
    const QByteArray text = "env -0 > \"$1.part\" && mv \"$1.part\" \"$1\"\n" + tail;
    if (!writeFile(script, text))
        return {};
    return { u"/bin/sh"_s, script, out };
}

QString tst_RecordingHooks::pathIn(const QJsonObject &message) const
{
    return QDir(settings().recordingsDir).filePath(message.value("file"_L1).toString());
}

QJsonObject tst_RecordingHooks::record(TestClient &client, const QString &name, qsizetype bytes)
{
    if (client.socket.state() != QAbstractSocket::ConnectedState && !client.open(m_server->wsUrl()))
        return {};
    const qsizetype before = client.messages.size();
    client.sendStart(Pcm16k, name);
    const QJsonObject started = client.waitFor(u"started"_s, before);
    if (started.isEmpty())
        return {};
    client.socket.sendBinaryMessage(randomBytes(bytes, quint32(bytes)));
    client.sendStop();
    if (client.waitFor(u"stopped"_s, before).isEmpty())
        return {};
    return started;
}

void tst_RecordingHooks::finishHookGetsTheRecordingsFacts()
{
    const QString out = m_server->filePath(u"finish.env"_s);
    ServerSettings settings = this->settings();
    settings.onFinishCommand = envHook(out);
    QVERIFY(m_server->start(settings));

    TestClient client;
    const QJsonObject started = record(client, u"Guest 1"_s, 6400);
    QVERIFY(!started.isEmpty());
    QTRY_VERIFY(QFileInfo::exists(out));

    const QHash<QString, QString> env = readEnvironment(out);
    const QString file = pathIn(started);
    QCOMPARE(env.value(u"EARSHOT_EVENT"_s), u"finish"_s);
    QCOMPARE(env.value(u"EARSHOT_SESSION"_s), started.value("session"_L1).toString());
    QCOMPARE(env.value(u"EARSHOT_FILE"_s), file);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(env.value(u"EARSHOT_BYTES"_s).toLongLong(), QFileInfo(file).size());
    QCOMPARE(env.value(u"EARSHOT_RECEIVED_BYTES"_s).toLongLong(), 6400);
    QCOMPARE(env.value(u"EARSHOT_CHUNKS"_s), u"1"_s);
    QCOMPARE(env.value(u"EARSHOT_OUTCOME"_s), u"complete"_s);
    QCOMPARE(env.value(u"EARSHOT_RESUMABLE"_s), u"0"_s);
    QCOMPARE(env.value(u"EARSHOT_CLIENT_NAME"_s), u"Guest 1"_s);
    QCOMPARE(env.value(u"EARSHOT_FORMAT"_s), Pcm16k);
    QVERIFY(env.value(u"EARSHOT_PEER"_s).startsWith("127.0.0.1:"_L1));
    QCOMPARE(env.value(u"EARSHOT_AUDIO_DURATION_MS"_s), u"200"_s); // 6400 bytes at 32000 B/s
    QVERIFY(env.value(u"EARSHOT_DURATION_MS"_s).toLongLong() >= 0);
    QVERIFY(!env.value(u"EARSHOT_STARTED_AT"_s).isEmpty());
    QVERIFY(!env.value(u"EARSHOT_ENDED_AT"_s).isEmpty());
    // The server's own environment is passed on: a hook finds its programs.
    QCOMPARE(env.value(u"PATH"_s), qEnvironmentVariable("PATH"));

    const QString sidecarPath = env.value(u"EARSHOT_SIDECAR"_s);
    QCOMPARE(sidecarPath, RecordingPaths::sidecarPath(file));
    const std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, nullptr);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->status, u"complete"_s);
    QCOMPARE(sidecar->session, env.value(u"EARSHOT_SESSION"_s));
}

void tst_RecordingHooks::hookHoldsNoneOfTheServersDescriptors()
{
    // ls, run in the hook's place, lists what it holds: its standard three, and the folder it
    // reads (3). A recording's file, a listening socket or a pipe of Earshot's would show here.
    const QString out = m_server->filePath(u"descriptors.txt"_s);
    ServerSettings settings = this->settings();
    settings.onStartCommand = { u"/bin/sh"_s, u"-c"_s,
        u"ls /proc/self/fd > \"$0.part\" && mv \"$0.part\" \"$0\""_s, out };
    QVERIFY(m_server->start(settings));

    TestClient client;
    QVERIFY(!record(client, u"Guest 1"_s, 6400).isEmpty());
    QTRY_VERIFY(QFileInfo::exists(out));
    QFile listing(out);
    QVERIFY(listing.open(QIODevice::ReadOnly));
    QCOMPARE(listing.readAll().split('\n'), QByteArrayList({ "0", "1", "2", "3", "" }));
}

void tst_RecordingHooks::startAndInterruptedHooksRun()
{
    const QString startOut = m_server->filePath(u"start.env"_s);
    const QString interruptedOut = m_server->filePath(u"interrupted.env"_s);
    const QString finishOut = m_server->filePath(u"finish.env"_s);
    ServerSettings settings = this->settings();
    settings.onStartCommand = envHook(startOut);
    settings.onInterruptedCommand = envHook(interruptedOut);
    settings.onFinishCommand = envHook(finishOut);
    QVERIFY(m_server->start(settings));

    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(Pcm16k, u"dropped"_s);
    const QJsonObject started = client.waitFor(u"started"_s);
    const QString session = started.value("session"_L1).toString();
    QTRY_VERIFY(QFileInfo::exists(startOut));
    QHash<QString, QString> env = readEnvironment(startOut);
    QCOMPARE(env.value(u"EARSHOT_EVENT"_s), u"start"_s);
    QCOMPARE(env.value(u"EARSHOT_SESSION"_s), session);
    QCOMPARE(env.value(u"EARSHOT_OUTCOME"_s), u"recording"_s);
    QCOMPARE(env.value(u"EARSHOT_CLIENT_NAME"_s), u"dropped"_s);

    client.socket.sendBinaryMessage(randomBytes(3200, 1));
    QTRY_COMPARE(client.ackedBytes(), 3200);
    client.socket.abort(); // the network is gone: a v1 session stays resumable
    QTRY_VERIFY(QFileInfo::exists(interruptedOut));
    env = readEnvironment(interruptedOut);
    QCOMPARE(env.value(u"EARSHOT_EVENT"_s), u"interrupted"_s);
    QCOMPARE(env.value(u"EARSHOT_SESSION"_s), session);
    QCOMPARE(env.value(u"EARSHOT_OUTCOME"_s), u"interrupted"_s);
    QCOMPARE(env.value(u"EARSHOT_RESUMABLE"_s), u"1"_s);
    QCOMPARE(env.value(u"EARSHOT_RECEIVED_BYTES"_s), u"3200"_s);
    const QString file = env.value(u"EARSHOT_FILE"_s);
    QCOMPARE(env.value(u"EARSHOT_BYTES"_s).toLongLong(), QFileInfo(file).size());
    QCOMPARE(file, pathIn(started));

    // Resumed and stopped: now it is final.
    TestClient again;
    QVERIFY(again.open(m_server->wsUrl()));
    again.sendResume(session, started.value("resumeToken"_L1).toString());
    QVERIFY(!again.waitFor(u"resumed"_s).isEmpty());
    again.socket.sendBinaryMessage(randomBytes(3200, 2));
    again.sendStop();
    QVERIFY(!again.waitFor(u"stopped"_s).isEmpty());
    QTRY_VERIFY(QFileInfo::exists(finishOut));
    env = readEnvironment(finishOut);
    QCOMPARE(env.value(u"EARSHOT_SESSION"_s), session);
    QCOMPARE(env.value(u"EARSHOT_OUTCOME"_s), u"complete"_s);
    QCOMPARE(env.value(u"EARSHOT_RECEIVED_BYTES"_s), u"6400"_s);
    QCOMPARE(env.value(u"EARSHOT_BYTES"_s).toLongLong(), QFileInfo(file).size());
}

void tst_RecordingHooks::clientTextReachesTheHookVerbatimAndRunsNothing_data()
{
    QTest::addColumn<QString>("name");
    // Each would create the file "pwned" in the working folder if a shell ever read it.
    QTest::addRow("command substitution") << u"$(touch pwned)"_s;
    QTest::addRow("backquotes") << u"`touch pwned`"_s;
    QTest::addRow("semicolon") << u"x; touch pwned; rm -rf nothing-here"_s;
    QTest::addRow("quotes and pipe") << u"'\"; touch pwned | touch pwned & #"_s;
    QTest::addRow("variable and glob") << u"${HOME}/* && touch pwned"_s;
}

void tst_RecordingHooks::clientTextReachesTheHookVerbatimAndRunsNothing()
{
    QFETCH(QString, name);
    const QString startOut = m_server->filePath(u"start.env"_s);
    const QString finishOut = m_server->filePath(u"finish.env"_s);
    ServerSettings settings = this->settings();
    settings.onStartCommand = envHook(startOut);
    settings.onFinishCommand = envHook(finishOut);
    QVERIFY(m_server->start(settings));
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_server->path()));
    const auto back = qScopeGuard([cwd] { QDir::setCurrent(cwd); });

    TestClient client;
    QVERIFY(!record(client, name, 3200).isEmpty());
    QTRY_VERIFY(QFileInfo::exists(finishOut));
    QTRY_VERIFY(QFileInfo::exists(startOut));
    QCOMPARE(readEnvironment(startOut).value(u"EARSHOT_CLIENT_NAME"_s), name);
    QCOMPARE(readEnvironment(finishOut).value(u"EARSHOT_CLIENT_NAME"_s), name);
    QVERIFY(!QFileInfo::exists(m_server->filePath(u"pwned"_s)));
    QVERIFY(!QFileInfo::exists(QDir(settings.recordingsDir).filePath(u"pwned"_s)));
}

void tst_RecordingHooks::slowHookIsKilledWhileRecordingGoesOn()
{
    // One hook at a time: the second session's hook waits for the slow one to be killed.
    const QString pidFile = m_server->filePath(u"slow.pid"_s);
    const QString fastOut = m_server->filePath(u"fast.env"_s);
    const QString script = m_server->filePath(u"slow.sh"_s);
    QVERIFY(writeFile(script,
        "if [ \"$EARSHOT_CLIENT_NAME\" = slow ]; then\n"
        "  sleep 600 &\n"
        "  echo $! > \"$1.part\" && mv \"$1.part\" \"$1\"\n"
        "  wait\n"
        "else\n"
        "  env -0 > \"$2.part\" && mv \"$2.part\" \"$2\"\n"
        "fi\n"));
    ServerSettings settings = this->settings();
    settings.onFinishCommand = { u"/bin/sh"_s, script, pidFile, fastOut };
    settings.hookTimeout = 3s;
    settings.maxRunningHooks = 1;
    QVERIFY(m_server->start(settings));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);

    TestClient slow;
    const QJsonObject slowStarted = record(slow, u"slow"_s, 3200);
    QVERIFY(!slowStarted.isEmpty());
    QTRY_VERIFY(QFileInfo::exists(pidFile));
    const qint64 sleeper = readFile(pidFile).trimmed().toLongLong();
    QVERIFY(processExists(sleeper));

    // Meanwhile another session records from start to stop, byte for byte, and its own hook
    // waits: the slow one holds the only place.
    TestClient fast;
    QVERIFY(fast.open(m_server->wsUrl()));
    fast.sendStart(Pcm16k, u"fast"_s);
    const QJsonObject fastStarted = fast.waitFor(u"started"_s);
    const QByteArray audio = randomBytes(32000, 7);
    fast.socket.sendBinaryMessage(audio);
    QTRY_COMPARE(fast.ackedBytes(), audio.size());
    fast.sendStop();
    QVERIFY(!fast.waitFor(u"stopped"_s).isEmpty());
    QVERIFY2(processExists(sleeper), "the slow hook should still be running");
    QVERIFY(!QFileInfo::exists(fastOut));
    QCOMPARE(sha256(readFile(pathIn(fastStarted)).mid(WavHeader::Size)), sha256(audio));

    // Killed at its timeout, with the process it started; then the waiting hook runs.
    const QString slowSession = slowStarted.value("session"_L1).toString();
    const auto killedWarning = [&events, &slowSession] {
        for (const QList<QVariant> &arguments : events) {
            const auto event = arguments.at(0).value<ServerEvent>();
            if (event.sessionId == slowSession && event.severity == ServerEvent::Severity::Warning
                && event.text.contains("on-finish"_L1) && event.text.contains("killed"_L1))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(killedWarning(), 10000);
    QTRY_VERIFY(!processExists(sleeper));
    QTRY_VERIFY(QFileInfo::exists(fastOut));
    QCOMPARE(readEnvironment(fastOut).value(u"EARSHOT_SESSION"_s),
        fastStarted.value("session"_L1).toString());
}

void tst_RecordingHooks::failuresAreWarnings_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("expected");
    QTest::addRow("exit status") << QStringList { u"/bin/sh"_s, u"-c"_s,
        u"echo boom >&2; exit 3"_s }
                                 << u"The on-finish hook exited with status 3: boom"_s;
    QTest::addRow("signal") << QStringList { u"/bin/sh"_s, u"-c"_s, u"kill -9 $$"_s }
                            << u"The on-finish hook was ended by a signal"_s;
    QTest::addRow("no such program") << QStringList { u"/nonexistent/earshot-hook"_s }
                                     << u"The on-finish hook could not start"_s;
}

void tst_RecordingHooks::failuresAreWarnings()
{
    QFETCH(QStringList, command);
    QFETCH(QString, expected);
    ServerSettings settings = this->settings();
    settings.onFinishCommand = command;
    QVERIFY(m_server->start(settings));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);

    TestClient client;
    const QJsonObject started = record(client, u"Guest"_s, 3200);
    QVERIFY(!started.isEmpty());
    const QString session = started.value("session"_L1).toString();
    const auto warned = [&] {
        for (const QList<QVariant> &arguments : events) {
            const auto event = arguments.at(0).value<ServerEvent>();
            if (event.sessionId == session && event.severity == ServerEvent::Severity::Warning
                && event.text.startsWith(expected))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(warned());
    // The recording itself is untouched.
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(pathIn(started)), nullptr);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->status, u"complete"_s);
}

void tst_RecordingHooks::reconfigureSetsHooksOnARunningServer()
{
    const QString out = m_server->filePath(u"finish.env"_s);
    QVERIFY(m_server->start(settings()));
    TestClient client;
    ServerSettings next = settings(); // as asked for: port 0, not the one it got
    next.onFinishCommand = envHook(out);
    next.hookTimeout = 30s;
    const CaptureServer::Reconfiguration result = m_server->server().reconfigure(next);
    QCOMPARE(result.applied, (QStringList { u"on-finish"_s, u"hook-timeout"_s }));
    QVERIFY(result.needsRestart.isEmpty());

    const QJsonObject started = record(client, u"after"_s, 3200);
    QVERIFY(!started.isEmpty());
    QTRY_VERIFY(QFileInfo::exists(out));
    QCOMPARE(
        readEnvironment(out).value(u"EARSHOT_SESSION"_s), started.value("session"_L1).toString());
}

QTEST_GUILESS_MAIN(tst_RecordingHooks)
#include "tst_recordinghooks.moc"
