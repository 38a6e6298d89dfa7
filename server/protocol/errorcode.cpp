#include "errorcode.h"

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadMessage:
        return QStringLiteral("bad_message");
    case ErrorCode::UnknownType:
        return QStringLiteral("unknown_type");
    case ErrorCode::ExpectedStart:
        return QStringLiteral("expected_start");
    case ErrorCode::AlreadyRecording:
        return QStringLiteral("already_recording");
    case ErrorCode::NotRecording:
        return QStringLiteral("not_recording");
    case ErrorCode::BadFormat:
        return QStringLiteral("bad_format");
    case ErrorCode::UnknownSession:
        return QStringLiteral("unknown_session");
    case ErrorCode::BadResumeToken:
        return QStringLiteral("bad_resume_token");
    case ErrorCode::ServerFull:
        return QStringLiteral("server_full");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorCode::WriteError:
        return QStringLiteral("write_error");
    case ErrorCode::IdleTimeout:
        return QStringLiteral("idle_timeout");
    case ErrorCode::BadToken:
        return QStringLiteral("bad_token");
    case ErrorCode::ForbiddenOrigin:
        return QStringLiteral("forbidden_origin");
    case ErrorCode::Banned:
        return QStringLiteral("banned");
    }
    return {};
}

ErrorDisposition errorDisposition(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadResumeToken:
    case ErrorCode::BadToken:
    case ErrorCode::ForbiddenOrigin:
    case ErrorCode::Banned:
        return { true, QWebSocketProtocol::CloseCodePolicyViolated };
    case ErrorCode::ServerFull:
        return { true, CloseCodeTryAgainLater };
    case ErrorCode::DiskFull:
    case ErrorCode::WriteError:
        return { true, QWebSocketProtocol::CloseCodeBadOperation };
    case ErrorCode::IdleTimeout:
        return { true, QWebSocketProtocol::CloseCodeNormal };
    default:
        return {};
    }
}
