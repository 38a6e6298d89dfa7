#include <algorithm>
#include <csignal>
#include <memory>
#include <qrencode.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "ffprobe.h"
#include "scriptedtake.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "takes/takeexport.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

// The real `earshot --headless` binary, driven the way an operator or a supervisor drives it.
class tst_Headless final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void versionAndHelp();
    void sigtermFinalizesRecordingsAndExitsZero();
    void killedServerLeavesPlayableFilesRepairedOnRestart();
    void busyPortIsAClearError();
    void clientTextCannotForgeLogLines();
    void transcribeCommandWritesWebVttAndSaysWhatFailed();
    void exportTakeCommandWritesAlignedFiles();
    void exportTakeCommandRefusesWhatIsNoTake_data();
    void exportTakeCommandRefusesWhatIsNoTake();
    void exportAtEndExportsTheTakeBeforeExiting();
    void aTakeGoesOnAfterACrash();
    void badConfigFileIsAClearErrorAndExitOne();
    void sighupAppliesTheNewConfigWhileASessionGoesOn();
    void journalGetsPrioritiesAndNoTimes();
    void terminalGetsThePairingQrCode();
    void hooksFromTheConfigFileRunAndFailuresAreLogged();

private:
    /// Starts earshot and waits for the URL it prints; returns its port (0 on failure).
    /// `extra`: more arguments; `program`, `arguments`: a wrapper that runs earshot with them.
    quint16 startServer(QProcess &process, const QStringList &extra = {});
    QStringList serverArguments() const;
    QString writeConfig(const QByteArray &content);
    QString streamAndAck(TestClient &client, quint16 port, const QByteArray &pcm);
    /// The take id of the `Guests open:` line the server prints with --take; empty when none came.
    QString waitForTakeId(QProcess &server);
    /// `guest` joins the take `takeId` of the server on `port`, is told it records, and starts
    /// recording PCM into it as "Ada".
    static bool joinAndStart(TestClient &guest, quint16 port, const QString &takeId);
    static QString ffprobeDuration(const QString &path);
    /// Runs `earshot --export-take folder` to its end, its own config folder in m_dir.
    bool runExportTake(QProcess &process, const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_startOutput; ///< what the last startServer() read of the server's output
};

void tst_Headless::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Headless::cleanup()
{
    m_dir.reset();
}

QStringList tst_Headless::serverArguments() const
{
    return { QStringLiteral("--headless"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dir"), m_dir->path() };
}

QString tst_Headless::writeConfig(const QByteArray &content)
{
    const QString path = m_dir->filePath(u"earshot.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        return {};
    return path;
}

quint16 tst_Headless::startServer(QProcess &process, const QStringList &extra)
{
    if (process.program().isEmpty()) {
        process.setProgram(QStringLiteral(EARSHOT_BINARY));
        process.setArguments(serverArguments() + extra);
    }
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its own config folder: the pairing code and certificates of this test, not the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.remove(u"JOURNAL_STREAM"_s);
    const QProcessEnvironment given = process.processEnvironment();
    for (const QString &name : given.keys())
        environment.insert(name, given.value(name));
    process.setProcessEnvironment(environment);
    process.start();
    if (!process.waitForStarted(5000))
        return 0;
    static const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    QByteArray out;
    QRegularExpressionMatch match;
    (void)QTest::qWaitFor(
        [&] {
            out += process.readAllStandardOutput();
            match = url.match(QString::fromUtf8(out));
            return match.hasMatch() || process.state() == QProcess::NotRunning;
        },
        10000);
    m_startOutput = out;
    if (!match.hasMatch()) {
        qWarning() << "earshot printed:" << out << process.readAllStandardError();
        return 0;
    }
    return quint16(match.captured(1).toUInt());
}

QString tst_Headless::waitForTakeId(QProcess &server)
{
    static const QRegularExpression takeLine(u"Guests open: \\S*[?&]take=([0-9a-f]+)"_s);
    QRegularExpressionMatch take;
    (void)QTest::qWaitFor(
        [&] {
            m_startOutput += server.readAllStandardOutput();
            take = takeLine.match(QString::fromUtf8(m_startOutput));
            return take.hasMatch();
        },
        5000);
    return take.captured(1);
}

bool tst_Headless::joinAndStart(TestClient &guest, quint16 port, const QString &takeId)
{
    if (!guest.open(loopbackWsUrl(port)))
        return false;
    guest.v1.sendJoin(takeId);
    if (guest.waitFor(u"take"_s).value(u"state"_s).toString() != u"recording"_s)
        return false;
    guest.v1.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"Ada"_s);
    return !guest.waitFor(u"started"_s).isEmpty();
}

QString tst_Headless::streamAndAck(TestClient &client, quint16 port, const QByteArray &pcm)
{
    if (!client.open(loopbackWsUrl(port)))
        return {};
    client.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("format"), QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16") },
        { QStringLiteral("name"), QStringLiteral("operator test") } });
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    for (qsizetype offset = 0; offset < pcm.size(); offset += 3200)
        client.socket.sendBinaryMessage(pcm.mid(offset, 3200));
    if (!QTest::qWaitFor([&] { return client.ackedBytes() == pcm.size(); }, 5000))
        return {};
    return m_dir->path() + u'/' + started.value(QLatin1String("file")).toString();
}

