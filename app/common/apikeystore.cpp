#include "apikeystore.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include "api/apikeyring.h"

using namespace Qt::StringLiterals;

namespace {

constexpr auto KeyPrefix = "esk_"_L1;
// The file proves who may use the API: only its owner may read it.
constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner
    | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions FolderPermissions
    = FilePermissions | QFileDevice::ExeOwner | QFileDevice::ExeUser;

} // namespace

ApiKeyStore::ApiKeyStore(QString fileName) : m_fileName(std::move(fileName)) { }

bool ApiKeyStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,%1}$"_s.arg(MaxNameChars));
    return pattern.match(name).hasMatch();
}

bool ApiKeyStore::load()
{
    m_entries.clear();
    m_errorString.clear();
    QFile file(m_fileName);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString
            = tr("Cannot read the API keys in %1: %2").arg(m_fileName, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_errorString = tr("The API keys in %1 are not readable JSON: %2")
                            .arg(m_fileName, parseError.errorString());
        return false;
    }
    for (const QJsonValue &value : document.object().value(u"keys"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry { object.value(u"name"_s).toString(),
            QDateTime::fromString(object.value(u"createdAt"_s).toString(), Qt::ISODateWithMs),
            QByteArray::fromHex(object.value(u"sha256"_s).toString().toLatin1()) };
        // A digest that is not one accepts nothing; it is left out rather than trusted.
        if (isValidName(entry.name) && entry.sha256.size() == 32 && m_entries.size() < MaxKeys)
            m_entries.append(entry);
    }
    return true;
}

QList<QByteArray> ApiKeyStore::digests() const
{
    QList<QByteArray> digests;
    for (const Entry &entry : m_entries)
        digests.append(entry.sha256);
    return digests;
}

std::optional<QString> ApiKeyStore::create(const QString &name)
{
    if (!isValidName(name)) {
        m_errorString = tr("An API key's name is 1 to %1 letters, digits, '.', '_' or '-'.")
                            .arg(MaxNameChars);
        return std::nullopt;
    }
    if (!load())
        return std::nullopt;
    if (std::any_of(m_entries.cbegin(), m_entries.cend(),
            [&name](const Entry &entry) { return entry.name == name; })) {
        m_errorString = tr("There is an API key named %1 already.").arg(name);
        return std::nullopt;
    }
    if (m_entries.size() >= MaxKeys) {
        m_errorString = tr("There are %1 API keys, the most there may be.").arg(MaxKeys);
        return std::nullopt;
    }
    QByteArray bytes(KeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QString key = KeyPrefix
        + QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_entries.append(
        { name, QDateTime::currentDateTimeUtc(), ApiKeyRing::digestOf(key.toLatin1()) });
    if (!save()) {
        m_entries.removeLast();
        return std::nullopt;
    }
    return key;
}

bool ApiKeyStore::revoke(const QString &name)
{
    if (!load())
        return false;
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
        [&name](const Entry &entry) { return entry.name == name; });
    if (found == m_entries.end()) {
        m_errorString = tr("There is no API key named %1.").arg(name);
        return false;
    }
    m_entries.erase(found);
    return save();
}

bool ApiKeyStore::save()
{
    QJsonArray keys;
    for (const Entry &entry : std::as_const(m_entries))
        keys.append(QJsonObject { { u"name"_s, entry.name },
            { u"createdAt"_s, entry.createdAt.toUTC().toString(Qt::ISODateWithMs) },
            { u"sha256"_s, QString::fromLatin1(entry.sha256.toHex()) } });
    const QString folder = QFileInfo(m_fileName).absolutePath();
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        QDir().mkdir(folder, FolderPermissions);
    }
    QSaveFile file(m_fileName);
    // Owner-only from the first byte: QSaveFile's temporary file gets these permissions.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(FilePermissions)
        || file.write(QJsonDocument(QJsonObject { { u"keys"_s, keys } }).toJson()) < 0
        || !file.commit()) {
        m_errorString
            = tr("Cannot save the API keys in %1: %2").arg(m_fileName, file.errorString());
        return false;
    }
    return true;
}
