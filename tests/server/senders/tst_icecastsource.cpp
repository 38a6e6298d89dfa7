// Icecast source clients streaming to Earshot's port as they would to an Icecast server: ffmpeg
// (PUT, Opus and MP3), ices2 (SOURCE, Vorbis, with its stream's metadata) and darkice (from a
// PulseAudio microphone). What a person checks afterwards: a file per stream that a player reads
// as what was sent, of the stream's length, that decodes without an error and carries the tone,
// and the sidecar that says which mount and which stream it was. Also the password (the pairing
// code) and its ban, the requests Earshot refuses, a disk that fills up mid-stream and a server
// that shuts down mid-stream.

#include <cmath>
#include <cstring>
#include <memory>
#include <numbers>
#include <optional>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "decodedaudio.h"
#include "ffprobe.h"
#include "pulsesine.h"
#include "rawhttp.h"
#include "runprogram.h"
#include "sourceclient.h"
#include "testcheck.h"
#include "testdata.h"
#include "testserver.h"
#include "tmpfsmount.h"
#include "toneshare.h"

namespace {

constexpr int IcesHz = 660;
// The session ends when the source hangs up, the remux of Ogg comes a moment later.
constexpr int SettleTimeoutMs = 15000;

const QString SourcePassword = QStringLiteral("hackme");

QStringList encoding(const char *codec, const char *contentType, const char *muxer)
{
    return { QStringLiteral("-c:a"), QLatin1String(codec), QStringLiteral("-content_type"),
        QLatin1String(contentType), QStringLiteral("-f"), QLatin1String(muxer) };
}

QStringList mp3Encoding(const QString &bitrate = QStringLiteral("128k"))
{
    return { QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"), bitrate,
        QStringLiteral("-content_type"), QStringLiteral("audio/mpeg"), QStringLiteral("-f"),
        QStringLiteral("mp3") };
}

// Every file in the recordings folder, hidden ones (a remux's temporary copy) included.
QStringList recordingFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// The files of the recordings folder that are neither a sidecar nor named by one.
QStringList audioFilesWithoutSidecar(const QString &folder)
{
    QStringList unexplained;
    for (const QString &path : recordingFiles(folder)) {
        const QFileInfo file(path);
        if (file.suffix() == u"json")
            continue;
        const QJsonObject sidecar = QJsonDocument::fromJson(
            readFile(file.dir().filePath(file.completeBaseName() + QStringLiteral(".json"))))
                                        .object();
        if (sidecar.value(QLatin1String("file")).toString() != file.fileName())
            unexplained << path;
    }
    return unexplained;
}

// An Icecast source's request head as a client writes it; no Authorization without a password.
QByteArray sourceHead(const QByteArray &method, const QByteArray &mount,
    const QByteArray &contentType, const std::optional<QByteArray> &password)
{
    QByteArray head = method + ' ' + mount + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (password)
        head += "Authorization: Basic " + QByteArray(QByteArray("source:") + *password).toBase64()
            + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    return head + "Ice-Name: Raw source\r\n\r\n";
}

// A metadata request as libshout sends it (GET /admin/metadata?...), with `source:<password>`.
QByteArray metadataHead(const QByteArray &pathAndQuery, const std::optional<QByteArray> &password)
{
    QByteArray head = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (password)
        head += "Authorization: Basic " + QByteArray(QByteArray("source:") + *password).toBase64()
            + "\r\n";
    return head + "User-Agent: libshout/2.4.6\r\n\r\n";
}

// The titles of a sidecar's "source", as (atMs, title) pairs.
QList<std::pair<qint64, QString>> titlesOf(const Recording &recording)
{
    QList<std::pair<qint64, QString>> titles;
    for (const QJsonValue &entry : recording.source().value(QLatin1String("titles")).toArray()) {
        const QJsonObject title = entry.toObject();
        titles.append({ title.value(QLatin1String("atMs")).toInteger(-1),
            title.value(QLatin1String("title")).toString() });
    }
    return titles;
}

QStringList titleTexts(const Recording &recording)
{
    QStringList texts;
    for (const auto &[atMs, title] : titlesOf(recording))
        texts << title;
    return texts;
}

// What the faces are told of the titles while a server runs: each title change the figures'
// batches carry (what the monitor's table shows), and the log lines that say what plays.
struct ShownTitles
{
    explicit ShownTitles(CaptureServer &server)
    {
        QObject::connect(&server, &CaptureServer::sessionsUpdated, &context,
            [this](const QList<SessionStats> &changed, const ServerTotals &) {
                for (const SessionStats &stats : changed) {
                    if (!stats.title.isEmpty() && titles.value(titles.size() - 1) != stats.title)
                        titles << stats.title;
                }
            });
        QObject::connect(
            &server, &CaptureServer::eventOccurred, &context, [this](const ServerEvent &event) {
                if (event.text.startsWith(QLatin1String("Now playing")))
                    logLines << event.text;
            });
    }

