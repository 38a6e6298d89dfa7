// A phone call as Twilio Media Streams sends it to ws://.../twilio: the JSON messages of Twilio's
// published format, μ-law frames at the real pace, both people's tracks. What a person checks
// afterwards: three WAV files a player opens (the call in stereo, each side alone), of the call's
// length, each voice where it belongs and silence where nobody spoke, and the sidecar that says
// who called and which keys were pressed. Also a bot talking back (its audio, marks, clear), the
// messages Earshot refuses, the pairing token a Stream URL cannot carry, a server shutdown, and a
// disk that fills up or fails under a call: the call ends as any recording does on such a disk,
// its files stay playable, and another recording on the same server goes on untouched.

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <functional>
#include <numbers>
#include <optional>
#include <unistd.h>
#include <utility>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include "faultyfsmount.h"
#include "ffprobe.h"
#include "protocol/audioformat.h"
#include "runprogram.h"
#include "serverevent.h"
#include "testcheck.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"
#include "tmpfsmount.h"
#include "toneshare.h"
#include "twiliosender.h"

namespace {

constexpr int InboundHz = 440;
constexpr int OutboundHz = 1000;

// Every WAV and sidecar in the recordings folder.
QStringList recordingFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, { QStringLiteral("*.wav"), QStringLiteral("*.json") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// A Twilio-form mark the server answered (the bot form: event "mark" and its name).
bool markAnswered(const TwilioSender &call, const QString &name)
{
    for (const QJsonObject &message : call.client.messages) {
        if (message.value(QLatin1String("event")).toString() == u"mark"
            && message.value(QLatin1String("mark"))
                    .toObject()
                    .value(QLatin1String("name"))
                    .toString()
                == name)
            return true;
    }
    return false;
}

// Whether the server logged an event of `severity` whose text holds every one of `parts`.
bool logged(const QSignalSpy &events, ServerEvent::Severity severity, const QStringList &parts)
{
    for (const QList<QVariant> &arguments : events) {
        const ServerEvent event = arguments.at(0).value<ServerEvent>();
        if (event.severity == severity
            && std::all_of(parts.cbegin(), parts.cend(),
                [&](const QString &part) { return event.text.contains(part); }))
            return true;
    }
    return false;
}

// Another recording on the same server as a call in trouble: a v1 session that sends half its
// audio before the trouble and the rest after. Its file must be what it sent, byte for byte.
struct Bystander
{
    TestClient client;
    const QByteArray audio = randomBytes(64000, 12);
    QString file; // relative to the recordings folder
};

} // namespace

class tst_TwilioStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void twoTrackCallLinesUp();
    void malformedMessagesAreRefusedAndTheCallGoesOn();
    void wrongEncodingIsRefused_data();
    void wrongEncodingIsRefused();
    void botAudioMarksAndClear();
    void tokenInACustomParameter_data();
    void tokenInACustomParameter();
    void shutdownMidCallKeepsFilesPlayable();
    void unpairedCallTakesNothingBeforeItsStart();
    void unpairedCallMustStartInTime();
    void timestampAheadOfTheCallIsRefused();
    void diskFullMidCallEndsItAsAnyRecording();
    void diskFullAtTheEndOfACallEndsItAsAnyRecording_data();
    void diskFullAtTheEndOfACallEndsItAsAnyRecording();
    void callWithoutItsTrackFilesIsRefused_data();
    void callWithoutItsTrackFilesIsRefused();
    void trackFilesThatCannotBeSyncedAreNoted();

private:
    ServerSettings settings() const;
    QByteArray inboundFrame(int frame) const
    {
        return m_tone440.mid(frame * FrameSamples, FrameSamples);
    }
    QByteArray outboundFrame(int frame) const
    {
        return m_tone1000.mid(frame * FrameSamples, FrameSamples);
    }
    // After a failed write: each of the three plays what it holds (its header says so, ffprobe
    // reads it without a complaint), and the stereo file is the tracks side by side as far as it
    // goes.
    void checkPlayableAsFarAsTheyGo(const CallFiles &files);
    // A server on a small tmpfs (m_disk), the call's files to fill it.
    void startOnSmallDisk();
    // Starts `bystander` on the server and has its first half acknowledged.
    void startBystander(Bystander &bystander);
    // Sends the rest, stops, and checks that its file holds what it sent, byte for byte.
    void finishBystander(Bystander &bystander, const QString &folder);
    // Starts a call and streams `bothFrames` of both sides, then `callerFrames` more of the caller
    // alone, at the real pace; returns once the files hold all of it (the stereo file as far as
    // both sides go).
    void streamCall(TwilioSender &call, const QString &folder, int bothFrames, int callerFrames);

    QTemporaryDir m_audio;
    QByteArray m_tone440; // μ-law, 8 kHz: the caller
    QByteArray m_tone1000; // the other side, or the bot
    std::unique_ptr<TestServer> m_server;
    // Unmounted after the server stopped, which holds them open.
    std::unique_ptr<TmpfsMount> m_disk;
    std::unique_ptr<FaultyFsMount> m_faultyDisk;
};

