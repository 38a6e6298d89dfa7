#include "proxyheader.h"

#include <QList>

namespace {

constexpr QByteArrayView V1Prefix("PROXY ");
constexpr char V2SignatureBytes[] = "\r\n\r\n\0\r\nQUIT\n";
constexpr QByteArrayView V2Signature(V2SignatureBytes, sizeof(V2SignatureBytes) - 1);
// The shortest version 1 header, "PROXY UNKNOWN\r\n"; a version 2 header is longer still, so
// this many bytes are the header's whichever version comes.
constexpr qsizetype MinHeaderBytes = 15;

// Version 2's command (low nibble of byte 12; its high nibble is the version, 2), family (high
// nibble of byte 13) and transport (low nibble).
constexpr int CommandLocal = 0x0;
constexpr int CommandProxy = 0x1;
constexpr int FamilyUnspecified = 0x0;
constexpr int FamilyInet = 0x1;
constexpr int FamilyInet6 = 0x2;
constexpr int FamilyUnix = 0x3;
constexpr int TransportStream = 0x1;
constexpr int TransportDatagram = 0x2;
// Source and destination address, then source and destination port.
constexpr qsizetype InetAddressBytes = 4 + 4 + 2 + 2;
constexpr qsizetype Inet6AddressBytes = 16 + 16 + 2 + 2;

ProxyHeader::Result invalid(const QString &why)
{
    ProxyHeader::Result result;
    result.status = ProxyHeader::Status::Invalid;
    result.errorString = why;
    return result;
}

ProxyHeader::Result complete(
    qsizetype length, std::optional<QHostAddress> address = std::nullopt, quint16 port = 0)
{
    ProxyHeader::Result result;
    result.status = ProxyHeader::Status::Complete;
    result.length = length;
    result.clientAddress = std::move(address);
    result.clientPort = port;
    return result;
}

// Whether `received` could still become `expected`: it is a start of it.
bool isStartOf(QByteArrayView received, QByteArrayView expected)
{
    return received.size() <= expected.size() && expected.startsWith(received);
}

quint16 bigEndian16(QByteArrayView bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) << 8 | quint8(bytes[at + 1]));
}

// A version 1 port: 1 to 5 decimal digits, at most 65535.
std::optional<quint16> parsePort(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    quint32 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint32(c - '0');
    }
    return value <= 65535 ? std::optional<quint16>(quint16(value)) : std::nullopt;
}

// A version 1 address of the protocol its line names, written as inet_pton writes it.
std::optional<QHostAddress> parseAddress(
    QByteArrayView text, QAbstractSocket::NetworkLayerProtocol protocol)
{
    if (text.isEmpty() || text.size() > 45)
        return std::nullopt;
    for (const char c : text) {
        const bool allowed = (c >= '0' && c <= '9') || c == '.'
            || (protocol == QAbstractSocket::IPv6Protocol
                && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':'));
        if (!allowed)
            return std::nullopt;
    }
    const QHostAddress address(QString::fromLatin1(text));
    if (address.protocol() != protocol)
        return std::nullopt;
    return address;
}

} // namespace

ProxyHeader::Result ProxyHeader::parse(QByteArrayView received)
{
    if (received.isEmpty())
        return {};
    if (received.front() == V1Prefix.front())
        return parseV1(received);
    if (received.front() == V2Signature.front())
        return parseV2(received);
    return invalid(QStringLiteral("no PROXY header"));
}

qsizetype ProxyHeader::bytesToRead(QByteArrayView received)
{
    if (received.size() < MinHeaderBytes)
        return MinHeaderBytes - received.size();
    if (received.front() != V2Signature.front())
        return 1;
    if (received.size() < V2FixedBytes)
        return V2FixedBytes - received.size();
    const qsizetype total
        = V2FixedBytes + qMin<qsizetype>(bigEndian16(received, 14), MaxV2PayloadBytes);
    return qMax<qsizetype>(1, total - received.size());
}