    QObject context;
    QStringList titles;
    QStringList logLines;
};

// The value of a response's header, its name in any case; empty without one.
QByteArray headerValue(const QByteArray &response, const QByteArray &name)
{
    const QByteArray head = response.left(response.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class tst_IcecastSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ffmpegInEveryFormat_data();
    void ffmpegInEveryFormat();
    void ices2();
    void darkice();
    void ices2PlaylistTitles();
    void ezstreamTitleUpdates();
    void metadataRequestsAnsweredLikeIcecast();
    void wrongPasswordIsRefusedAndCountsTowardTheBan();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
    void diskFullKeepsTheFilePlayable();
    void shutdownMidStream();

private:
    ServerSettings settings() const;
    // Paired with the code "s3cret", asked of loopback clients too, banning after 3 wrong ones.
    ServerSettings pairedSettings() const;
    // Waits until the recording of mount is over and, for Ogg, remuxed.
    std::optional<Recording> settledRecording(const QString &mount);
    // The sidecar's figures of a remuxed recording: the stream as it arrived, its length.
    void checkRemuxed(const Recording &recording, double seconds, double tolerance);

    QTemporaryDir m_work;
    QString m_icesTone; // raw 16-bit stereo PCM at 44.1 kHz, what ices2 reads
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TmpfsMount> m_disk; // unmounted after the server stopped, which holds it open
};

void tst_IcecastSource::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_icesTone = m_work.filePath(QStringLiteral("tone.raw"));
    runProgram(QStringLiteral("ffmpeg"),
        { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=%1:duration=%2:sample_rate=44100")
                .arg(IcesHz)
                .arg(StreamSeconds),
            QStringLiteral("-ac"), QStringLiteral("2"), QStringLiteral("-f"),
            QStringLiteral("s16le"), m_icesTone });
    QCOMPARE(QFileInfo(m_icesTone).size(), qint64(StreamSeconds) * 44100 * 2 * 2);
}

void tst_IcecastSource::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_IcecastSource::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
    m_disk.reset();
}

ServerSettings tst_IcecastSource::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    settings.tlsEnabled = false;
    settings.workerThreads = 2;
    return settings;
}

ServerSettings tst_IcecastSource::pairedSettings() const
{
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("s3cret");
    paired.tokenRequiredOnLoopback = true;
    paired.maxTokenFailures = 3;
    return paired;
}

std::optional<Recording> tst_IcecastSource::settledRecording(const QString &mount)
{
    std::optional<Recording> recording;
    (void)QTest::qWaitFor(
        [&] {
            recording = findRecording(m_server->server().settings().recordingsDir, mount);
            return recording && recording->isSettled();
        },
        SettleTimeoutMs);
    return recording;
}

void tst_IcecastSource::checkRemuxed(const Recording &recording, double seconds, double tolerance)
{
    const QJsonObject &sidecar = recording.sidecar;
    QCOMPARE(sidecar.value(QLatin1String("remux")).toObject().value(QLatin1String("state")),
        QJsonValue(QStringLiteral("replaced")));
    QCOMPARE(sidecar.value(QLatin1String("remuxed")), QJsonValue(true));
    const QJsonObject original = sidecar.value(QLatin1String("original")).toObject();
    // The stream as it arrived: the sidecar's count of bytes received is the original's size.
    QCOMPARE(original.value(QLatin1String("bytes")).toInteger(-1),
        sidecar.value(QLatin1String("bytes")).toInteger(-2));
    QCOMPARE(original.value(QLatin1String("sha256")).toString().size(), 64);
    const qint64 durationMs = sidecar.value(QLatin1String("durationMs")).toInteger(-1);
    QVERIFY2(std::abs(durationMs / 1000.0 - seconds) <= tolerance,
        qPrintable(QStringLiteral("the sidecar says %1 ms").arg(durationMs)));
}

void tst_IcecastSource::ffmpegInEveryFormat_data()
{
    QTest::addColumn<QString>("mount");
    QTest::addColumn<QStringList>("encoding");
    QTest::addColumn<QString>("name"); // Ice-Name; empty: none
    QTest::addColumn<QString>("genre");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("extension");

    const QString name = QStringLiteral("Morning show");
    const QString genre = QStringLiteral("Talk");
    const QStringList named { QStringLiteral("-ice_name"), name, QStringLiteral("-ice_genre"),
        genre };
    QTest::addRow("Ogg Opus, named")
        << QStringLiteral("/show") << opusEncoding() + named << name << genre << name
        << QStringLiteral("opus") << QStringLiteral("audio/ogg") << QStringLiteral("ogg");
    // Without an Ice-Name the mount names it.
    QTest::addRow("MP3, unnamed") << QStringLiteral("/mp3show") << mp3Encoding() << QString()
                                  << QString() << QStringLiteral("mp3show") << QStringLiteral("mp3")
                                  << QStringLiteral("audio/mpeg") << QStringLiteral("mp3");
    QTest::addRow("AAC (ADTS)") << QStringLiteral("/aac") << encoding("aac", "audio/aac", "adts")
                                << QString() << QString() << QStringLiteral("aac")
                                << QStringLiteral("aac") << QStringLiteral("audio/aac")
                                << QStringLiteral("aac");
    QTest::addRow("WebM Opus") << QStringLiteral("/webm")
                               << encoding("libopus", "audio/webm", "webm") << QString()
                               << QString() << QStringLiteral("webm") << QStringLiteral("opus")
                               << QStringLiteral("audio/webm") << QStringLiteral("webm");
}

