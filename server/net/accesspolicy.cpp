#include "accesspolicy.h"

#include <QHostInfo>
#include <QUrl>
#include <QUrlQuery>

AccessPolicy::AccessPolicy(const ServerSettings &settings)
    : m_token(settings.pairingToken)
    , m_tokenOnLoopback(settings.tokenRequiredOnLoopback)
    , m_allowedOrigins(settings.allowedOrigins)
{ }

namespace {

bool isOwnHostName(const QByteArray &hostHeader)
{
    QString host = QString::fromUtf8(hostHeader).trimmed().toLower();
    if (host.startsWith(u'[')) // [::1]:8000
        return QHostAddress(host.mid(1, host.indexOf(u']') - 1)).protocol()
            != QAbstractSocket::UnknownNetworkLayerProtocol;
    host = host.left(host.lastIndexOf(u':') < 0 ? host.size() : host.lastIndexOf(u':'));
    if (QHostAddress(host).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return true;
    const QString own = QHostInfo::localHostName().toLower();
    return host == u"localhost" || host.endsWith(QLatin1String(".localhost")) || host == own
        || host == own + QStringLiteral(".local");
}

} // namespace

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
    return !m_token.isEmpty() && (given == m_token || header == m_token);
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
    const QUrl url(origin);
    const QString expectedScheme = secure ? QStringLiteral("https") : QStringLiteral("http");
    if (url.scheme() != expectedScheme)
        return false;
    const int defaultPort = secure ? 443 : 80;
    const QString authority = url.host()
        + (url.port(defaultPort) == defaultPort ? QString() : u':' + QString::number(url.port()));
    return authority == QString::fromUtf8(request.header("host")).toLower();
}
