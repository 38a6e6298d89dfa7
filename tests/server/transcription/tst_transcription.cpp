// Live transcription with real read speech (LibriVox, from Debian's pocketsphinx-testdata)
// through a real server: the predecessor's /ws/transcribe-stream and protocol v1 with Opus in
// WebM, a WAV header of another rate, silence and noise, a stream cut mid-word, a recognizer that
// falls behind and the limit on recognizers. The recordings stay byte-exact in every case.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "ffprobe.h"
#include "runprogram.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

namespace {

const QString LibriVox = QStringLiteral("/usr/share/pocketsphinx/test/data/librivox");
// Three sentences read one after the other, 15.4 s, with the reader's pauses between them.
const QStringList Utterances { QStringLiteral("sense_and_sensibility_01_austen_64kb-0870"),
    QStringLiteral("sense_and_sensibility_01_austen_64kb-0880"),
    QStringLiteral("sense_and_sensibility_01_austen_64kb-0890") };
constexpr int PcmBytesPerSecond = 16000 * 2;
constexpr int PieceMs = 100;
// PocketSphinx gets about a third of the words of read speech wrong; half of the reference's
// words (each counted once) showing up in the finals says it heard the speech, not noise.
constexpr double MinWordOverlap = 0.5;

QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> words;
    for (const QString &word :
        text.toLower().split(QRegularExpression(QStringLiteral("[^a-z']+")), Qt::SkipEmptyParts))
        words.insert(word);
    return words;
}

double overlap(const QSet<QString> &reference, const QSet<QString> &heard)
{
    return reference.isEmpty() ? 0 : double((reference & heard).size()) / reference.size();
}

struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
};

qint64 vttTimeMs(const QString &time)
{
    const QStringList parts = time.split(u':');
    if (parts.size() != 3)
        return -1;
    return parts[0].toLongLong() * 3'600'000 + parts[1].toLongLong() * 60'000
        + qint64(parts[2].toDouble() * 1000 + 0.5);
}

QList<Cue> readCues(const QString &path)
{
    QList<Cue> cues;
    const QStringList lines = QString::fromUtf8(readFile(path)).split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const qsizetype arrow = lines[i].indexOf(QStringLiteral(" --> "));
        if (arrow < 0)
            continue;
        cues.append(
            { vttTimeMs(lines[i].left(arrow)), vttTimeMs(lines[i].mid(arrow + 5)), lines[i + 1] });
    }
    return cues;
}

// Sends `bytes` in pieces, one every `intervalMs`, from the event loop: a stream in real time
// (or faster), while the test waits for what comes back.
class PacedSender final : public QObject
{
public:
    PacedSender(QWebSocket &socket, QByteArray bytes, qsizetype pieceBytes, int intervalMs)
        : m_socket(socket), m_bytes(std::move(bytes)), m_pieceBytes(pieceBytes)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const QByteArray piece = m_bytes.mid(m_sent, m_pieceBytes);
            m_socket.sendBinaryMessage(piece);
            m_sent += piece.size();
            if (m_sent >= m_bytes.size())
                m_timer.stop();
        });
        m_timer.start();
    }
    bool isDone() const { return m_sent >= m_bytes.size(); }

private:
    QWebSocket &m_socket;
    QByteArray m_bytes;
    qsizetype m_pieceBytes = 0;
    qsizetype m_sent = 0;
    QTimer m_timer;
};

} // namespace

class TestTranscription final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void transcribeStreamGivesPartialsThenFinals();
    void v1CompressedStreamGetsCaptions_data();
    void v1CompressedStreamGetsCaptions();
    void wavHeaderOfAnotherRateIsResampled();
    void wavOfFloatSamplesIsRefusedAlone();
    void silenceHasNoWordsAndNoiseStaysByteExact();
    void streamCutMidWordEndsWithItsFinal();
    void fallingBehindSkipsAndSaysWhere();
    void recognizerLimitIsToldAndRecordingGoesOn();
    void transcribingEverySessionTellsOnlyThoseWhoAsked();