void tst_IcecastSource::ffmpegInEveryFormat()
{
    QFETCH(QString, mount);
    QFETCH(QStringList, encoding);
    QFETCH(QString, name);
    QFETCH(QString, genre);
    QFETCH(QString, label);
    QFETCH(QString, codec);
    QFETCH(QString, format);
    QFETCH(QString, extension);
    QVERIFY(m_server->start(settings()));

    SourceClient ffmpeg(
        QStringLiteral("ffmpeg"), ffmpegSource(m_server->port(), mount, SourcePassword, encoding));
    QVERIFY2(ffmpeg.waitForExit(), qPrintable(ffmpeg.output()));
    QVERIFY2(ffmpeg.succeeded(), qPrintable(ffmpeg.output()));

    const std::optional<Recording> recording = settledRecording(mount);
    QVERIFY2(recording, qPrintable(recordingFiles(m_server->path()).join(u' ')));
    const QJsonObject &sidecar = recording->sidecar;
    QVERIFY2(recording->isSettled(), QJsonDocument(sidecar).toJson().constData());
    QCOMPARE(recording->status(), QStringLiteral("complete"));
    QCOMPARE(sidecar.value(QLatin1String("label")).toString(), label);
    QCOMPARE(sidecar.value(QLatin1String("format")).toString(), format);
    // What the source said of its stream; what it did not say is left out.
    const QJsonObject source = recording->source();
    QCOMPARE(source.value(QLatin1String("mount")).toString(), mount);
    QCOMPARE(source.value(QLatin1String("contentType")).toString(), format);
    QCOMPARE(source.value(QLatin1String("name")),
        name.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(name));
    QCOMPARE(source.value(QLatin1String("genre")),
        genre.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(genre));
    QVERIFY(!source.contains(QLatin1String("url")));

    // <day>/<HHMMSS>_<label>_<session>.<extension>, the sidecar beside it.
    const QFileInfo audio(recording->audioPath);
    QCOMPARE(audio.suffix(), extension);
    QCOMPARE(QFileInfo(recording->sidecarPath).completeBaseName(), audio.completeBaseName());
    const QDateTime startedAt = QDateTime::fromString(
        sidecar.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(startedAt.isValid());
    QCOMPARE(audio.dir().dirName(), startedAt.toLocalTime().date().toString(Qt::ISODate));

    // The recording and its sidecar, nothing else (a remux's temporary copy) beside them.
    QStringList files = recordingFiles(m_server->path());
    files.sort();
    QStringList expected { recording->sidecarPath, recording->audioPath };
    expected.sort();
    QCOMPARE(files, expected);

    CHECK(checkDecodesWithTone(recording->audioPath, codec, StreamSeconds, 0.15, FfmpegHz));
    if (recording->isRemuxed()) {
        CHECK(checkRemuxed(*recording, StreamSeconds, 0.15));
    } else {
        // MP3 and AAC need no remux: the file is the stream as it arrived.
        QVERIFY(!sidecar.contains(QLatin1String("remux")));
        QVERIFY(!sidecar.contains(QLatin1String("remuxed")));
        QCOMPARE(audio.size(), sidecar.value(QLatin1String("bytes")).toInteger(-1));
    }
}

void tst_IcecastSource::ices2()
{
    QVERIFY(m_server->start(settings()));
    const QString savefile = m_work.filePath(QStringLiteral("ices-saved.ogg"));
    QFile::remove(savefile);
    const QString config = m_work.filePath(QStringLiteral("ices.xml"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QStringLiteral(R"(<?xml version="1.0"?>
<ices>
  <background>0</background>
  <logpath>%1</logpath>
  <logfile>ices.log</logfile>
  <loglevel>3</loglevel>
  <consolelog>1</consolelog>
  <stream>
    <metadata>
      <name>Ices test</name>
      <genre>Test tones</genre>
      <description>A 660 Hz tone</description>
    </metadata>
    <input>
      <module>stdinpcm</module>
      <param name="rate">44100</param>
      <param name="channels">2</param>
      <param name="metadata">0</param>
    </input>
    <instance>
      <hostname>127.0.0.1</hostname>
      <port>%2</port>
      <password>%3</password>
      <mount>/ices</mount>
      <savefile>%4</savefile>
      <encode>
        <quality>3</quality>
        <samplerate>44100</samplerate>
        <channels>2</channels>
      </encode>
    </instance>
  </stream>
</ices>
)")
                .arg(m_work.path(), QString::number(m_server->port()), SourcePassword, savefile)
                .toUtf8());
    }

    SourceClient ices(QStringLiteral("ices2"), { config }, m_icesTone);
    QVERIFY2(ices.waitForExit(), qPrintable(ices.output()));
    // ices2 exits with 0 even when it could not connect: what it made says how it went.
    QVERIFY2(ices.succeeded(), qPrintable(ices.output()));
    QVERIFY2(!ices.output().contains(QLatin1String("EROR")), qPrintable(ices.output()));

    const std::optional<Recording> recording = settledRecording(QStringLiteral("/ices"));
    QVERIFY2(recording && recording->isSettled(),
        qPrintable(ices.output() + recordingFiles(m_server->path()).join(u' ')));
    const QJsonObject &sidecar = recording->sidecar;
    QCOMPARE(recording->status(), QStringLiteral("complete"));
    QCOMPARE(sidecar.value(QLatin1String("label")).toString(), QStringLiteral("Ices test"));
    QCOMPARE(sidecar.value(QLatin1String("format")).toString(), QStringLiteral("audio/ogg"));
    const QJsonObject source = recording->source();
    QCOMPARE(source.value(QLatin1String("mount")).toString(), QStringLiteral("/ices"));
    QCOMPARE(
        source.value(QLatin1String("contentType")).toString(), QStringLiteral("application/ogg"));
    QCOMPARE(source.value(QLatin1String("name")).toString(), QStringLiteral("Ices test"));
    QCOMPARE(source.value(QLatin1String("genre")).toString(), QStringLiteral("Test tones"));
    QCOMPARE(
        source.value(QLatin1String("description")).toString(), QStringLiteral("A 660 Hz tone"));
    // libshout's own spelling ("samplerate=44100;channels=2;quality=3%2e00"), kept as it came.
    const QStringList audioInfo
        = source.value(QLatin1String("audioInfo")).toString().split(QLatin1Char(';'));
    QVERIFY2(audioInfo.contains(QLatin1String("samplerate=44100"))
            && audioInfo.contains(QLatin1String("channels=2")),
        qPrintable(audioInfo.join(u';')));

    // What arrived is what ices2 sent: its own copy of the stream, byte for byte. (ices2 drops
    // the end of its input at EOF, so the stream is shorter than the 3 s it read.)
    const QByteArray saved = readFile(savefile);
    QVERIFY(!saved.isEmpty());
    const QJsonObject original = sidecar.value(QLatin1String("original")).toObject();
    QCOMPARE(original.value(QLatin1String("sha256")).toString().toLatin1(), sha256(saved));
    QCOMPARE(original.value(QLatin1String("bytes")).toInteger(-1), saved.size());
    QString why;
    const double sent = durationOf(savefile, &why);
    QVERIFY2(sent > 1.5, qPrintable(QStringLiteral("%1 s: %2").arg(sent).arg(why)));
    CHECK(checkRemuxed(*recording, sent, 0.05));
    CHECK(checkDecodesWithTone(recording->audioPath, QStringLiteral("vorbis"), sent, 0.05, IcesHz));
}

void tst_IcecastSource::darkice()
{
    PulseSine microphone;
    QVERIFY2(microphone.start(), qPrintable(microphone.errorString()));
    QVERIFY(m_server->start(settings()));
    const QString dump = m_work.filePath(QStringLiteral("darkice-dump.ogg"));
    QFile::remove(dump);
    const QString config = m_work.filePath(QStringLiteral("darkice.cfg"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // realtime: no, as a person would run it without the rights to real-time scheduling;
        // reconnect: no, so that a refused stream ends it.
        file.write(QStringLiteral("[general]\n"
                                  "duration = %1\n"
                                  "bufferSecs = 1\n"
                                  "realtime = no\n"
                                  "reconnect = no\n"
                                  "\n"
                                  "[input]\n"
                                  "device = pulseaudio\n"
                                  "paSourceName = %2\n"
                                  "sampleRate = 44100\n"
                                  "bitsPerSample = 16\n"
                                  "channel = 2\n"
                                  "\n"
                                  "[icecast2-0]\n"
                                  "bitrateMode = vbr\n"
                                  "format = vorbis\n"
                                  "quality = 0.5\n"
                                  "server = 127.0.0.1\n"
                                  "port = %3\n"
                                  "password = %4\n"
                                  "mountPoint = dark\n"
                                  "name = Darkice test\n"
                                  "localDumpFile = %5\n")
                       .arg(StreamSeconds)
                       .arg(QLatin1String(PulseSine::SourceId))
                       .arg(m_server->port())
                       .arg(SourcePassword, dump)
                       .toUtf8());
    }

    // PulseSine pointed this process's environment at its daemon: darkice inherits it.
    SourceClient darkice(QStringLiteral("darkice"), { QStringLiteral("-c"), config });
    QVERIFY2(darkice.waitForExit(), qPrintable(darkice.output()));
    QVERIFY2(darkice.succeeded(), qPrintable(darkice.output()));

    const std::optional<Recording> recording = settledRecording(QStringLiteral("/dark"));
    QVERIFY2(recording && recording->isSettled(),
        qPrintable(darkice.output() + recordingFiles(m_server->path()).join(u' ')));
    QCOMPARE(recording->status(), QStringLiteral("complete"));
    QCOMPARE(recording->sidecar.value(QLatin1String("label")).toString(),
        QStringLiteral("Darkice test"));
    QCOMPARE(
        recording->sidecar.value(QLatin1String("format")).toString(), QStringLiteral("audio/ogg"));
    QCOMPARE(recording->source().value(QLatin1String("mount")).toString(), QStringLiteral("/dark"));
    // darkice's own copy of what it sent is what arrived.
    QCOMPARE(recording->sidecar.value(QLatin1String("original"))
                 .toObject()
                 .value(QLatin1String("sha256"))
                 .toString()
                 .toLatin1(),
        sha256(readFile(dump)));
    CHECK(checkRemuxed(*recording, StreamSeconds, 1.0));
    CHECK(checkDecodesWithTone(
        recording->audioPath, QStringLiteral("vorbis"), StreamSeconds, 1.0, PulseSine::Frequency));
}

void tst_IcecastSource::ices2PlaylistTitles()
{
    // Two Ogg Vorbis tracks of 3 s, titled as a tagger titles them; ices2 plays its playlist
    // once, as they are (no encode section): a chained stream, each track with its comments.
    constexpr int TrackSeconds = 3;
    const QString playlist = m_work.filePath(QStringLiteral("playlist.txt"));
    {
        QFile list(playlist);
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const std::pair<const char *, int> tracks[]
            = { { "Track one", 440 }, { "Track two", 660 } };
        for (const auto &[title, hz] : tracks) {
            const QString track = m_work.filePath(QStringLiteral("%1.ogg").arg(hz));
            QFile::remove(track);
            runProgram(QStringLiteral("ffmpeg"),
                { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                    QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("sine=frequency=%1:duration=%2:sample_rate=44100")
                        .arg(hz)
                        .arg(TrackSeconds),
                    QStringLiteral("-ac"), QStringLiteral("2"), QStringLiteral("-c:a"),
                    QStringLiteral("libvorbis"), QStringLiteral("-metadata"),
                    QStringLiteral("title=") + QLatin1String(title), QStringLiteral("-metadata"),
                    QStringLiteral("artist=Earshot tests"), track });
            QVERIFY2(QFileInfo(track).size() > 0, qPrintable(track));
            list.write(QByteArray(track.toUtf8() + '\n'));
        }
    }
    QVERIFY(m_server->start(settings()));
    const QString config = m_work.filePath(QStringLiteral("ices-playlist.xml"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QStringLiteral(R"(<?xml version="1.0"?>
<ices>
  <background>0</background>
  <logpath>%1</logpath>
  <logfile>ices-playlist.log</logfile>
  <loglevel>3</loglevel>
  <consolelog>1</consolelog>
  <stream>
    <metadata><name>Ices playlist</name></metadata>
    <input>
      <module>playlist</module>
      <param name="type">basic</param>
      <param name="file">%2</param>
      <param name="random">0</param>
      <param name="once">1</param>
    </input>
    <instance>
      <hostname>127.0.0.1</hostname>
      <port>%3</port>
      <password>%4</password>
      <mount>/playlist</mount>
    </instance>
  </stream>
</ices>
)")
                .arg(m_work.path(), playlist, QString::number(m_server->port()), SourcePassword)
                .toUtf8());
    }

    ShownTitles shown(m_server->server());
    SourceClient ices(QStringLiteral("ices2"), { config });
    QVERIFY2(ices.waitForExit(), qPrintable(ices.output()));
    QVERIFY2(ices.succeeded(), qPrintable(ices.output()));
    QVERIFY2(!ices.output().contains(QLatin1String("EROR")), qPrintable(ices.output()));

    const std::optional<Recording> recording = settledRecording(QStringLiteral("/playlist"));
    QVERIFY2(recording && recording->isSettled(),
        qPrintable(ices.output() + recordingFiles(m_server->path()).join(u' ')));
    QCOMPARE(recording->status(), QStringLiteral("complete"));
    // Each track is a chain of its own, kept as it arrived rather than remuxed into one stream.
    QCOMPARE(recording->sidecar.value(QLatin1String("remux"))[QLatin1String("state")].toString(),
        QStringLiteral("skipped"));
    QCOMPARE(titleTexts(*recording),
        QStringList({ QStringLiteral("Earshot tests - Track one"),
            QStringLiteral("Earshot tests - Track two") }));
    // The first track's title comes with the stream's first bytes, the second's when ices2,
    // which sends at the pace of playing (a little ahead of it), has played the first.
    const auto titles = titlesOf(*recording);
    QVERIFY2(titles.at(0).first >= 0 && titles.at(0).first < 1000,
        qPrintable(QString::number(titles.at(0).first)));
    const qint64 between = titles.at(1).first - titles.at(0).first;
    QVERIFY2(between > (TrackSeconds - 1) * 1000 && between < (TrackSeconds + 1) * 1000,
        qPrintable(QString::number(between)));
    // The recording holds both tracks, one after the other, as a player decodes the chain.
    const QList<qint16> samples = decodePcm(recording->audioPath);
    const double seconds = samples.size() / double(DecodeRate);
    QVERIFY2(seconds > 2 * TrackSeconds - 1 && seconds < 2 * TrackSeconds + 0.5,
        qPrintable(QString::number(seconds)));
    const qsizetype track = qsizetype(DecodeRate) * (TrackSeconds - 1);
    for (const auto &[part, hz] :
        { std::pair(samples.first(track), 440), std::pair(samples.last(track), 660) }) {
        const auto [toned, windows] = tonedWindows(part, hz);
        QVERIFY2(toned >= TonedWindows * windows,
            qPrintable(
                QStringLiteral("%1 Hz in %2 of %3 windows").arg(hz).arg(toned).arg(windows)));
    }
    // While it played, the monitor's figures and the log said what played.
    QCOMPARE(shown.titles, titleTexts(*recording));
    QVERIFY2(shown.logLines.contains(
                 QStringLiteral("Now playing on /playlist: Earshot tests - Track two")),
        qPrintable(shown.logLines.join(u'\n')));
}

void tst_IcecastSource::ezstreamTitleUpdates()
{
    // ezstream streams MP3 files from a playlist and, as each begins, sends its tags in
    // libshout's metadata request (MP3 has no comments of its own in the stream).
    constexpr int TrackSeconds = 3;
    const QString playlist = m_work.filePath(QStringLiteral("ezstream.m3u"));
    {
        QFile list(playlist);
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const char *title : { "Song one", "Song two" }) {
            const QString track = m_work.filePath(QLatin1String(title) + QStringLiteral(".mp3"));
            QFile::remove(track);
            runProgram(QStringLiteral("ffmpeg"),
                { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                    QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("sine=frequency=%1:duration=%2").arg(FfmpegHz).arg(TrackSeconds),
                    QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"),
                    QStringLiteral("64k"), QStringLiteral("-metadata"),
                    QStringLiteral("title=") + QLatin1String(title), QStringLiteral("-metadata"),
                    QStringLiteral("artist=Ezstream"), track });
            QVERIFY2(QFileInfo(track).size() > 0, qPrintable(track));
            list.write(QByteArray(track.toUtf8() + '\n'));
        }
    }
    QVERIFY(m_server->start(pairedSettings()));
    const QString config = m_work.filePath(QStringLiteral("ezstream.xml"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<ezstream>
  <servers>
    <server>
      <hostname>127.0.0.1</hostname>
      <port>%1</port>
      <password>s3cret</password>
    </server>
  </servers>
  <streams>
    <stream>
      <mountpoint>/ez</mountpoint>
      <format>MP3</format>
      <stream_name>Ezstream test</stream_name>
    </stream>
  </streams>
  <intakes>
    <intake>
      <filename>%2</filename>
      <stream_once>Yes</stream_once>
    </intake>
  </intakes>
</ezstream>
)")
                       .arg(QString::number(m_server->port()), playlist)
                       .toUtf8());
    }
    // ezstream refuses a configuration that others may read: it holds a password.
    QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    ShownTitles shown(m_server->server());
    SourceClient ezstream(QStringLiteral("ezstream"), { QStringLiteral("-c"), config });
    QVERIFY2(ezstream.waitForExit(), qPrintable(ezstream.output()));
    QVERIFY2(ezstream.succeeded(), qPrintable(ezstream.output()));

    const std::optional<Recording> recording = settledRecording(QStringLiteral("/ez"));
    QVERIFY2(recording && recording->isSettled(),
        qPrintable(ezstream.output() + recordingFiles(m_server->path()).join(u' ')));
    QCOMPARE(recording->status(), QStringLiteral("complete"));
    QCOMPARE(titleTexts(*recording),
        QStringList(
            { QStringLiteral("Ezstream - Song one"), QStringLiteral("Ezstream - Song two") }));
    const auto titles = titlesOf(*recording);
    QVERIFY2(titles.at(0).first >= 0 && titles.at(0).first < 1000,
        qPrintable(QString::number(titles.at(0).first)));
    const qint64 between = titles.at(1).first - titles.at(0).first;
    QVERIFY2(between > (TrackSeconds - 1) * 1000 && between < (TrackSeconds + 1) * 1000,
        qPrintable(QString::number(between)));
    CHECK(checkDecodesWithTone(
        recording->audioPath, QStringLiteral("mp3"), 2 * TrackSeconds, 0.3, FfmpegHz));
    QCOMPARE(shown.titles, titleTexts(*recording));
}

