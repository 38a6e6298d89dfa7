#include "tlsidentity.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QSslCipher>

#include "certificatefactory.h"

namespace {

constexpr int RenewDaysBeforeExpiry = 30;

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

bool writePrivate(const QString &path, const QByteArray &contents, QString *errorString)
{
    QSaveFile file(path);
    // Owner-only before a byte of the key is written.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(contents) != contents.size()) {
        *errorString = file.errorString();
        return false;
    }
    if (!file.commit()) {
        *errorString = file.errorString();
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool covers(const QSslCertificate &certificate, const QStringList &dnsNames,
    const QList<QHostAddress> &addresses)
{
    if (certificate.isNull()
        || certificate.expiryDate()
            < QDateTime::currentDateTimeUtc().addDays(RenewDaysBeforeExpiry))
        return false;
    const auto alternatives = certificate.subjectAlternativeNames();
    const QList<QString> names = alternatives.values(QSsl::DnsEntry);
    const QList<QString> ips = alternatives.values(QSsl::IpAddressEntry);
    for (const QString &name : dnsNames) {
        if (!names.contains(name))
            return false;
    }
    for (const QHostAddress &address : addresses) {
        if (!ips.contains(address.toString()))
            return false;
    }
    return true;
}

} // namespace

QStringList TlsIdentity::localDnsNames()
{
    QStringList names { QStringLiteral("localhost") };
    const QString host = QHostInfo::localHostName();
    if (!host.isEmpty() && host != u"localhost") {
        names.append(host);
        if (!host.contains(u'.'))
            names.append(host + QStringLiteral(".local"));
    }
    return names;
}

QList<QHostAddress> TlsIdentity::localAddresses()
{
    QList<QHostAddress> addresses { QHostAddress(QHostAddress::LocalHost) };
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
            && !address.isLinkLocal())
            addresses.append(address);
    }
    return addresses;
}

std::optional<TlsIdentity> TlsIdentity::ensure(const QString &folder, const QStringList &dnsNames,
    const QList<QHostAddress> &addresses, QString *errorString)
{
    if (!QDir().mkpath(folder)
        || !QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *errorString = QStringLiteral("cannot create %1").arg(folder);
        return std::nullopt;
    }
    const QString caCert = folder + QStringLiteral("/ca.crt");
    const QString caKey = folder + QStringLiteral("/ca.key");
    const QString serverCert = folder + QStringLiteral("/server.crt");
    const QString serverKey = folder + QStringLiteral("/server.key");

    CertificateFactory::Pem authority { readAll(caCert), readAll(caKey) };
    if (authority.certificate.isEmpty() || authority.privateKey.isEmpty()
        || QSslCertificate(authority.certificate).isNull()) {
        const std::optional<CertificateFactory::Pem> created = CertificateFactory::createAuthority(
            QStringLiteral("Earshot on %1").arg(QHostInfo::localHostName()), errorString);
        if (!created || !writePrivate(caKey, created->privateKey, errorString)
            || !writePrivate(caCert, created->certificate, errorString))
            return std::nullopt;
        authority = *created;
        QFile::remove(serverCert); // signed by an authority that is gone
    }

    const QList<QSslCertificate> existing = QSslCertificate::fromData(readAll(serverCert));
    if (existing.isEmpty() || !covers(existing.first(), dnsNames, addresses)) {
        const std::optional<CertificateFactory::Pem> created
            = CertificateFactory::createServerCertificate(
                authority, dnsNames, addresses, errorString);
        if (!created || !writePrivate(serverKey, created->privateKey, errorString)
            || !writePrivate(serverCert, created->certificate, errorString))
            return std::nullopt;
    }

    std::optional<TlsIdentity> identity = fromFiles(serverCert, serverKey, errorString);
    if (!identity)
        return std::nullopt;
    identity->m_authorityPem = authority.certificate;
    identity->m_chain.append(QSslCertificate(authority.certificate));
    return identity;
}

std::optional<TlsIdentity> TlsIdentity::fromFiles(
    const QString &certificatePath, const QString &keyPath, QString *errorString)
{
    TlsIdentity identity;
    identity.m_chain = QSslCertificate::fromData(readAll(certificatePath));
    if (identity.m_chain.isEmpty() || identity.m_chain.first().isNull()) {
        *errorString = QStringLiteral("no certificate in %1").arg(certificatePath);
        return std::nullopt;
    }
    const QByteArray keyPem = readAll(keyPath);
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        identity.m_key = QSslKey(keyPem, algorithm);
        if (!identity.m_key.isNull())
            break;
    }
    if (identity.m_key.isNull()) {
        *errorString = QStringLiteral("no usable private key in %1").arg(keyPath);
        return std::nullopt;
    }
    return identity;
}

QList<QSslCipher> TlsIdentity::serverCiphers()
{
    // TLS 1.2: forward secrecy (ECDHE) and authenticated encryption (GCM, ChaCha20-Poly1305)
    // only; no CBC with SHA-1 or SHA-2 MACs, no static RSA key exchange. ECDSA for Earshot's
    // own certificate, RSA for one a user brings.
    static constexpr const char *Tls12[] = {
        "ECDHE-ECDSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-CHACHA20-POLY1305",
        "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-RSA-CHACHA20-POLY1305",
        "ECDHE-RSA-AES256-GCM-SHA384",
    };
    QList<QSslCipher> ciphers;
    for (const char *name : Tls12) {
        const QSslCipher cipher(QString::fromLatin1(name));
        if (!cipher.isNull())
            ciphers.append(cipher);
    }
    // TLS 1.3 defines AEAD suites only; keep every one the library offers.
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &cipher : supported) {
        if (cipher.protocol() == QSsl::TlsV1_3 || cipher.protocol() == QSsl::TlsV1_3OrLater)
            ciphers.append(cipher);
    }
    return ciphers;
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(serverCiphers());
    return configuration;
}

QString TlsIdentity::fingerprint() const
{
    return colonHex(certificate().digest(QCryptographicHash::Sha256));
}

QString TlsIdentity::authorityFingerprint() const
{
    if (m_authorityPem.isEmpty())
        return {};
    return colonHex(QSslCertificate(m_authorityPem).digest(QCryptographicHash::Sha256));
}
