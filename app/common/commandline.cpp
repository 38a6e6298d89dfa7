#include "commandline.h"

#include <cstring>
#include <limits>

#include <QDir>

#include "bindaddress.h"

using namespace Qt::StringLiterals;

namespace {

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
{
    m_parser.setApplicationDescription(
        tr("Earshot records the audio that phones and browsers stream to it."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({ m_headless, m_port, m_bind, m_dir, m_maxSessions, m_maxMessageBytes,
        m_certificate, m_privateKey, m_noTls, m_tokenOnLoopback, m_keepOriginals, m_allowOrigin,
        m_transcribeAll, m_maxTranscriptions, m_speechModel, m_take, m_exportAtEnd,
        m_trustedProxy });
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

    if (m_parser.isSet(m_port)) {
        const auto port
            = parseNumber(m_parser.value(m_port), 0, std::numeric_limits<quint16>::max());
        if (!port) {
            m_errorString = tr("The port must be a number from 0 to 65535.");
            return false;
        }
        m_portValue = quint16(*port);
    }
    if (m_parser.isSet(m_bind)) {
        m_bindValue = BindAddress::parse(m_parser.value(m_bind));
        if (!m_bindValue) {
            m_errorString = tr("\"%1\" is not an IP address.").arg(m_parser.value(m_bind));
            return false;
        }
    }
    if (m_parser.isSet(m_dir)) {
        if (m_parser.value(m_dir).isEmpty()) {
            m_errorString = tr("The recordings folder must not be empty.");
            return false;
        }
        m_dirValue = QDir(m_parser.value(m_dir)).absolutePath();
    }
    if (m_parser.isSet(m_maxSessions)) {
        const auto count
            = parseNumber(m_parser.value(m_maxSessions), 1, std::numeric_limits<int>::max());
        if (!count) {
            m_errorString = tr("The number of live sessions must be at least 1.");
            return false;
        }
        m_maxSessionsValue = int(*count);
    }
    if (m_parser.isSet(m_maxMessageBytes)) {
        // QWebSocket counts message sizes in an int.
        const auto bytes
            = parseNumber(m_parser.value(m_maxMessageBytes), 1, std::numeric_limits<int>::max());
        if (!bytes) {
            m_errorString = tr("The message size must be a number of bytes from 1 to %1.")
                                .arg(std::numeric_limits<int>::max());
            return false;
        }
        m_maxMessageBytesValue = *bytes;
    }
    if (m_parser.isSet(m_maxTranscriptions)) {
        const auto count = parseNumber(m_parser.value(m_maxTranscriptions), 1, 1024);
        if (!count) {
            m_errorString = tr("The number of transcriptions at a time must be from 1 to 1024.");
            return false;
        }
        m_maxTranscriptionsValue = int(*count);
    }
    for (const QString &list : m_parser.values(m_trustedProxy)) {
        for (const QString &text : list.split(u',')) {
            const QHostAddress address(text.trimmed());
            if (address.isNull()) {
                m_errorString = tr("\"%1\" is not an IP address.").arg(text.trimmed());
                return false;
            }
            m_trustedProxies.append(address);
        }
    }
    if (m_parser.isSet(m_certificate) != m_parser.isSet(m_privateKey)) {
        m_errorString = tr("--cert and --key go together.");
        return false;
    }
    if (m_parser.isSet(m_exportAtEnd) && takeName().isEmpty()) {
        m_errorString = tr("--export-at-end goes with --take NAME.");
        return false;
    }
    return true;
}

QString CommandLine::errorString() const
{
    return m_errorString;
}

ServerSettings CommandLine::applyTo(ServerSettings settings) const
{
    if (m_portValue)
        settings.port = *m_portValue;
    if (m_bindValue)
        settings.bindAddress = *m_bindValue;
    if (m_dirValue)
        settings.recordingsDir = *m_dirValue;
    if (m_maxSessionsValue)
        settings.maxLiveSessions = *m_maxSessionsValue;
    if (m_maxMessageBytesValue)
        settings.maxMessageBytes = *m_maxMessageBytesValue;
    if (m_parser.isSet(m_certificate)) {
        settings.certificatePath = QDir(m_parser.value(m_certificate)).absolutePath();
        settings.privateKeyPath = QDir(m_parser.value(m_privateKey)).absolutePath();
    }
    if (m_parser.isSet(m_noTls))
        settings.tlsEnabled = false;
    if (m_parser.isSet(m_tokenOnLoopback))
        settings.tokenRequiredOnLoopback = true;
    if (m_parser.isSet(m_keepOriginals))
        settings.keepOriginals = true;
    settings.allowedOrigins += m_parser.values(m_allowOrigin);
    if (m_parser.isSet(m_transcribeAll))
        settings.transcribeAll = true;
    if (m_maxTranscriptionsValue)
        settings.maxTranscriptions = *m_maxTranscriptionsValue;
    settings.trustedProxies += m_trustedProxies;
    if (m_parser.isSet(m_speechModel)) {
        const QString model = m_parser.value(m_speechModel);
        settings.speechModelDir = model == u"none" ? QString() : QDir(model).absolutePath();
    }
    return settings;
}

bool CommandLine::exportAtEnd() const
{
    return m_parser.isSet(m_exportAtEnd);
}

QString CommandLine::takeName() const
{
    return m_parser.value(m_take).trimmed();
}
