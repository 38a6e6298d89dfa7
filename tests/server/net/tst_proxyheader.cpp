// The PROXY protocol header a trusted reverse proxy sends first (HAProxy's send-proxy and
// send-proxy-v2): the client it names, where the connection's own bytes begin, and every way a
// header can be short, too long or not one at all.

#include <QTest>

#include "net/proxyheader.h"

namespace {

constexpr char Signature[] = "\r\n\r\n\0\r\nQUIT\n";

// A version 2 header: the signature, version 2 with `command`, `familyAndTransport`, and the
// payload's length before it.
QByteArray v2(int command, int familyAndTransport, const QByteArray &payload)
{
    QByteArray header(Signature, sizeof(Signature) - 1);
    header += char(0x20 | command);
    header += char(familyAndTransport);
    header += char(payload.size() >> 8);
    header += char(payload.size() & 0xff);
    return header + payload;
}

QByteArray ipv4Payload()
{
    // 192.0.2.1:56324 to 198.51.100.2:443
    return QByteArray::fromHex("c0000201"
                               "c6336402"
                               "dc04"
                               "01bb");
}

QByteArray ipv6Payload()
{
    // [2001:db8::1]:4000 to [2001:db8::2]:443
    return QByteArray::fromHex("20010db8000000000000000000000001"
                               "20010db8000000000000000000000002"
                               "0fa0"
                               "01bb");
}

// What follows a header: the client's own first bytes, which are not the header's.
const QByteArray Request = "GET / HTTP/1.1\r\n";

} // namespace

class tst_ProxyHeader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void readingStopsAtTheHeaderEnd_data() { parse_data(); }
    void readingStopsAtTheHeaderEnd();
};

void tst_ProxyHeader::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ProxyHeader::Status>("status");
    QTest::addColumn<int>("length"); // Complete: where the connection's bytes begin
    QTest::addColumn<QString>("address"); // Complete: the client; empty: the proxy's own
    QTest::addColumn<int>("port");

    using S = ProxyHeader::Status;
    const QByteArray tcp4 = "PROXY TCP4 192.0.2.1 198.51.100.2 56324 443\r\n";
    const QByteArray tcp6 = "PROXY TCP6 2001:db8::1 2001:db8::2 4000 443\r\n";
    QTest::addRow("v1 IPv4") << tcp4 + Request << S::Complete << int(tcp4.size())
                             << QStringLiteral("192.0.2.1") << 56324;
    QTest::addRow("v1 IPv6") << tcp6 + Request << S::Complete << int(tcp6.size())
                             << QStringLiteral("2001:db8::1") << 4000;
    QTest::addRow("v1 UNKNOWN") << QByteArray("PROXY UNKNOWN\r\n") + Request << S::Complete << 15
                                << QString() << 0;
    const QByteArray unknown = "PROXY UNKNOWN ffff:f...f:ffff ffff:f...f:ffff 65535 65535\r\n";
    QTest::addRow("v1 UNKNOWN, addresses ignored")
        << unknown + Request << S::Complete << int(unknown.size()) << QString() << 0;
    const QByteArray longest = "PROXY TCP6 ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff "
                               "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff 65535 65535\r\n";
    QTest::addRow("v1 longest") << longest << S::Complete << int(longest.size())
                                << QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
                                << 65535;

    QTest::addRow("nothing yet") << QByteArray() << S::Incomplete << 0 << QString() << 0;
    QTest::addRow("v1 truncated in its prefix")
        << QByteArray("PRO") << S::Incomplete << 0 << QString() << 0;
    QTest::addRow("v1 truncated") << tcp4.left(25) << S::Incomplete << 0 << QString() << 0;
    QTest::addRow("v1 truncated before its LF")
        << tcp4.chopped(1) << S::Incomplete << 0 << QString() << 0;
    QTest::addRow("v1 oversized") << QByteArray("PROXY TCP4 ") + QByteArray(120, '1') << S::Invalid
                                  << 0 << QString() << 0;
    QTest::addRow("v1 LF without CR")
        << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1 2\n") << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 address out of range")
        << QByteArray("PROXY TCP4 1.2.3.400 5.6.7.8 1 2\r\n") << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 IPv6 address as TCP4")
        << QByteArray("PROXY TCP4 ::1 ::1 1 2\r\n") << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 host name") << QByteArray("PROXY TCP4 localhost 5.6.7.8 1 2\r\n")
                                  << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 port out of range") << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 65536 2\r\n")
                                          << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 negative port")
        << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 -1 2\r\n") << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 field missing")
        << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1\r\n") << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 double space")
        << QByteArray("PROXY TCP4  1.2.3.4 5.6.7.8 1 2\r\n") << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 unknown protocol")
        << QByteArray("PROXY UDP4 1.2.3.4 5.6.7.8 1 2\r\n") << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v1 lower case")
        << QByteArray("proxy TCP4 1.2.3.4 5.6.7.8 1 2\r\n") << S::Invalid << 0 << QString() << 0;

    QTest::addRow("v2 IPv4") << v2(1, 0x11, ipv4Payload()) + Request << S::Complete << 28
                             << QStringLiteral("192.0.2.1") << 56324;
    QTest::addRow("v2 IPv6") << v2(1, 0x21, ipv6Payload()) + Request << S::Complete << 52
                             << QStringLiteral("2001:db8::1") << 4000;
    // TLVs after the addresses (here a NOOP of 4 bytes) are the header's, and skipped.
    QTest::addRow("v2 IPv4 with a TLV")
        << v2(1, 0x11, ipv4Payload() + QByteArray::fromHex("0400010000")) + Request << S::Complete
        << 33 << QStringLiteral("192.0.2.1") << 56324;
    QTest::addRow("v2 LOCAL") << v2(0, 0x00, {}) + Request << S::Complete << 16 << QString() << 0;
    QTest::addRow("v2 LOCAL with addresses")
        << v2(0, 0x11, ipv4Payload()) << S::Complete << 28 << QString() << 0;
    QTest::addRow("v2 UNSPEC") << v2(1, 0x00, {}) << S::Complete << 16 << QString() << 0;
    QTest::addRow("v2 unix socket")
        << v2(1, 0x31, QByteArray(216, 'x')) << S::Complete << 232 << QString() << 0;

    const QByteArray whole = v2(1, 0x11, ipv4Payload());
    QTest::addRow("v2 truncated in its signature")
        << whole.left(8) << S::Incomplete << 0 << QString() << 0;
    QTest::addRow("v2 truncated in its fixed part")
        << whole.left(14) << S::Incomplete << 0 << QString() << 0;
    QTest::addRow("v2 truncated in its addresses")
        << whole.left(20) << S::Incomplete << 0 << QString() << 0;
    QTest::addRow("v2 oversized") << v2(1, 0x11, ipv4Payload()).left(14) + "\xff\xff" << S::Invalid
                                  << 0 << QString() << 0;
    QTest::addRow("v2 just over the limit")
        << v2(1, 0x11, QByteArray(ProxyHeader::MaxV2PayloadBytes + 1, 'x')) << S::Invalid << 0
        << QString() << 0;
    QByteArray version1 = whole;
    version1[12] = char(0x11);
    QTest::addRow("v2 of version 1") << version1 << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v2 unknown command")
        << v2(0xf, 0x11, ipv4Payload()) << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v2 unknown family")
        << v2(1, 0x41, ipv4Payload()) << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v2 datagram") << v2(1, 0x12, ipv4Payload()) << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v2 IPv4 too short")
        << v2(1, 0x11, ipv4Payload().left(8)) << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v2 IPv6 too short")
        << v2(1, 0x21, ipv4Payload()) << S::Invalid << 0 << QString() << 0;
    QTest::addRow("v2 signature wrong")
        << QByteArray("\r\n\r\nX\r\nQUIT\n", 12) << S::Invalid << 0 << QString() << 0;

    QTest::addRow("plain HTTP") << Request << S::Invalid << 0 << QString() << 0;
    QTest::addRow("TLS ClientHello")
        << QByteArray::fromHex("160301020001") << S::Invalid << 0 << QString() << 0;
    QTest::addRow("garbage") << QByteArray("\x00\xff\x13garbage", 10) << S::Invalid << 0
                             << QString() << 0;
}

