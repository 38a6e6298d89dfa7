#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include "serversettings.h"

/// Earshot's command line:
/// earshot [--headless] [--port N] [--bind ADDR] [--dir PATH] [--max-sessions N]
///         [--max-message-bytes N] [--cert FILE --key FILE] [--no-tls]
///         [--token-required-on-loopback] [--keep-originals] [--allow-origin ORIGIN]...
///         [--transcribe-all] [--max-transcriptions N] [--speech-model DIR] [--take NAME
///         [--export-at-end]] [--trusted-proxy ADDR[,ADDR...]]... [--on-start CMD]
///         [--on-interrupted CMD] [--on-finish CMD] [--hook-timeout S] [--max-hooks N]
///         [--webhook URL (--webhook-secret SECRET | --webhook-secret-file FILE)]
///         [--webhook-tries N] [--instance-name NAME] [--config FILE] [--help] [--version]
/// The headless server also reads its options from a config file (readConfigFile()), one key per
/// option, named like it ("max-sessions = 20"); what the command line gives wins.
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

    /// Where the headless server looks for its config file when --config names none.
    static constexpr const char *DefaultConfigPath = "/etc/earshot/earshot.conf";

    /// Parses the arguments. --help and --version print and exit, like everywhere. Returns
    /// false with errorString() when a value is unusable.
    bool process(const QStringList &arguments);
    QString errorString() const;

    /// The config file of the headless server: --config's, else DefaultConfigPath when it
    /// exists, else none (empty).
    QString configPath() const;
    /// Reads configPath() (again, for a reload). False with errorString() ("FILE:LINE: KEY:
    /// problem") when it cannot be read or holds an unknown key or an unusable value; what was
    /// read before stays then.
    bool readConfigFile();

    /// The keys a config file may hold: the options' names, but for those that only make sense
    /// on the command line (--headless, --config, --help, --version).
    QStringList configKeys() const;

    /// \a settings with the options of the config file and then those of the command line
    /// applied on top. A repeatable option given on the command line replaces the file's list.
    ServerSettings applyTo(ServerSettings settings) const;
    /// --take: the name of a take the headless server records from its start; empty for none.
    QString takeName() const;
    /// --export-at-end: "Export aligned" of that take once it has stopped, before exiting.
    bool exportAtEnd() const;

private:
    /// What one source (the command line or the config file) says; unset where it says nothing.
    struct Values
    {
        std::optional<quint16> port;
        std::optional<QHostAddress> bind;
        std::optional<QString> dir;
        std::optional<int> maxSessions;
        std::optional<qint64> maxMessageBytes;
        std::optional<QString> certificate;
        std::optional<QString> privateKey;
        std::optional<bool> noTls;
        std::optional<bool> tokenOnLoopback;
        std::optional<bool> keepOriginals;
        std::optional<QStringList> allowedOrigins;
        std::optional<bool> transcribeAll;
        std::optional<int> maxTranscriptions;
        std::optional<QString> speechModel; ///< empty: "none"
        std::optional<QString> take;
        std::optional<bool> exportAtEnd;
        std::optional<QList<QHostAddress>> trustedProxies;
        std::optional<QStringList> onStart; ///< program and arguments; empty: none
        std::optional<QStringList> onInterrupted;
        std::optional<QStringList> onFinish;
        std::optional<int> hookTimeoutSeconds;
        std::optional<int> maxHooks;
        std::optional<QUrl> webhook; ///< empty: none
        /// The webhook's secret, given (webhook-secret) or to be read from a file
        /// (webhook-secret-file): one of the two, whichever was given last.
        std::optional<QByteArray> webhookSecret;
        std::optional<QString> webhookSecretFile;
        std::optional<int> webhookTries;
        std::optional<QString> instanceName;

        /// These values, with those that `other` sets in their place.
        Values overriddenBy(const Values &other) const;
    };
    enum class Kind
    {
        Value,
        Flag, ///< on the command line by its presence, in the file true or false
        List ///< repeatable: each occurrence adds to it
    };
    /// The options a config file may set, by name; the others (--headless, --config, --help,
    /// --version) only make sense on the command line.
    QList<std::pair<const QCommandLineOption *, Kind>> settableOptions() const;
    std::optional<Kind> kindOf(const QString &name) const;
    /// Sets the option `name` in `values` from its text (a list option gets one more entry).
    /// Nothing when it is done, else what is wrong with the value.
    static std::optional<QString> setValue(
        Values &values, const QString &name, const QString &text);
    static std::optional<QString> checkPairs(const Values &values);
    /// --export-at-end needs a take, from either source. False with errorString() when not.
    bool checkTake();
    /// Reads the webhook secret's file, when that is where the secret comes from. False with
    /// errorString() when it cannot be read or is empty.
    bool loadWebhookSecret();
    /// Loads the webhook secret; --webhook needs one, from either source. False with
    /// errorString() when it has none or its file cannot be read.
    bool checkWebhook();

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
    QCommandLineOption m_onStart;
    QCommandLineOption m_onInterrupted;
    QCommandLineOption m_onFinish;
    QCommandLineOption m_hookTimeout;
    QCommandLineOption m_maxHooks;
    QCommandLineOption m_webhook;
    QCommandLineOption m_webhookSecret;
    QCommandLineOption m_webhookSecretFile;
    QCommandLineOption m_webhookTries;
    QCommandLineOption m_instanceName;
    QCommandLineOption m_config;

    Values m_arguments;
    Values m_file;
    QByteArray m_loadedWebhookSecret; ///< as loadWebhookSecret() found it
    QString m_errorString;
};
