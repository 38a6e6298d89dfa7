#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

#include "capture/audioinputs.h"
#include "capture/micstreamcommand.h"
#include "capture/micstreamer.h"
#include "capture/streamtarget.h"
#include "captureserver.h"
#include "pulsesine.h"
#include "testserver.h"
#include "wavfile.h"

using namespace std::chrono_literals;

// The desktop's microphone streamed into this computer's own server: PulseAudio with a sine
// source stands in for the microphone, a real CaptureServer receives.
class tst_MicStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inputsFollowPlugging();
    void streamsThreeSecondsIntoTheLocalServer_data();
    void streamsThreeSecondsIntoTheLocalServer();
    void unpluggedMicrophoneDeliversWhatWasCaptured();
    void headlessCommandStreamsAndWritesTheDigest();
    void headlessCommandListsDevices();

private:
    PulseSine m_pulse;
    std::unique_ptr<TestServer> m_receiver;
    CaptureServer *m_server = nullptr;
};

void tst_MicStream::initTestCase()
{
    QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!AudioInputs::find(PulseSine::SourceId).isNull(), 10000);
}

void tst_MicStream::init()
{
    m_receiver = std::make_unique<TestServer>();
    QVERIFY(m_receiver->isValid());
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_receiver->filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = false;
    QVERIFY(m_receiver->start(settings));
    m_server = &m_receiver->server();
}

void tst_MicStream::cleanup()
{
    if (m_server->isListening())
        QVERIFY(m_receiver->stop());
    m_server = nullptr;
    m_receiver.reset();
}

void tst_MicStream::inputsFollowPlugging()
{
    AudioInputs inputs;
    QSignalSpy changed(&inputs, &AudioInputs::inputsChanged);
    QVERIFY(inputs.contains(PulseSine::SourceId));

    QByteArray module;
    QVERIFY2(
        m_pulse.pactl({ QStringLiteral("load-module"), QStringLiteral("module-sine-source"),
                          QStringLiteral("source_name=plugged"), QStringLiteral("frequency=1000") },
            &module),
        qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(inputs.contains("plugged"), 10000);
    QVERIFY(changed.count() >= 1);
    const auto plugged = std::find_if(inputs.inputs().cbegin(), inputs.inputs().cend(),
        [](const AudioInput &input) { return input.id == "plugged"; });
    QCOMPARE(plugged->description, QStringLiteral("Sine source at 1000 Hz"));

    QVERIFY2(m_pulse.pactl({ QStringLiteral("unload-module"), QString::fromLatin1(module) }),
        qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!inputs.contains("plugged"), 10000);
    QVERIFY(inputs.contains(PulseSine::SourceId));
}

void tst_MicStream::streamsThreeSecondsIntoTheLocalServer_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("channels");
    QTest::addRow("16 kHz mono") << 16000 << 1;
    QTest::addRow("48 kHz stereo") << 48000 << 2;
}

