#pragma once

#include <optional>

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

/// Makes keys and certificates with OpenSSL 3 (Qt cannot): a local certificate authority, and
/// server certificates it signs for the names and addresses a LAN device may use.
namespace CertificateFactory {

struct Pem
{
    QByteArray certificate;
    QByteArray privateKey;
};

/// A self-signed CA (P-256, 10 years) named after this computer.
std::optional<Pem> createAuthority(const QString &commonName, QString *errorString);

/// A server certificate (P-256, 2 years, the most browsers accept is 825 days) for these DNS
/// names and IP addresses, signed by the authority.
std::optional<Pem> createServerCertificate(const Pem &authority, const QStringList &dnsNames,
    const QList<QHostAddress> &addresses, QString *errorString);

} // namespace CertificateFactory