QString tst_Headless::ffprobeDuration(const QString &path)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("format=duration"), QStringLiteral("-of"),
            QStringLiteral("default=noprint_wrappers=1:nokey=1"), path });
    if (!ffprobe.waitForFinished(10000))
        return {};
    return QString::fromUtf8(ffprobe.readAllStandardOutput()).trimmed();
}

// A second of a 440 Hz tone, 16 kHz mono.
static QByteArray toneSecond()
{
    QByteArray pcm;
    for (int i = 0; i < 16000; ++i) {
        const qint16 sample = qint16(8000 * std::sin(2 * M_PI * 440 * i / 16000.0));
        pcm.append(reinterpret_cast<const char *>(&sample), 2);
    }
    return pcm;
}

void tst_Headless::versionAndHelp()
{
    QProcess version;
    version.start(QStringLiteral(EARSHOT_BINARY), { QStringLiteral("--version") });
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(EARSHOT_VERSION));

    QProcess help;
    help.start(QStringLiteral(EARSHOT_BINARY), { QStringLiteral("--help") });
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *option : { "--headless", "--port", "--bind", "--dir" })
        QVERIFY2(text.contains(option), option);
}

void tst_Headless::sigtermFinalizesRecordingsAndExitsZero()
{
    QProcess server;
    const quint16 port = startServer(server);
    QVERIFY(port != 0);

    TestClient client;
    const QByteArray pcm = toneSecond();
    const QString file = streamAndAck(client, port, pcm);
    QVERIFY(!file.isEmpty());

    server.terminate(); // SIGTERM
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(client.waitClosed());
    QCOMPARE(client.closeCode, QWebSocketProtocol::CloseCodeGoingAway);

    const QString log = QString::fromUtf8(server.readAllStandardOutput());
    QVERIFY2(log.contains(QLatin1String("operator test")), qPrintable(log));
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->status, QStringLiteral("interrupted"));
    QCOMPARE(sidecar->bytes, pcm.size());
    QCOMPARE(ffprobeDuration(file).toDouble(), 1.0);
}

void tst_Headless::killedServerLeavesPlayableFilesRepairedOnRestart()
{
    QString file;
    const QByteArray pcm = toneSecond();
    {
        QProcess server;
        const quint16 port = startServer(server);
        QVERIFY(port != 0);
        TestClient client;
        file = streamAndAck(client, port, pcm);
        QVERIFY(!file.isEmpty());
        server.kill(); // SIGKILL: no chance to finalize anything
        QVERIFY(server.waitForFinished(10000));
    }
    // Every acknowledged byte is in a file a player reads to its end.
    QCOMPARE(ffprobeDuration(file).toDouble(), 1.0);
    QFile audio(file);
    QVERIFY(audio.open(QIODevice::ReadOnly));
    QCOMPARE(audio.readAll().mid(WavHeader::Size), pcm);
    QCOMPARE(Sidecar::load(RecordingPaths::sidecarPath(file), nullptr)->status,
        QStringLiteral("recording"));

    QProcess restarted;
    QVERIFY(startServer(restarted) != 0);
    QTRY_COMPARE(Sidecar::load(RecordingPaths::sidecarPath(file), nullptr)->status,
        QStringLiteral("interrupted"));
    QCOMPARE(Sidecar::load(RecordingPaths::sidecarPath(file), nullptr)->bytes, pcm.size());
    restarted.terminate();
    QVERIFY(restarted.waitForFinished(10000));
    QCOMPARE(restarted.exitCode(), 0);
}

