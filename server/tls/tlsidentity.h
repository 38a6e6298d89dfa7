#pragma once

#include <optional>

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

/// The certificate the server shows for https:// and wss://. Either Earshot's own: a local
/// certificate authority kept in the config folder (a phone trusts it once, via /ca.crt) and a
/// server certificate it signs for every local address; or one the user brings.
class TlsIdentity final
{
public:
    /// Loads what `folder` keeps, creating the authority on first use and a new server
    /// certificate when the old one is missing, near its end, or misses a current address.
    static std::optional<TlsIdentity> ensure(const QString &folder, const QStringList &dnsNames,
        const QList<QHostAddress> &addresses, QString *errorString);
    /// A certificate chain and key in PEM files chosen by the user.
    static std::optional<TlsIdentity> fromFiles(
        const QString &certificatePath, const QString &keyPath, QString *errorString);
    /// This computer's names and addresses, as a certificate for the LAN should cover them.
    static QStringList localDnsNames();
    static QList<QHostAddress> localAddresses();

    /// TLS 1.2 or later; TLS 1.2 with ECDHE and an AEAD cipher only (serverCiphers()).
    QSslConfiguration serverConfiguration() const;
    /// The suites the server accepts: TLS 1.2's ECDHE with AES-GCM or ChaCha20-Poly1305 (ECDSA
    /// and RSA certificates), and TLS 1.3's.
    static QList<QSslCipher> serverCiphers();
    /// PEM of the authority a device should trust; empty for a user's own certificate.
    QByteArray authorityPem() const { return m_authorityPem; }
    QSslCertificate certificate() const { return m_chain.value(0); }
    /// SHA-256 of the server certificate, as "AB:CD:...".
    QString fingerprint() const;
    /// SHA-256 of the authority (what a person compares on the phone), or empty.
    QString authorityFingerprint() const;

private:
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QByteArray m_authorityPem;
};