private:
    ServerSettings settings() const;
    // Waits for the file `file` (relative) to be finished: its sidecar says how it ended.
    std::optional<Sidecar> waitForSidecar(const QString &file, const QString &status);
    QString finalsText(const TestClient &client) const;

    QTemporaryDir m_audio;
    QByteArray m_pcm; // 16 kHz mono 16-bit: the three sentences
    QString m_reference; // what the reader says
    // The same as the browsers send it: Opus in WebM (Chrome, Firefox), Opus in Ogg, AAC in
    // fragmented MP4 (Safari).
    QByteArray m_webm;
    QByteArray m_ogg;
    QByteArray m_mp4;
    QByteArray m_wav44k; // the same at 44.1 kHz stereo, as a WAV file
    std::unique_ptr<TestServer> m_server;
};

void TestTranscription::initTestCase()
{
    QVERIFY(m_audio.isValid());
    QStringList inputs;
    QString filter;
    for (qsizetype i = 0; i < Utterances.size(); ++i) {
        inputs << QStringLiteral("-i") << LibriVox + u'/' + Utterances[i] + QStringLiteral(".wav");
        filter += QStringLiteral("[%1]").arg(i);
    }
    filter += QStringLiteral("concat=n=%1:v=0:a=1").arg(Utterances.size());
    const QString wav = m_audio.filePath(QStringLiteral("speech.wav"));
    QVERIFY(!runProgram(QStringLiteral("ffmpeg"),
                QStringList {
                    QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error") }
                    + inputs
                    + QStringList { QStringLiteral("-filter_complex"), filter,
                        QStringLiteral("-ar"), QStringLiteral("16000"), QStringLiteral("-ac"),
                        QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("s16le"),
                        m_audio.filePath(QStringLiteral("speech.pcm")) })
                 .isNull()
        || QFileInfo::exists(m_audio.filePath(QStringLiteral("speech.pcm"))));
    m_pcm = readFile(m_audio.filePath(QStringLiteral("speech.pcm")));
    QVERIFY2(m_pcm.size() > 14 * PcmBytesPerSecond, "ffmpeg did not join the LibriVox sentences");

    const auto encode = [this](const QStringList &output, const QString &name) {
        runProgram(QStringLiteral("ffmpeg"),
            QStringList { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                QStringLiteral("-f"), QStringLiteral("s16le"), QStringLiteral("-ar"),
                QStringLiteral("16000"), QStringLiteral("-ac"), QStringLiteral("1"),
                QStringLiteral("-i"), m_audio.filePath(QStringLiteral("speech.pcm")) }
                + output + QStringList { m_audio.filePath(name) });
        return readFile(m_audio.filePath(name));
    };
    m_webm = encode({ QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"),
                        QStringLiteral("32k") },
        QStringLiteral("speech.webm"));
    QVERIFY2(m_webm.startsWith("\x1a\x45\xdf\xa3"), "ffmpeg made no WebM");
    m_ogg = encode({ QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"),
                       QStringLiteral("32k") },
        QStringLiteral("speech.ogg"));
    QVERIFY2(m_ogg.startsWith("OggS"), "ffmpeg made no Ogg");
    m_mp4 = encode({ QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"),
                       QStringLiteral("64k"), QStringLiteral("-movflags"),
                       QStringLiteral("frag_keyframe+empty_moov+default_base_moof") },
        QStringLiteral("speech.m4a"));
    QVERIFY2(m_mp4.mid(4, 4) == "ftyp", "ffmpeg made no MP4");
    m_wav44k
        = encode({ QStringLiteral("-ar"), QStringLiteral("44100"), QStringLiteral("-ac"),
                     QStringLiteral("2"), QStringLiteral("-c:a"), QStringLiteral("pcm_s16le") },
            QStringLiteral("speech44k.wav"));
    QVERIFY2(m_wav44k.startsWith("RIFF"), "ffmpeg made no WAV");

    // "<s> and mister john ... </s> (file)"
    const QStringList transcription
        = QString::fromUtf8(readFile(LibriVox + QStringLiteral("/transcription"))).split(u'\n');
    for (const QString &utterance : Utterances) {
        for (const QString &line : transcription) {
            if (line.contains(utterance))
                m_reference += line.section(u'(', 0, 0)
                                   .remove(QStringLiteral("<s>"))
                                   .remove(QStringLiteral("</s>"))
                    + u' ';
        }
    }
    QVERIFY2(wordsOf(m_reference).size() > 30, qPrintable(m_reference));
}

void TestTranscription::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void TestTranscription::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop(30000));
    m_server.reset();
}