void tst_Headless::busyPortIsAClearError()
{
    QProcess first;
    const quint16 port = startServer(first);
    QVERIFY(port != 0);

    QProcess second;
    second.start(QStringLiteral(EARSHOT_BINARY),
        { QStringLiteral("--headless"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(port), QStringLiteral("--dir"),
            m_dir->path() });
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(second.readAllStandardError().contains(QByteArray::number(port)),
        "the error names the port");

    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

// A name and a user agent with a line break and terminal escapes: each event stays one line, and
// what the client sent shows escaped instead of reaching the terminal.
void tst_Headless::clientTextCannotForgeLogLines()
{
    QProcess server;
    const quint16 port = startServer(server);
    QVERIFY(port != 0);

    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port)));
    request.setRawHeader("User-Agent", "Agent\xe2\x80\xa8\xe2\x80\xae\x1b]0;owned\x07");
    TestClient client;
    client.socket.open(request);
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    client.sendJson(
        { { u"type"_s, u"start"_s }, { u"format"_s, u"audio/pcm;rate=16000;channels=1;bits=16"_s },
            { u"name"_s, u"Guest\n12:00:00 forged line\x1b[2J"_s } });
    QVERIFY(!client.waitFor(u"started"_s).isEmpty());
    client.sendStop();
    QVERIFY(!client.waitFor(u"stopped"_s).isEmpty());

    QByteArray log;
    QVERIFY(QTest::qWaitFor(
        [&] {
            log += server.readAllStandardOutput();
            return log.contains(" ended ");
        },
        10000));
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    log += server.readAllStandardOutput();

    QVERIFY2(!log.contains('\x1b'), log.constData());
    QVERIFY2(!log.contains('\x07'), log.constData());
    const QString text = QString::fromUtf8(log);
    QVERIFY(!text.contains(QChar(0x2028)));
    QVERIFY(!text.contains(QChar(0x202E)));
    // Every line is one of earshot's own: it starts with a timestamp.
    static const QRegularExpression timestamp(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"_s);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        QVERIFY2(timestamp.match(line).hasMatch() || line.startsWith(u"  "_s), qPrintable(line));
    const QString name = uR"(Guest\n12:00:00 forged line\x1b[2J)"_s;
    const auto linesWith = [&lines](const QString &needle) {
        return int(std::count_if(lines.cbegin(), lines.cend(),
            [&needle](const QString &line) { return line.contains(needle); }));
    };
    QCOMPARE(linesWith(u"forged line"_s), 2); // started and ended
    QCOMPARE(linesWith(name + u"\" started"_s), 1);
    QCOMPARE(linesWith(name + u"\" ended"_s), 1);
    QCOMPARE(linesWith(uR"(Client connected (Agent\u2028\u202e\x1b]0;owned\x07).)"_s), 1);
}

void tst_Headless::transcribeCommandWritesWebVttAndSaysWhatFailed()
{
    // A finished recording with a sidecar, as the server leaves it: LibriVox read speech.
    const QString speech = m_dir->filePath(u"101500_Reader_0123456789abcdef.wav"_s);
    QVERIFY(QFile::copy(
        u"/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav"_s,
        speech));
    Sidecar sidecar;
    sidecar.session = u"0123456789abcdef"_s;
    sidecar.label = u"Reader"_s;
    sidecar.format = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    sidecar.file = QFileInfo(speech).fileName();
    sidecar.status = u"complete"_s;
    QString problem;
    QVERIFY2(sidecar.save(RecordingPaths::sidecarPath(speech), &problem), qPrintable(problem));
    const QString missing = m_dir->filePath(u"missing.wav"_s);

    QProcess transcribe;
    transcribe.start(QStringLiteral(EARSHOT_BINARY), { u"--transcribe"_s, speech, missing });
    QVERIFY(transcribe.waitForFinished(120000));
    // One of the two could not be transcribed: the exit code says so, stderr says which and why.
    QCOMPARE(transcribe.exitStatus(), QProcess::NormalExit);
    QCOMPARE(transcribe.exitCode(), 1);
    const QString errors = QString::fromUtf8(transcribe.readAllStandardError());
    QVERIFY2(errors.contains(missing) && errors.contains(u"no such file"_s), qPrintable(errors));

    // "he was not an ill disposed young man": the finals on stdout, with their times.
    const QString out = QString::fromUtf8(transcribe.readAllStandardOutput());
    QVERIFY2(
        QRegularExpression(u"00:00:0\\d\\.\\d{3} --> 00:00:0\\d\\.\\d{3}  .*\\b(man|young|he)\\b"_s)
            .match(out)
            .hasMatch(),
        qPrintable(out));
    const QString vtt = m_dir->filePath(u"101500_Reader_0123456789abcdef.vtt"_s);
    QFile file(vtt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("WEBVTT\n"));
    const std::optional<Sidecar> updated
        = Sidecar::load(RecordingPaths::sidecarPath(speech), &problem);
    QVERIFY2(updated, qPrintable(problem));
    QCOMPARE(updated->transcript, QFileInfo(vtt).fileName());
    QCOMPARE(updated->label, u"Reader"_s);
}

bool tst_Headless::runExportTake(QProcess &process, const QString &folder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EARSHOT_BINARY), { u"--export-take"_s, folder });
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
}

