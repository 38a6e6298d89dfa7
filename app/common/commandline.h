#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include "serversettings.h"

/// Earshot's command line:
/// earshot [--headless] [--port N] [--bind ADDR] [--dir PATH] [--max-sessions N]
///         [--max-message-bytes N] [--cert FILE --key FILE] [--no-tls]
///         [--token-required-on-loopback] [--keep-originals] [--allow-origin ORIGIN]...
///         [--transcribe-all] [--max-transcriptions N] [--speech-model DIR] [--take NAME
///         [--export-at-end]] [--trusted-proxy ADDR[,ADDR...]]... [--help] [--version]
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    CommandLine(const CommandLine &) = delete;
    CommandLine &operator=(const CommandLine &) = delete;

    /// Whether to run without windows: asked for, or there is no display to show them on. It is
    /// decided from argv and the environment because it picks the application object's class.
    static bool headlessRequested(int argc, const char *const *argv);
    /// Whether `flag` ("--transcribe") is among the arguments, before a "--". For the choices
    /// made before the application object exists.
    static bool hasFlag(int argc, const char *const *argv, const char *flag);

    /// Parses the arguments. --help and --version print and exit, like everywhere. Returns
    /// false with errorString() when a value is unusable.
    bool process(const QStringList &arguments);
    QString errorString() const;

    /// \a settings with the options that were given applied on top.
    ServerSettings applyTo(ServerSettings settings) const;
    /// --take: the name of a take the headless server records from its start; empty for none.
    QString takeName() const;
    /// --export-at-end: "Export aligned" of that take once it has stopped, before exiting.
    bool exportAtEnd() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_headless;
    QCommandLineOption m_port;
    QCommandLineOption m_bind;
    QCommandLineOption m_dir;
    QCommandLineOption m_maxSessions;
    QCommandLineOption m_maxMessageBytes;
    QCommandLineOption m_certificate;
    QCommandLineOption m_privateKey;
    QCommandLineOption m_noTls;
    QCommandLineOption m_tokenOnLoopback;
    QCommandLineOption m_keepOriginals;
    QCommandLineOption m_allowOrigin;
    QCommandLineOption m_transcribeAll;
    QCommandLineOption m_maxTranscriptions;
    QCommandLineOption m_speechModel;
    QCommandLineOption m_take;
    QCommandLineOption m_exportAtEnd;
    QCommandLineOption m_trustedProxy;

    std::optional<quint16> m_portValue;
    std::optional<QHostAddress> m_bindValue;
    std::optional<QString> m_dirValue;
    std::optional<int> m_maxSessionsValue;
    std::optional<qint64> m_maxMessageBytesValue;
    std::optional<int> m_maxTranscriptionsValue;
    QList<QHostAddress> m_trustedProxies;
    QString m_errorString;
};
