#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "capture/audioinputs.h"
#include "capture/certificatepins.h"
#include "capture/microphonepanel.h"
#include "capture/streamtarget.h"
#include "captureserver.h"
#include "pulsesine.h"
#include "testserver.h"

// The monitor's microphone panel, driven the way a person does: pick the input, Start, Stop;
// and for a remote Earshot with an unknown certificate, read the fingerprint and trust it.
class tst_MicrophonePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsInputsAndStreamsToThisComputer();
    void asksBeforeTrustingAnUnknownCertificate();
    void aPastedTakeLinkFollowsTheHost();

private:
    template<typename T>
    T *child(MicrophonePanel &panel, const QString &text) const
    {
        for (T *widget : panel.findChildren<T *>()) {
            if (widget->text() == text)
                return widget;
        }
        return nullptr;
    }

    PulseSine m_pulse;
    QTemporaryDir m_dir;
    std::unique_ptr<AudioInputs> m_inputs;
    std::unique_ptr<CertificatePins> m_pins;
};

void tst_MicrophonePanel::initTestCase()
{
    QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!AudioInputs::find(PulseSine::SourceId).isNull(), 10000);
    m_inputs = std::make_unique<AudioInputs>();
    m_pins = std::make_unique<CertificatePins>(m_dir.filePath(QStringLiteral("pins.ini")));
}

void tst_MicrophonePanel::cleanupTestCase()
{
    m_inputs.reset();
}

void tst_MicrophonePanel::listsInputsAndStreamsToThisComputer()
{
    TestServer receiver;
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = receiver.filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = false;
    QVERIFY(receiver.start(settings));
    CaptureServer &server = receiver.server();

    MicrophoneSettings chosen;
    chosen.deviceId = PulseSine::SourceId;
    chosen.keepLocalCopy = false;
    MicrophonePanel panel(*m_inputs, *m_pins, chosen, StreamTarget::local(server.port()));
    panel.show();
    QSignalSpy finished(&panel, &MicrophonePanel::streamingFinished);

    auto *device = panel.findChild<QComboBox *>();
    QVERIFY(device);
    QCOMPARE(device->currentData().toByteArray(), QByteArray(PulseSine::SourceId));
    QCOMPARE(device->currentText(), QStringLiteral("Sine source at 440 Hz"));

    QPushButton *start = child<QPushButton>(panel, MicrophonePanel::tr("Start streaming"));
    QVERIFY(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(panel.isStreaming());
    QCOMPARE(start->text(), MicrophonePanel::tr("Stop streaming"));
    QVERIFY(!device->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(panel, StreamUploader::stateText(StreamUploader::State::Streaming)), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.streamer().figures().bytesAcked > 0, 10000);

    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel.streamer().errorString()));
    QCOMPARE(start->text(), MicrophonePanel::tr("Start streaming"));
    QVERIFY(child<QLabel>(panel, StreamUploader::stateText(StreamUploader::State::Finished)));
    QTRY_COMPARE_WITH_TIMEOUT(server.sessions().size(), 1, 5000);
    QCOMPARE(server.sessions().constFirst().bytes, panel.streamer().capture().bytesCaptured());
    QVERIFY(receiver.stop());
}

void tst_MicrophonePanel::asksBeforeTrustingAnUnknownCertificate()
{
    TestServer receiver;
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = receiver.filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = true;
    settings.tlsDir = receiver.filePath(QStringLiteral("tls"));
    settings.pairingToken = QStringLiteral("panel-token");
    settings.tokenRequiredOnLoopback = true;
    QVERIFY(receiver.start(settings));
    CaptureServer &server = receiver.server();

    MicrophoneSettings chosen;
    chosen.deviceId = PulseSine::SourceId;
    chosen.remoteTarget = true;
    chosen.remoteAddress = QStringLiteral("https://127.0.0.1:%1/?t=panel-token").arg(server.port());
    MicrophonePanel panel(*m_inputs, *m_pins, chosen, QUrl());
    panel.show();
    QSignalSpy finished(&panel, &MicrophonePanel::streamingFinished);
    QVERIFY(child<QRadioButton>(panel, MicrophonePanel::tr("Another Earshot:"))->isChecked());

    QTest::mouseClick(
        child<QPushButton>(panel, MicrophonePanel::tr("Start streaming")), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = panel.findChild<QMessageBox *>()) && question->isVisible(), 10000);
    QVERIFY2(question->informativeText().contains(server.certificateFingerprint()),
        qPrintable(question->informativeText()));
    QPushButton *trust = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text() == MicrophonePanel::tr("Trust"))
            trust = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(trust);
    QTest::mouseClick(trust, Qt::LeftButton);

    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(server.port());
    QTRY_COMPARE(m_pins->pinned(hostPort), server.certificateFingerprint());
    QTRY_VERIFY_WITH_TIMEOUT(panel.streamer().figures().bytesAcked > 0, 10000);
    panel.stopStreaming();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel.streamer().errorString()));
    QVERIFY(receiver.stop());
}

// A take's link pasted into the address field: the panel's microphone is a guest of the take,
// waits for the host's start and stops with the host's stop.
void tst_MicrophonePanel::aPastedTakeLinkFollowsTheHost()
{
    TestServer receiver;
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = receiver.filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = false;
    settings.pairingToken = QStringLiteral("panel-token");
    settings.tokenRequiredOnLoopback = true;
    QVERIFY(receiver.start(settings));
    CaptureServer &server = receiver.server();
    QString problem;
    const std::optional<Take> take = server.createTake(QStringLiteral("Panel take"), &problem);
    QVERIFY2(take, qPrintable(problem));

    MicrophoneSettings chosen;
    chosen.deviceId = PulseSine::SourceId;
    chosen.keepLocalCopy = false;
    MicrophonePanel panel(*m_inputs, *m_pins, chosen, QUrl());
    panel.show();
    QSignalSpy finished(&panel, &MicrophonePanel::streamingFinished);
    QTest::mouseClick(
        child<QRadioButton>(panel, MicrophonePanel::tr("Another Earshot:")), Qt::LeftButton);
    QLineEdit *address = nullptr;
    for (QLineEdit *edit : panel.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(QStringLiteral("https://")))
            address = edit;
    }
    QVERIFY(address);
    address->clear();
    QTest::keyClicks(address, server.takeUrl(take->id).toString());

    QTest::mouseClick(
        child<QPushButton>(panel, MicrophonePanel::tr("Start streaming")), Qt::LeftButton);
    QVERIFY2(panel.isStreaming(), qPrintable(panel.streamer().errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(panel, StreamUploader::stateText(StreamUploader::State::WaitingForTake)),
        10000);
    QVERIFY(server.sessions().isEmpty());

    QVERIFY2(server.setTakeState(take->id, Take::State::Recording, &problem), qPrintable(problem));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(panel, StreamUploader::stateText(StreamUploader::State::Streaming)), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.streamer().figures().bytesAcked > 0, 10000);
    QVERIFY2(server.setTakeState(take->id, Take::State::Stopped, &problem), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel.streamer().errorString()));
    QVERIFY2(panel.streamer().uploader().remoteFile().startsWith(take->folder + u'/'),
        qPrintable(panel.streamer().uploader().remoteFile()));
    QTRY_COMPARE_WITH_TIMEOUT(server.sessions().size(), 1, 5000);
    QCOMPARE(server.sessions().constFirst().take, take->id);
    QVERIFY(receiver.stop());
}

QTEST_MAIN(tst_MicrophonePanel)
#include "tst_microphonepanel.moc"