ServerSettings TestTranscription::settings() const
{
    ServerSettings settings;
    settings.port = 0;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.recordingsDir = m_server->filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = false;
    return settings;
}

std::optional<Sidecar> TestTranscription::waitForSidecar(const QString &file, const QString &status)
{
    const QString path
        = RecordingPaths::sidecarPath(m_server->filePath(QStringLiteral("recordings/") + file));
    std::optional<Sidecar> sidecar;
    (void)QTest::qWaitFor(
        [&] {
            QString problem;
            sidecar = Sidecar::load(path, &problem);
            return sidecar && sidecar->status == status;
        },
        30000);
    return sidecar && sidecar->status == status ? sidecar : std::nullopt;
}

namespace {

// Waits for {"type":"transcription","state":state}; empty when it did not come.
QJsonObject waitForState(TestClient &client, const QString &state, int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonObject &message : client.messages) {
                if (message.value(QLatin1String("type")).toString() == u"transcription"
                    && message.value(QLatin1String("state")).toString() == state) {
                    found = message;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

} // namespace

QString TestTranscription::finalsText(const TestClient &client) const
{
    QString text;
    for (const QJsonObject &message : client.messages)
        if (message.value(QLatin1String("type")).toString() == u"final")
            text += message.value(QLatin1String("text")).toString() + u' ';
    return text;
}

void TestTranscription::transcribeStreamGivesPartialsThenFinals()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl(QStringLiteral("/ws/transcribe-stream"))));

    // In real time, as the predecessor's page streamed it: 100 ms of PCM every 100 ms.
    PacedSender sender(client.socket, m_pcm, PcmBytesPerSecond * PieceMs / 1000, PieceMs);
    const QJsonObject on = client.waitFor(QStringLiteral("transcription"), 0, 10000);
    QCOMPARE(on.value(QLatin1String("state")).toString(), QStringLiteral("on"));
    const QString vtt = on.value(QLatin1String("file")).toString();
    QVERIFY2(vtt.endsWith(QStringLiteral(".vtt")), qPrintable(vtt));

    const QJsonObject firstFinal = client.waitFor(QStringLiteral("final"), 0, 30000);
    QVERIFY2(!firstFinal.isEmpty(), "no final within 30 s of speech");
    // A partial of the utterance came before its final.
    qsizetype firstPartialAt = -1;
    qsizetype firstFinalAt = -1;
    for (qsizetype i = 0; i < client.messages.size(); ++i) {
        const QString type = client.messages[i].value(QLatin1String("type")).toString();
        if (type == u"partial" && firstPartialAt < 0)
            firstPartialAt = i;
        if (type == u"final" && firstFinalAt < 0)
            firstFinalAt = i;
    }
    QVERIFY(firstPartialAt >= 0 && firstPartialAt < firstFinalAt);

    QTRY_VERIFY_WITH_TIMEOUT(sender.isDone(), 30000);
    // The last sentence begins at 10.3 s: its final, once the reader has stopped.
    client.socket.sendBinaryMessage(QByteArray(PcmBytesPerSecond, '\0'));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<QJsonObject> &messages = client.messages;
            return std::any_of(messages.cbegin(), messages.cend(), [](const QJsonObject &m) {
                return m.value(QLatin1String("type")).toString() == u"final"
                    && m.value(QLatin1String("endMs")).toInteger() > 12000;
            });
        }(),
        30000);
    const double heard = overlap(wordsOf(m_reference), wordsOf(finalsText(client)));
    QVERIFY2(heard >= MinWordOverlap,
        qPrintable(
            QStringLiteral("%1 of the words; heard: %2").arg(heard).arg(finalsText(client))));
    for (const QJsonObject &message : client.messages) {
        if (message.value(QLatin1String("type")).toString() != u"final")
            continue;
        QVERIFY(message.value(QLatin1String("startMs")).toInteger()
            < message.value(QLatin1String("endMs")).toInteger());
    }

    client.socket.close();
    const QString wav
        = QFileInfo(vtt).dir().filePath(QFileInfo(vtt).completeBaseName()) + QStringLiteral(".wav");
    const std::optional<Sidecar> sidecar = waitForSidecar(wav, QStringLiteral("complete"));
    QVERIFY(sidecar);
    QCOMPARE(sidecar->transcript, QFileInfo(vtt).fileName());
    QCOMPARE(sidecar->format, QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16"));
    const QByteArray recorded = readFile(m_server->filePath(QStringLiteral("recordings/") + wav));
    QCOMPARE(sha256(recorded.mid(44)), sha256(m_pcm + QByteArray(PcmBytesPerSecond, '\0')));

    // The WebVTT: every final became a cue, in order, inside the audio; a player reads it.
    const QString vttPath = m_server->filePath(QStringLiteral("recordings/") + vtt);
    const qsizetype finals = client.count(QStringLiteral("final"));
    QTRY_COMPARE_WITH_TIMEOUT(readCues(vttPath).size(), finals, 30000);
    QString why;
    QVERIFY2(ffprobeJson(vttPath, &why), qPrintable(why));
    const QList<Cue> cues = readCues(vttPath);
    const qint64 audioMs = qint64(m_pcm.size()) * 1000 / PcmBytesPerSecond + 1000;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        QVERIFY(cues[i].startMs < cues[i].endMs);
        QVERIFY(cues[i].endMs <= audioMs);
        if (i > 0)
            QVERIFY(cues[i - 1].endMs <= cues[i].startMs);
    }
}

