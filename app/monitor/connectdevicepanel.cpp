#include "connectdevicepanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include "qrcodeimage.h"

namespace {

constexpr int QrCodePixels = 220;
// "AB:" per byte, eight bytes a line.
constexpr qsizetype FingerprintLineChars = 8 * 3;

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

// A fingerprint in lines of eight bytes. It has no spaces, and where a label may break it
// otherwise depends on its digits: some certificates made the panel wider than its dock.
QString fingerprintLines(const QString &fingerprint)
{
    QStringList lines;
    for (qsizetype at = 0; at < fingerprint.size(); at += FingerprintLineChars)
        lines.append(fingerprint.mid(at, FingerprintLineChars));
    return lines.join(u'\n');
}

} // namespace

ConnectDevicePanel::ConnectDevicePanel(QWidget *parent)
    : QWidget(parent)
    , m_qrCode(new QLabel(this))
    , m_urlLabel(selectableLabel(this))
    , m_authorityLabel(selectableLabel(this))
    , m_certificateLabel(selectableLabel(this))
    , m_trustHint(new QLabel(this))
    , m_copyButton(new QPushButton(tr("Copy address"), this))
    , m_newCodeButton(new QPushButton(tr("New pairing code…"), this))
{
    m_qrCode->setObjectName(QStringLiteral("qrCode"));
    m_urlLabel->setObjectName(QStringLiteral("pairingUrl"));
    m_qrCode->setAlignment(Qt::AlignCenter);
    m_qrCode->setFixedSize(QrCodePixels, QrCodePixels);
    m_trustHint->setWordWrap(true);

    auto *intro = new QLabel(
        tr("Scan the code with the phone's camera, or type the address into its browser. "
           "The address holds this computer's pairing code."),
        this);
    intro->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_newCodeButton);
    buttons->addStretch();

    auto *fingerprints = new QFormLayout;
    fingerprints->addRow(tr("Authority (SHA-256):"), m_authorityLabel);
    fingerprints->addRow(tr("Certificate (SHA-256):"), m_certificateLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_qrCode, 0, Qt::AlignHCenter);
    layout->addWidget(m_urlLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_trustHint);
    layout->addLayout(fingerprints);
    layout->addStretch();

    connect(m_copyButton, &QPushButton::clicked, this, &ConnectDevicePanel::copyUrl);
    connect(
        m_newCodeButton, &QPushButton::clicked, this, &ConnectDevicePanel::confirmNewPairingCode);
    setPairing({}, {}, {});
}

void ConnectDevicePanel::setPairing(const QUrl &pairingUrl, const QString &authorityFingerprint,
    const QString &certificateFingerprint)
{
    m_url = pairingUrl;
    const bool listening = !pairingUrl.isEmpty();
    m_copyButton->setEnabled(listening);
    if (!listening) {
        m_qrCode->setPixmap({});
        m_qrCode->setText(tr("Not listening"));
        m_urlLabel->clear();
        m_trustHint->clear();
        m_authorityLabel->clear();
        m_certificateLabel->clear();
        return;
    }
    const QImage code = QrCodeImage::encode(pairingUrl.toString());
    m_qrCode->setPixmap(QPixmap::fromImage(
        code.scaled(QrCodePixels, QrCodePixels, Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_urlLabel->setText(pairingUrl.toString());
    m_authorityLabel->setText(authorityFingerprint.isEmpty()
            ? tr("none (your own certificate)")
            : fingerprintLines(authorityFingerprint));
    m_certificateLabel->setText(certificateFingerprint.isEmpty()
            ? tr("none (plain HTTP)")
            : fingerprintLines(certificateFingerprint));

    QUrl authority = pairingUrl;
    authority.setQuery(QString());
    authority.setPath(QStringLiteral("/ca.crt"));
    m_trustHint->setText(authorityFingerprint.isEmpty()
            ? QString()
            : tr("The phone warns about the certificate until it trusts this computer: "
                 "install %1 once (iPhone: Settings › General › About › Certificate Trust "
                 "Settings).")
                  .arg(authority.toString()));
}

void ConnectDevicePanel::copyUrl()
{
    QApplication::clipboard()->setText(m_url.toString());
}

void ConnectDevicePanel::confirmNewPairingCode()
{
    const auto answer = QMessageBox::question(this, tr("New pairing code"),
        tr("Devices paired with the current code will have to scan the new one. Make a new code?"));
    if (answer == QMessageBox::Yes)
        Q_EMIT newPairingCodeRequested();
}
