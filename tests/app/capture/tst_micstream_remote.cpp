#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

#include "capture/audioinputs.h"
#include "capture/certificatepins.h"
#include "capture/micstreamer.h"
#include "capture/streamtarget.h"
#include "captureserver.h"
#include "pulsesine.h"
#include "testserver.h"
#include "wavfile.h"

using namespace std::chrono_literals;

// The microphone streamed into a second Earshot as a remote one is reached: wss:// with that
// Earshot's own certificate authority (unknown here), a pairing token asked even on loopback,
// and the address typed the way a person copies it from the other monitor.
class tst_MicStreamRemote final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void unknownCertificateIsAskedForThenPinned();
    void pinnedCertificateConnectsWithoutAsking();
    void changedCertificateIsRefused();
    void wrongTokenIsRefused_data();
    void wrongTokenIsRefused();

private:
    QString typedAddress(const QString &token) const;
    MicStreamConfig config(const QString &typed, std::chrono::milliseconds duration) const;
    QString hostPort() const;

    static constexpr const char *Token = "pairing-token-4242";
    PulseSine m_pulse;
    TestServer m_receiver;
    CaptureServer *m_server = nullptr;
    std::unique_ptr<CertificatePins> m_pins;
};

void tst_MicStreamRemote::initTestCase()
{
    QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!AudioInputs::find(PulseSine::SourceId).isNull(), 10000);
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_receiver.filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = true;
    settings.tlsDir = m_receiver.filePath(QStringLiteral("tls"));
    settings.pairingToken = QString::fromLatin1(Token);
    settings.tokenRequiredOnLoopback = true;
    QVERIFY(m_receiver.start(settings));
    m_server = &m_receiver.server();
    QVERIFY(!m_server->certificateFingerprint().isEmpty());
}

void tst_MicStreamRemote::cleanupTestCase()
{
    QVERIFY(m_receiver.stop());
}

void tst_MicStreamRemote::init()
{
    // Each test starts with its own known_hosts.
    m_pins = std::make_unique<CertificatePins>(m_receiver.filePath(
        QStringLiteral("pins-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

QString tst_MicStreamRemote::typedAddress(const QString &token) const
{
    return QStringLiteral(" https://127.0.0.1:%1/?t=%2 ").arg(m_server->port()).arg(token);
}

QString tst_MicStreamRemote::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_server->port());
}

MicStreamConfig tst_MicStreamRemote::config(
    const QString &typed, std::chrono::milliseconds duration) const
{
    MicStreamConfig config;
    config.deviceId = PulseSine::SourceId;
    config.format = { 16000, 1 };
    config.target = StreamTarget::fromText(typed).value_or(QUrl());
    config.duration = duration;
    config.spoolParentDir = m_receiver.filePath(QStringLiteral("spool"));
    return config;
}

void tst_MicStreamRemote::unknownCertificateIsAskedForThenPinned()
{
    const MicStreamConfig streamConfig = config(typedAddress(QString::fromLatin1(Token)), 3s);
    QCOMPARE(streamConfig.target.scheme(), QStringLiteral("wss"));
    QCOMPARE(streamConfig.target.path(), QStringLiteral("/ws"));

    MicStreamer streamer(m_pins.get());
    QSignalSpy asked(&streamer, &MicStreamer::certificateNotTrusted);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    QVERIFY2(streamer.start(streamConfig), qPrintable(streamer.errorString()));

    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
    QCOMPARE(asked.at(0).at(0).toString(), hostPort());
    QCOMPARE(asked.at(0).at(1).toString(), m_server->certificateFingerprint());
    QCOMPARE(streamer.uploader().state(), StreamUploader::State::AwaitingApproval);
    QVERIFY(m_pins->pinned(hostPort()).isEmpty());
    // While the person decides, the microphone goes on being captured and kept.
    QTRY_VERIFY(streamer.capture().bytesCaptured() > 0);
    QCOMPARE(streamer.uploader().bytesAcked(), 0);

    streamer.uploader().acceptCertificate();
    QCOMPARE(m_pins->pinned(hostPort()), m_server->certificateFingerprint());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(streamer.errorString()));
    QCOMPARE(asked.count(), 1);

    const WavFile wav = WavFile::read(
        QDir(m_server->settings().recordingsDir).filePath(streamer.uploader().remoteFile()));
    QVERIFY2(wav.isValid(), qPrintable(wav.errorString));
    QVERIFY2(std::abs(wav.seconds() - 3.0) <= 0.3, qPrintable(QString::number(wav.seconds())));
    const double frequency = wav.dominantFrequency();
    QVERIFY2(
        std::abs(frequency - PulseSine::Frequency) <= 5, qPrintable(QString::number(frequency)));
    QCOMPARE(QCryptographicHash::hash(wav.data, QCryptographicHash::Sha256),
        streamer.capture().sha256());

    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<SessionStats> sessions = m_server->sessions();
            return std::any_of(
                sessions.cbegin(), sessions.cend(), [&](const SessionStats &session) {
                    return session.id == streamer.uploader().sessionId()
                        && session.label == QSysInfo::machineHostName();
                });
        }(),
        5000);
}

