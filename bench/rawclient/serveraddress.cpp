#include "serveraddress.h"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>

#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultWsPort = 80;

} // namespace

std::optional<ServerAddress> ServerAddress::fromUrl(const QUrl &url, QString *error)
{
    QHostAddress host(url.host());
    if (host.isNull() && url.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        host = QHostAddress(QHostAddress::LocalHost);
    const int port = url.port(defaultWsPort);
    if (host.isNull() || port <= 0 || port > 65535) {
        *error = u"the raw client needs an IP address or localhost and a port, not \"%1\""_s.arg(
            url.authority());
        return std::nullopt;
    }

    ServerAddress server;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *ipv4 = reinterpret_cast<sockaddr_in *>(&server.m_address);
        ipv4->sin_family = AF_INET;
        ipv4->sin_port = htons(quint16(port));
        ipv4->sin_addr.s_addr = htonl(host.toIPv4Address());
        server.m_length = sizeof(sockaddr_in);
    } else {
        auto *ipv6 = reinterpret_cast<sockaddr_in6 *>(&server.m_address);
        ipv6->sin6_family = AF_INET6;
        ipv6->sin6_port = htons(quint16(port));
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(&ipv6->sin6_addr, bytes.c, sizeof bytes.c);
        server.m_length = sizeof(sockaddr_in6);
    }
    return server;
}
