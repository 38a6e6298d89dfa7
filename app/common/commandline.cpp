#include "commandline.h"

#include <cstring>
#include <limits>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include "bindaddress.h"
#include "commandtext.h"
#include "configfile.h"

using namespace Qt::StringLiterals;

namespace {

// An instance's name goes into every sidecar it writes.
constexpr int MaxInstanceNameChars = 100;

std::optional<qint64> parseNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

CommandLine::CommandLine()
    : m_headless(u"headless"_s, tr("Run without a window; log to standard output."))
    , m_port(u"port"_s, tr("Listen on port <N> (0 picks a free one)."), tr("N"))
    , m_bind(u"bind"_s, tr("Listen on address <ADDR> only (\"localhost\" for this computer)."),
          tr("ADDR"))
    , m_dir(u"dir"_s, tr("Write recordings to folder <PATH>."), tr("PATH"))
    , m_maxSessions(u"max-sessions"_s, tr("Record at most <N> sessions at a time."), tr("N"))
    , m_maxMessageBytes(u"max-message-bytes"_s,
          tr("Close connections that send a message over <N> bytes."), tr("N"))
    , m_certificate(u"cert"_s,
          tr("Serve HTTPS with this certificate (PEM) instead of Earshot's own."), tr("FILE"))
    , m_privateKey(
          u"key"_s, tr("The private key (PEM) of the certificate given with --cert."), tr("FILE"))
    , m_noTls(u"no-tls"_s, tr("Serve plain HTTP only (phones then have no microphone access)."))
    , m_tokenOnLoopback(u"token-required-on-loopback"_s,
          tr("Ask clients on this computer for the pairing code too."))
    , m_keepOriginals(u"keep-originals"_s,
          tr("Keep each compressed stream as it arrived beside its remuxed file."))
    , m_allowOrigin(u"allow-origin"_s,
          tr("Also accept WebSockets from web pages of <ORIGIN> (repeatable)."), tr("ORIGIN"))
    , m_transcribeAll(u"transcribe-all"_s,
          tr("Transcribe every session, not only those whose client asks for captions."))
    , m_maxTranscriptions(u"max-transcriptions"_s,
          tr("Transcribe at most <N> sessions at a time (default: one per core)."), tr("N"))
    , m_speechModel(u"speech-model"_s,
          tr("The PocketSphinx model folder; \"none\" turns transcription off."), tr("DIR"))
    , m_take(u"take"_s,
          tr("Headless: record a take named <NAME> from the start (its link is printed; it stops "
             "with the server)."),
          tr("NAME"))
    , m_exportAtEnd(u"export-at-end"_s,
          tr("With --take: when the take stops, export its tracks aligned (WAVs and a Matroska "
             "file in its \"aligned\" folder) before exiting."))
    , m_trustedProxy(u"trusted-proxy"_s,
          tr("Trust the reverse proxy at <ADDR> (comma-separated, repeatable) to name each "
             "client in a PROXY protocol header, which its connections must then begin with."),
          tr("ADDR"))
    , m_onStart(u"on-start"_s,
          tr("Run <CMD> (a program and its arguments, no shell) when a session starts; the "
             "recording's facts are in EARSHOT_* environment variables (docs/hooks.md)."),
          tr("CMD"))
    , m_onInterrupted(u"on-interrupted"_s,
          tr("Run <CMD> when a session's connection drops before it was stopped."), tr("CMD"))
    , m_onFinish(u"on-finish"_s,
          tr("Run <CMD> when a recording is over and its file final (remuxed if it needed it)."),
          tr("CMD"))
    , m_hookTimeout(u"hook-timeout"_s,
          tr("Kill a hook (or abandon a webhook try) that runs over <S> seconds (default: 60)."),
          tr("S"))
    , m_maxHooks(u"max-hooks"_s,
          tr("Run at most <N> hooks at a time; the others wait (default: 4)."), tr("N"))
    , m_webhook(u"webhook"_s,
          tr("POST each finished recording's sidecar (JSON) to <URL>, signed with the webhook "
             "secret."),
          tr("URL"))
    , m_webhookSecret(u"webhook-secret"_s,
          tr("The secret the webhook's HMAC-SHA256 signature is keyed with."), tr("SECRET"))
    , m_webhookSecretFile(u"webhook-secret-file"_s,
          tr("Read the webhook secret from <FILE> (it stays out of the process list)."), tr("FILE"))
    , m_webhookTries(u"webhook-tries"_s,
          tr("Try a webhook delivery at most <N> times on connection errors and 5xx answers "
             "(default: 5)."),
          tr("N"))
    , m_instanceName(u"instance-name"_s,
          tr("Name this instance <NAME> in the sidecars of the recordings it writes, for several "
             "instances sharing one recordings folder (default: host:port)."),
          tr("NAME"))
    , m_config(u"config"_s,
          tr("Headless: read the options from <FILE> (default: %1 when it exists); those "
             "given here win.")
              .arg(QString::fromLatin1(DefaultConfigPath)),
          tr("FILE"))
{
    m_parser.setApplicationDescription(
        tr("Earshot records the audio that phones and browsers stream to it."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({ m_headless, m_port, m_bind, m_dir, m_maxSessions, m_maxMessageBytes,
        m_certificate, m_privateKey, m_noTls, m_tokenOnLoopback, m_keepOriginals, m_allowOrigin,
        m_transcribeAll, m_maxTranscriptions, m_speechModel, m_take, m_exportAtEnd, m_trustedProxy,
        m_onStart, m_onInterrupted, m_onFinish, m_hookTimeout, m_maxHooks, m_webhook,
        m_webhookSecret, m_webhookSecretFile, m_webhookTries, m_instanceName, m_config });
}

bool CommandLine::hasFlag(int argc, const char *const *argv, const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

bool CommandLine::headlessRequested(int argc, const char *const *argv)
{
    if (hasFlag(argc, argv, "--headless"))
        return true;
    // Without a display a QApplication would abort; a server on a machine without one is the
    // usual headless case, so it should not need the flag.
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool CommandLine::process(const QStringList &arguments)
{
    m_parser.process(arguments);
    m_arguments = {};
    for (const auto &[option, kind] : settableOptions()) {
        if (!m_parser.isSet(*option))
            continue;
        const QString name = option->names().constFirst();
        const QStringList texts = kind == Kind::Flag ? QStringList { u"true"_s }
            : kind == Kind::List                     ? m_parser.values(*option)
                                                     : QStringList { m_parser.value(*option) };
        for (const QString &text : texts) {
            if (const std::optional<QString> problem = setValue(m_arguments, name, text)) {
                m_errorString = *problem;
                return false;
            }
        }
    }
    if (const std::optional<QString> problem = checkPairs(m_arguments)) {
        m_errorString = *problem;
        return false;
    }
    // A missing secret is told once the config file is read, or by the server that starts.
    return loadWebhookSecret();
}

QString CommandLine::errorString() const
{
    return m_errorString;
}

QString CommandLine::configPath() const
{
    if (m_parser.isSet(m_config))
        return m_parser.value(m_config);
    const QString standard = QString::fromLatin1(DefaultConfigPath);
    return QFileInfo::exists(standard) ? standard : QString();
}

bool CommandLine::readConfigFile()
{
    const QString path = configPath();
    if (path.isEmpty()) {
        m_file = {};
        return checkTake() && checkWebhook();
    }
    ConfigFile file;
    if (!file.read(path)) {
        m_errorString = file.errorString();
        return false;
    }
    Values values;
    QHash<QString, int> firstLines;
    const QList<ConfigFile::Entry> entries = file.entries();
    for (const ConfigFile::Entry &entry : entries) {
        const std::optional<Kind> kind = kindOf(entry.key);
        if (!kind) {
            m_errorString = file.problemAt(entry, tr("unknown key"));
            return false;
        }
        if (*kind != Kind::List && firstLines.contains(entry.key)) {
            m_errorString = file.problemAt(
                entry, tr("set again (first on line %1)").arg(firstLines.value(entry.key)));
            return false;
        }
        // Quotes would be taken as part of the value ("/srv/rec" a folder named with them): a
        // clear error instead of a setting that silently does something else. A hook's command
        // is split into words, where quotes group them.
        static const QStringList commandKeys { u"on-start"_s, u"on-interrupted"_s, u"on-finish"_s };
        if (!commandKeys.contains(entry.key)
            && (entry.value.startsWith(u'"') || entry.value.startsWith(u'\''))) {
            m_errorString = file.problemAt(entry, tr("values are written without quotes"));
            return false;
        }
        firstLines.insert(entry.key, entry.line);
        if (const std::optional<QString> problem = setValue(values, entry.key, entry.value)) {
            m_errorString = file.problemAt(entry, *problem);
            return false;
        }
    }
    if (const std::optional<QString> problem = checkPairs(values)) {
        m_errorString = path + u": "_s + *problem;
        return false;
    }
    const Values before = m_file;
    m_file = values;
    if (!checkTake() || !checkWebhook()) {
        const QString problem = path + u": "_s + m_errorString;
        m_file = before;
        loadWebhookSecret(); // the one it had
        m_errorString = problem;
        return false;
    }
    return true;
}

QList<std::pair<const QCommandLineOption *, CommandLine::Kind>> CommandLine::settableOptions() const
{
    return { { &m_port, Kind::Value }, { &m_bind, Kind::Value }, { &m_dir, Kind::Value },
        { &m_maxSessions, Kind::Value }, { &m_maxMessageBytes, Kind::Value },
        { &m_certificate, Kind::Value }, { &m_privateKey, Kind::Value }, { &m_noTls, Kind::Flag },
        { &m_tokenOnLoopback, Kind::Flag }, { &m_keepOriginals, Kind::Flag },
        { &m_allowOrigin, Kind::List }, { &m_transcribeAll, Kind::Flag },
        { &m_maxTranscriptions, Kind::Value }, { &m_speechModel, Kind::Value },
        { &m_take, Kind::Value }, { &m_exportAtEnd, Kind::Flag }, { &m_trustedProxy, Kind::List },
        { &m_onStart, Kind::Value }, { &m_onInterrupted, Kind::Value },
        { &m_onFinish, Kind::Value }, { &m_hookTimeout, Kind::Value }, { &m_maxHooks, Kind::Value },
        { &m_webhook, Kind::Value }, { &m_webhookSecret, Kind::Value },
        { &m_webhookSecretFile, Kind::Value }, { &m_webhookTries, Kind::Value },
        { &m_instanceName, Kind::Value } };
}

QStringList CommandLine::configKeys() const
{
    QStringList keys;
    for (const auto &[option, kind] : settableOptions())
        keys.append(option->names().constFirst());
    return keys;
}

std::optional<CommandLine::Kind> CommandLine::kindOf(const QString &name) const
{
    for (const auto &[option, kind] : settableOptions()) {
        if (option->names().contains(name))
            return kind;
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::setValue(
    Values &values, const QString &name, const QString &text)
{
    const auto flag = [&text](std::optional<bool> &value) -> std::optional<QString> {
        static const QStringList yes { u"true"_s, u"yes"_s, u"on"_s, u"1"_s };
        static const QStringList no { u"false"_s, u"no"_s, u"off"_s, u"0"_s };
        if (yes.contains(text, Qt::CaseInsensitive))
            value = true;
        else if (no.contains(text, Qt::CaseInsensitive))
            value = false;
        else
            return tr("\"%1\" is neither true nor false.").arg(text);
        return std::nullopt;
    };

    if (name == u"port") {
        const auto port = parseNumber(text, 0, std::numeric_limits<quint16>::max());
        if (!port)
            return tr("The port must be a number from 0 to 65535.");
        values.port = quint16(*port);
    } else if (name == u"bind") {
        values.bind = BindAddress::parse(text);
        if (!values.bind)
            return tr("\"%1\" is not an IP address.").arg(text);
    } else if (name == u"dir") {
        if (text.isEmpty())
            return tr("The recordings folder must not be empty.");
        values.dir = QDir(text).absolutePath();
    } else if (name == u"max-sessions") {
        const auto count = parseNumber(text, 1, std::numeric_limits<int>::max());
        if (!count)
            return tr("The number of live sessions must be at least 1.");
        values.maxSessions = int(*count);
    } else if (name == u"max-message-bytes") {
        // QWebSocket counts message sizes in an int.
        const auto bytes = parseNumber(text, 1, std::numeric_limits<int>::max());
        if (!bytes) {
            return tr("The message size must be a number of bytes from 1 to %1.")
                .arg(std::numeric_limits<int>::max());
        }
        values.maxMessageBytes = *bytes;
    } else if (name == u"cert") {
        values.certificate = QDir(text).absolutePath();
    } else if (name == u"key") {
        values.privateKey = QDir(text).absolutePath();
    } else if (name == u"no-tls") {
        return flag(values.noTls);
    } else if (name == u"token-required-on-loopback") {
        return flag(values.tokenOnLoopback);
    } else if (name == u"keep-originals") {
        return flag(values.keepOriginals);
    } else if (name == u"transcribe-all") {
        return flag(values.transcribeAll);
    } else if (name == u"allow-origin") {
        values.allowedOrigins = values.allowedOrigins.value_or(QStringList()) << text;
    } else if (name == u"max-transcriptions") {
        const auto count = parseNumber(text, 1, 1024);
        if (!count)
            return tr("The number of transcriptions at a time must be from 1 to 1024.");
        values.maxTranscriptions = int(*count);
    } else if (name == u"speech-model") {
        values.speechModel = text == u"none" ? QString() : QDir(text).absolutePath();
    } else if (name == u"take") {
        values.take = text.trimmed();
    } else if (name == u"export-at-end") {
        return flag(values.exportAtEnd);
    } else if (name == u"trusted-proxy") {
        QList<QHostAddress> proxies = values.trustedProxies.value_or(QList<QHostAddress>());
        for (const QString &part : text.split(u',')) {
            const QHostAddress address(part.trimmed());
            if (address.isNull())
                return tr("\"%1\" is not an IP address.").arg(part.trimmed());
            proxies.append(address);
        }
        values.trustedProxies = proxies;
    } else if (name == u"on-start" || name == u"on-interrupted" || name == u"on-finish") {
        // Split once, here (double quotes group words, nothing else is special): the hook is run
        // as this program with these arguments, never through a shell, so nothing a client
        // sends can become part of a command.
        const QStringList command = CommandText::split(text);
        if (command.isEmpty() && !text.trimmed().isEmpty())
            return tr("\"%1\" is not a command.").arg(text);
        (name == u"on-start"           ? values.onStart
                : name == u"on-finish" ? values.onFinish
                                       : values.onInterrupted)
            = command;
    } else if (name == u"hook-timeout") {
        const auto seconds = parseNumber(text, 1, 24 * 3600);
        if (!seconds)
            return tr("The hook timeout must be a number of seconds from 1 to 86400.");
        values.hookTimeoutSeconds = int(*seconds);
    } else if (name == u"max-hooks") {
        const auto count = parseNumber(text, 1, 256);
        if (!count)
            return tr("The number of hooks at a time must be from 1 to 256.");
        values.maxHooks = int(*count);
    } else if (name == u"webhook") {
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty()
            && (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != u"http" && url.scheme() != u"https")))
            return tr("\"%1\" is not an http:// or https:// URL.").arg(text);
        values.webhook = text.isEmpty() ? QUrl() : url;
    } else if (name == u"webhook-secret") {
        values.webhookSecret = text.toUtf8();
        values.webhookSecretFile.reset();
    } else if (name == u"webhook-secret-file") {
        if (text.isEmpty())
            return tr("The path of the webhook secret file must not be empty.");
        values.webhookSecretFile = QDir(text).absolutePath();
        values.webhookSecret.reset();
    } else if (name == u"webhook-tries") {
        const auto count = parseNumber(text, 1, 20);
        if (!count)
            return tr("The number of webhook tries must be from 1 to 20.");
        values.webhookTries = int(*count);
    } else if (name == u"instance-name") {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > MaxInstanceNameChars)
            return tr("The instance name must have 1 to %1 characters.").arg(MaxInstanceNameChars);
        values.instanceName = trimmed;
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::checkPairs(const Values &values)
{
    if (values.certificate.has_value() != values.privateKey.has_value())
        return tr("--cert and --key go together.");
    return std::nullopt;
}

CommandLine::Values CommandLine::Values::overriddenBy(const Values &other) const
{
    Values result = *this;
    const auto over = [](auto &mine, const auto &theirs) {
        if (theirs)
            mine = theirs;
    };
    over(result.port, other.port);
    over(result.bind, other.bind);
    over(result.dir, other.dir);
    over(result.maxSessions, other.maxSessions);
    over(result.maxMessageBytes, other.maxMessageBytes);
    // A certificate goes with its key: one source gives both.
    if (other.certificate) {
        result.certificate = other.certificate;
        result.privateKey = other.privateKey;
    }
    over(result.noTls, other.noTls);
    over(result.tokenOnLoopback, other.tokenOnLoopback);
    over(result.keepOriginals, other.keepOriginals);
    over(result.allowedOrigins, other.allowedOrigins);
    over(result.transcribeAll, other.transcribeAll);
    over(result.maxTranscriptions, other.maxTranscriptions);
    over(result.speechModel, other.speechModel);
    over(result.take, other.take);
    over(result.exportAtEnd, other.exportAtEnd);
    over(result.trustedProxies, other.trustedProxies);
    over(result.onStart, other.onStart);
    over(result.onInterrupted, other.onInterrupted);
    over(result.onFinish, other.onFinish);
    over(result.hookTimeoutSeconds, other.hookTimeoutSeconds);
    over(result.maxHooks, other.maxHooks);
    over(result.webhook, other.webhook);
    // One secret, given or in a file: the source that names either gives it.
    if (other.webhookSecret || other.webhookSecretFile) {
        result.webhookSecret = other.webhookSecret;
        result.webhookSecretFile = other.webhookSecretFile;
    }
    over(result.webhookTries, other.webhookTries);
    over(result.instanceName, other.instanceName);
    return result;
}

ServerSettings CommandLine::applyTo(ServerSettings settings) const
{
    const Values values = m_file.overriddenBy(m_arguments);
    if (values.port)
        settings.port = *values.port;
    if (values.bind)
        settings.bindAddress = *values.bind;
    if (values.dir)
        settings.recordingsDir = *values.dir;
    if (values.maxSessions)
        settings.maxLiveSessions = *values.maxSessions;
    if (values.maxMessageBytes)
        settings.maxMessageBytes = *values.maxMessageBytes;
    if (values.certificate) {
        settings.certificatePath = *values.certificate;
        settings.privateKeyPath = *values.privateKey;
    }
    if (values.noTls)
        settings.tlsEnabled = !*values.noTls;
    if (values.tokenOnLoopback)
        settings.tokenRequiredOnLoopback = *values.tokenOnLoopback;
    if (values.keepOriginals)
        settings.keepOriginals = *values.keepOriginals;
    if (values.allowedOrigins)
        settings.allowedOrigins += *values.allowedOrigins;
    if (values.transcribeAll)
        settings.transcribeAll = *values.transcribeAll;
    if (values.maxTranscriptions)
        settings.maxTranscriptions = *values.maxTranscriptions;
    if (values.trustedProxies)
        settings.trustedProxies += *values.trustedProxies;
    if (values.speechModel)
        settings.speechModelDir = *values.speechModel;
    if (values.onStart)
        settings.onStartCommand = *values.onStart;
    if (values.onInterrupted)
        settings.onInterruptedCommand = *values.onInterrupted;
    if (values.onFinish)
        settings.onFinishCommand = *values.onFinish;
    if (values.hookTimeoutSeconds)
        settings.hookTimeout = std::chrono::seconds(*values.hookTimeoutSeconds);
    if (values.maxHooks)
        settings.maxRunningHooks = *values.maxHooks;
    if (values.webhook)
        settings.webhookUrl = *values.webhook;
    if (values.webhookSecret || values.webhookSecretFile)
        settings.webhookSecret = m_loadedWebhookSecret;
    if (values.webhookTries)
        settings.webhookTries = *values.webhookTries;
    if (values.instanceName)
        settings.instanceName = *values.instanceName;
    return settings;
}

bool CommandLine::checkTake()
{
    if (exportAtEnd() && takeName().isEmpty()) {
        m_errorString = tr("--export-at-end goes with --take NAME.");
        return false;
    }
    return true;
}

bool CommandLine::loadWebhookSecret()
{
    const Values values = m_file.overriddenBy(m_arguments);
    if (!values.webhookSecretFile) {
        m_loadedWebhookSecret = values.webhookSecret.value_or(QByteArray());
        return true;
    }
    // Read again on each reload: a secret can be rotated without a restart.
    QFile file(*values.webhookSecretFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("Cannot read the webhook secret from %1: %2")
                            .arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray secret = file.readAll().trimmed();
    if (secret.isEmpty()) {
        m_errorString = tr("The webhook secret file %1 is empty.").arg(file.fileName());
        return false;
    }
    m_loadedWebhookSecret = secret;
    return true;
}

bool CommandLine::checkWebhook()
{
    if (!loadWebhookSecret())
        return false;
    const Values values = m_file.overriddenBy(m_arguments);
    if (values.webhook && !values.webhook->isEmpty() && m_loadedWebhookSecret.isEmpty()) {
        m_errorString = tr("--webhook needs --webhook-secret or --webhook-secret-file.");
        return false;
    }
    return true;
}

bool CommandLine::exportAtEnd() const
{
    return m_file.overriddenBy(m_arguments).exportAtEnd.value_or(false);
}

QString CommandLine::takeName() const
{
    return m_file.overriddenBy(m_arguments).take.value_or(QString());
}