void tst_MicStreamRemote::pinnedCertificateConnectsWithoutAsking()
{
    // Pinned the way it is typed from the other monitor: without colons, in lower case.
    m_pins->pin(hostPort(), m_server->certificateFingerprint().remove(QLatin1Char(':')).toLower());
    MicStreamer streamer(m_pins.get());
    QSignalSpy asked(&streamer, &MicStreamer::certificateNotTrusted);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    QVERIFY2(streamer.start(config(typedAddress(QString::fromLatin1(Token)), 1s)),
        qPrintable(streamer.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(streamer.errorString()));
    QCOMPARE(asked.count(), 0);
    QCOMPARE(streamer.uploader().bytesAcked(), 32000);
}

void tst_MicStreamRemote::changedCertificateIsRefused()
{
    const QString stale = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
    m_pins->pin(hostPort(), stale);
    MicStreamer streamer(m_pins.get());
    QSignalSpy asked(&streamer, &MicStreamer::certificateNotTrusted);
    QSignalSpy changed(&streamer, &MicStreamer::certificateChanged);
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    QSignalSpy states(&streamer.uploader(), &StreamUploader::stateChanged);
    QVERIFY2(streamer.start(config(typedAddress(QString::fromLatin1(Token)), 1s)),
        qPrintable(streamer.errorString()));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(1).toString(), stale);
    QCOMPARE(changed.at(0).at(2).toString(), m_server->certificateFingerprint());
    QCOMPARE(asked.count(), 0);
    QCOMPARE(streamer.uploader().errorCode(), QStringLiteral("certificate_changed"));
    QVERIFY(streamer.errorString().contains(m_server->certificateFingerprint()));
    QCOMPARE(m_pins->pinned(hostPort()), stale); // refusing does not overwrite the pin
    // Refused during the TLS handshake: no session was started, no byte left this computer.
    for (const QList<QVariant> &change : std::as_const(states))
        QVERIFY(change.at(0).value<StreamUploader::State>() != StreamUploader::State::Starting);
    QCOMPARE(streamer.uploader().bytesSent(), 0);
    QVERIFY(streamer.uploader().sessionId().isEmpty());
}

void tst_MicStreamRemote::wrongTokenIsRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::addRow("wrong token") << QStringLiteral("not-the-token");
    QTest::addRow("no token") << QString();
}

void tst_MicStreamRemote::wrongTokenIsRefused()
{
    QFETCH(QString, token);
    m_pins->pin(hostPort(), m_server->certificateFingerprint());
    const QString typed = token.isEmpty()
        ? QStringLiteral("wss://127.0.0.1:%1/ws").arg(m_server->port())
        : typedAddress(token);
    MicStreamer streamer(m_pins.get());
    QSignalSpy finished(&streamer, &MicStreamer::finished);
    QVERIFY2(streamer.start(config(typed, 1s)), qPrintable(streamer.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(streamer.uploader().state(), StreamUploader::State::Failed);
    QCOMPARE(streamer.uploader().errorCode(), QStringLiteral("bad_token"));
    QCOMPARE(streamer.state(), MicStreamer::State::Failed);
    QVERIFY(!streamer.capture().isActive());
}

QTEST_GUILESS_MAIN(tst_MicStreamRemote)
#include "tst_micstream_remote.moc"
