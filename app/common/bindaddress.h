#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

/// The address the server binds to, as people type it on the command line, in the settings
/// dialog and in the settings file. Empty and "any" mean every network, "localhost" this machine.
class BindAddress final
{
    Q_DECLARE_TR_FUNCTIONS(BindAddress)

public:
    BindAddress() = delete;

    /// std::nullopt when the text is no address.
    static std::optional<QHostAddress> parse(const QString &text);
    /// Empty for every network, so that QHostAddress::Any (both IPv4 and IPv6) survives a round
    /// trip.
    static QString toText(const QHostAddress &address);
};
