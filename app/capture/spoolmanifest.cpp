#include "spoolmanifest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "streamtarget.h"

namespace {

// The resume token lets anyone who reads it take the session over: owner-only.
constexpr QFileDevice::Permissions ManifestPermissions = QFileDevice::ReadOwner
    | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

// Far more than the few hundred bytes a manifest takes; a bigger file is not one.
constexpr qint64 MaxManifestBytes = 64 * 1024;

} // namespace

QString SpoolManifest::fileName()
{
    return QStringLiteral("manifest.json");
}

bool SpoolManifest::write(const QString &folder, QString *errorString) const
{
    const QJsonObject object {
        { QStringLiteral("version"), Version },
        { QStringLiteral("receiver"), StreamTarget::withoutToken(receiver).toString() },
        { QStringLiteral("sampleRate"), format.sampleRate },
        { QStringLiteral("channels"), format.channels },
        { QStringLiteral("name"), name },
        { QStringLiteral("session"), session },
        { QStringLiteral("resumeToken"), resumeToken },
        { QStringLiteral("sessionBase"), sessionBase },
    };
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // QSaveFile writes a temporary file beside it, syncs it and renames it over the old one.
    QSaveFile file(QDir(folder).filePath(fileName()));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ManifestPermissions)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        *errorString = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<SpoolManifest> SpoolManifest::read(const QString &folder, QString *errorString)
{
    QFile file(QDir(folder).filePath(fileName()));
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject object
        = QJsonDocument::fromJson(file.read(MaxManifestBytes), &parseError).object();
    SpoolManifest manifest;
    manifest.receiver = QUrl(object.value(QStringLiteral("receiver")).toString(), QUrl::StrictMode);
    manifest.format.sampleRate = object.value(QStringLiteral("sampleRate")).toInt();
    manifest.format.channels = object.value(QStringLiteral("channels")).toInt();
    manifest.name = object.value(QStringLiteral("name")).toString();
    manifest.session = object.value(QStringLiteral("session")).toString();
    manifest.resumeToken = object.value(QStringLiteral("resumeToken")).toString();
    manifest.sessionBase = object.value(QStringLiteral("sessionBase")).toInteger(-1);
    if (parseError.error != QJsonParseError::NoError
        || object.value(QStringLiteral("version")).toInt() != Version
        || !manifest.receiver.isValid() || !manifest.format.isValid() || manifest.sessionBase < 0
        || manifest.session.isEmpty() != manifest.resumeToken.isEmpty()) {
        *errorString = tr("%1 is not a spool manifest.").arg(file.fileName());
        return std::nullopt;
    }
    return manifest;
}
