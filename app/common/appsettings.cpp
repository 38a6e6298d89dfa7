#include "appsettings.h"

#include <limits>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

#include "bindaddress.h"

using namespace Qt::StringLiterals;

namespace {

constexpr auto PortKey = "server/port"_L1;
constexpr auto BindAddressKey = "server/bindAddress"_L1;
constexpr auto RecordingsDirKey = "server/recordingsDir"_L1;
constexpr auto MaxLiveSessionsKey = "server/maxLiveSessions"_L1;
constexpr auto MaxMessageBytesKey = "server/maxMessageBytes"_L1;
constexpr auto PairingTokenKey = "pairing/token"_L1;
constexpr auto TokenOnLoopbackKey = "pairing/tokenRequiredOnLoopback"_L1;
constexpr auto CertificateKey = "tls/certificate"_L1;
constexpr auto PrivateKeyKey = "tls/privateKey"_L1;
constexpr auto KeepOriginalsKey = "recordings/keepOriginals"_L1;
constexpr auto TranscribeAllKey = "transcription/everySession"_L1;
// Program and arguments, as lists: split once, when they were set.
constexpr auto OnStartKey = "hooks/onStart"_L1;
constexpr auto OnInterruptedKey = "hooks/onInterrupted"_L1;
constexpr auto OnFinishKey = "hooks/onFinish"_L1;
constexpr int PairingTokenBytes = 12;
constexpr auto GeometryKey = "window/geometry"_L1;
constexpr auto StateKey = "window/state"_L1;
constexpr auto MinimizeToTrayKey = "tray/minimizeOnClose"_L1;
constexpr auto NotificationsKey = "notifications/enabled"_L1;
constexpr auto ExportAtTakeEndKey = "takes/exportAlignedAtEnd"_L1;
constexpr auto UiLanguageKey = "ui/language"_L1;
constexpr auto RateChartMinutesKey = "rateChart/minutes"_L1;
constexpr int DefaultRateChartMinutes = 5;
constexpr int MaxRateChartMinutes = 60;

// A hand-edited file may hold anything; a value out of range falls back to the default.
qint64 readNumber(
    const QSettings &store, QAnyStringView key, qint64 fallback, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = store.value(key).toLongLong(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

// The file holds the pairing token: only its owner may read it.
constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner
    | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions FolderPermissions
    = FilePermissions | QFileDevice::ExeOwner | QFileDevice::ExeUser;

// Before QSettings writes anything: a folder Earshot makes is the owner's alone, and the file
// exists, owner-only, so that QSettings' atomic rewrites (QSaveFile keeps the mode of the file
// they replace) never leave it readable by others, not even once.
void prepareFile(const QString &fileName)
{
    const QFileInfo file(fileName);
    const QString folder = file.absolutePath();
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        QDir().mkdir(folder, FolderPermissions);
    }
    if (!file.exists()) {
        QFile created(fileName);
        (void)created.open(QIODevice::WriteOnly | QIODevice::NewOnly, FilePermissions);
    }
}

// After a sync, and for a file an older Earshot or a person left readable.
void restrictFile(const QString &fileName)
{
    if (QFile::exists(fileName) && QFile::permissions(fileName) != FilePermissions)
        QFile::setPermissions(fileName, FilePermissions);
}

void syncStore(QSettings &store)
{
    store.sync();
    restrictFile(store.fileName());
}

QString storeNewPairingToken(QSettings &store)
{
    QByteArray bytes(PairingTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    // URL-safe and short enough to type from the screen if the camera fails.
    const QString token = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    store.setValue(PairingTokenKey, token);
    syncStore(store);
    return token;
}

} // namespace

AppSettings::AppSettings() : m_store(std::make_unique<QSettings>())
{
    protect();
}

AppSettings::AppSettings(const QString &fileName)
    : m_store(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    protect();
}

AppSettings::~AppSettings()
{
    syncStore(*m_store);
}

void AppSettings::protect()
{
    prepareFile(m_store->fileName());
    restrictFile(m_store->fileName());
}

QString AppSettings::fileName() const
{
    return m_store->fileName();
}

QString AppSettings::defaultRecordingsDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(u"Earshot"_s);
}

ServerSettings AppSettings::serverSettings() const
{
    ServerSettings settings;
    settings.port = quint16(
        readNumber(*m_store, PortKey, settings.port, 0, std::numeric_limits<quint16>::max()));
    if (const auto address = BindAddress::parse(m_store->value(BindAddressKey).toString()))
        settings.bindAddress = *address;
    settings.recordingsDir = m_store->value(RecordingsDirKey).toString();
    if (settings.recordingsDir.isEmpty())
        settings.recordingsDir = defaultRecordingsDir();
    settings.maxLiveSessions = int(readNumber(*m_store, MaxLiveSessionsKey,
        settings.maxLiveSessions, 1, std::numeric_limits<int>::max()));
    settings.maxMessageBytes = readNumber(
        *m_store, MaxMessageBytesKey, settings.maxMessageBytes, 1, std::numeric_limits<int>::max());
    settings.tlsDir = tlsDir();
    settings.certificatePath = m_store->value(CertificateKey).toString();
    settings.privateKeyPath = m_store->value(PrivateKeyKey).toString();
    settings.tokenRequiredOnLoopback = m_store->value(TokenOnLoopbackKey, false).toBool();
    settings.keepOriginals = m_store->value(KeepOriginalsKey, false).toBool();
    settings.transcribeAll = m_store->value(TranscribeAllKey, false).toBool();
    settings.onStartCommand = m_store->value(OnStartKey).toStringList();
    settings.onInterruptedCommand = m_store->value(OnInterruptedKey).toStringList();
    settings.onFinishCommand = m_store->value(OnFinishKey).toStringList();
    settings.pairingToken = pairingToken();
    return settings;
}

void AppSettings::setServerSettings(const ServerSettings &settings)
{
    m_store->setValue(PortKey, settings.port);
    m_store->setValue(BindAddressKey, BindAddress::toText(settings.bindAddress));
    m_store->setValue(RecordingsDirKey, settings.recordingsDir);
    m_store->setValue(MaxLiveSessionsKey, settings.maxLiveSessions);
    m_store->setValue(MaxMessageBytesKey, settings.maxMessageBytes);
    m_store->setValue(CertificateKey, settings.certificatePath);
    m_store->setValue(PrivateKeyKey, settings.privateKeyPath);
    m_store->setValue(TokenOnLoopbackKey, settings.tokenRequiredOnLoopback);
    m_store->setValue(KeepOriginalsKey, settings.keepOriginals);
    m_store->setValue(TranscribeAllKey, settings.transcribeAll);
    m_store->setValue(OnStartKey, settings.onStartCommand);
    m_store->setValue(OnInterruptedKey, settings.onInterruptedCommand);
    m_store->setValue(OnFinishKey, settings.onFinishCommand);
}

QString AppSettings::pairingToken() const
{
    const QString stored = m_store->value(PairingTokenKey).toString();
    return stored.isEmpty() ? storeNewPairingToken(*m_store) : stored;
}

QString AppSettings::regeneratePairingToken()
{
    return storeNewPairingToken(*m_store);
}

QString AppSettings::tlsDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(u"tls"_s);
}

