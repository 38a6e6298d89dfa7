#include "errorcode.h"

#include <array>

namespace {

using enum ErrorCode;
using enum ErrorRemedy;
constexpr auto Normal = QWebSocketProtocol::CloseCodeNormal;
constexpr auto PolicyViolated = QWebSocketProtocol::CloseCodePolicyViolated;
constexpr auto BadOperation = QWebSocketProtocol::CloseCodeBadOperation;

// The one table of error codes; docs/protocol.md prints it and tst_errorcode holds the two equal.
constexpr std::array<ErrorCodeInfo, 19> Table { {
    { BadMessage, "bad_message", false, Normal, FixMessage },
    { UnknownType, "unknown_type", false, Normal, FixMessage },
    { ExpectedStart, "expected_start", false, Normal, FixMessage },
    { AlreadyRecording, "already_recording", false, Normal, FixMessage },
    { NotRecording, "not_recording", false, Normal, FixMessage },
    { BadFormat, "bad_format", false, Normal, FixMessage },
    { UnknownSession, "unknown_session", false, Normal, NewSession },
    { BadResumeToken, "bad_resume_token", true, PolicyViolated, NewSession },
    { ServerFull, "server_full", true, CloseCodeTryAgainLater, RetryLater },
    { DiskFull, "disk_full", true, BadOperation, NewSession },
    { WriteError, "write_error", true, BadOperation, NewSession },
    { IdleTimeout, "idle_timeout", true, Normal, RetryLater },
    { NotReading, "not_reading", true, PolicyViolated, RetryLater },
    { BadToken, "bad_token", true, PolicyViolated, GiveUp },
    { ForbiddenOrigin, "forbidden_origin", true, PolicyViolated, GiveUp },
    { Banned, "banned", true, PolicyViolated, GiveUp },
    { UnknownTake, "unknown_take", false, Normal, GiveUp },
    { TakeClosed, "take_closed", false, Normal, GiveUp },
    { SessionHeld, "session_held", true, CloseCodeTryAgainLater, RetryLater },
} };

constexpr bool tableFollowsEnum()
{
    for (size_t i = 0; i < Table.size(); ++i) {
        if (size_t(Table[i].code) != i)
            return false;
    }
    return true;
}
static_assert(tableFollowsEnum(), "errorCodeInfo() indexes the table by the enum");

} // namespace

std::span<const ErrorCodeInfo> errorCodeTable()
{
    return Table;
}

const ErrorCodeInfo &errorCodeInfo(ErrorCode code)
{
    return Table[size_t(code)];
}

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(errorCodeInfo(code).name);
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const ErrorCodeInfo &info : Table) {
        if (name == QLatin1StringView(info.name))
            return info.code;
    }
    return std::nullopt;
}

std::optional<ErrorRemedy> errorRemedy(QStringView name)
{
    if (const std::optional<ErrorCode> code = errorCodeFromName(name))
        return errorCodeInfo(*code).remedy;
    return std::nullopt;
}

ErrorDisposition errorDisposition(ErrorCode code)
{
    const ErrorCodeInfo &info = errorCodeInfo(code);
    return { info.closes, info.closeCode };
}
