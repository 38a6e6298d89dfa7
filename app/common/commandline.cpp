#include "commandline.h"

#include <cstring>
#include <limits>

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include "bindaddress.h"
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
        m_instanceName, m_config });
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
    return true;
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
        return checkTake();
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
    m_file = values;
    if (!checkTake()) {
        m_errorString = path + u": "_s + m_errorString;
        return false;
    }
    return true;
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

bool CommandLine::exportAtEnd() const
{
    return m_file.overriddenBy(m_arguments).exportAtEnd.value_or(false);
}

QString CommandLine::takeName() const
{
    return m_file.overriddenBy(m_arguments).take.value_or(QString());
}