ProxyHeader::Result ProxyHeader::parseV1(QByteArrayView received)
{
    if (received.size() < V1Prefix.size())
        return isStartOf(received, V1Prefix) ? Result {}
                                             : invalid(QStringLiteral("no PROXY header"));
    if (!received.startsWith(V1Prefix))
        return invalid(QStringLiteral("no PROXY header"));
    const qsizetype lineFeed = received.first(qMin(received.size(), MaxV1Bytes)).indexOf('\n');
    if (lineFeed < 0)
        return received.size() >= MaxV1Bytes
            ? invalid(QStringLiteral("a version 1 header longer than %1 bytes").arg(MaxV1Bytes))
            : Result {};
    if (received.at(lineFeed - 1) != '\r')
        return invalid(QStringLiteral("a version 1 header that does not end in CRLF"));
    const QByteArrayView line = received.first(lineFeed - 1).sliced(V1Prefix.size());
    const qsizetype length = lineFeed + 1;
    // The proxy's own connection (a health check): whatever follows is not an address.
    if (line == "UNKNOWN" || line.startsWith("UNKNOWN "))
        return complete(length);

    const QList<QByteArray> fields = line.toByteArray().split(' ');
    if (fields.size() != 5)
        return invalid(QStringLiteral("a version 1 header without its five fields"));
    QAbstractSocket::NetworkLayerProtocol protocol;
    if (fields.at(0) == "TCP4")
        protocol = QAbstractSocket::IPv4Protocol;
    else if (fields.at(0) == "TCP6")
        protocol = QAbstractSocket::IPv6Protocol;
    else
        return invalid(QStringLiteral("a version 1 header for protocol %1")
                           .arg(QString::fromLatin1(fields.at(0).left(16))));
    const std::optional<QHostAddress> source = parseAddress(fields.at(1), protocol);
    const std::optional<QHostAddress> destination = parseAddress(fields.at(2), protocol);
    const std::optional<quint16> sourcePort = parsePort(fields.at(3));
    const std::optional<quint16> destinationPort = parsePort(fields.at(4));
    if (!source || !destination)
        return invalid(QStringLiteral("a version 1 header with a malformed address"));
    if (!sourcePort || !destinationPort)
        return invalid(QStringLiteral("a version 1 header with a malformed port"));
    return complete(length, source, *sourcePort);
}

ProxyHeader::Result ProxyHeader::parseV2(QByteArrayView received)
{
    if (received.size() < V2Signature.size())
        return isStartOf(received, V2Signature) ? Result {}
                                                : invalid(QStringLiteral("no PROXY header"));
    if (!received.startsWith(V2Signature))
        return invalid(QStringLiteral("no PROXY header"));
    if (received.size() > 12) {
        const int versionAndCommand = quint8(received[12]);
        if (versionAndCommand >> 4 != 2)
            return invalid(
                QStringLiteral("a binary header of version %1").arg(versionAndCommand >> 4));
        const int command = versionAndCommand & 0xf;
        if (command != CommandLocal && command != CommandProxy)
            return invalid(QStringLiteral("a version 2 header with command %1").arg(command));
    }
    if (received.size() > 13) {
        const int family = quint8(received[13]) >> 4;
        const int transport = quint8(received[13]) & 0xf;
        if (family > FamilyUnix || transport > TransportDatagram)
            return invalid(QStringLiteral("a version 2 header with address family %1, "
                                          "transport %2")
                               .arg(family)
                               .arg(transport));
    }
    if (received.size() < V2FixedBytes)
        return {};
    const qsizetype payloadBytes = bigEndian16(received, 14);
    if (payloadBytes > MaxV2PayloadBytes)
        return invalid(QStringLiteral("a version 2 header of %1 bytes, more than the %2 taken")
                           .arg(V2FixedBytes + payloadBytes)
                           .arg(V2FixedBytes + MaxV2PayloadBytes));
    const qsizetype length = V2FixedBytes + payloadBytes;
    if (received.size() < length)
        return {};

    const int command = quint8(received[12]) & 0xf;
    const int family = quint8(received[13]) >> 4;
    const int transport = quint8(received[13]) & 0xf;
    if (command == CommandLocal || family == FamilyUnspecified || family == FamilyUnix)
        return complete(length);
    if (transport != TransportStream)
        return invalid(QStringLiteral("a version 2 header for a datagram"));
    const QByteArrayView payload = received.sliced(V2FixedBytes, payloadBytes);
    if (family == FamilyInet) {
        if (payload.size() < InetAddressBytes)
            return invalid(QStringLiteral("a version 2 header too short for its IPv4 addresses"));
        const quint32 source = quint32(bigEndian16(payload, 0)) << 16 | bigEndian16(payload, 2);
        return complete(length, QHostAddress(source), bigEndian16(payload, 8));
    }
    if (family == FamilyInet6) {
        if (payload.size() < Inet6AddressBytes)
            return invalid(QStringLiteral("a version 2 header too short for its IPv6 addresses"));
        return complete(length, QHostAddress(reinterpret_cast<const quint8 *>(payload.data())),
            bigEndian16(payload, 32));
    }
    // Not reached: every other family was refused or handled above.
    return invalid(QStringLiteral("a version 2 header with address family %1").arg(family));
}
