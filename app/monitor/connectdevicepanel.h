#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

/// "Connect a device": the pairing URL as a QR code and as text with a copy button, and the
/// certificate fingerprints a person can compare on the phone.
class ConnectDevicePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDevicePanel)

public:
    explicit ConnectDevicePanel(QWidget *parent = nullptr);

    /// An empty URL shows that the server is not listening.
    void setPairing(const QUrl &pairingUrl, const QString &authorityFingerprint,
        const QString &certificateFingerprint);
    QUrl pairingUrl() const { return m_url; }

Q_SIGNALS:
    /// The person asked for a new pairing code (and confirmed it).
    void newPairingCodeRequested();

private:
    void copyUrl();
    void confirmNewPairingCode();

    QUrl m_url;
    QLabel *m_qrCode;
    QLabel *m_urlLabel;
    QLabel *m_authorityLabel;
    QLabel *m_certificateLabel;
    QLabel *m_trustHint;
    QPushButton *m_copyButton;
    QPushButton *m_newCodeButton;
};