void tst_MicStream::streamsThreeSecondsIntoTheLocalServer()
{
    QFETCH(int, rate);
    QFETCH(int, channels);

    MicStreamer streamer(nullptr);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    MicStreamConfig config;
    config.deviceId = PulseSine::SourceId;
    config.format = { rate, channels };
    config.target = StreamTarget::local(m_server->port());
    config.duration = 3s;
    config.spoolParentDir = m_receiver->filePath(QStringLiteral("spool"));
    QVERIFY2(streamer.start(config), qPrintable(streamer.errorString()));
    QCOMPARE(streamer.state(), MicStreamer::State::Running);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(streamer.errorString()));
    QCOMPARE(streamer.state(), MicStreamer::State::Finished);
    QCOMPARE(streamer.uploader().state(), StreamUploader::State::Finished);
    QCOMPARE(streamer.uploader().bytesAcked(), streamer.capture().bytesCaptured());

    const QString path
        = QDir(m_server->settings().recordingsDir).filePath(streamer.uploader().remoteFile());
    const WavFile wav = WavFile::read(path);
    QVERIFY2(wav.isValid(), qPrintable(path + QStringLiteral(": ") + wav.errorString));
    QCOMPARE(wav.sampleRate, rate);
    QCOMPARE(wav.channels, channels);
    QCOMPARE(wav.bits, 16);
    QVERIFY2(std::abs(wav.seconds() - 3.0) <= 0.3, qPrintable(QString::number(wav.seconds())));
    const double frequency = wav.dominantFrequency();
    QVERIFY2(
        std::abs(frequency - PulseSine::Frequency) <= 5, qPrintable(QString::number(frequency)));
    QCOMPARE(QCryptographicHash::hash(wav.data, QCryptographicHash::Sha256),
        streamer.capture().sha256());

    // It shows up in the table like any other client, labelled with this computer's name.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<SessionStats> sessions = m_server->sessions();
            return std::any_of(
                sessions.cbegin(), sessions.cend(), [&](const SessionStats &session) {
                    return session.id == streamer.uploader().sessionId()
                        && session.label == QSysInfo::machineHostName()
                        && session.state == SessionStats::State::Complete;
                });
        }(),
        5000);
    // Nothing is left in the spool folder once everything is delivered.
    QVERIFY(QDir(config.spoolParentDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void tst_MicStream::unpluggedMicrophoneDeliversWhatWasCaptured()
{
    QByteArray module;
    QVERIFY2(m_pulse.pactl({ QStringLiteral("load-module"), QStringLiteral("module-sine-source"),
                               QStringLiteral("source_name=usb"), QStringLiteral("frequency=440") },
                 &module),
        qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!AudioInputs::find("usb").isNull(), 10000);

    MicStreamer streamer(nullptr);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    MicStreamConfig config;
    config.deviceId = "usb";
    config.target = StreamTarget::local(m_server->port());
    config.spoolParentDir = m_receiver->filePath(QStringLiteral("spool"));
    QVERIFY2(streamer.start(config), qPrintable(streamer.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(streamer.uploader().bytesAcked() > 0, 10000);

    QVERIFY2(m_pulse.pactl({ QStringLiteral("unload-module"), QString::fromLatin1(module) }),
        qPrintable(m_pulse.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    // The stream ends as failed (the microphone went away), but what it captured arrived whole.
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!streamer.capture().errorString().isEmpty());
    QCOMPARE(streamer.uploader().state(), StreamUploader::State::Finished);
    QCOMPARE(streamer.uploader().bytesAcked(), streamer.capture().bytesCaptured());
    const WavFile wav = WavFile::read(
        QDir(m_server->settings().recordingsDir).filePath(streamer.uploader().remoteFile()));
    QVERIFY2(wav.isValid(), qPrintable(wav.errorString));
    QCOMPARE(QCryptographicHash::hash(wav.data, QCryptographicHash::Sha256),
        streamer.capture().sha256());
}

void tst_MicStream::headlessCommandStreamsAndWritesTheDigest()
{
    const QString digestPath = m_receiver->filePath(QStringLiteral("captured.sha256"));
    QCommandLineParser parser;
    MicStreamCommand::addOptions(parser);
    QVERIFY(parser.parse({ QStringLiteral("earshot"), QStringLiteral("--stream-mic"),
        QStringLiteral("--device"), QString::fromLatin1(PulseSine::SourceId),
        QStringLiteral("--to"), QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port()),
        QStringLiteral("--duration"), QStringLiteral("1.5"), QStringLiteral("--format"),
        QStringLiteral("48000"), QStringLiteral("--sha256-file"), digestPath }));
    MicStreamCommand command;
    QCOMPARE(command.run(parser), 0);

    QFile digestFile(digestPath);
    QVERIFY(digestFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> words = digestFile.readAll().split(' ');
    QVERIFY(words.size() >= 3);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->sessions().isEmpty(), 5000);
    const WavFile wav = WavFile::read(m_server->sessions().constFirst().filePath);
    QVERIFY2(wav.isValid(), qPrintable(wav.errorString));
    QCOMPARE(wav.sampleRate, 48000);
    QCOMPARE(wav.data.size(), 48000 * 2 * 3 / 2);
    QCOMPARE(words.at(0), QCryptographicHash::hash(wav.data, QCryptographicHash::Sha256).toHex());
    QCOMPARE(words.at(2), QByteArray::number(wav.data.size()));
}

void tst_MicStream::headlessCommandListsDevices()
{
    QCommandLineParser parser;
    MicStreamCommand::addOptions(parser);
    QVERIFY(parser.parse({ QStringLiteral("earshot"), QStringLiteral("--list-devices") }));
    MicStreamCommand command;
    QCOMPARE(command.run(parser), 0);
}

QTEST_GUILESS_MAIN(tst_MicStream)
#include "tst_micstream.moc"
