#include "accesspolicy.h"

#include <openssl/crypto.h>

#include <QCryptographicHash>
#include <QHostInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {

bool isOwnHostName(const QByteArray &hostHeader)
{
    QString host = QString::fromUtf8(hostHeader).trimmed().toLower();
    // Only this machine's loopback addresses: a loopback peer asking for another address came
    // through something on this machine that forwards (a reverse proxy, a tunnel), and is not
    // to be let in without the code.
    if (host.startsWith(u'[')) // [::1]:8000
        return QHostAddress(host.mid(1, host.indexOf(u']') - 1)).isLoopback();
    host = host.left(host.lastIndexOf(u':') < 0 ? host.size() : host.lastIndexOf(u':'));
    const QHostAddress literal(host);
    if (literal.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return literal.isLoopback();
    const QString own = QHostInfo::localHostName().toLower();
    return host == u"localhost" || host.endsWith(QLatin1String(".localhost")) || host == own
        || host == own + QStringLiteral(".local");
}

QByteArray tokenDigest(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

// In constant time: digests of equal length compared without an early exit, so neither how
// long the token is nor how much of a guess is right shows in the time an answer takes.
bool isSameToken(const QByteArray &givenDigest, const QByteArray &expectedDigest)
{
    return givenDigest.size() == expectedDigest.size()
        && CRYPTO_memcmp(
               givenDigest.constData(), expectedDigest.constData(), size_t(expectedDigest.size()))
        == 0;
}

} // namespace

AccessPolicy::AccessPolicy(const ServerSettings &settings)
    : m_token(settings.pairingToken)
    , m_tokenDigest(tokenDigest(settings.pairingToken))
    , m_tokenOnLoopback(settings.tokenRequiredOnLoopback)
    , m_allowedOrigins(settings.allowedOrigins)
{ }

bool AccessPolicy::needsToken(const QHostAddress &peer, const HttpRequest &request) const
{
    if (m_token.isEmpty())
        return false;
    return m_tokenOnLoopback || !peer.isLoopback() || !isOwnHostName(request.header("host"));
}

bool AccessPolicy::hasValidToken(const HttpRequest &request) const
{
    const QString given
        = QUrlQuery(request.query).queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded);
    const QString header = QString::fromUtf8(request.header("x-earshot-token"));
    // Both are compared every time: the time taken does not tell which one was given either.
    const bool queryMatches = isSameToken(tokenDigest(given), m_tokenDigest);
    const bool headerMatches = isSameToken(tokenDigest(header), m_tokenDigest);
    return !m_token.isEmpty() && (queryMatches || headerMatches);
}

bool AccessPolicy::isValidToken(const QString &token) const
{
    return !m_token.isEmpty() && isSameToken(tokenDigest(token), m_tokenDigest);
}

bool AccessPolicy::carriesToken(const HttpRequest &request)
{
    return QUrlQuery(request.query).hasQueryItem(QStringLiteral("t"))
        || !request.header("x-earshot-token").isEmpty();
}

bool AccessPolicy::isOriginAllowed(const HttpRequest &request, bool secure) const
{
    const QByteArray originHeader = request.header("origin");
    if (originHeader.isEmpty())
        return true;
    const QString origin = QString::fromUtf8(originHeader).toLower();
    if (m_allowedOrigins.contains(origin, Qt::CaseInsensitive))
        return true;
    // Same origin: the scheme this connection speaks, and the host and port it was asked for.
    // Both are read as URLs, so that an IPv6 host ([::1]) and a default port compare as written
    // either way.
    const QUrl url(origin);
    const QString expectedScheme = secure ? QStringLiteral("https") : QStringLiteral("http");
    if (url.scheme() != expectedScheme || !url.isValid() || url.host().isEmpty())
        return false;
    const QUrl asked(expectedScheme + QStringLiteral("://")
        + QString::fromUtf8(request.header("host")).trimmed().toLower());
    const int defaultPort = secure ? 443 : 80;
    return asked.isValid() && asked.path().isEmpty() && url.host() == asked.host()
        && url.port(defaultPort) == asked.port(defaultPort);
}
