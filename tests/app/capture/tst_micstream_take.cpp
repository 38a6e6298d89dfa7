#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>
#include <QTimer>

#include "capture/audioinputs.h"
#include "capture/micstreamcommand.h"
#include "capture/micstreamer.h"
#include "capture/streamtarget.h"
#include "captureserver.h"
#include "protocol/clockprobe.h"
#include "pulsesine.h"
#include "storage/recordingpaths.h"
#include "testserver.h"
#include "wavfile.h"

using namespace Qt::StringLiterals;

namespace {

constexpr const char *Token = "take-token-77";

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

// Earshot's own microphone streamer as a guest of a take, as the recorder page is one: given
// the take's link it joins the take, waits for the host, records into the take's folder under
// its guest name with its first sample placed on the server's clock, and stops with the host.
// A real server (pairing token asked on loopback, so the link's token must go through) and
// PulseAudio's sine source as the microphone.
class tst_MicStreamTake final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheHostIntoTheTakesFolder();
    void aTakeStoppedBeforeItStartedRecordsNothing();
    void theCommandTakesATakesLink();

private:
    Take makeTake(const QString &name);
    QString recordingsDir() const { return m_receiver->filePath(u"recordings"_s); }

    PulseSine m_pulse;
    std::unique_ptr<TestServer> m_receiver;
    CaptureServer *m_server = nullptr;
};

void tst_MicStreamTake::initTestCase()
{
    QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!AudioInputs::find(PulseSine::SourceId).isNull(), 10000);
}

void tst_MicStreamTake::init()
{
    m_receiver = std::make_unique<TestServer>();
    QVERIFY(m_receiver->isValid());
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = recordingsDir();
    settings.tlsEnabled = false;
    settings.pairingToken = QString::fromLatin1(Token);
    settings.tokenRequiredOnLoopback = true;
    QVERIFY(m_receiver->start(settings));
    m_server = &m_receiver->server();
}

void tst_MicStreamTake::cleanup()
{
    if (m_server->isListening())
        QVERIFY(m_receiver->stop());
    m_server = nullptr;
    m_receiver.reset();
}

Take tst_MicStreamTake::makeTake(const QString &name)
{
    QString problem;
    const std::optional<Take> take = m_server->createTake(name, &problem);
    if (!take)
        qWarning("cannot make a take: %s", qPrintable(problem));
    return take.value_or(Take {});
}

void tst_MicStreamTake::followsTheHostIntoTheTakesFolder()
{
    const Take take = makeTake(u"Episode 12"_s);
    QVERIFY(!take.id.isEmpty());
    const QString link = m_server->takeUrl(take.id).toString();
    QVERIFY2(link.contains(u"take="_s + take.id) && link.contains(QLatin1String(Token)),
        qPrintable(link));

    MicStreamer streamer(nullptr);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    MicStreamConfig config;
    config.deviceId = PulseSine::SourceId;
    config.target = StreamTarget::fromText(link).value_or(QUrl());
    config.name = u"Desk"_s;
    config.spoolParentDir = m_receiver->filePath(u"spool"_s);
    QVERIFY2(streamer.start(config), qPrintable(streamer.errorString()));
    QCOMPARE(streamer.config().take, take.id);

    // The take waits for its host: the streamer joins it and waits, capturing nothing.
    QTRY_COMPARE_WITH_TIMEOUT(
        streamer.uploader().state(), StreamUploader::State::WaitingForTake, 10000);
    QTRY_COMPARE(streamer.uploader().takeState(), TakeFollower::State::Waiting);
    QVERIFY(!streamer.capture().isActive());
    QVERIFY(m_server->sessions().isEmpty());
    QTRY_VERIFY(!streamer.uploader().clock().isProbing()); // its probes came back meanwhile
    QVERIFY(streamer.uploader().clock().isKnown());

    // The host starts the take: the microphone starts, and its track into the take.
    const double before = ClockProbe::unixMsNow();
    QString problem;
    QVERIFY2(
        m_server->setTakeState(take.id, Take::State::Recording, &problem), qPrintable(problem));
    QTRY_VERIFY_WITH_TIMEOUT(!streamer.uploader().sessionId().isEmpty(), 10000);
    const double after = ClockProbe::unixMsNow();
    QVERIFY(streamer.capture().isActive());
    QTRY_VERIFY_WITH_TIMEOUT(streamer.uploader().bytesAcked() >= 32000, 10000); // a second

    // The host stops it: the streamer stops, delivers the rest and finishes.
    QVERIFY2(m_server->setTakeState(take.id, Take::State::Stopped, &problem), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(streamer.errorString()));
    QVERIFY(!streamer.capture().isActive());
    QCOMPARE(streamer.uploader().bytesAcked(), streamer.capture().bytesCaptured());

    // Its track: in the take's folder, named by its guest name, every byte as captured.
    QCOMPARE(streamer.uploader().remoteFile(), take.folder + u"/Desk.wav"_s);
    const QString path = QDir(recordingsDir()).filePath(streamer.uploader().remoteFile());
    const WavFile wav = WavFile::read(path);
    QVERIFY2(wav.isValid(), qPrintable(path + u": "_s + wav.errorString));
    QCOMPARE(QCryptographicHash::hash(wav.data, QCryptographicHash::Sha256),
        streamer.capture().sha256());
    QCOMPARE(streamer.uploader().verification(), u"verified"_s);

    // Placed on the take's timeline: its first sample after the host's start and before the
    // session began, within the uncertainty it claims (half the fastest probe's round trip: on a
    // busy machine a few ms even on loopback).
    const QJsonObject sidecar = readJson(RecordingPaths::sidecarPath(path));
    const QJsonObject facts = sidecar.value(u"take"_s).toObject();
    QCOMPARE(facts.value(u"take"_s).toString(), take.id);
    QCOMPARE(facts.value(u"guest"_s).toString(), u"Desk"_s);
    const double captureStartMs = facts.value(u"captureStartMs"_s).toDouble(-1);
    const double uncertaintyMs = facts.value(u"clockUncertaintyMs"_s).toDouble(-1);
    qInfo("capture start %.1f ms after the host's start (%.1f ms before the session), "
          "uncertainty %.2f ms",
        captureStartMs - before, after - captureStartMs, uncertaintyMs);
    QVERIFY2(uncertaintyMs >= 0 && uncertaintyMs < 50, qPrintable(QString::number(uncertaintyMs)));
    QVERIFY2(captureStartMs >= before - uncertaintyMs && captureStartMs <= after + uncertaintyMs,
        qPrintable(u"%1 not within %2..%3, give or take %4"_s.arg(captureStartMs, 0, 'f', 1)
                       .arg(before, 0, 'f', 1)
                       .arg(after, 0, 'f', 1)
                       .arg(uncertaintyMs, 0, 'f', 2)));

    const QJsonObject takeJson
        = readJson(QDir(recordingsDir()).filePath(take.folder + u"/take.json"_s));
    QCOMPARE(takeJson.value(u"state"_s).toString(), u"stopped"_s);
    const QJsonArray tracks = takeJson.value(u"tracks"_s).toArray();
    QCOMPARE(tracks.size(), 1);
    QCOMPARE(tracks.first().toObject().value(u"guest"_s).toString(), u"Desk"_s);
    QCOMPARE(
        tracks.first().toObject().value(u"file"_s).toString(), streamer.uploader().remoteFile());
    QCOMPARE(tracks.first().toObject().value(u"captureStartMs"_s).toDouble(), captureStartMs);
}