void TestTranscription::v1CompressedStreamGetsCaptions_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("Opus in WebM") << QStringLiteral("audio/webm;codecs=opus") << m_webm;
    QTest::newRow("Opus in Ogg") << QStringLiteral("audio/ogg;codecs=opus") << m_ogg;
    QTest::newRow("AAC in fragmented MP4") << QStringLiteral("audio/mp4;codecs=mp4a.40.2") << m_mp4;
}

void TestTranscription::v1CompressedStreamGetsCaptions()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, stream);
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(format, QStringLiteral("guest"), true);
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.isEmpty());
    const QJsonObject on = client.waitFor(QStringLiteral("transcription"), 0, 10000);
    QCOMPARE(on.value(QLatin1String("state")).toString(), QStringLiteral("on"));

    // As a browser's MediaRecorder sends it: about 100 ms of the stream in each message, at
    // twice the real pace.
    const qsizetype piece = stream.size() * PieceMs / (m_pcm.size() * 1000 / PcmBytesPerSecond);
    PacedSender sender(client.socket, stream, piece, PieceMs / 2);
    QVERIFY(!client.waitFor(QStringLiteral("partial"), 0, 30000).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(sender.isDone(), 30000);
    QTRY_COMPARE(client.ackedBytes(), qint64(stream.size()));
    client.sendStop();
    QVERIFY(!client.waitFor(QStringLiteral("stopped")).isEmpty());

    // The job reads on to the end of the stream, then says so.
    QVERIFY(!waitForState(client, QStringLiteral("done"), 60000).isEmpty());
    const double heard = overlap(wordsOf(m_reference), wordsOf(finalsText(client)));
    QVERIFY2(heard >= MinWordOverlap,
        qPrintable(
            QStringLiteral("%1 of the words; heard: %2").arg(heard).arg(finalsText(client))));

    const QString file = started.value(QLatin1String("file")).toString();
    const QString vttPath = m_server->filePath(
        QStringLiteral("recordings/") + on.value(QLatin1String("file")).toString());
    QCOMPARE(readCues(vttPath).size(), client.count(QStringLiteral("final")));
    QString why;
    QVERIFY2(ffprobeJson(vttPath, &why), qPrintable(why));
    // What arrived is kept exactly: the remux step proves the copy holds it, or keeps it.
    QVERIFY(waitForSidecar(file, QStringLiteral("complete")));
    const QString sidecarPath
        = RecordingPaths::sidecarPath(m_server->filePath(QStringLiteral("recordings/") + file));
    std::optional<Sidecar> loaded;
    QTRY_VERIFY_WITH_TIMEOUT(
        (loaded = Sidecar::load(sidecarPath, &why)) && !loaded->remux.state.isEmpty(), 30000);
    const Sidecar remuxed = *loaded;
    QCOMPARE(remuxed.transcript, QFileInfo(vttPath).fileName());
    if (remuxed.remuxed)
        QCOMPARE(remuxed.originalSha256.toLatin1(), sha256(stream));
    else
        QCOMPARE(sha256(readFile(m_server->filePath(QStringLiteral("recordings/") + file))),
            sha256(stream));
}