void tst_Headless::exportTakeCommandWritesAlignedFiles()
{
    // A real take, recorded through a real server by two guests, one joining late.
    constexpr double RunS = 3.0;
    TestServer server;
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = server.path();
    QVERIFY(server.start(settings));
    QString problem;
    const std::optional<Take> take = server.server().createTake(u"Pod One"_s, &problem);
    QVERIFY2(take, qPrintable(problem));
    ScriptedTake::Guests guests;
    QVERIFY2(ScriptedTake::record(server, take->id, { { "Ada", 0.0 }, { "Grace", 0.8 } }, RunS, 2.0,
                 guests, &problem),
        qPrintable(problem));
    QVERIFY(server.stop());
    const QString folder = server.filePath(take->folder);
    const QByteArray original = readFile(folder + u"/Grace.wav"_s);
    QVERIFY(!original.isEmpty());

    QProcess exporter;
    QVERIFY(runExportTake(exporter, folder));
    const QString errors = QString::fromUtf8(exporter.readAllStandardError());
    QCOMPARE(exporter.exitCode(), 0);
    QVERIFY2(errors.contains(u"100 %"_s), qPrintable(errors));

    // stdout: every file written, one a line, and nothing else.
    const QStringList files
        = QString::fromUtf8(exporter.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QString aligned = folder + u"/aligned/"_s;
    QCOMPARE(files,
        QStringList(
            { aligned + u"Ada.wav"_s, aligned + u"Grace.wav"_s, aligned + u"Pod_One.mka"_s }));
    const std::optional<TakeExport::Plan> plan = TakeExport::plan(folder, &problem);
    QVERIFY2(plan, qPrintable(problem));
    QVERIFY2(
        std::abs(plan->lengthMs - RunS * 1000) < 20, qPrintable(QString::number(plan->lengthMs)));
    for (const QString &file : files) {
        const std::optional<QJsonObject> probe = ffprobeJson(file, &problem);
        QVERIFY2(probe, qPrintable(problem));
        const double ms = probe->value(u"format"_s)[u"duration"_s].toString().toDouble() * 1000;
        QVERIFY2(std::abs(ms - plan->lengthMs) < 20,
            qPrintable(u"%1 lasts %2 ms, the take %3 ms"_s.arg(file).arg(ms).arg(plan->lengthMs)));
    }
    // The late joiner's track starts with its silence; the original is untouched.
    QCOMPARE(readFile(folder + u"/Grace.wav"_s), original);
    QCOMPARE(QDir(aligned).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

void tst_Headless::exportTakeCommandRefusesWhatIsNoTake_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("reason");
    QTest::addRow("missing folder") << u"missing"_s << u"no take in"_s;
    QTest::addRow("recordings, no take.json") << u"plain"_s << u"no take in"_s;
    QTest::addRow("a take nobody joined") << u"empty take"_s << u"the take has no tracks"_s;
}

void tst_Headless::exportTakeCommandRefusesWhatIsNoTake()
{
    QFETCH(QString, folder);
    QFETCH(QString, reason);
    QVERIFY(QDir(m_dir->path()).mkpath(u"plain"_s));
    QVERIFY(writeFile(m_dir->filePath(u"plain/some.wav"_s), QByteArray(100, '\0')));
    QVERIFY(QDir(m_dir->path()).mkpath(u"empty take"_s));
    QVERIFY(writeFile(m_dir->filePath(u"empty take/take.json"_s),
        R"({"name":"Empty","startedAt":"2026-01-01T10:00:00.000Z","tracks":[]})"));

    QProcess exporter;
    QVERIFY(runExportTake(exporter, m_dir->filePath(folder)));
    QCOMPARE(exporter.exitCode(), 1);
    const QString errors = QString::fromUtf8(exporter.readAllStandardError());
    QVERIFY2(
        errors.contains(m_dir->filePath(folder)) && errors.contains(reason), qPrintable(errors));
    QVERIFY(exporter.readAllStandardOutput().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(folder + u"/aligned"_s)));
}

void tst_Headless::exportAtEndExportsTheTakeBeforeExiting()
{
    QProcess server;
    const quint16 port = startServer(server, { u"--take"_s, u"Pod"_s, u"--export-at-end"_s });
    QVERIFY(port != 0);
    const QString takeId = waitForTakeId(server);
    QVERIFY2(!takeId.isEmpty(), m_startOutput.constData());

    // A guest joins the take and records two seconds into it.
    TestClient guest;
    QVERIFY(joinAndStart(guest, port, takeId));
    const QByteArray pcm = toneSecond() + toneSecond();
    for (qsizetype offset = 0; offset < pcm.size(); offset += 3200)
        guest.socket.sendBinaryMessage(pcm.mid(offset, 3200));
    QTRY_COMPARE(guest.ackedBytes(), pcm.size());

    // SIGTERM stops the take; the guest is told and stops as a page does; then the export.
    const qsizetype before = guest.messages.size();
    server.terminate();
    QJsonObject stopped;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (qsizetype i = before; i < guest.messages.size(); ++i) {
                if (guest.messages.at(i).value(u"type"_s) == u"take"_s
                    && guest.messages.at(i).value(u"state"_s) == u"stopped"_s)
                    return true;
            }
            return false;
        },
        5000));
    guest.sendStop();
    QVERIFY(!guest.waitFor(u"stopped"_s).isEmpty());
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    m_startOutput += server.readAllStandardOutput();
    const QString log = QString::fromUtf8(m_startOutput);
    QVERIFY2(
        server.exitCode() == 0, qPrintable(log + QString::fromUtf8(server.readAllStandardError())));

    // The export came after the server stopped, and named every file it wrote.
    static const QRegularExpression exported(
        u"Exported (.+)$"_s, QRegularExpression::MultilineOption);
    QStringList files;
    for (QRegularExpressionMatchIterator it = exported.globalMatch(log); it.hasNext();)
        files.append(it.next().captured(1));
    QCOMPARE(files.size(), 2);
    QVERIFY2(files.at(0).endsWith(u"/aligned/Ada.wav"_s), qPrintable(log));
    QVERIFY2(files.at(1).endsWith(u"/aligned/Pod.mka"_s), qPrintable(log));
    QVERIFY(log.indexOf(u"Stopped"_s) < log.indexOf(u"Exported"_s));
    QString problem;
    for (const QString &file : files) {
        const std::optional<QJsonObject> probe = ffprobeJson(file, &problem);
        QVERIFY2(probe, qPrintable(problem));
        const double s = probe->value(u"format"_s)[u"duration"_s].toString().toDouble();
        QVERIFY2(std::abs(s - 2.0) < 0.05, qPrintable(u"%1 lasts %2 s"_s.arg(file).arg(s)));
    }
}

