#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/// The API keys of this installation (docs/api.md), in a JSON file beside the settings file that
/// holds the pairing code, owner-only (0600). A key is shown once, when it is made; the file
/// keeps its name, when it was made and its SHA-256, never the key. Both faces and the command
/// line (--api-key-create) use it; the server is given the digests (ApiKeyRing).
class ApiKeyStore final
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStore)

public:
    static constexpr int MaxNameChars = 64;
    static constexpr int MaxKeys = 100;
    /// Random bytes in a key: 256 bits.
    static constexpr int KeyBytes = 32;

    struct Entry
    {
        QString name;
        QDateTime createdAt;
        QByteArray sha256; ///< of the key's text
    };

    explicit ApiKeyStore(QString fileName);

    QString fileName() const { return m_fileName; }
    /// Reads the file; a missing one holds no keys. False (and errorString()) when it cannot be
    /// read: then no key is accepted rather than some.
    bool load();
    QString errorString() const { return m_errorString; }

    QList<Entry> entries() const { return m_entries; }
    QList<QByteArray> digests() const;

    /// A new key named `name` (letters, digits, '.', '_', '-'; unique), saved before it is
    /// returned; nothing (and errorString()) when the name is unusable or the file cannot be
    /// written. The key is "esk_" and 43 URL-safe base64 characters.
    std::optional<QString> create(const QString &name);
    /// False (and errorString()) when there is no key of that name or the file cannot be written.
    bool revoke(const QString &name);

    static bool isValidName(const QString &name);

private:
    bool save();

    QString m_fileName;
    QList<Entry> m_entries;
    QString m_errorString;
};
