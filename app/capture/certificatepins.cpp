#include "certificatepins.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSslCertificate>
#include <QUrl>

namespace {

const QString Group = QStringLiteral("pinnedCertificates");

QString normalized(const QString &fingerprint)
{
    QString hex = fingerprint.toUpper();
    hex.remove(QLatin1Char(':'));
    return hex.trimmed();
}

} // namespace

CertificatePins::CertificatePins() : m_settings(std::make_unique<QSettings>()) { }

CertificatePins::CertificatePins(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

CertificatePins::~CertificatePins() = default;

QString CertificatePins::pinned(const QString &hostPort) const
{
    return m_settings->value(Group + QLatin1Char('/') + hostPort).toString();
}

void CertificatePins::pin(const QString &hostPort, const QString &fingerprint)
{
    m_settings->setValue(Group + QLatin1Char('/') + hostPort, fingerprint);
    m_settings->sync();
}

void CertificatePins::forget(const QString &hostPort)
{
    m_settings->remove(Group + QLatin1Char('/') + hostPort);
    m_settings->sync();
}

QString CertificatePins::hostPort(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"wss" || url.scheme() == u"https" ? 443 : 80;
    const QString host = url.host().contains(QLatin1Char(':'))
        ? QLatin1Char('[') + url.host() + QLatin1Char(']')
        : url.host();
    return host + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

QString CertificatePins::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool CertificatePins::sameFingerprint(const QString &a, const QString &b)
{
    return !normalized(a).isEmpty() && normalized(a) == normalized(b);
}