void tst_MicStreamTake::aTakeStoppedBeforeItStartedRecordsNothing()
{
    const Take take = makeTake(u"Cancelled"_s);
    QVERIFY(!take.id.isEmpty());
    MicStreamer streamer(nullptr);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    MicStreamConfig config;
    config.deviceId = PulseSine::SourceId;
    config.target = StreamTarget::fromText(m_server->takeUrl(take.id).toString()).value_or(QUrl());
    config.spoolParentDir = m_receiver->filePath(u"spool"_s);
    QVERIFY2(streamer.start(config), qPrintable(streamer.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(
        streamer.uploader().state(), StreamUploader::State::WaitingForTake, 10000);

    QString problem;
    QVERIFY2(m_server->setTakeState(take.id, Take::State::Stopped, &problem), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(streamer.errorString().contains(u"Cancelled"_s), qPrintable(streamer.errorString()));
    QCOMPARE(streamer.capture().bytesCaptured(), 0);
    QVERIFY(m_server->sessions().isEmpty());
}

// `earshot --stream-mic --url <take link>` in a take the host started already: it records at
// once, and the command ends (0: every byte delivered) when the host stops the take.
void tst_MicStreamTake::theCommandTakesATakesLink()
{
    const Take take = makeTake(u"Live"_s);
    QVERIFY(!take.id.isEmpty());
    QString problem;
    QVERIFY2(
        m_server->setTakeState(take.id, Take::State::Recording, &problem), qPrintable(problem));

    // The host stops the take once a second of the command's audio is in.
    QTimer host;
    host.setInterval(50);
    connect(&host, &QTimer::timeout, this, [&] {
        for (const SessionStats &session : m_server->sessions()) {
            if (session.take == take.id && session.bytes >= 32000) {
                host.stop();
                QString why;
                if (!m_server->setTakeState(take.id, Take::State::Stopped, &why))
                    qWarning("cannot stop the take: %s", qPrintable(why));
            }
        }
    });
    host.start();

    QCommandLineParser parser;
    MicStreamCommand::addOptions(parser);
    QVERIFY(parser.parse(
        { u"earshot"_s, u"--stream-mic"_s, u"--device"_s, QString::fromLatin1(PulseSine::SourceId),
            u"--url"_s, m_server->takeUrl(take.id).toString() }));
    MicStreamCommand command;
    QCOMPARE(command.run(parser), 0);
    QVERIFY(!host.isActive());

    const QJsonObject takeJson
        = readJson(QDir(recordingsDir()).filePath(take.folder + u"/take.json"_s));
    const QJsonArray tracks = takeJson.value(u"tracks"_s).toArray();
    QCOMPARE(tracks.size(), 1);
    const QString file = tracks.first().toObject().value(u"file"_s).toString();
    QVERIFY2(file.startsWith(take.folder + u'/'), qPrintable(file));
    QVERIFY(tracks.first().toObject().value(u"captureStartMs"_s).toDouble(-1) > 0);
    const QJsonObject sidecar
        = readJson(RecordingPaths::sidecarPath(QDir(recordingsDir()).filePath(file)));
    QCOMPARE(sidecar.value(u"status"_s).toString(), u"complete"_s);
    QCOMPARE(sidecar.value(u"verification"_s).toString(), u"verified"_s);
}

QTEST_GUILESS_MAIN(tst_MicStreamTake)
#include "tst_micstream_take.moc"