void tst_IcecastSource::metadataRequestsAnsweredLikeIcecast()
{
    const ServerSettings paired = pairedSettings();
    QVERIFY(m_server->start(paired));
    const quint16 port = m_server->port();
    // An MP3 source on /live for the requests to name; 2 workers: a request may land on the
    // other one.
    SourceClient ffmpeg(QStringLiteral("ffmpeg"),
        ffmpegSource(port, QStringLiteral("/live"), QStringLiteral("s3cret"), mp3Encoding(), 8));
    QTRY_VERIFY_WITH_TIMEOUT(findRecording(m_server->path(), QStringLiteral("/live")), 5000);

    const auto exchange = [port](const QByteArray &pathAndQuery,
                              const std::optional<QByteArray> &password = QByteArray("s3cret")) {
        return rawHttpExchange(port, metadataHead(pathAndQuery, password));
    };
    const QByteArray updated = "<message>Metadata update successful</message><return>1</return>";
    // Each worker gets one of these, whichever runs the source.
    for (const QByteArray &query :
        { QByteArray("/admin/metadata?mode=updinfo&mount=%2Flive&song=First+song"),
            QByteArray("/admin/metadata.xsl?mode=updinfo&mount=/live&charset=UTF-8&artist=Band&"
                       "title=Caf%C3%A9") }) {
        const QByteArray answer = exchange(query);
        QCOMPARE(statusCode(answer), 200);
        QCOMPARE(headerValue(answer, "Content-Type"), QByteArray("text/xml"));
        QVERIFY2(answer.contains(updated), answer.constData());
    }
    // The SHOUTcast way: the password in the query, Latin-1 as an old source sends it.
    QVERIFY(exchange("/admin.cgi?mode=updinfo&mount=/live&pass=s3cret&song=Fa%E7ade", std::nullopt)
                .contains(updated));
    const QByteArray unknown = exchange("/admin/metadata?mode=updinfo&mount=/elsewhere&song=x");
    QCOMPARE(statusCode(unknown), 400);
    QVERIFY2(unknown.contains("<message>Source does not exist</message><return>0</return>"),
        unknown.constData());
    QCOMPARE(statusCode(exchange("/admin/metadata?mode=other&mount=/live&song=x")), 400);
    QCOMPARE(statusCode(exchange("/admin/metadata?mode=updinfo&mount=/live")), 400);

    // libshout's first try, without a password, is no wrong password: as many as it takes to be
    // banned change nothing.
    for (int i = 0; i < paired.maxTokenFailures; ++i)
        QCOMPARE(
            statusCode(exchange("/admin/metadata?mode=updinfo&mount=/live&song=No", std::nullopt)),
            401);
    // A wrong one is refused, counts toward the ban, and changes no title.
    for (int i = 0; i < paired.maxTokenFailures; ++i) {
        const QByteArray wrong
            = exchange("/admin/metadata?mode=updinfo&mount=/live&song=Wrong", QByteArray("guess"));
        QCOMPARE(statusCode(wrong), 401);
        QCOMPARE(headerValue(wrong, "WWW-Authenticate"), QByteArray(R"(Basic realm="Earshot")"));
    }
    QCOMPARE(statusCode(exchange("/admin/metadata?mode=updinfo&mount=/live&song=Banned")), 429);

    QVERIFY2(ffmpeg.waitForExit(), qPrintable(ffmpeg.output()));
    QVERIFY2(ffmpeg.succeeded(), qPrintable(ffmpeg.output()));
    const std::optional<Recording> recording = settledRecording(QStringLiteral("/live"));
    QVERIFY(recording && recording->isSettled());
    QCOMPARE(titleTexts(*recording),
        QStringList({ QStringLiteral("First song"), QStringLiteral("Band - Café"),
            QStringLiteral("Façade") }));
}