void tst_TwilioStream::initTestCase()
{
    QVERIFY(m_audio.isValid());
    for (const int frequency : { InboundHz, OutboundHz }) {
        const QString path = m_audio.filePath(QStringLiteral("%1.ulaw").arg(frequency));
        runProgram(QStringLiteral("ffmpeg"),
            { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("sine=frequency=%1:sample_rate=8000:duration=10").arg(frequency),
                QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-f"),
                QStringLiteral("mulaw"), path });
        (frequency == InboundHz ? m_tone440 : m_tone1000) = readFile(path);
    }
    QCOMPARE(m_tone440.size(), 10 * SampleRate);
    QCOMPARE(m_tone1000.size(), 10 * SampleRate);
}

void tst_TwilioStream::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_TwilioStream::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
    m_disk.reset();
    m_faultyDisk.reset();
}

ServerSettings tst_TwilioStream::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    settings.tlsEnabled = false;
    settings.workerThreads = 2;
    return settings;
}

void tst_TwilioStream::checkPlayableAsFarAsTheyGo(const CallFiles &files)
{
    for (const auto &[path, channels] :
        { std::pair(files.stereo, 2), std::pair(files.inbound, 1), std::pair(files.outbound, 1) }) {
        double duration = 0;
        CHECK(checkCallWav(path, channels, &duration));
        const double held = double(PcmWav::read(path).frames()) / SampleRate;
        QVERIFY2(std::abs(duration - held) <= double(EdgeSamples) / SampleRate,
            qPrintable(
                QStringLiteral("%1 plays %2 s, holds %3 s").arg(path).arg(duration).arg(held)));
    }
    const PcmWav stereo = PcmWav::read(files.stereo);
    const QList<qint16> inbound = PcmWav::read(files.inbound).samples;
    const QList<qint16> outbound = PcmWav::read(files.outbound).samples;
    QVERIFY2(inbound.size() >= stereo.frames() && outbound.size() >= stereo.frames(),
        qPrintable(QStringLiteral("stereo %1 frames, inbound %2, outbound %3")
                       .arg(stereo.frames())
                       .arg(inbound.size())
                       .arg(outbound.size())));
    QVERIFY(stereo.channel(0) == inbound.first(stereo.frames()));
    QVERIFY(stereo.channel(1) == outbound.first(stereo.frames()));
}

void tst_TwilioStream::startOnSmallDisk()
{
    m_disk = std::make_unique<TmpfsMount>();
    QVERIFY2(m_disk->mount(QStringLiteral("1m")), qPrintable(m_disk->errorString()));
    ServerSettings onSmallDisk = settings();
    onSmallDisk.recordingsDir = m_disk->path();
    QVERIFY(m_server->start(onSmallDisk));
}

void tst_TwilioStream::startBystander(Bystander &bystander)
{
    QVERIFY(bystander.client.open(m_server->wsUrl()));
    bystander.client.sendStart(
        QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16"), QStringLiteral("Bystander"));
    const QJsonObject started = bystander.client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.isEmpty());
    bystander.file = started.value(QLatin1String("file")).toString();
    const qsizetype half = bystander.audio.size() / 2;
    for (qsizetype at = 0; at < half; at += 3200)
        bystander.client.socket.sendBinaryMessage(bystander.audio.mid(at, 3200));
    QTRY_COMPARE(bystander.client.ackedBytes(), half);
}