void TestTranscription::wavHeaderOfAnotherRateIsResampled()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl(QStringLiteral("/ws/transcribe-stream"))));
    // The header and the first samples in one message, then 100 ms pieces at twice the pace.
    constexpr int BytesPerSecond = 44100 * 2 * 2;
    PacedSender sender(client.socket, m_wav44k, BytesPerSecond * PieceMs / 1000, PieceMs / 2);
    const QJsonObject on = client.waitFor(QStringLiteral("transcription"), 0, 10000);
    QCOMPARE(on.value(QLatin1String("state")).toString(), QStringLiteral("on"));
    QTRY_VERIFY_WITH_TIMEOUT(sender.isDone(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(client.count(QStringLiteral("final")) >= 2, 30000);
    const double heard = overlap(wordsOf(m_reference), wordsOf(finalsText(client)));
    QVERIFY2(heard >= MinWordOverlap / 2,
        qPrintable(
            QStringLiteral("%1 of the words; heard: %2").arg(heard).arg(finalsText(client))));
    client.socket.close();

    const QString vtt = on.value(QLatin1String("file")).toString();
    const QString wav
        = QFileInfo(vtt).dir().filePath(QFileInfo(vtt).completeBaseName()) + QStringLiteral(".wav");
    const std::optional<Sidecar> sidecar = waitForSidecar(wav, QStringLiteral("complete"));
    QVERIFY(sidecar);
    QCOMPARE(sidecar->format, QStringLiteral("audio/pcm;rate=44100;channels=2;bits=16"));
    // Recorded at its own rate, the client's header replaced by Earshot's: the samples are exact.
    const QString path = m_server->filePath(QStringLiteral("recordings/") + wav);
    QCOMPARE(sha256(readFile(path).mid(44)), sha256(m_wav44k.mid(m_wav44k.indexOf("data") + 8)));
    QString why;
    const std::optional<QJsonObject> probe = ffprobeJson(path, &why);
    QVERIFY2(probe, qPrintable(why));
    const QJsonObject stream = probe->value(QLatin1String("streams")).toArray().at(0).toObject();
    QCOMPARE(stream.value(QLatin1String("sample_rate")).toString(), QStringLiteral("44100"));
    QCOMPARE(stream.value(QLatin1String("channels")).toInt(), 2);
}

void TestTranscription::wavOfFloatSamplesIsRefusedAlone()
{
    QVERIFY(m_server->start(settings()));
    // Someone else records meanwhile, and goes on.
    TestClient other;
    QVERIFY(other.open(m_server->wsUrl()));
    other.sendStart(QStringLiteral("audio/pcm;rate=16000;channels=1"), QStringLiteral("other"));
    QVERIFY(!other.waitFor(QStringLiteral("started")).isEmpty());
    other.socket.sendBinaryMessage(m_pcm.left(32000));

    TestClient client;
    QVERIFY(client.open(m_server->wsUrl(QStringLiteral("/ws/transcribe-stream"))));
    QByteArray header = m_wav44k.left(m_wav44k.indexOf("data") + 8);
    header[20] = 3; // WAVE_FORMAT_IEEE_FLOAT
    client.socket.sendBinaryMessage(header + QByteArray(4096, '\0'));
    const QJsonObject error = client.waitFor(QStringLiteral("error"));
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("bad_format"));
    QVERIFY2(error.value(QLatin1String("message")).toString().contains(QStringLiteral("PCM")),
        qPrintable(error.value(QLatin1String("message")).toString()));
    QVERIFY(client.waitClosed());

    other.socket.sendBinaryMessage(m_pcm.mid(32000, 32000));
    QTRY_COMPARE(other.ackedBytes(), qint64(64000));
    other.sendStop();
    const QJsonObject stopped = other.waitFor(QStringLiteral("stopped"));
    QCOMPARE(stopped.value(QLatin1String("bytes")).toInteger(), 64000);
    QCOMPARE(sha256(readFile(m_server->filePath(QStringLiteral("recordings/")
                                 + stopped.value(QLatin1String("file")).toString()))
                        .mid(44)),
        sha256(m_pcm.left(64000)));
}