void tst_IcecastSource::wrongPasswordIsRefusedAndCountsTowardTheBan()
{
    const ServerSettings paired = pairedSettings();
    QVERIFY(m_server->start(paired));
    const quint16 port = m_server->port();

    // Wrong one 1: ffmpeg is told so and gives up.
    {
        SourceClient ffmpeg(QStringLiteral("ffmpeg"),
            ffmpegSource(port, QStringLiteral("/show"), QStringLiteral("guess"), opusEncoding()));
        QVERIFY2(ffmpeg.waitForExit(), qPrintable(ffmpeg.output()));
        QVERIFY2(!ffmpeg.succeeded(), qPrintable(ffmpeg.output()));
        QVERIFY2(ffmpeg.output().contains(QLatin1String("401")), qPrintable(ffmpeg.output()));
    }
    // The probe a libshout client sends first, without a password, is no wrong password: as
    // many of them as it takes to be banned change nothing.
    for (int i = 0; i < paired.maxTokenFailures; ++i) {
        const QByteArray probe = rawHttpExchange(
            port, sourceHead("SOURCE", "/show", "audio/ogg", std::nullopt) + "OggS-not-audio");
        QCOMPARE(statusCode(probe), 401);
    }
    // Wrong ones 2 and 3.
    for (int i = 1; i < paired.maxTokenFailures; ++i) {
        const QByteArray wrong = rawHttpExchange(
            port, sourceHead("PUT", "/show", "audio/ogg", QByteArray("guess")) + "OggS-not-audio");
        QCOMPARE(statusCode(wrong), 401);
        QCOMPARE(headerValue(wrong, "WWW-Authenticate"), QByteArray(R"(Basic realm="Earshot")"));
    }
    // Banned: even the right one is not heard out.
    const QByteArray banned = rawHttpExchange(
        port, sourceHead("PUT", "/show", "audio/ogg", QByteArray("s3cret")) + "OggS-not-audio");
    QCOMPARE(statusCode(banned), 429);
    {
        SourceClient ffmpeg(QStringLiteral("ffmpeg"),
            ffmpegSource(port, QStringLiteral("/show"), QStringLiteral("s3cret"), opusEncoding()));
        QVERIFY2(ffmpeg.waitForExit(), qPrintable(ffmpeg.output()));
        QVERIFY2(!ffmpeg.succeeded(), qPrintable(ffmpeg.output()));
    }
    QTRY_COMPARE(m_server->server().totals().connections, 0);
    const QStringList refused = recordingFiles(m_server->path());
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u' ')));

    // A server started afresh has no ban: the right password streams.
    QVERIFY(m_server->stop());
    QVERIFY(m_server->start(paired));
    SourceClient ffmpeg(QStringLiteral("ffmpeg"),
        ffmpegSource(m_server->port(), QStringLiteral("/show"), QStringLiteral("s3cret"),
            opusEncoding(), 1));
    QVERIFY2(ffmpeg.waitForExit(), qPrintable(ffmpeg.output()));
    QVERIFY2(ffmpeg.succeeded(), qPrintable(ffmpeg.output()));
    const std::optional<Recording> recording = settledRecording(QStringLiteral("/show"));
    QVERIFY2(recording && recording->isSettled(),
        qPrintable(recordingFiles(m_server->path()).join(u' ')));
    QCOMPARE(recording->status(), QStringLiteral("complete"));
    CHECK(checkDecodesWithTone(recording->audioPath, QStringLiteral("opus"), 1.0, 0.15, FfmpegHz));
}

