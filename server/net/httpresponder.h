#pragma once

#include <memory>

#include <QByteArray>
#include <QElapsedTimer>
#include <QSet>

#include "httprequest.h"
#include "webstrings.h"

class StatsBoard;

/// Answers the plain HTTP requests: the page and its files, /ca.crt, /i18n.json, /api/status,
/// and 404 for the rest. Every response carries a Content-Security-Policy, X-Frame-Options: DENY,
/// X-Content-Type-Options: nosniff and Referrer-Policy: no-referrer; HEAD gets the head of what
/// GET would get, Content-Length included, and no body.
class HttpResponder final
{
public:
    HttpResponder(
        std::shared_ptr<const StatsBoard> board, QElapsedTimer uptime, QByteArray authorityPem);

    /// The whole response, head and body; the connection closes after it. `paired` says whether
    /// the client may see the page and the status (it has the token, or needs none).
    QByteArray respond(const HttpRequest &request, bool paired);
    /// A plain-text response; `headOnly` (a HEAD request) leaves the body out but not its length.
    static QByteArray simpleResponse(
        int status, const QByteArray &reason, const QByteArray &body, bool headOnly = false);
    /// The page a device sees without the pairing token, in the language it asks for.
    QByteArray notPairedResponse(const QByteArray &acceptLanguage, bool headOnly = false);

private:
    QByteArray statusJson() const;

    std::shared_ptr<const StatsBoard> m_board;
    QElapsedTimer m_uptime;
    QByteArray m_authorityPem;
    QSet<QString> m_webFiles;
    WebStrings m_webStrings;
};