void TestTranscription::silenceHasNoWordsAndNoiseStaysByteExact()
{
    QVERIFY(m_server->start(settings()));
    for (const bool noise : { false, true }) {
        TestClient client;
        QVERIFY(client.open(m_server->wsUrl()));
        client.sendStart(
            QStringLiteral("audio/pcm;rate=16000;channels=1"), QStringLiteral("quiet"), true);
        const QJsonObject started = client.waitFor(QStringLiteral("started"));
        QVERIFY(!started.isEmpty());
        // Four seconds of digital silence, or of loud white noise.
        const QByteArray audio = noise ? randomBytes(4 * PcmBytesPerSecond, 7)
                                       : QByteArray(4 * PcmBytesPerSecond, '\0');
        PacedSender sender(client.socket, audio, PcmBytesPerSecond / 10, 10);
        QTRY_VERIFY_WITH_TIMEOUT(sender.isDone(), 10000);
        QTRY_COMPARE(client.ackedBytes(), qint64(audio.size()));
        client.sendStop();
        const QJsonObject stopped = client.waitFor(QStringLiteral("stopped"));
        QCOMPARE(stopped.value(QLatin1String("bytes")).toInteger(), audio.size());
        QVERIFY(!waitForState(client, QStringLiteral("done"), 30000).isEmpty());
        if (!noise)
            QCOMPARE(client.count(QStringLiteral("final")), 0);
        const QString file = stopped.value(QLatin1String("file")).toString();
        QCOMPARE(sha256(readFile(m_server->filePath(QStringLiteral("recordings/") + file)).mid(44)),
            sha256(audio));
    }
}

void TestTranscription::streamCutMidWordEndsWithItsFinal()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl(QStringLiteral("/ws/transcribe-stream"))));
    // The first sentence, cut off 4.05 s in, in the middle of "consider".
    const QByteArray cut = m_pcm.left(PcmBytesPerSecond * 405 / 100);
    PacedSender sender(client.socket, cut, PcmBytesPerSecond / 10, PieceMs / 2);
    QVERIFY(!client.waitFor(QStringLiteral("partial"), 0, 30000).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(sender.isDone(), 30000);
    const QString vtt
        = client.waitFor(QStringLiteral("transcription")).value(QLatin1String("file")).toString();
    client.socket.close();

    // Nobody is listening any more; the transcript still gets the utterance's final.
    const QString vttPath = m_server->filePath(QStringLiteral("recordings/") + vtt);
    QTRY_VERIFY_WITH_TIMEOUT(readCues(vttPath).size() == 1, 30000);
    const Cue cue = readCues(vttPath).first();
    QVERIFY2(overlap(wordsOf(QStringLiteral("and mister john dashwood had then leisure")),
                 wordsOf(cue.text))
            >= MinWordOverlap,
        qPrintable(cue.text));
    QVERIFY(cue.endMs <= 4100);
    const QString wav
        = QFileInfo(vtt).dir().filePath(QFileInfo(vtt).completeBaseName()) + QStringLiteral(".wav");
    QVERIFY(waitForSidecar(wav, QStringLiteral("complete")));
    QCOMPARE(sha256(readFile(m_server->filePath(QStringLiteral("recordings/") + wav)).mid(44)),
        sha256(cut));
}

void TestTranscription::fallingBehindSkipsAndSaysWhere()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl(QStringLiteral("/ws/transcribe-stream"))));
    // 46 s of speech at once: far more than the recognizer can take before it has loaded its
    // model, so it must leave some out to keep up with the stream.
    const QByteArray burst = m_pcm + m_pcm + m_pcm;
    for (qsizetype at = 0; at < burst.size(); at += PcmBytesPerSecond / 10)
        client.socket.sendBinaryMessage(burst.mid(at, PcmBytesPerSecond / 10));
    const QString vtt
        = client.waitFor(QStringLiteral("transcription")).value(QLatin1String("file")).toString();
    const QJsonObject skipped = waitForState(client, QStringLiteral("skipped"), 30000);
    QVERIFY(!skipped.isEmpty());
    const qint64 from = skipped.value(QLatin1String("fromMs")).toInteger();
    const qint64 to = skipped.value(QLatin1String("toMs")).toInteger();
    QVERIFY2(to - from >= 10000, qPrintable(QStringLiteral("%1..%2").arg(from).arg(to)));
    client.socket.close();
    const QString vttPath = m_server->filePath(QStringLiteral("recordings/") + vtt);
    QTRY_VERIFY_WITH_TIMEOUT(
        QString::fromUtf8(readFile(vttPath)).contains(QStringLiteral("NOTE not transcribed")),
        30000);
    const QString wav
        = QFileInfo(vtt).dir().filePath(QFileInfo(vtt).completeBaseName()) + QStringLiteral(".wav");
    QVERIFY(waitForSidecar(wav, QStringLiteral("complete")));
    QCOMPARE(sha256(readFile(m_server->filePath(QStringLiteral("recordings/") + wav)).mid(44)),
        sha256(burst));
}