void tst_TwilioStream::finishBystander(Bystander &bystander, const QString &folder)
{
    for (qsizetype at = bystander.audio.size() / 2; at < bystander.audio.size(); at += 3200)
        bystander.client.socket.sendBinaryMessage(bystander.audio.mid(at, 3200));
    const qsizetype from = bystander.client.messages.size();
    bystander.client.sendStop();
    const QJsonObject stopped = bystander.client.waitFor(QStringLiteral("stopped"), from);
    QVERIFY2(!stopped.isEmpty(), qPrintable(bystander.client.texts.join(u' ')));
    QCOMPARE(stopped.value(QLatin1String("bytes")).toInteger(), bystander.audio.size());
    const QString path = QDir(folder).filePath(bystander.file);
    const QByteArray onDisk = readFile(path);
    QCOMPARE(onDisk.size(), 44 + bystander.audio.size());
    QVERIFY2(onDisk.sliced(44) == bystander.audio, "the bystander's file is not what it sent");
    const QJsonObject sidecar = QJsonDocument::fromJson(
        readFile(QFileInfo(path).dir().filePath(
            QFileInfo(path).completeBaseName() + QStringLiteral(".json"))))
                                    .object();
    QCOMPARE(sidecar.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
}

void tst_TwilioStream::streamCall(
    TwilioSender &call, const QString &folder, int bothFrames, int callerFrames)
{
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendStart({ { QStringLiteral("name"), QStringLiteral("Call in trouble") } });
    PacedFrames paced(bothFrames + callerFrames, [&](int frame) {
        call.sendMedia(Inbound, qint64(frame) * FrameMs, inboundFrame(frame));
        if (frame < bothFrames)
            call.sendMedia(Outbound, qint64(frame) * FrameMs, outboundFrame(frame));
    });
    QTRY_VERIFY_WITH_TIMEOUT(paced.isDone(), 10000);
    std::optional<CallFiles> live;
    QTRY_VERIFY_WITH_TIMEOUT((live = findCall(folder, call.streamSid)), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(
        PcmWav::read(live->inbound).frames(), (bothFrames + callerFrames) * FrameSamples, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(PcmWav::read(live->stereo).frames(), bothFrames * FrameSamples, 5000);
    QVERIFY2(call.errorCodes().isEmpty(), qPrintable(call.errorCodes()));
}

void tst_TwilioStream::twoTrackCallLinesUp()
{
    QVERIFY(m_server->start(settings()));
    TwilioSender call;
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendStart({ { QStringLiteral("name"), QStringLiteral("Test call") } });

    // 3 s: the caller throughout; the other side quiet from 1.0 to 1.6 s (Twilio sends nothing
    // for a track then); "1" pressed at 0.5 s, a mark at 2 s.
    constexpr int CallFrames = 150;
    constexpr int GapFirst = 50; // 1000 ms
    constexpr int GapLast = 79; // up to 1600 ms
    PacedFrames paced(CallFrames, [&](int frame) {
        call.sendMedia(Inbound, qint64(frame) * FrameMs, inboundFrame(frame));
        if (frame < GapFirst || frame > GapLast)
            call.sendMedia(Outbound, qint64(frame) * FrameMs, outboundFrame(frame));
        if (frame == 25)
            call.sendDtmf(QStringLiteral("1"));
        if (frame == 100)
            call.sendMark(QStringLiteral("my label"));
    });

    // Opened while the call goes on, the recording plays.
    QTRY_VERIFY_WITH_TIMEOUT(paced.sent() > 110, 5000);
    std::optional<CallFiles> live;
    QTRY_VERIFY_WITH_TIMEOUT((live = findCall(m_server->path(), call.streamSid)), 2000);
    QString why;
    QVERIFY2(ffprobeJson(live->stereo, &why), qPrintable(live->stereo + u' ' + why));
    QVERIFY2(ffprobeJson(live->inbound, &why), qPrintable(live->inbound + u' ' + why));
    // Its headers say what the files hold so far (more than a second), the stereo one's too.
    for (const QString &path : { live->stereo, live->inbound, live->outbound })
        QTRY_VERIFY2_WITH_TIMEOUT(
            PcmWav::read(path).problem.isEmpty() && PcmWav::read(path).frames() > SampleRate,
            qPrintable(PcmWav::read(path).problem), 2000);

    QTRY_VERIFY_WITH_TIMEOUT(paced.isDone(), 10000);
    CHECK(stopCall(call));
    QVERIFY2(call.errorCodes().isEmpty(), qPrintable(call.errorCodes()));

    const std::optional<CallFiles> files = findCall(m_server->path(), call.streamSid);
    QVERIFY(files);
    CHECK(checkCallPlayable(*files, 3.0));
    const PcmWav stereo = PcmWav::read(files->stereo);
    const QList<qint16> left = stereo.channel(0);
    const QList<qint16> right = stereo.channel(1);
    const QList<qint16> inbound = PcmWav::read(files->inbound).samples;
    const QList<qint16> outbound = PcmWav::read(files->outbound).samples;
    // The stereo file is the two tracks side by side, sample for sample.
    QVERIFY(left == inbound);
    QVERIFY(right == outbound);

    // The caller is heard all along, on the left; the other side on the right but in its gap.
    const int lastFrame = CallFrames - 1;
    for (const auto &[samples, name] :
        { std::pair(&left, "left channel"), std::pair(&inbound, "inbound.wav") }) {
        const QString missing = missingFrames(framesOf(*samples, InboundHz), 0, lastFrame);
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("no 440 Hz in %1 at frames %2").arg(QLatin1String(name), missing)));
    }
    for (const auto &[samples, name] :
        { std::pair(&right, "right channel"), std::pair(&outbound, "outbound.wav") }) {
        const QSet<int> tone = framesOf(*samples, OutboundHz);
        const QString missing
            = missingFrames(tone, 0, GapFirst - 2) + missingFrames(tone, GapLast + 2, lastFrame);
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("no 1000 Hz in %1 at frames %2").arg(QLatin1String(name), missing)));
        // Nothing was said from 1.0 to 1.6 s: zeros, give or take a frame at the edges.
        const qsizetype sound = firstSound(*samples, GapFirst * FrameSamples + EdgeSamples,
            (GapLast + 1) * FrameSamples - EdgeSamples);
        QVERIFY2(sound < 0,
            qPrintable(QStringLiteral("%1 has a sound at %2 ms, in the gap")
                           .arg(QLatin1String(name))
                           .arg(sound * 1000.0 / SampleRate)));
    }

    // The sidecar: the call as Twilio described it, the key and the mark where they came.
    const QJsonObject &sidecar = files->sidecar;
    QCOMPARE(sidecar.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    // The format as the rest of Earshot spells it ("audio/pcm;rate=8000;channels=2;bits=16"):
    // read for what it says, not compared letter for letter.
    const QString format = sidecar.value(QLatin1String("format")).toString();
    const std::optional<AudioFormat> parsed = AudioFormat::fromMimeType(format, nullptr);
    QVERIFY2(parsed && parsed->isPcm(), qPrintable(format));
    QCOMPARE(parsed->pcm().sampleRate, SampleRate);
    QCOMPARE(parsed->pcm().channels, 2);
    QCOMPARE(parsed->pcm().bitsPerSample, 16);
    QCOMPARE(sidecar.value(QLatin1String("label")).toString(), QStringLiteral("Test call"));
    const QString base = QFileInfo(files->stereo).completeBaseName();
    QCOMPARE(QFileInfo(files->stereo).suffix(), QStringLiteral("wav"));
    QCOMPARE(QFileInfo(files->sidecarPath).fileName(), base + QStringLiteral(".json"));
    const QJsonObject &details = files->call;
    QCOMPARE(details.value(QLatin1String("inboundFile")).toString(),
        base + QStringLiteral(".inbound.wav"));
    QCOMPARE(details.value(QLatin1String("outboundFile")).toString(),
        base + QStringLiteral(".outbound.wav"));
    QCOMPARE(details.value(QLatin1String("callSid")).toString(), call.callSid);
    QCOMPARE(details.value(QLatin1String("accountSid")).toString(), call.accountSid);
    QCOMPARE(details.value(QLatin1String("tracks")).toArray(), QJsonArray({ Inbound, Outbound }));
    QCOMPARE(details.value(QLatin1String("customParameters")).toObject(),
        QJsonObject({ { QStringLiteral("name"), QStringLiteral("Test call") } }));
    const QJsonArray dtmf = details.value(QLatin1String("dtmf")).toArray();
    QCOMPARE(dtmf.size(), 1);
    QCOMPARE(dtmf.at(0).toObject().value(QLatin1String("digit")).toString(), QStringLiteral("1"));
    const qint64 dtmfAt = dtmf.at(0).toObject().value(QLatin1String("atMs")).toInteger(-1);
    QVERIFY2(
        std::abs(dtmfAt - 500) <= 100, qPrintable(QStringLiteral("dtmf at %1 ms").arg(dtmfAt)));
    const QJsonArray marks = details.value(QLatin1String("marks")).toArray();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(
        marks.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("my label"));
    const qint64 markAt = marks.at(0).toObject().value(QLatin1String("atMs")).toInteger(-1);
    QVERIFY2(
        std::abs(markAt - 2000) <= 100, qPrintable(QStringLiteral("mark at %1 ms").arg(markAt)));
    // Twilio's own marks (with a sequenceNumber) are recorded, not answered.
    QVERIFY(!markAnswered(call, QStringLiteral("my label")));
}