// The service records a take and is killed (a crash); restarted with the same --take, it goes on
// with that take instead of making an empty one: the guest rejoins it, and SIGTERM stops it.
void tst_Headless::aTakeGoesOnAfterACrash()
{
    QProcess first;
    const quint16 port = startServer(first, { u"--take"_s, u"Pod"_s });
    QVERIFY(port != 0);
    const QString takeId = waitForTakeId(first);
    QVERIFY2(!takeId.isEmpty(), m_startOutput.constData());
    {
        TestClient guest;
        QVERIFY(joinAndStart(guest, port, takeId));
        guest.socket.sendBinaryMessage(toneSecond());
        QTRY_COMPARE(guest.ackedBytes(), toneSecond().size());
        first.kill();
        QVERIFY(first.waitForFinished(5000));
    }

    QProcess second;
    const quint16 again = startServer(second, { u"--take"_s, u"Pod"_s });
    QVERIFY(again != 0);
    QCOMPARE(waitForTakeId(second), takeId);
    QVERIFY2(m_startOutput.contains("Take \"Pod\" taken up again"), m_startOutput.constData());
    TestClient guest;
    QVERIFY(guest.open(loopbackWsUrl(again)));
    guest.v1.sendJoin(takeId);
    QCOMPARE(guest.waitFor(u"take"_s).value(u"state"_s).toString(), u"recording"_s);

    const qsizetype before = guest.messages.size();
    second.terminate();
    QCOMPARE(guest.waitFor(u"take"_s, before).value(u"state"_s).toString(), u"stopped"_s);
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 0);
    // One take folder: none was made for nothing.
    const QStringList days
        = QDir(m_dir->path()).entryList({ u"20*"_s }, QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(days.size(), 1);
    QCOMPARE(
        QDir(m_dir->filePath(days.first())).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
}

// A config file with a mistake: the server does not start, exits 1, and says which file, line
// and key are wrong, on standard error.
void tst_Headless::badConfigFileIsAClearErrorAndExitOne()
{
    const QString path = writeConfig("# earshot\nmax-sessions = 10\nmax-sessions-per-ip = 2\n");
    QVERIFY(!path.isEmpty());
    QProcess server;
    server.start(QStringLiteral(EARSHOT_BINARY), serverArguments() << u"--config"_s << path);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 1);
    const QString error = QString::fromUtf8(server.readAllStandardError());
    QVERIFY2(error.contains(path + u":3: max-sessions-per-ip: unknown key"_s), qPrintable(error));
    QCOMPARE(server.readAllStandardOutput(), QByteArray());

    QVERIFY(!writeConfig("max-message-bytes = 0\n").isEmpty());
    server.start(QStringLiteral(EARSHOT_BINARY), serverArguments() << u"--config"_s << path);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 1);
    const QByteArray second = server.readAllStandardError();
    QVERIFY2(second.contains(QByteArray(path.toUtf8() + ":1: max-message-bytes: The message size")),
        second.constData());
}

