#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "capture/audioinputs.h"
#include "capture/micstreamer.h"
#include "capture/streamtarget.h"
#include "captureserver.h"
#include "pulsesine.h"
#include "testserver.h"

using namespace std::chrono_literals;

// "Keep a local copy": QMediaRecorder records the same microphone beside the live stream; on
// Qt 6.4 the file only appears at stop. After stop it exists under the name asked for and
// ffprobe reads it.
class tst_LocalCopy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void localCopyExistsAfterStop_data();
    void localCopyExistsAfterStop();

private:
    PulseSine m_pulse;
    TestServer m_receiver;
};

void tst_LocalCopy::initTestCase()
{
    QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!AudioInputs::find(PulseSine::SourceId).isNull(), 10000);
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_receiver.filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = false;
    QVERIFY(m_receiver.start(settings));
}

void tst_LocalCopy::cleanupTestCase()
{
    QVERIFY(m_receiver.stop());
}

void tst_LocalCopy::localCopyExistsAfterStop_data()
{
    QTest::addColumn<LocalRecorder::Format>("format");
    QTest::addColumn<QString>("codec");
    QTest::addRow("Ogg/Opus") << LocalRecorder::Format::OggOpus << QStringLiteral("opus");
    QTest::addRow("FLAC") << LocalRecorder::Format::Flac << QStringLiteral("flac");
    QTest::addRow("WAV") << LocalRecorder::Format::Wav << QStringLiteral("pcm_s16le");
}

void tst_LocalCopy::localCopyExistsAfterStop()
{
    QFETCH(LocalRecorder::Format, format);
    QFETCH(QString, codec);

    const QString path = m_receiver.filePath(
        QStringLiteral("copies/copy-%1.%2")
            .arg(QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char('/')),
                LocalRecorder::suffix(format)));
    MicStreamer streamer(nullptr);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    MicStreamConfig config;
    config.deviceId = PulseSine::SourceId;
    config.target = StreamTarget::local(m_receiver.port());
    config.localCopyPath = path;
    config.localCopyFormat = format;
    config.spoolParentDir = m_receiver.filePath(QStringLiteral("spool"));
    // The sine source hands out its first 2 s at once; 8 s of audio keep the recorder running
    // for several seconds of wall time.
    config.duration = 8s;
    QVERIFY2(streamer.start(config), qPrintable(streamer.errorString()));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(streamer.errorString()));
    // The recorder's own extension (".ogv" on Ogg) is gone: the file has the name asked for.
    QCOMPARE(streamer.localCopyPath(), path);
    QVERIFY(QFileInfo(path).size() > 0);

    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("format=duration:stream=codec_name"), QStringLiteral("-of"),
            QStringLiteral("default=noprint_wrappers=1"), path });
    QVERIFY2(ffprobe.waitForFinished(20000), "ffprobe did not finish");
    QCOMPARE(ffprobe.exitCode(), 0);
    const QByteArray complaints = ffprobe.readAllStandardError();
    QVERIFY2(complaints.isEmpty(), complaints.constData());
    const QString output = QString::fromUtf8(ffprobe.readAllStandardOutput());
    QVERIFY2(output.contains(QStringLiteral("codec_name=") + codec), qPrintable(output));
    const qsizetype at = output.indexOf(QStringLiteral("duration="));
    QVERIFY2(at >= 0, qPrintable(output));
    const double seconds
        = QStringView(output).mid(at + 9).split(QLatin1Char('\n')).first().toDouble();
    QVERIFY2(seconds > 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_LocalCopy)
#include "tst_localcopy.moc"