void tst_IcecastSource::badRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");

    const std::optional<QByteArray> password = QByteArray("hackme");
    QTest::addRow("PUT text/plain") << sourceHead("PUT", "/talk", "text/plain", password) << 415;
    QTest::addRow("SOURCE text/plain")
        << sourceHead("SOURCE", "/talk", "text/plain; charset=utf-8", password) << 415;
    QTest::addRow("no Content-Type") << sourceHead("PUT", "/talk", {}, password) << 415;
    // Refused before anything else, as Icecast does: it asks for the password.
    QTest::addRow("no Authorization")
        << sourceHead("PUT", "/talk", "audio/ogg", std::nullopt) << 401;
    // A source streams to a mount, not to the server's root.
    QTest::addRow("mount /") << sourceHead("PUT", "/", "audio/ogg", password) << 400;
}

void tst_IcecastSource::badRequestsAreRefused()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    QVERIFY(m_server->start(settings()));

    const QByteArray response = rawHttpExchange(m_server->port(), head + "some bytes of a body");
    QVERIFY2(statusCode(response) == status, response.constData());
    if (status == 401)
        QCOMPARE(headerValue(response, "WWW-Authenticate"), QByteArray(R"(Basic realm="Earshot")"));
    QTRY_COMPARE(m_server->server().totals().connections, 0);
    QCOMPARE(m_server->server().totals().sessions, 0);
    const QStringList files = recordingFiles(m_server->path());
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
}

