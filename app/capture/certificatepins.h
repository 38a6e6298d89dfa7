#pragma once

#include <memory>

#include <QString>

class QSettings;
class QSslCertificate;
class QUrl;

/// Certificates a person has accepted for an address, the way ssh keeps known_hosts: stored in
/// the settings group "pinnedCertificates" as "host:port" -> SHA-256 fingerprint.
class CertificatePins final
{
public:
    /// The application's settings (organization and application name).
    CertificatePins();
    /// An INI file of its own (tests).
    explicit CertificatePins(const QString &iniFile);
    ~CertificatePins();
    CertificatePins(const CertificatePins &) = delete;
    CertificatePins &operator=(const CertificatePins &) = delete;

    /// The fingerprint accepted for \a hostPort, or empty.
    QString pinned(const QString &hostPort) const;
    void pin(const QString &hostPort, const QString &fingerprint);
    void forget(const QString &hostPort);

    /// "host:port" of a ws:// or wss:// URL, as pins are keyed.
    static QString hostPort(const QUrl &url);
    /// SHA-256 as "AB:CD:...", the form Earshot's monitor shows.
    static QString fingerprint(const QSslCertificate &certificate);
    /// Compares fingerprints written with or without colons, in either case.
    static bool sameFingerprint(const QString &a, const QString &b);

private:
    std::unique_ptr<QSettings> m_settings;
};
