#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/// Where a microphone stream goes, from what a person typed or pasted. Accepts the pairing
/// address a monitor shows ("https://192.168.1.20:8000/?t=..."), a take's link (the same with
/// "&take=<id>"), ws:// and wss:// addresses, and a bare "host:port"; produces
/// ws(s)://host:port/ws?t=... with the token (and a take) kept.
class StreamTarget final
{
    Q_DECLARE_TR_FUNCTIONS(StreamTarget)

public:
    static constexpr int DefaultPort = 8000;

    /// The WebSocket URL, or nullopt with a translated reason in \a errorString.
    static std::optional<QUrl> fromText(const QString &typed, QString *errorString = nullptr);
    /// ws://127.0.0.1:<port>/ws, with the token when there is one.
    static QUrl local(quint16 port, const QString &token = {});
    /// \a url without its token, for showing and logging.
    static QString displayString(const QUrl &url);
    /// The take \a url names ("take=<id>", as in a take's link), lower case; empty when none or
    /// not a take id (1 to 32 hex digits, as the page takes it).
    static QString take(const QUrl &url);
    /// \a url without its take: where the stream connects.
    static QUrl withoutTake(const QUrl &url);
    /// \a url without its pairing token, for keeping on disk.
    static QUrl withoutToken(const QUrl &url);
    /// Where audio that an earlier run kept for \a stored (an address without its token) goes
    /// now that this run streams to \a current: \a current when it is the same receiver, or
    /// when both are on this computer (the receiver of this run may be the one that took over
    /// the earlier one's recordings); otherwise \a stored, which then carries no token.
    static QUrl recoveryTarget(const QUrl &stored, const QUrl &current);
};
