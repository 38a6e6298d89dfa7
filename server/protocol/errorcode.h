#pragma once

#include <QString>
#include <QWebSocketProtocol>

/// RFC 6455 registry code 1013, which Qt's enum does not name.
inline constexpr auto CloseCodeTryAgainLater = static_cast<QWebSocketProtocol::CloseCode>(1013);

/// The stable error codes of protocol v1 (docs/protocol.md).
enum class ErrorCode {
    BadMessage,
    UnknownType,
    ExpectedStart,
    AlreadyRecording,
    NotRecording,
    BadFormat,
    UnknownSession,
    BadResumeToken,
    ServerFull,
    DiskFull,
    WriteError,
    IdleTimeout,
    BadToken,
    ForbiddenOrigin,
    Banned,
};

/// The code as it travels in {"type":"error","code":...}.
QString errorCodeName(ErrorCode code);

/// Whether the server closes the connection after this error, and with which close code.
struct ErrorDisposition
{
    bool closes = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
};
ErrorDisposition errorDisposition(ErrorCode code);