void tst_IcecastSource::diskFullKeepsTheFilePlayable()
{
    m_disk = std::make_unique<TmpfsMount>();
    QVERIFY2(m_disk->mount(QStringLiteral("200k")), qPrintable(m_disk->errorString()));
    ServerSettings onSmallDisk = settings();
    onSmallDisk.recordingsDir = m_disk->path();
    QVERIFY(m_server->start(onSmallDisk));

    // 10 s at 320 kbit/s is 400 kB: the disk is full about halfway.
    constexpr int FillerSeconds = 10;
    QElapsedTimer clock;
    clock.start();
    SourceClient filler(QStringLiteral("ffmpeg"),
        ffmpegSource(m_server->port(), QStringLiteral("/full"), SourcePassword,
            mp3Encoding(QStringLiteral("320k")), FillerSeconds));
    QVERIFY2(filler.waitForExit(), qPrintable(filler.output()));
    // The server hung up on it before its 10 s were sent.
    QVERIFY2(!filler.succeeded(), qPrintable(filler.output()));
    QVERIFY2(clock.elapsed() < (FillerSeconds - 1) * 1000,
        qPrintable(QStringLiteral("ffmpeg ran %1 ms").arg(clock.elapsed())));

    const std::optional<Recording> recording = settledRecording(QStringLiteral("/full"));
    QVERIFY2(
        recording && recording->isSettled(), qPrintable(recordingFiles(m_disk->path()).join(u' ')));
    QCOMPARE(recording->status(), QStringLiteral("failed"));
    QCOMPARE(
        recording->sidecar.value(QLatin1String("error")).toString(), QStringLiteral("disk_full"));
    // The file holds what the sidecar says arrived, and plays as long as that much MP3 at
    // 320 kbit/s lasts.
    const qint64 bytes = recording->sidecar.value(QLatin1String("bytes")).toInteger(-1);
    QCOMPARE(QFileInfo(recording->audioPath).size(), bytes);
    QVERIFY2(bytes > 100 * 1024, qPrintable(QString::number(bytes)));
    CHECK(checkDecodesWithTone(
        recording->audioPath, QStringLiteral("mp3"), bytes / 40000.0, 0.1, FfmpegHz));

    // Another source on the full disk is refused, or ends at its first bytes: either way it is
    // not left hanging, and nothing says it still records.
    SourceClient second(QStringLiteral("ffmpeg"),
        ffmpegSource(m_server->port(), QStringLiteral("/second"), SourcePassword, mp3Encoding()));
    QVERIFY2(second.waitForExit(), qPrintable(second.output()));
    QVERIFY2(!second.succeeded(), qPrintable(second.output()));
    QTRY_COMPARE(m_server->server().totals().connections, 0);
    if (const std::optional<Recording> refused
        = findRecording(m_disk->path(), QStringLiteral("/second")))
        QVERIFY2(
            refused->status() == u"failed", QJsonDocument(refused->sidecar).toJson().constData());
    // Nothing in the folder that no sidecar explains.
    const QStringList unexplained = audioFilesWithoutSidecar(m_disk->path());
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.join(u' ')));

    // The server goes on: its status page answers, nothing is recording.
    const QByteArray status
        = rawHttpExchange(m_server->port(), "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(statusCode(status), 200);
    const QJsonObject totals = QJsonDocument::fromJson(status.mid(status.indexOf("\r\n\r\n") + 4))
                                   .object()
                                   .value(QLatin1String("totals"))
                                   .toObject();
    QCOMPARE(totals.value(QLatin1String("liveSessions")).toInt(-1), 0);
    QVERIFY(m_server->stop());
}

