#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

#include "capture/audioinputs.h"
#include "capture/micstreamer.h"
#include "capture/streamtarget.h"
#include "captureserver.h"
#include "pulsesine.h"
#include "testserver.h"
#include "wavfile.h"

using namespace std::chrono_literals;

// The connection is cut in the middle of a stream: the receiving Earshot shuts down and a new
// one starts on the same port and folder. The streamer keeps capturing into its spool,
// reconnects, resumes, and the receiver's data chunk ends byte-identical to what was captured.
class tst_MicStreamResume final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void receiverRestartLosesNothing();

private:
    PulseSine m_pulse;
};

void tst_MicStreamResume::initTestCase()
{
    QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!AudioInputs::find(PulseSine::SourceId).isNull(), 10000);
}

void tst_MicStreamResume::receiverRestartLosesNothing()
{
    TestServer receiver;
    QVERIFY(receiver.isValid());
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = receiver.filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = false;
    QVERIFY(receiver.start(settings));
    settings.port = receiver.port();

    MicStreamer streamer(nullptr);
    QSignalSpy resumed(&streamer.uploader(), &StreamUploader::resumed);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    MicStreamConfig config;
    config.deviceId = PulseSine::SourceId;
    config.format = { 48000, 2 };
    config.target = StreamTarget::local(settings.port);
    config.duration = 8s;
    config.spoolParentDir = receiver.filePath(QStringLiteral("spool"));
    QVERIFY2(streamer.start(config), qPrintable(streamer.errorString()));

    // Part of it has arrived and is acknowledged; the microphone is still going.
    QTRY_VERIFY_WITH_TIMEOUT(streamer.uploader().bytesAcked() > 0, 10000);
    QVERIFY(streamer.capture().isActive());
    const QString sessionId = streamer.uploader().sessionId();

    QVERIFY(receiver.stop());
    QTRY_COMPARE_WITH_TIMEOUT(
        streamer.uploader().state(), StreamUploader::State::Reconnecting, 5000);

    // While nobody listens, audio goes on being captured into the spool.
    const qint64 ackedAtCut = streamer.uploader().bytesAcked();
    const qint64 capturedAtCut = streamer.capture().bytesCaptured();
    QTRY_VERIFY_WITH_TIMEOUT(streamer.capture().bytesCaptured() > capturedAtCut, 10000);
    QVERIFY(streamer.figures().bytesSpooled > 0);
    QCOMPARE(streamer.uploader().bytesAcked(), ackedAtCut);

    // A new server, same port and folder: it knows the session only from its sidecar.
    QVERIFY(receiver.start(settings));
    QCOMPARE(receiver.port(), settings.port);

    QTRY_VERIFY_WITH_TIMEOUT(resumed.count() >= 1, 20000);
    QVERIFY(resumed.at(0).at(0).toLongLong() >= ackedAtCut);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(streamer.errorString()));
    QCOMPARE(streamer.uploader().sessionId(), sessionId); // one session, resumed, not a new one
    QVERIFY(streamer.uploader().reconnects() >= 1);

    const qint64 expected = config.format.bytesFor(8s);
    QCOMPARE(streamer.capture().bytesCaptured(), expected);
    const WavFile wav
        = WavFile::read(QDir(settings.recordingsDir).filePath(streamer.uploader().remoteFile()));
    QVERIFY2(wav.isValid(), qPrintable(wav.errorString));
    QCOMPARE(wav.data.size(), expected);
    QCOMPARE(QCryptographicHash::hash(wav.data, QCryptographicHash::Sha256).toHex(),
        streamer.capture().sha256().toHex());
    // The streamer's stop carried its totals and the receiver checked them, across the restart.
    QCOMPARE(streamer.uploader().verification(), QStringLiteral("verified"));
    QVERIFY(receiver.stop());
}

QTEST_GUILESS_MAIN(tst_MicStreamResume)
#include "tst_micstream_resume.moc"
