#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

/// The PROXY protocol header (HAProxy's `send-proxy`, text version 1, and `send-proxy-v2`,
/// binary version 2) that a reverse proxy sends first on each connection it forwards: who the
/// client is that the connection stands in for. Pure: the bytes received so far in, a verdict
/// out. Only a trusted proxy's connections are read for it (ServerSettings::trustedProxies).
class ProxyHeader final
{
public:
    /// The longest version 1 header, CRLF included ("PROXY TCP6" with two full addresses).
    static constexpr qsizetype MaxV1Bytes = 107;
    /// Version 2: its fixed part, and the most it may carry after it (addresses and TLVs);
    /// HAProxy's own headers carry far less, a longer one is refused rather than buffered.
    static constexpr qsizetype V2FixedBytes = 16;
    static constexpr qsizetype MaxV2PayloadBytes = 1024;

    enum class Status
    {
        Incomplete, ///< a header so far: more bytes are needed
        Invalid, ///< not a header, or a malformed one (errorString says how)
        Complete,
    };

    struct Result
    {
        Status status = Status::Incomplete;
        /// Complete: the header's length; the connection's own bytes follow it.
        qsizetype length = 0;
        /// Complete: the client the proxy speaks for. None for the proxy's own connections
        /// (v2 LOCAL, v1 UNKNOWN, or an address family other than IPv4 and IPv6): those keep
        /// the connection's own address.
        std::optional<QHostAddress> clientAddress;
        quint16 clientPort = 0;
        /// Invalid: why, for the log.
        QString errorString;
    };

    /// What `received` (the connection's first bytes, from its very first) holds.
    static Result parse(QByteArrayView received);
    /// How many more bytes may be read without reading past the header, given `received` so
    /// far (which parse() found incomplete): the rest of version 2's fixed part or of its
    /// payload, or, for version 1, whose end is only its CRLF, one byte.
    static qsizetype bytesToRead(QByteArrayView received);

private:
    static Result parseV1(QByteArrayView received);
    static Result parseV2(QByteArrayView received);
};