void tst_IcecastSource::shutdownMidStream()
{
    QVERIFY(m_server->start(settings()));
    SourceClient ffmpeg(QStringLiteral("ffmpeg"),
        ffmpegSource(
            m_server->port(), QStringLiteral("/live"), SourcePassword, opusEncoding(), 10));
    std::optional<Recording> live;
    QTRY_VERIFY_WITH_TIMEOUT(
        (live = findRecording(m_server->path(), QStringLiteral("/live"))), 5000);
    QElapsedTimer streaming;
    streaming.start();
    // About 2 s of Opus at 64 kbit/s on the disk, then the server stops.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(live->audioPath).size() > 16000, 8000);
    QVERIFY(ffmpeg.isRunning());
    QVERIFY(m_server->stop());
    const double streamedSeconds = streaming.elapsed() / 1000.0;
    QVERIFY2(ffmpeg.waitForExit(), qPrintable(ffmpeg.output()));

    const std::optional<Recording> recording
        = findRecording(m_server->path(), QStringLiteral("/live"));
    QVERIFY(recording);
    QCOMPARE(recording->status(), QStringLiteral("interrupted"));
    QCOMPARE(QFileInfo(recording->audioPath).size(),
        recording->sidecar.value(QLatin1String("bytes")).toInteger(-1));
    // The Ogg pages reach the server as ffmpeg fills them, up to a second (and the time it took
    // to see the file) after their audio.
    CHECK(checkDecodesWithTone(
        recording->audioPath, QStringLiteral("opus"), streamedSeconds - 0.625, 0.875, FfmpegHz));
    // Not remuxed: an interrupted session's bytes stay as they arrived.
    QVERIFY(!recording->sidecar.contains(QLatin1String("remux")));
}

QTEST_GUILESS_MAIN(tst_IcecastSource)
#include "tst_icecastsource.moc"
