#pragma once

#include <memory>
#include <vector>

#include <QUrl>
#include <QWidget>

#include "microphonesettings.h"
#include "micstreamer.h"
#include "spoolrecovery.h"

class AudioInputs;
class CertificatePins;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QRadioButton;

/// The monitor's microphone panel: pick an input and a format, watch the level, stream to this
/// computer's server or to another Earshot, optionally keeping a local copy. It asks before
/// trusting a wss:// certificate nobody vouches for, and pins it once accepted. Audio that an
/// earlier run left undelivered (a crash) is delivered when the panel opens, or saved in the
/// local copy folder when the receiver refuses it.
class MicrophonePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MicrophonePanel)

public:
    /// \a localServerUrl is where "This computer" streams to (ws://127.0.0.1:<port>/ws, with
    /// ?t=<token> when the server asks loopback clients for it).
    MicrophonePanel(AudioInputs &inputs, CertificatePins &pins, const MicrophoneSettings &settings,
        const QUrl &localServerUrl, QWidget *parent = nullptr);
    ~MicrophonePanel() override;

    /// The server moved (another port, a new token).
    void setLocalServerUrl(const QUrl &url);
    MicrophoneSettings settings() const;

    bool isStreaming() const;
    /// Stops capturing and delivers what is left; streamingFinished() follows.
    void stopStreaming();
    MicStreamer &streamer() { return m_streamer; }
    /// The deliveries of earlier runs' audio that this panel started.
    const std::vector<std::unique_ptr<SpoolRecovery>> &recoveries() const { return m_recoveries; }

Q_SIGNALS:
    /// A choice changed; the host saves it.
    void settingsChanged(const MicrophoneSettings &settings);
    void streamingStarted();
    void streamingFinished(bool ok);

private:
    void recoverEarlierRuns();
    void fillDevices();
    void startStreaming();
    void onStartStopClicked();
    void onStateChanged(MicStreamer::State state);
    void onFigures(const MicStreamFigures &figures);
    void onNotice(const QString &text);
    void askToTrust(const QString &hostPort, const QString &fingerprint, const QStringList &errors);
    void refuseChangedCertificate(
        const QString &hostPort, const QString &pinned, const QString &presented);
    void updateEnabled();
    void emitSettings();
    QString localCopyPath() const;

    AudioInputs &m_inputs;
    CertificatePins &m_pins;
    MicrophoneSettings m_settings;
    QUrl m_localServerUrl;
    MicStreamer m_streamer;
    std::vector<std::unique_ptr<SpoolRecovery>> m_recoveries;

    QComboBox *m_device;
    QComboBox *m_rate;
    QComboBox *m_channels;
    QProgressBar *m_level;
    QRadioButton *m_toLocal;
    QRadioButton *m_toRemote;
    QLineEdit *m_remoteAddress;
    QCheckBox *m_keepLocalCopy;
    QComboBox *m_localCopyFormat;
    QPushButton *m_startStop;
    QLabel *m_connection;
    QLabel *m_elapsed;
    QLabel *m_sent;
    QLabel *m_acked;
    QLabel *m_message;
    QMessageBox *m_trustQuestion = nullptr;
};