void TestTranscription::recognizerLimitIsToldAndRecordingGoesOn()
{
    ServerSettings limited = settings();
    limited.maxTranscriptions = 1;
    QVERIFY(m_server->start(limited));
    TestClient first;
    TestClient second;
    for (TestClient *client : { &first, &second }) {
        QVERIFY(client->open(m_server->wsUrl()));
        client->sendStart(
            QStringLiteral("audio/pcm;rate=16000;channels=1"), QStringLiteral("guest"), true);
        QVERIFY(!client->waitFor(QStringLiteral("transcription"), 0, 10000).isEmpty());
    }
    QCOMPARE(
        first.waitFor(QStringLiteral("transcription")).value(QLatin1String("state")).toString(),
        QStringLiteral("on"));
    const QJsonObject busy = second.waitFor(QStringLiteral("transcription"));
    QCOMPARE(busy.value(QLatin1String("state")).toString(), QStringLiteral("busy"));
    QVERIFY2(busy.value(QLatin1String("reason")).toString().contains(QStringLiteral("(1)")),
        qPrintable(busy.value(QLatin1String("reason")).toString()));

    // The one without a transcript records all the same, every byte.
    second.socket.sendBinaryMessage(m_pcm.left(64000));
    QTRY_COMPARE(second.ackedBytes(), qint64(64000));
    second.sendStop();
    const QJsonObject stopped = second.waitFor(QStringLiteral("stopped"));
    QCOMPARE(sha256(readFile(m_server->filePath(QStringLiteral("recordings/")
                                 + stopped.value(QLatin1String("file")).toString()))
                        .mid(44)),
        sha256(m_pcm.left(64000)));
    QVERIFY(second.count(QStringLiteral("partial")) == 0);
}

void TestTranscription::transcribingEverySessionTellsOnlyThoseWhoAsked()
{
    ServerSettings everySession = settings();
    everySession.transcribeAll = true;
    QVERIFY(m_server->start(everySession));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(QStringLiteral("audio/pcm;rate=16000;channels=1"), QStringLiteral("quiet"));
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.isEmpty());
    // The first sentence and a second of quiet after it, at twice the real pace.
    const QByteArray audio
        = m_pcm.left(PcmBytesPerSecond * 7) + QByteArray(PcmBytesPerSecond, '\0');
    PacedSender sender(client.socket, audio, PcmBytesPerSecond / 10, PieceMs / 2);
    QTRY_VERIFY_WITH_TIMEOUT(sender.isDone(), 30000);
    QTRY_COMPARE(client.ackedBytes(), qint64(audio.size()));
    client.sendStop();
    const QJsonObject stopped = client.waitFor(QStringLiteral("stopped"));
    QVERIFY(!stopped.isEmpty());

    // Transcribed all the same, beside the recording...
    const QString file = stopped.value(QLatin1String("file")).toString();
    const std::optional<Sidecar> sidecar = waitForSidecar(file, QStringLiteral("complete"));
    QVERIFY(sidecar);
    QVERIFY(!sidecar->transcript.isEmpty());
    const QString vttPath = QFileInfo(m_server->filePath(QStringLiteral("recordings/") + file))
                                .dir()
                                .filePath(sidecar->transcript);
    QTRY_VERIFY_WITH_TIMEOUT(!readCues(vttPath).isEmpty(), 30000);
    // ...but a client that did not ask for captions gets none of the messages it does not know.
    for (const QString &type :
        { QStringLiteral("partial"), QStringLiteral("final"), QStringLiteral("transcription") })
        QCOMPARE(client.count(type), 0);
}

QTEST_GUILESS_MAIN(TestTranscription)
#include "tst_transcription.moc"