// The operator edits the file and sends SIGHUP (systemctl reload): the session limit and the
// allowed origins change at once for new clients, what needs a restart is named, a file with a
// mistake changes nothing, and a session that was live all along goes on to a byte-exact file.
void tst_Headless::sighupAppliesTheNewConfigWhileASessionGoesOn()
{
    const QString path = writeConfig("max-sessions = 1\n");
    QVERIFY(!path.isEmpty());
    QProcess server;
    const quint16 port = startServer(server, { u"--config"_s, path });
    QVERIFY(port != 0);
    const QUrl ws(u"ws://127.0.0.1:%1/ws"_s.arg(port));
    QByteArray log;
    const auto waitForLog = [&](const QByteArray &needle) {
        return QTest::qWaitFor(
            [&] {
                log += server.readAllStandardOutput();
                return log.contains(needle);
            },
            10000);
    };

    // The live session, its first half before the reload.
    const QByteArray pcm = toneSecond();
    const qsizetype half = pcm.size() / 2;
    TestClient live;
    QVERIFY(live.open(ws));
    live.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"all along"_s);
    const QJsonObject started = live.waitFor(u"started"_s);
    QVERIFY(!started.isEmpty());
    for (qsizetype offset = 0; offset < half; offset += 3200)
        live.socket.sendBinaryMessage(pcm.mid(offset, 3200));
    QTRY_COMPARE(live.ackedBytes(), half);

    // Before: one session at a time, and no other origin.
    TestClient second;
    QVERIFY(second.open(ws));
    second.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"second"_s);
    QCOMPARE(second.waitFor(u"error"_s).value(u"code"_s).toString(), u"server_full"_s);
    TestClient foreign(u"https://recorder.example"_s);
    foreign.socket.open(ws); // refused at once: closed before open() would see it connected
    QCOMPARE(foreign.waitFor(u"error"_s).value(u"code"_s).toString(), u"forbidden_origin"_s);

    // A reload with a mistake in the file changes nothing.
    QVERIFY(!writeConfig("max-sessions = 2\nallow-origin = https://recorder.example\nport = x\n")
                 .isEmpty());
    QCOMPARE(::kill(pid_t(server.processId()), SIGHUP), 0);
    QVERIFY2(waitForLog(QByteArray(path.toUtf8() + ":3: port: The port must be")), log.constData());
    QVERIFY(log.contains("SIGHUP received: the settings stay as they were"));
    TestClient stillFull;
    QVERIFY(stillFull.open(ws));
    stillFull.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"still full"_s);
    QCOMPARE(stillFull.waitFor(u"error"_s).value(u"code"_s).toString(), u"server_full"_s);

    QVERIFY(!writeConfig("max-sessions = 2\n"
                         "allow-origin = https://recorder.example\n"
                         "keep-originals = true\n")
                 .isEmpty());
    QCOMPARE(::kill(pid_t(server.processId()), SIGHUP), 0);
    QVERIFY2(waitForLog("applied max-sessions, allow-origin"), log.constData());
    QVERIFY2(
        waitForLog("Changed but not applied until a restart: keep-originals"), log.constData());

    // After: room for a second session, and the new origin is welcome.
    TestClient third;
    QVERIFY(third.open(ws));
    third.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"third"_s);
    QVERIFY(!third.waitFor(u"started"_s).isEmpty());
    third.sendStop();
    QVERIFY(!third.waitFor(u"stopped"_s).isEmpty());
    TestClient welcome(u"https://recorder.example"_s);
    QVERIFY(welcome.open(ws));
    welcome.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"welcome"_s);
    QVERIFY(!welcome.waitFor(u"started"_s).isEmpty());
    QCOMPARE(welcome.count(u"error"_s), 0);
    welcome.sendStop();
    QVERIFY(!welcome.waitFor(u"stopped"_s).isEmpty());

    // The session that was live through both reloads: its second half, then its file.
    QVERIFY(!live.closed);
    for (qsizetype offset = half; offset < pcm.size(); offset += 3200)
        live.socket.sendBinaryMessage(pcm.mid(offset, 3200));
    live.sendStop();
    const QJsonObject stopped = live.waitFor(u"stopped"_s);
    QCOMPARE(stopped.value(u"bytes"_s).toInteger(), pcm.size());
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);

    QFile file(m_dir->path() + u'/' + started.value(u"file"_s).toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.size(), WavHeader::Size + pcm.size());
    QCOMPARE(QCryptographicHash::hash(bytes.mid(WavHeader::Size), QCryptographicHash::Sha256),
        QCryptographicHash::hash(pcm, QCryptographicHash::Sha256));
}

// Under systemd standard output is the journal's, named in JOURNAL_STREAM: every line begins with
// its priority (<6>, <4>, <3>) and no time, holds no escape, and is one event. A JOURNAL_STREAM
// that names another stream is not the journal: the lines keep their times.
void tst_Headless::journalGetsPrioritiesAndNoTimes()
{
    const QString path = writeConfig("max-sessions = 5\n");
    QVERIFY(!path.isEmpty());
    // bash gives earshot its own standard output and error as one pipe, and names it the way
    // systemd names the journal's stream: DEVICE:INODE.
    QProcess server;
    server.setProgram(u"bash"_s);
    server.setArguments(
        QStringList { u"-c"_s,
            uR"(JOURNAL_STREAM=$(stat -L -c %d:%i /proc/$$/fd/1) exec "$0" "$@" 2>&1)"_s,
            QStringLiteral(EARSHOT_BINARY) }
        + serverArguments() + QStringList { u"--config"_s, path });
    const quint16 port = startServer(server);
    QVERIFY(port != 0);

    TestClient foreign(u"https://elsewhere.example"_s);
    foreign.socket.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port)));
    QVERIFY(!foreign.waitFor(u"error"_s).isEmpty());
    QVERIFY(!writeConfig("max-sessions = none\n").isEmpty());
    QCOMPARE(::kill(pid_t(server.processId()), SIGHUP), 0);
    QByteArray log = m_startOutput;
    QVERIFY(QTest::qWaitFor(
        [&] {
            log += server.readAllStandardOutput();
            return log.contains("max-sessions: The number");
        },
        10000));
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    log += server.readAllStandardOutput();

    QVERIFY2(!log.contains('\x1b'), log.constData());
    const QStringList lines = QString::fromUtf8(log).split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression journalLine(u"^<[36]>|^<4>"_s);
    static const QRegularExpression time(u"^<\\d>\\d{4}-\\d\\d-\\d\\dT"_s);
    for (const QString &line : lines) {
        QVERIFY2(journalLine.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(!time.match(line).hasMatch(), qPrintable(line));
    }
    const auto hasLine = [&lines](const QString &start) {
        return std::any_of(lines.cbegin(), lines.cend(),
            [&start](const QString &line) { return line.startsWith(start); });
    };
    QVERIFY2(hasLine(u"<6>Earshot "_s), log.constData());
    QVERIFY2(hasLine(u"<6>Open on a phone: http"_s), log.constData());
    QVERIFY2(hasLine(u"<4>warning 127.0.0.1"_s), log.constData()); // the refused origin
    QVERIFY2(hasLine(u"<3>SIGHUP received: the settings stay as they were: "_s + path
                 + u":1: max-sessions: "_s),
        log.constData());
    QVERIFY2(hasLine(u"<6>SIGTERM received"_s), log.constData());

    // Another stream's name: not the journal.
    QProcess elsewhere;
    elsewhere.setProgram(QStringLiteral(EARSHOT_BINARY));
    elsewhere.setArguments(serverArguments());
    QProcessEnvironment environment;
    environment.insert(u"JOURNAL_STREAM"_s, u"1:1"_s);
    elsewhere.setProcessEnvironment(environment);
    QVERIFY(startServer(elsewhere) != 0);
    elsewhere.terminate();
    QVERIFY(elsewhere.waitForFinished(10000));
    const QString plain = QString::fromUtf8(elsewhere.readAllStandardOutput());
    QVERIFY2(
        plain.startsWith(QDate::currentDate().toString(Qt::ISODate).left(4)), qPrintable(plain));
    QVERIFY2(!plain.contains(u"<6>"_s), qPrintable(plain));
}

