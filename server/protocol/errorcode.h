#pragma once

#include <optional>
#include <span>

#include <QString>
#include <QWebSocketProtocol>

/// RFC 6455 registry code 1013, which Qt's enum does not name.
inline constexpr auto CloseCodeTryAgainLater = static_cast<QWebSocketProtocol::CloseCode>(1013);

/// The stable error codes of protocol v1 (docs/protocol.md).
enum class ErrorCode
{
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
    NotReading,
    BadToken,
    ForbiddenOrigin,
    Banned,
    UnknownTake,
    TakeClosed,
    SessionHeld,
};

/// What a client does about an error; every client of Earshot's (the page, the microphone
/// streamer, the bench) follows the same table.
enum class ErrorRemedy
{
    /// The message was wrong; the connection and any session on it go on.
    FixMessage,
    /// The session cannot go on; what was acknowledged is safe. Start a new one.
    NewSession,
    /// The server cannot take the client now; connect again after a while.
    RetryLater,
    /// This device may not stream here (pairing, ban, origin); trying again will not help.
    GiveUp,
};

/// One row of the error table: how the code travels, whether the server closes the connection
/// after it (and with which close code), and what the client should do.
struct ErrorCodeInfo
{
    ErrorCode code;
    const char *name; ///< as in {"type":"error","code":...}
    bool closes;
    QWebSocketProtocol::CloseCode closeCode;
    ErrorRemedy remedy;
};

/// Every error code, in the order of the enum.
std::span<const ErrorCodeInfo> errorCodeTable();
const ErrorCodeInfo &errorCodeInfo(ErrorCode code);

/// The code as it travels in {"type":"error","code":...}.
QString errorCodeName(ErrorCode code);
/// The code a name stands for; nullopt for a name the protocol does not have.
std::optional<ErrorCode> errorCodeFromName(QStringView name);
/// The remedy a name stands for; nullopt for a name the protocol does not have.
std::optional<ErrorRemedy> errorRemedy(QStringView name);

/// Whether the server closes the connection after this error, and with which close code.
struct ErrorDisposition
{
    bool closes = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
};
ErrorDisposition errorDisposition(ErrorCode code);