QString AppSettings::apiKeysFile() const
{
    return QFileInfo(fileName()).absoluteDir().filePath(u"api-keys.json"_s);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_store->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_store->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_store->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_store->setValue(StateKey, state);
}

bool AppSettings::minimizeToTrayOnClose() const
{
    return m_store->value(MinimizeToTrayKey, false).toBool();
}

void AppSettings::setMinimizeToTrayOnClose(bool minimize)
{
    m_store->setValue(MinimizeToTrayKey, minimize);
}

bool AppSettings::notificationsEnabled() const
{
    return m_store->value(NotificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    m_store->setValue(NotificationsKey, enabled);
}

bool AppSettings::exportAlignedAtTakeEnd() const
{
    return m_store->value(ExportAtTakeEndKey, false).toBool();
}

void AppSettings::setExportAlignedAtTakeEnd(bool exportAtEnd)
{
    m_store->setValue(ExportAtTakeEndKey, exportAtEnd);
}

QString AppSettings::uiLanguage() const
{
    return m_store->value(UiLanguageKey).toString();
}

void AppSettings::setUiLanguage(const QString &code)
{
    m_store->setValue(UiLanguageKey, code);
}

int AppSettings::rateChartMinutes() const
{
    return int(
        readNumber(*m_store, RateChartMinutesKey, DefaultRateChartMinutes, 1, MaxRateChartMinutes));
}

void AppSettings::setRateChartMinutes(int minutes)
{
    m_store->setValue(RateChartMinutesKey, minutes);
}
