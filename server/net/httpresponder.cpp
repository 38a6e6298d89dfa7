#include "httpresponder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include "session/statsboard.h"

namespace {

// Every response forbids framing, sniffing and referrers; its policy says what it may load.
// Anything that is not the page (text, JSON, scripts, the certificate) may load nothing.
constexpr char NothingPolicy[]
    = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
    const QByteArray &body, bool headOnly, const QByteArray &policy = NothingPolicy)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Content-Security-Policy: " + policy + "\r\n";
    out += "X-Frame-Options: DENY\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    out += "Referrer-Policy: no-referrer\r\n";
    out += "Connection: close\r\n\r\n";
    if (!headOnly)
        out += body;
    return out;
}

// The recorder page: its own modules, style sheet and AudioWorklet, no inline script or style;
// fetch and WebSocket to this server only. The Host header names the server as the browser
// asked for it; ws:// and wss:// on it are spelled out because older Safari does not count
// them as 'self'. A Host that is not a plain host[:port] is left out rather than quoted.
QByteArray pagePolicy(const QByteArray &host)
{
    static const QRegularExpression plainHost(
        QStringLiteral("^(?:[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?$"));
    QByteArray sockets;
    if (plainHost.match(QString::fromLatin1(host)).hasMatch())
        sockets = " ws://" + host + " wss://" + host;
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "connect-src 'self'"
        + sockets + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

QByteArray webFile(const QString &name)
{
    QFile file(QStringLiteral(":/web/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray contentType(const QString &name)
{
    if (name.endsWith(QLatin1String(".js")) || name.endsWith(QLatin1String(".mjs")))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    if (name.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (name.endsWith(QLatin1String(".svg")))
        return "image/svg+xml";
    if (name.endsWith(QLatin1String(".png")))
        return "image/png";
    if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".webmanifest")))
        return "application/json";
    return "application/octet-stream";
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject sessionJson(const SessionStats &stats, const QDateTime &now)
{
    return {
        { QStringLiteral("id"), stats.id },
        { QStringLiteral("label"), stats.label },
        { QStringLiteral("state"), sessionStateName(stats.state) },
        { QStringLiteral("peer"), stats.peer },
        { QStringLiteral("userAgent"), stats.userAgent },
        { QStringLiteral("client"), stats.client },
        { QStringLiteral("format"), stats.format },
        { QStringLiteral("file"), stats.filePath },
        { QStringLiteral("chunks"), stats.chunks },
        { QStringLiteral("bytes"), stats.bytes },
        { QStringLiteral("byteRate"), qRound64(stats.byteRate) },
        { QStringLiteral("startedAt"), timeValue(stats.startedAt) },
        { QStringLiteral("endedAt"), timeValue(stats.endedAt) },
        { QStringLiteral("durationMs"), stats.wallDurationMs(now) },
        { QStringLiteral("audioDurationMs"), stats.audioDurationMs },
        { QStringLiteral("level"), stats.level },
        { QStringLiteral("unsentBytes"), stats.unsentBytes },
        { QStringLiteral("unsentDurationMs"), stats.unsentDurationMs },
    };
}

} // namespace

HttpResponder::HttpResponder(
    std::shared_ptr<const StatsBoard> board, QElapsedTimer uptime, QByteArray authorityPem)
    : m_board(std::move(board)), m_uptime(uptime), m_authorityPem(std::move(authorityPem))
{
    const QStringList files = QDir(QStringLiteral(":/web")).entryList(QDir::Files);
    m_webFiles = QSet<QString>(files.cbegin(), files.cend());
}

QByteArray HttpResponder::simpleResponse(
    int status, const QByteArray &reason, const QByteArray &body, bool headOnly)
{
    return response(status, reason, "text/plain; charset=utf-8", body, headOnly);
}

QByteArray HttpResponder::notPairedResponse(const QByteArray &acceptLanguage, bool headOnly)
{
    // Context "web" like the page's texts; "Connect a Device" is the monitor's panel of that name.
    static const char *const Title = QT_TRANSLATE_NOOP("web", "Earshot: pairing needed");
    static const char *const Heading = QT_TRANSLATE_NOOP("web", "This device is not paired");
    static const char *const Why = QT_TRANSLATE_NOOP(
        "web", "Earshot only takes recordings from devices that know its pairing code.");
    static const char *const How = QT_TRANSLATE_NOOP("web",
        "On the computer running Earshot, open %1 and scan the QR code, or type the address "
        "shown there: it ends in %2 and the code.");
    static const char *const Panel = QT_TRANSLATE_NOOP("web", "Connect a Device");

    const QString language = WebStrings::preferredLanguage(acceptLanguage);
    const auto text = [this, &language](const char *source) {
        return m_webStrings.translate(language, source).toHtmlEscaped();
    };
    const QString heading = text(Heading);
    const QString pageLanguage = heading == QLatin1String(Heading) || language.isEmpty()
        ? QStringLiteral("en")
        : language.toHtmlEscaped();
    const QString how
        = text(How).arg(u"<b>" % text(Panel) % u"</b>", QStringLiteral("<code>?t=</code>"));
    // One <style> element, allowed by its hash: the policy admits no other style and no script.
    static const QByteArray Style = "body{font-family:system-ui,sans-serif;max-width:34rem;"
                                    "margin:3rem auto;padding:0 1rem}";
    static const QByteArray Policy = "default-src 'none'; style-src 'sha256-"
        + QCryptographicHash::hash(Style, QCryptographicHash::Sha256).toBase64()
        + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    const QString page
        = QStringLiteral("<!doctype html><html lang=\"%1\"><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<title>%2</title><style>%3</style>"
                         "<body><h1>%4</h1><p>%5 %6</p></body></html>")
              .arg(pageLanguage, text(Title), QString::fromLatin1(Style), heading, text(Why), how);
    return response(403, "Forbidden", "text/html; charset=utf-8", page.toUtf8(), headOnly, Policy);
}

QByteArray HttpResponder::respond(const HttpRequest &request, bool paired)
{
    const bool headOnly = request.method == "HEAD";
    const auto plain = [headOnly](int status, const QByteArray &reason, const QByteArray &body) {
        return response(status, reason, "text/plain; charset=utf-8", body, headOnly);
    };
    if (request.method != "GET" && !headOnly)
        return simpleResponse(405, "Method Not Allowed", "Only GET is served here.\n");

    const QString path = request.path;
    if (path == u"/ca.crt") {
        if (m_authorityPem.isEmpty())
            return plain(404, "Not Found",
                "This server uses a certificate of its own; there is no Earshot authority to "
                "trust.\n");
        return response(200, "OK", "application/x-x509-ca-cert", m_authorityPem, headOnly);
    }
    if (path == u"/i18n.json") {
        const QString language = QUrlQuery(request.query).queryItemValue(QStringLiteral("lang"));
        return response(
            200, "OK", "application/json", m_webStrings.translationsJson(language), headOnly);
    }
    if (path == u"/" || path == u"/index.html" || path == u"/api/status") {
        if (!paired)
            return notPairedResponse(request.header("accept-language"), headOnly);
        if (path == u"/api/status")
            return response(200, "OK", "application/json", statusJson(), headOnly);
        return response(200, "OK", "text/html; charset=utf-8",
            webFile(QStringLiteral("index.html")), headOnly, pagePolicy(request.header("host")));
    }
    // The protocol console (docs/console.md): a page that opens sockets, so paired like the
    // recorder page, under the address Earshot's predecessors served it at.
    if (path == u"/websocket-test" || path == u"/console.html") {
        if (!paired)
            return notPairedResponse(request.header("accept-language"), headOnly);
        return response(200, "OK", "text/html; charset=utf-8",
            webFile(QStringLiteral("console.html")), headOnly, pagePolicy(request.header("host")));
    }
    if (path == u"/ws" || path == u"/ws/audio-stream" || path == u"/ws/transcribe-stream"
        || path == u"/twilio")
        return plain(426, "Upgrade Required", "This is a WebSocket endpoint.\n");

    // The page's own files, by exact name: nothing else of the resources, no folders.
    const QString name = path.mid(1);
    if (path.startsWith(u'/') && m_webFiles.contains(name))
        return response(200, "OK", contentType(name), webFile(name), headOnly);
    return plain(404, "Not Found", "Not found.\n");
}

QByteArray HttpResponder::statusJson() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ServerTotals totals = m_board->totals();
    QJsonArray sessions;
    for (const SessionStats &stats : m_board->snapshot())
        sessions.append(sessionJson(stats, now));
    const QJsonObject status {
        { QStringLiteral("version"), QStringLiteral(EARSHOT_VERSION) },
        { QStringLiteral("uptimeMs"), m_uptime.elapsed() },
        { QStringLiteral("totals"),
            QJsonObject { { QStringLiteral("liveSessions"), totals.liveSessions },
                { QStringLiteral("sessions"), totals.sessions },
                { QStringLiteral("connections"), totals.connections },
                { QStringLiteral("bytes"), totals.bytes },
                { QStringLiteral("byteRate"), qRound64(totals.byteRate) } } },
        { QStringLiteral("sessions"), sessions },
    };
    return QJsonDocument(status).toJson(QJsonDocument::Compact);
}