namespace {

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

// In a terminal (a pseudo-terminal from util-linux's script) the pairing link comes first, then
// its QR code in block characters: decoded back into modules it is the code libqrencode makes of
// the link, in the version that fits it, with its quiet zone.
void tst_Headless::terminalGetsThePairingQrCode()
{
    if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
        QFAIL("'script' (util-linux) is missing: scripts/install-deps.sh --test installs it");
    QStringList command { QStringLiteral(EARSHOT_BINARY) };
    command += serverArguments();
    QProcess script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.remove(u"JOURNAL_STREAM"_s);
    script.setProcessEnvironment(environment);
    script.start(u"script"_s, { u"-qfec"_s, u"exec "_s + command.join(u' '), u"/dev/null"_s });
    QVERIFY(script.waitForStarted(5000));

    QByteArray out;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     out += script.readAllStandardOutput();
                     return out.contains("http://127.0.0.1:");
                 },
                 20000),
        out.constData());
    // earshot is script's child: it gets the SIGTERM, and script ends with it.
    QFile children(u"/proc/%1/task/%1/children"_s.arg(script.processId()));
    QVERIFY(children.open(QIODevice::ReadOnly));
    const qint64 earshot = children.readAll().trimmed().toLongLong();
    QVERIFY(earshot > 0);
    QCOMPARE(::kill(pid_t(earshot), SIGTERM), 0);
    QVERIFY(script.waitForFinished(10000));
    out += script.readAllStandardOutput();

    const QStringList lines = QString::fromUtf8(out).remove(u'\r').split(u'\n');
    static const QRegularExpression pairing(u"Open on a phone \\(scan the code\\): (\\S+)$"_s);
    qsizetype first = -1;
    QString url;
    for (qsizetype i = 0; i < lines.size() && first < 0; ++i) {
        const QRegularExpressionMatch match = pairing.match(lines.at(i));
        if (match.hasMatch()) {
            url = match.captured(1);
            first = i + 1;
        }
    }
    QVERIFY2(first > 0, out.constData());
    QVERIFY(url.startsWith(u"https://127.0.0.1:"_s));
    // The link comes before the other addresses.
    QVERIFY2(lines.at(first - 1).contains(u"Earshot "_s) || first <= 3, out.constData());

    const QByteArray utf8 = url.toUtf8();
    const std::unique_ptr<QRcode, QrDeleter> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    QVERIFY(code);
    QCOMPARE(code->width, 17 + 4 * code->version);
    const int quiet = 4;
    const int size = code->width + 2 * quiet;
    const int rows = (size + 1) / 2;
    QVERIFY(lines.size() >= first + rows);
    // Each character is two modules, the upper and the lower: light is ink.
    const auto lightAt = [&](int x, int y) -> std::optional<bool> {
        const QChar c = lines.at(first + y / 2).at(x);
        const bool upper = y % 2 == 0;
        switch (c.unicode()) {
        case 0x2588:
            return true;
        case 0x2580:
            return upper;
        case 0x2584:
            return !upper;
        case u' ':
            return false;
        default:
            return std::nullopt;
        }
    };
    for (int row = 0; row < rows; ++row)
        QCOMPARE(lines.at(first + row).size(), size);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const std::optional<bool> light = lightAt(x, y);
            QVERIFY2(light, qPrintable(lines.at(first + y / 2)));
            const int cx = x - quiet;
            const int cy = y - quiet;
            const bool inCode = cx >= 0 && cy >= 0 && cx < code->width && cy < code->width;
            const bool expected = !inCode || (code->data[cy * code->width + cx] & 1) == 0;
            if (*light != expected)
                QFAIL(qPrintable(u"module (%1, %2) differs"_s.arg(cx).arg(cy)));
        }
    }
    // Below the code, the addresses go on as log lines.
    QVERIFY2(lines.at(first + rows).contains(u"  http"_s), qPrintable(lines.at(first + rows)));
}