void tst_ProxyHeader::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ProxyHeader::Status, status);
    QFETCH(int, length);
    QFETCH(QString, address);
    QFETCH(int, port);

    const ProxyHeader::Result result = ProxyHeader::parse(bytes);
    QCOMPARE(result.status, status);
    QCOMPARE(result.errorString.isEmpty(), status != ProxyHeader::Status::Invalid);
    if (status != ProxyHeader::Status::Complete)
        return;
    QCOMPARE(result.length, length);
    QCOMPARE(result.clientAddress.has_value(), !address.isEmpty());
    if (result.clientAddress) {
        QCOMPARE(*result.clientAddress, QHostAddress(address));
        QCOMPARE(result.clientPort, port);
    }
}

void tst_ProxyHeader::readingStopsAtTheHeaderEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ProxyHeader::Status, status);
    QFETCH(int, length);

    // As ConnectionIntake reads a trusted proxy's connection: as much as bytesToRead() allows,
    // until parse() decides. A complete header is read to its last byte and not one further;
    // anything else is decided on no more than the bytes there are.
    QByteArray received;
    ProxyHeader::Result result = ProxyHeader::parse(received);
    while (result.status == ProxyHeader::Status::Incomplete && received.size() < bytes.size()) {
        const qsizetype wanted = ProxyHeader::bytesToRead(received);
        QVERIFY(wanted >= 1);
        received += bytes.mid(received.size(), wanted);
        result = ProxyHeader::parse(received);
    }
    QCOMPARE(result.status, status);
    if (status == ProxyHeader::Status::Complete)
        QCOMPARE(received.size(), length);
}

QTEST_APPLESS_MAIN(tst_ProxyHeader)
#include "tst_proxyheader.moc"
