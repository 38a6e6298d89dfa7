// The first bytes a trusted proxy's connection sends: its PROXY header (ProxyHeader). A header
// is found only where one ends, never past the bytes there are; reading as bytesToRead() allows
// stops at its last byte; a shorter start of a complete header is incomplete, not something
// else; a client named is an IPv4 or IPv6 address; a refusal says why.

#include <QByteArray>

#include "fuzzcheck.h"
#include "net/proxyheader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ProxyHeader::Result result = ProxyHeader::parse(input);
    switch (result.status) {
    case ProxyHeader::Status::Invalid:
        FUZZ_CHECK(!result.errorString.isEmpty());
        break;
    case ProxyHeader::Status::Incomplete:
        FUZZ_CHECK(input.size() < ProxyHeader::V2FixedBytes + ProxyHeader::MaxV2PayloadBytes);
        break;
    case ProxyHeader::Status::Complete: {
        FUZZ_CHECK(result.length >= 15 && result.length <= input.size());
        FUZZ_CHECK(result.length <= ProxyHeader::V2FixedBytes + ProxyHeader::MaxV2PayloadBytes);
        if (input.startsWith("PROXY "))
            FUZZ_CHECK(result.length <= ProxyHeader::MaxV1Bytes);
        if (input.startsWith("PROXY "))
            FUZZ_CHECK(input.mid(result.length - 2, 2) == "\r\n");
        if (result.clientAddress)
            FUZZ_CHECK(result.clientAddress->protocol() == QAbstractSocket::IPv4Protocol
                || result.clientAddress->protocol() == QAbstractSocket::IPv6Protocol);
        // What follows the header does not change it.
        const ProxyHeader::Result alone = ProxyHeader::parse(input.left(result.length));
        FUZZ_CHECK(alone.status == ProxyHeader::Status::Complete);
        FUZZ_CHECK(alone.length == result.length && alone.clientAddress == result.clientAddress
            && alone.clientPort == result.clientPort);
        FUZZ_CHECK(ProxyHeader::parse(input.left(result.length - 1)).status
            == ProxyHeader::Status::Incomplete);
        break;
    }
    }

    // As ConnectionIntake reads: never a byte past a complete header.
    QByteArray received;
    ProxyHeader::Result read = ProxyHeader::parse(received);
    while (read.status == ProxyHeader::Status::Incomplete && received.size() < input.size()) {
        const qsizetype wanted = ProxyHeader::bytesToRead(received);
        FUZZ_CHECK(wanted >= 1);
        received += input.mid(received.size(), wanted);
        read = ProxyHeader::parse(received);
    }
    FUZZ_CHECK(read.status == result.status);
    if (read.status == ProxyHeader::Status::Complete)
        FUZZ_CHECK(received.size() == result.length);
    return 0;
}