// docs/hooks.md as an operator uses it: hooks named in the config file (quoted, a folder with a
// space), run for a real session with the facts in the environment and nothing of the client's
// in a command; a failing hook's status and last words are a warning line in the log; a reload
// puts another hook in its place for the next recording.
void tst_Headless::hooksFromTheConfigFileRunAndFailuresAreLogged()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"hook scripts"_s));
    const QString failing = m_dir->filePath(u"hook scripts/failing.sh"_s);
    const QString passing = m_dir->filePath(u"hook scripts/passing.sh"_s);
    QVERIFY(writeFile(failing,
        "env -0 > \"$1.part\" && mv \"$1.part\" \"$1\"\necho 'upload failed' >&2\nexit 7\n"));
    QVERIFY(writeFile(passing, "env -0 > \"$1.part\" && mv \"$1.part\" \"$1\"\n"));
    const QString firstOut = m_dir->filePath(u"first.env"_s);
    const QString secondOut = m_dir->filePath(u"second.env"_s);
    const auto config = [](const QString &script, const QString &out) -> QByteArray {
        return "on-finish = /bin/sh \"" + script.toUtf8() + "\" " + out.toUtf8() + "\n";
    };
    const QString path = writeConfig(config(failing, firstOut));
    QVERIFY(!path.isEmpty());
    QProcess server;
    server.setWorkingDirectory(m_dir->path());
    const quint16 port = startServer(server, { u"--config"_s, path });
    QVERIFY(port != 0);
    QByteArray log = m_startOutput;
    const auto waitForLog = [&](const QByteArray &needle) {
        return QTest::qWaitFor(
            [&] {
                log += server.readAllStandardOutput();
                return log.contains(needle);
            },
            10000);
    };
    const auto readEnvironment = [](const QString &file) {
        QHash<QString, QString> variables;
        for (const QByteArray &entry : readFile(file).split('\0')) {
            const qsizetype equals = entry.indexOf('=');
            if (equals > 0)
                variables.insert(QString::fromUtf8(entry.left(equals)),
                    QString::fromUtf8(entry.mid(equals + 1)));
        }
        return variables;
    };
    const QUrl ws(u"ws://127.0.0.1:%1/ws"_s.arg(port));
    const auto record = [&ws](const QString &name) {
        TestClient client;
        if (!client.open(ws))
            return QJsonObject();
        client.sendStart(u"audio/pcm;rate=16000;channels=1;bits=16"_s, name);
        const QJsonObject started = client.waitFor(u"started"_s);
        client.socket.sendBinaryMessage(toneSecond());
        client.sendStop();
        return client.waitFor(u"stopped"_s).isEmpty() ? QJsonObject() : started;
    };

    const QString name = u"$(touch pwned); touch pwned"_s;
    const QJsonObject first = record(name);
    QVERIFY(!first.isEmpty());
    QTRY_VERIFY(QFileInfo::exists(firstOut));
    const QHash<QString, QString> env = readEnvironment(firstOut);
    const QString file = m_dir->filePath(first.value(u"file"_s).toString());
    QCOMPARE(env.value(u"EARSHOT_FILE"_s), file);
    QCOMPARE(env.value(u"EARSHOT_BYTES"_s).toLongLong(), QFileInfo(file).size());
    QCOMPARE(env.value(u"EARSHOT_BYTES"_s).toLongLong(), WavHeader::Size + toneSecond().size());
    QCOMPARE(env.value(u"EARSHOT_OUTCOME"_s), u"complete"_s);
    QCOMPARE(env.value(u"EARSHOT_CLIENT_NAME"_s), name);
    QCOMPARE(env.value(u"EARSHOT_SIDECAR"_s), RecordingPaths::sidecarPath(file));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"pwned"_s)));
    const QByteArray session = first.value(u"session"_s).toString().toUtf8();
    const QByteArray warning = session + " The on-finish hook exited with status 7: upload failed";
    QVERIFY2(waitForLog(warning), log.constData());
    const qsizetype at = log.indexOf(warning);
    const QByteArray line = log.mid(log.lastIndexOf('\n', at) + 1);
    QVERIFY2(line.contains(" warning 127.0.0.1:"), line.constData());

    QVERIFY(!writeConfig(config(passing, secondOut)).isEmpty());
    QCOMPARE(::kill(pid_t(server.processId()), SIGHUP), 0);
    QVERIFY2(waitForLog("applied on-finish"), log.constData());
    const QJsonObject second = record(u"second"_s);
    QVERIFY(!second.isEmpty());
    QTRY_VERIFY(QFileInfo::exists(secondOut));
    QCOMPARE(readEnvironment(secondOut).value(u"EARSHOT_SESSION"_s),
        second.value(u"session"_s).toString());
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
