#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QString>

/// The head of an HTTP/1.1 request: request line and headers. Enough to route a request to the
/// page, the status API or the WebSocket endpoint.
struct HttpRequest
{
    /// Requests whose head is larger than this are refused.
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;

    QByteArray method;
    QString path; ///< decoded, without the query
    QString query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    bool isWebSocketUpgrade() const;

    /// Where the head ends (just past "\r\n\r\n"), or -1 while it is incomplete.
    static qsizetype headLength(const QByteArray &buffer);
    /// Parses a complete head; nothing when it is malformed.
    static std::optional<HttpRequest> parse(const QByteArray &head);
};
