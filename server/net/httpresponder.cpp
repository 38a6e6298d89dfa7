#include "httpresponder.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "session/statsboard.h"

namespace {

QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
                    const QByteArray &body, bool headOnly)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    out += "Connection: close\r\n\r\n";
    if (!headOnly)
        out += body;
    return out;
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
    };
}

} // namespace

HttpResponder::HttpResponder(std::shared_ptr<const StatsBoard> board, QElapsedTimer uptime)
    : m_board(std::move(board))
    , m_uptime(uptime)
{
}

QByteArray HttpResponder::simpleResponse(int status, const QByteArray &reason, const QByteArray &body)
{
    return response(status, reason, "text/plain; charset=utf-8", body, false);
}

QByteArray HttpResponder::respond(const HttpRequest &request) const
{
    const bool headOnly = request.method == "HEAD";
    if (request.method != "GET" && !headOnly)
        return simpleResponse(405, "Method Not Allowed", "Only GET is served here.\n");

    if (request.path == u"/" || request.path == u"/index.html") {
        QFile page(QStringLiteral(":/web/index.html"));
        page.open(QIODevice::ReadOnly);
        return response(200, "OK", "text/html; charset=utf-8", page.readAll(), headOnly);
    }
    if (request.path == u"/api/status")
        return response(200, "OK", "application/json", statusJson(), headOnly);
    if (request.path == u"/ws" || request.path == u"/ws/audio-stream")
        return simpleResponse(426, "Upgrade Required", "This is a WebSocket endpoint.\n");
    return simpleResponse(404, "Not Found", "Not found.\n");
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
