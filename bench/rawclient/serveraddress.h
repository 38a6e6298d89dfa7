#pragma once

#include <optional>
#include <sys/socket.h>

#include <QString>

class QUrl;

// Where the streams connect: the socket address of a ws:// URL's host and port. A literal address
// or "localhost", nothing to look up: the bench only drives servers on this machine (BenchOptions).
class ServerAddress final
{
public:
    static std::optional<ServerAddress> fromUrl(const QUrl &url, QString *error);

    int family() const { return m_address.ss_family; }
    const sockaddr *address() const { return reinterpret_cast<const sockaddr *>(&m_address); }
    socklen_t length() const { return m_length; }

private:
    sockaddr_storage m_address {};
    socklen_t m_length = 0;
};
