#pragma once

#include <QByteArray>
#include <QHostAddress>

#include "httprequest.h"
#include "serversettings.h"

/// Who may open the page and stream: devices with the pairing token (loopback too when the user
/// says so), and WebSockets only from the page's own origin or a configured one.
class AccessPolicy final
{
public:
    explicit AccessPolicy(const ServerSettings &settings);

    /// Loopback clients go without the token only when they asked for this computer by an IP
    /// address or one of its own names: a page on a DNS name that points here (DNS rebinding)
    /// is not this computer's.
    bool needsToken(const QHostAddress &peer, const HttpRequest &request) const;
    /// The token as ?t=... in the URL or an X-Earshot-Token header, compared in constant time.
    bool hasValidToken(const HttpRequest &request) const;
    /// A token given after the request (a phone call's custom parameter), compared the same way.
    bool isValidToken(const QString &token) const;
    /// Whether the request carries a token at all, right or wrong.
    static bool carriesToken(const HttpRequest &request);
    /// Requests without an Origin (not from a browser) pass; a browser's must be the page's own.
    bool isOriginAllowed(const HttpRequest &request, bool secure) const;

private:
    QString m_token;
    QByteArray m_tokenDigest; ///< SHA-256 of the token, what a given one is compared with
    bool m_tokenOnLoopback;
    QStringList m_allowedOrigins;
};
