#include "apiresponse.h"

#include <QJsonDocument>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Internal Server Error";
}

} // namespace

namespace ApiResponse {

QByteArray head(
    int status, const QByteArray &contentType, qint64 contentLength, const Headers &extra)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : extra)
        out += name + ": " + value + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Content-Security-Policy: default-src 'none'; base-uri 'none'; form-action 'none'; "
           "frame-ancestors 'none'\r\n";
    out += "X-Frame-Options: DENY\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    out += "Referrer-Policy: no-referrer\r\n";
    out += "Connection: close\r\n\r\n";
    return out;
}

QByteArray make(
    int status, const QByteArray &contentType, const QByteArray &body, const Headers &extra)
{
    return head(status, contentType, body.size(), extra) + body;
}

QByteArray json(int status, const QJsonObject &body, const Headers &extra)
{
    return make(status, "application/json",
        QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n', extra);
}

QByteArray json(int status, const QJsonArray &body)
{
    return make(
        status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n');
}

QByteArray error(int status, const char *code, const QString &message, const Headers &extra)
{
    return json(status,
        QJsonObject { { QStringLiteral("error"), QLatin1StringView(code) },
            { QStringLiteral("message"), message } },
        extra);
}

} // namespace ApiResponse