void tst_TwilioStream::malformedMessagesAreRefusedAndTheCallGoesOn()
{
    QVERIFY(m_server->start(settings()));
    TwilioSender call;
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendMedia(Inbound, 0, inboundFrame(0));
    QVERIFY2(!call.waitForError(QStringLiteral("expected_start")).isEmpty(),
        qPrintable(call.errorCodes()));

    call.sendStart({});
    constexpr int CallFrames = 50;
    constexpr int BadFrame = 10; // 200 ms
    PacedFrames paced(CallFrames, [&](int frame) {
        if (frame == BadFrame)
            call.sendMediaPayload(
                Inbound, qint64(frame) * FrameMs, QStringLiteral("!!not base64!!"));
        else
            call.sendMedia(Inbound, qint64(frame) * FrameMs, inboundFrame(frame));
        call.sendMedia(Outbound, qint64(frame) * FrameMs, outboundFrame(frame));
        if (frame == 20)
            call.send(QStringLiteral(R"({"event":"bogus"})"));
    });
    const QJsonObject badPayload = call.waitForError(QStringLiteral("bad_message"));
    QVERIFY2(!badPayload.isEmpty(), qPrintable(call.errorCodes()));
    QVERIFY(!badPayload.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY2(!call.waitForError(QStringLiteral("unknown_type")).isEmpty(),
        qPrintable(call.errorCodes()));
    QTRY_VERIFY_WITH_TIMEOUT(paced.isDone(), 5000);
    QVERIFY(!call.client.closed);
    CHECK(stopCall(call));

    const std::optional<CallFiles> files = findCall(m_server->path(), call.streamSid);
    QVERIFY(files);
    QCOMPARE(files->sidecar.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    CHECK(checkCallPlayable(*files, 1.0));
    // The frame that could not be read is silence in its place; the rest of the call is there.
    const QList<qint16> inbound = PcmWav::read(files->inbound).samples;
    const qsizetype sound
        = firstSound(inbound, BadFrame * FrameSamples, (BadFrame + 1) * FrameSamples);
    QVERIFY2(
        sound < 0, qPrintable(QStringLiteral("sound at sample %1 of the bad frame").arg(sound)));
    const QSet<int> tone = framesOf(inbound, InboundHz);
    const QString missing
        = missingFrames(tone, 0, BadFrame - 1) + missingFrames(tone, BadFrame + 1, CallFrames - 1);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no 440 Hz at frames ") + missing));
}

void tst_TwilioStream::wrongEncodingIsRefused_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("rate");
    QTest::addRow("linear PCM") << QStringLiteral("audio/x-l16") << 8000;
    QTest::addRow("mu-law at 16 kHz") << QStringLiteral("audio/x-mulaw") << 16000;
}

void tst_TwilioStream::wrongEncodingIsRefused()
{
    QFETCH(QString, encoding);
    QFETCH(int, rate);
    QVERIFY(m_server->start(settings()));
    TwilioSender call;
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendStart({}, encoding, rate);
    QVERIFY2(
        !call.waitForError(QStringLiteral("bad_format")).isEmpty(), qPrintable(call.errorCodes()));
    QVERIFY2(call.client.waitClosed(), "the server kept the refused call open");
    QTRY_COMPARE(m_server->server().totals().connections, 0);
    const QStringList files = recordingFiles(m_server->path());
    QVERIFY2(files.filter(QStringLiteral(".wav")).isEmpty(), qPrintable(files.join(u' ')));
}

void tst_TwilioStream::botAudioMarksAndClear()
{
    QVERIFY(m_server->start(settings()));
    TwilioSender call;
    QHash<QString, qint64> markArrivedMs;
    QElapsedTimer clock;
    clock.start();
    connect(&call.client.socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(QLatin1String("event")).toString() == u"mark")
            markArrivedMs.insert(message.value(QLatin1String("mark"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString(),
                clock.elapsed());
    });
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendStart({ { QStringLiteral("name"), QStringLiteral("Bot call") } });
    // The caller at the real pace, for as long as the test needs.
    PacedFrames paced(500,
        [&](int frame) { call.sendMedia(Inbound, qint64(frame) * FrameMs, inboundFrame(frame)); });
    QTRY_VERIFY_WITH_TIMEOUT(paced.sent() >= 10, 2000);

    // The bot answers: 0.4 s of tone in one go, mark a, 5 s more, mark b.
    const qint64 sentAt = clock.elapsed();
    for (int frame = 0; frame < 20; ++frame)
        call.sendBotMedia(outboundFrame(frame));
    call.sendBotMark(QStringLiteral("a"));
    for (int frame = 20; frame < 270; ++frame)
        call.sendBotMedia(outboundFrame(frame));
    call.sendBotMark(QStringLiteral("b"));

    // a comes back once its 0.4 s have played, not when the audio arrived.
    QTRY_VERIFY_WITH_TIMEOUT(markArrivedMs.contains(QStringLiteral("a")), 5000);
    const qint64 aAfterMs = markArrivedMs.value(QStringLiteral("a")) - sentAt;
    QVERIFY2(aAfterMs >= 300, qPrintable(QStringLiteral("mark a came %1 ms after").arg(aAfterMs)));
    QVERIFY2(!markArrivedMs.contains(QStringLiteral("b")), "mark b came before its 5 s played");
    const QJsonObject echo = [&] {
        for (const QJsonObject &message : std::as_const(call.client.messages))
            if (message.value(QLatin1String("event")).toString() == u"mark")
                return message;
        return QJsonObject();
    }();
    QCOMPARE(echo.value(QLatin1String("streamSid")).toString(), call.streamSid);
    QCOMPARE(echo.value(QLatin1String("mark")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("a"));

    // The caller interrupts: the bot clears, the rest of its speech is dropped and b answered.
    const qint64 clearedAt = clock.elapsed();
    call.sendBotClear();
    QTRY_VERIFY_WITH_TIMEOUT(markArrivedMs.contains(QStringLiteral("b")), 3000);
    const qint64 bAfterMs = markArrivedMs.value(QStringLiteral("b")) - clearedAt;
    QVERIFY2(
        bAfterMs < 1000, qPrintable(QStringLiteral("mark b came %1 ms after clear").arg(bAfterMs)));
    paced.stop();
    CHECK(stopCall(call));
    QVERIFY2(call.errorCodes().isEmpty(), qPrintable(call.errorCodes()));

    const std::optional<CallFiles> files = findCall(m_server->path(), call.streamSid);
    QVERIFY(files);
    QCOMPARE(files->sidecar.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    CHECK(checkCallPlayable(*files, double(paced.sent()) * FrameMs / 1000));
    // On the bot's side: the 0.4 s before a and what played until clear, not the 5 s after it.
    const QList<qint16> outbound = PcmWav::read(files->outbound).samples;
    const double toneSeconds = framesOf(outbound, OutboundHz).size() * FrameMs / 1000.0;
    QVERIFY2(toneSeconds >= 0.34 && toneSeconds < 2.0,
        qPrintable(QStringLiteral("%1 s of the bot's tone in outbound.wav").arg(toneSeconds)));
    const QList<qint16> right = PcmWav::read(files->stereo).channel(1);
    QVERIFY(right == outbound);
}

void tst_TwilioStream::tokenInACustomParameter_data()
{
    QTest::addColumn<QString>("urlToken");
    QTest::addColumn<QString>("parameterToken");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("no token") << QString() << QString() << false;
    QTest::addRow("wrong custom parameter") << QString() << QStringLiteral("guess") << false;
    QTest::addRow("wrong ?t=") << QStringLiteral("guess") << QString() << false;
    QTest::addRow("custom parameter t") << QString() << QStringLiteral("s3cret") << true;
    QTest::addRow("?t= in the URL") << QStringLiteral("s3cret") << QString() << true;
}

void tst_TwilioStream::tokenInACustomParameter()
{
    QFETCH(QString, urlToken);
    QFETCH(QString, parameterToken);
    QFETCH(bool, accepted);
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("s3cret");
    paired.tokenRequiredOnLoopback = true;
    QVERIFY(m_server->start(paired));

    QUrl url = m_server->wsUrl(QStringLiteral("/twilio"));
    if (!urlToken.isEmpty())
        url.setQuery(QUrlQuery({ { QStringLiteral("t"), urlToken } }));
    QJsonObject parameters { { QStringLiteral("name"), QStringLiteral("Paired call") } };
    if (!parameterToken.isEmpty())
        parameters.insert(QStringLiteral("t"), parameterToken);

    TwilioSender call;
    const bool opened = call.client.open(url);
    if (accepted)
        QVERIFY(opened);
    if (opened) {
        call.sendConnected();
        call.sendStart(parameters);
    }

    if (!accepted) {
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return call.client.closed
                             || std::any_of(call.client.messages.cbegin(),
                                 call.client.messages.cend(), [](const QJsonObject &m) {
                                     return m.value(QLatin1String("code")).toString()
                                         == u"bad_token";
                                 });
                     },
                     5000),
            "the call without the right token was neither refused nor closed");
        const bool unauthorized = !call.waitForError(QStringLiteral("bad_token"), 0).isEmpty();
        QVERIFY2(unauthorized
                || (call.client.closed
                    && call.client.closeCode == QWebSocketProtocol::CloseCodePolicyViolated),
            qPrintable(QStringLiteral("errors [%1], close code %2")
                           .arg(call.errorCodes())
                           .arg(call.client.closed ? int(call.client.closeCode) : -1)));
        // Audio sent anyway makes no recording either.
        if (!call.client.closed)
            call.sendMedia(Inbound, 0, inboundFrame(0));
        call.client.socket.close();
        QTRY_COMPARE(m_server->server().totals().connections, 0);
        const QStringList files = recordingFiles(m_server->path());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
        return;
    }

    PacedFrames paced(25, [&](int frame) {
        call.sendMedia(Inbound, qint64(frame) * FrameMs, inboundFrame(frame));
        call.sendMedia(Outbound, qint64(frame) * FrameMs, outboundFrame(frame));
    });
    QTRY_VERIFY_WITH_TIMEOUT(paced.isDone(), 5000);
    CHECK(stopCall(call));
    QVERIFY2(call.errorCodes().isEmpty(), qPrintable(call.errorCodes()));
    const std::optional<CallFiles> files = findCall(m_server->path(), call.streamSid);
    QVERIFY(files);
    QCOMPARE(files->sidecar.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    CHECK(checkCallPlayable(*files, 0.5));
}

void tst_TwilioStream::shutdownMidCallKeepsFilesPlayable()
{
    QVERIFY(m_server->start(settings()));
    TwilioSender call;
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendStart({ { QStringLiteral("name"), QStringLiteral("Cut short") } });
    PacedFrames paced(50, [&](int frame) {
        call.sendMedia(Inbound, qint64(frame) * FrameMs, inboundFrame(frame));
        call.sendMedia(Outbound, qint64(frame) * FrameMs, outboundFrame(frame));
    });
    QTRY_VERIFY_WITH_TIMEOUT(paced.isDone(), 5000);
    // The second of audio is on the disk (the files grow as the call goes), then the server stops.
    std::optional<CallFiles> live;
    QTRY_VERIFY_WITH_TIMEOUT((live = findCall(m_server->path(), call.streamSid)), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(PcmWav::read(live->inbound).frames() >= SampleRate, 5000);
    QVERIFY(m_server->stop());
    QVERIFY(call.client.waitClosed());

    const std::optional<CallFiles> files = findCall(m_server->path(), call.streamSid);
    QVERIFY(files);
    QCOMPARE(
        files->sidecar.value(QLatin1String("status")).toString(), QStringLiteral("interrupted"));
    CHECK(checkCallPlayable(*files, 1.0));
    QVERIFY(framesOf(PcmWav::read(files->inbound).samples, InboundHz).size() >= 48);
    QVERIFY(framesOf(PcmWav::read(files->outbound).samples, OutboundHz).size() >= 48);
}

void tst_TwilioStream::unpairedCallTakesNothingBeforeItsStart()
{
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("s3cret");
    paired.tokenRequiredOnLoopback = true;
    QVERIFY(m_server->start(paired));

    // Without the code in its URL a call must prove it in its start; audio first ends it.
    TwilioSender call;
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendMedia(Inbound, 0, inboundFrame(0));
    QVERIFY2(call.client.waitClosed(), "the unpaired call's audio was taken");
    QCOMPARE(call.client.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY2(!call.waitForError(QStringLiteral("bad_token"), 0).isEmpty(),
        qPrintable(call.errorCodes()));
    QVERIFY(!findCall(m_server->path(), call.streamSid));
}

void tst_TwilioStream::unpairedCallMustStartInTime()
{
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("s3cret");
    paired.tokenRequiredOnLoopback = true;
    paired.requestTimeout = std::chrono::milliseconds(300);
    QVERIFY(m_server->start(paired));

    // A connection that never sends its start is not kept open.
    TwilioSender call;
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    QVERIFY2(call.client.waitClosed(), "the call that never started stayed open");
    QCOMPARE(call.client.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY2(!call.waitForError(QStringLiteral("bad_token"), 0).isEmpty(),
        qPrintable(call.errorCodes()));
}

void tst_TwilioStream::timestampAheadOfTheCallIsRefused()
{
    QVERIFY(m_server->start(settings()));
    TwilioSender call;
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendStart({});
    // A day ahead: placing it would write a day of silence before it.
    call.sendMedia(Inbound, 24LL * 3600 * 1000, inboundFrame(0));
    QVERIFY2(
        !call.waitForError(QStringLiteral("bad_message")).isEmpty(), qPrintable(call.errorCodes()));
    // An empty payload, and a timestamp beyond any call (refused, not wrapped round).
    call.sendMediaPayload(Inbound, 0, QString());
    call.send(QStringLiteral(R"({"event":"media","sequenceNumber":"9","streamSid":"%1",)"
                             R"("media":{"track":"inbound","chunk":"2",)"
                             R"("timestamp":"9000000000000000000","payload":"/w=="}})")
                  .arg(call.streamSid));
    QTRY_COMPARE_WITH_TIMEOUT(call.errorCodes().count(QStringLiteral("bad_message")), 3, 5000);
    call.sendMedia(Inbound, 0, inboundFrame(0));
    call.sendMedia(Inbound, FrameMs, inboundFrame(1));
    CHECK(stopCall(call));

    const std::optional<CallFiles> files = findCall(m_server->path(), call.streamSid);
    QVERIFY(files);
    QCOMPARE(PcmWav::read(files->inbound).samples.size(), 2 * FrameSamples);
    QCOMPARE(
        files->sidecar.value(QLatin1String("call")).toObject().value(QLatin1String("badFrames")),
        QJsonValue(3));
}

void tst_TwilioStream::diskFullMidCallEndsItAsAnyRecording()
{
    CHECK(startOnSmallDisk());
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);
    Bystander bystander;
    CHECK(startBystander(bystander));

    // Half a second of both sides; then the disk is full, and the caller goes on alone (the other
    // side is silent): the caller's track is the file that finds no room, a quarter of a second
    // later at most (what is left of the page it has).
    TwilioSender call;
    constexpr int BothFrames = 25;
    CHECK(streamCall(call, m_disk->path(), BothFrames, 0));
    QVERIFY2(m_disk->fill(), qPrintable(m_disk->errorString()));
    PacedFrames alone(50, [&](int frame) {
        const int onTheCall = BothFrames + frame;
        call.sendMedia(Inbound, qint64(onTheCall) * FrameMs, inboundFrame(onTheCall));
    });

    // As when a recording's own file fills the disk: disk_full at that moment, the connection
    // closed, the recording failed, and the log says so.
    QVERIFY2(
        !call.waitForError(QStringLiteral("disk_full")).isEmpty(), qPrintable(call.errorCodes()));
    // Closed by the server, the call never having said stop.
    QVERIFY2(call.client.waitClosed(), "the call whose disk is full stayed open");
    alone.stop();
    QCOMPARE(call.client.closeCode, QWebSocketProtocol::CloseCodeBadOperation);
    std::optional<CallFiles> files;
    QTRY_VERIFY((files = findCall(m_disk->path(), call.streamSid))
        && files->sidecar.value(QLatin1String("status")).toString() == u"failed");
    QCOMPARE(files->sidecar.value(QLatin1String("error")).toString(), QStringLiteral("disk_full"));
    QVERIFY(logged(events, ServerEvent::Severity::Error,
        { QStringLiteral("Call in trouble"), QStringLiteral("failed: disk_full") }));
    CHECK(checkPlayableAsFarAsTheyGo(*files));
    QVERIFY(PcmWav::read(files->inbound).frames() >= BothFrames * FrameSamples);

    QVERIFY2(m_disk->unfill(), qPrintable(m_disk->errorString()));
    CHECK(finishBystander(bystander, m_disk->path()));
    QVERIFY(m_server->stop());
}

void tst_TwilioStream::diskFullAtTheEndOfACallEndsItAsAnyRecording_data()
{
    QTest::addColumn<bool>("stopped");
    QTest::addRow("stop") << true;
    QTest::addRow("connection dropped") << false;
}

void tst_TwilioStream::diskFullAtTheEndOfACallEndsItAsAnyRecording()
{
    QFETCH(bool, stopped);
    CHECK(startOnSmallDisk());
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);
    Bystander bystander;
    CHECK(startBystander(bystander));

    // Half a second of both sides, then half a second of the caller alone: the other side (and
    // the stereo file with it) is brought to the call's length only at the end, when the disk
    // has filled up.
    TwilioSender call;
    constexpr int BothFrames = 25;
    constexpr int CallFrames = 50;
    CHECK(streamCall(call, m_disk->path(), BothFrames, CallFrames - BothFrames));
    QVERIFY2(m_disk->fill(), qPrintable(m_disk->errorString()));
    if (stopped) {
        call.sendStop();
        QVERIFY2(!call.waitForError(QStringLiteral("disk_full")).isEmpty(),
            qPrintable(call.errorCodes()));
        QVERIFY(call.client.waitClosed());
        QCOMPARE(call.client.closeCode, QWebSocketProtocol::CloseCodeBadOperation);
    } else {
        call.client.socket.abort();
    }

    // Ended as a recording that fills the disk ends, not complete (nor interrupted).
    std::optional<CallFiles> files;
    QTRY_VERIFY((files = findCall(m_disk->path(), call.streamSid))
        && files->sidecar.value(QLatin1String("status")).toString() != u"recording");
    QCOMPARE(files->sidecar.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(files->sidecar.value(QLatin1String("error")).toString(), QStringLiteral("disk_full"));
    QTRY_VERIFY(logged(events, ServerEvent::Severity::Error,
        { QStringLiteral("Call in trouble"), QStringLiteral("failed: disk_full") }));
    // The caller's track has all of its second; the other side and the stereo file end where
    // the disk did, each a WAV that says so.
    CHECK(checkPlayableAsFarAsTheyGo(*files));
    QCOMPARE(PcmWav::read(files->inbound).frames(), CallFrames * FrameSamples);
    QVERIFY(PcmWav::read(files->stereo).frames() < CallFrames * FrameSamples);

    QVERIFY2(m_disk->unfill(), qPrintable(m_disk->errorString()));
    CHECK(finishBystander(bystander, m_disk->path()));
    QVERIFY(m_server->stop());
}

void tst_TwilioStream::callWithoutItsTrackFilesIsRefused_data()
{
    // The stereo file and its sidecar take a page each; the first track file whose header finds
    // no room is the one that cannot be created.
    QTest::addColumn<int>("freePages");
    QTest::addColumn<QString>("track");
    QTest::addRow("inbound") << 2 << Inbound;
    QTest::addRow("outbound") << 3 << Outbound;
}

void tst_TwilioStream::callWithoutItsTrackFilesIsRefused()
{
    QFETCH(int, freePages);
    QFETCH(QString, track);
    CHECK(startOnSmallDisk());
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);
    Bystander bystander;
    CHECK(startBystander(bystander));
    QStringList before = recordingFiles(m_disk->path());
    QVERIFY2(m_disk->fill(freePages * qint64(::sysconf(_SC_PAGESIZE))),
        qPrintable(m_disk->errorString()));

    TwilioSender call;
    QVERIFY(call.client.open(m_server->wsUrl(QStringLiteral("/twilio"))));
    call.sendConnected();
    call.sendStart({ { QStringLiteral("name"), QStringLiteral("No room") } });
    const QJsonObject error = call.waitForError(QStringLiteral("write_error"));
    QVERIFY2(!error.isEmpty(), qPrintable(call.errorCodes()));
    // Which file, and why: what a person needs to put it right.
    const QString message = error.value(QLatin1String("message")).toString();
    const QString reason = QString::fromLocal8Bit(strerror(ENOSPC));
    QVERIFY2(message.contains(u'.' + track + QStringLiteral(".wav")) && message.contains(reason),
        qPrintable(message));
    QVERIFY(logged(events, ServerEvent::Severity::Warning, { message }));
    QVERIFY2(call.client.waitClosed(), "the call without its track files stayed open");
    QCOMPARE(call.client.closeCode, QWebSocketProtocol::CloseCodeBadOperation);

    // Nothing of the call is left: no stereo file, no sidecar that speaks of it.
    QStringList after = recordingFiles(m_disk->path());
    before.sort();
    after.sort();
    QCOMPARE(after, before);
    QCOMPARE(m_disk->freeBytes(), freePages * qint64(::sysconf(_SC_PAGESIZE)));
    QTRY_COMPARE(m_server->server().totals().liveSessions, 1);

    QVERIFY2(m_disk->unfill(), qPrintable(m_disk->errorString()));
    CHECK(finishBystander(bystander, m_disk->path()));
    QVERIFY(m_server->stop());
}

void tst_TwilioStream::trackFilesThatCannotBeSyncedAreNoted()
{
    // A disk that dies under the call: each file's fdatasync at the end fails. As for any
    // recording, the sidecar and the log say so, for the track files too.
    m_faultyDisk = std::make_unique<FaultyFsMount>();
    QVERIFY2(m_faultyDisk->mount(), qPrintable(m_faultyDisk->errorString()));
    ServerSettings onFaultyDisk = settings();
    onFaultyDisk.recordingsDir = m_faultyDisk->filePath(QStringLiteral("recordings"));
    QVERIFY(m_server->start(onFaultyDisk));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);

    TwilioSender call;
    CHECK(streamCall(call, onFaultyDisk.recordingsDir, 25, 0));
    QVERIFY2(m_faultyDisk->arm(), qPrintable(m_faultyDisk->errorString()));
    CHECK(stopCall(call));
    QVERIFY(m_faultyDisk->failedSyncs() >= 3);

    const std::optional<CallFiles> files = findCall(onFaultyDisk.recordingsDir, call.streamSid);
    QVERIFY(files);
    // Its bytes reached the operating system: the recording is complete, only not proven.
    QCOMPARE(files->sidecar.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    CHECK(checkCallPlayable(*files, 0.5));
    const QString syncError = files->sidecar.value(QLatin1String("syncError")).toString();
    for (const QString &track : { files->inbound, files->outbound }) {
        const QString name = QFileInfo(track).fileName();
        QVERIFY2(syncError.contains(name + QStringLiteral(": fdatasync: ")), qPrintable(syncError));
        QVERIFY(logged(events, ServerEvent::Severity::Error,
            { QStringLiteral("could not be forced to the disk"), name }));
    }
    // And the stereo file's own, as for any recording: three reasons in all.
    const QStringList reasons = syncError.split(QStringLiteral("; "));
    QVERIFY2(reasons.size() == 3
            && reasons.filter(QRegularExpression(QStringLiteral("^fdatasync: "))).size() == 1,
        qPrintable(syncError));
    QVERIFY(m_faultyDisk->disarm());
    QVERIFY(m_server->stop());
}

QTEST_GUILESS_MAIN(tst_TwilioStream)
#include "tst_twiliostream.moc"
