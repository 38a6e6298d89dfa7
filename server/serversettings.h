#pragma once

#include <chrono>

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Everything the capture server can be told, with the defaults it runs with.
/// The limits live here and nowhere else.
struct ServerSettings
{
    static constexpr quint16 DefaultPort = 8000;
    static constexpr qint64 DefaultMaxMessageBytes = 1024 * 1024;
    static constexpr int DefaultMaxLiveSessions = 5000;
    /// Networks the ban remembers at once (with failures or banned, ~100 bytes each); beyond
    /// it the one quiet the longest is forgotten.
    static constexpr qsizetype MaxBanRecords = 4096;
    /// What a session keeps of the strings a client sends (docs/protocol.md); longer ones are cut
    /// (the name, the User-Agent) or refused (the format, AudioFormat::MaxMimeTypeChars).
    static constexpr int MaxLabelChars = 100;
    static constexpr int MaxUserAgentChars = 512;

    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = DefaultPort;
    /// Where recordings go; created when missing. Several instances may share it
    /// (docs/scaling.md).
    QString recordingsDir;
    /// This instance's name in the sidecars' holders (docs/scaling.md); empty: "host:port".
    QString instanceName;

    qint64 maxMessageBytes = DefaultMaxMessageBytes;
    int maxLiveSessions = DefaultMaxLiveSessions;
    /// A client must send a complete HTTP request (or upgrade) within this time.
    std::chrono::milliseconds requestTimeout { 5000 };
    /// A WebSocket that sends nothing for this long is closed.
    std::chrono::milliseconds idleTimeout { 60000 };
    /// How long a dropped session can be resumed.
    std::chrono::milliseconds resumeWindow { std::chrono::minutes(5) };
    /// Written data is forced to the disk at least this often.
    std::chrono::milliseconds syncInterval { 1000 };
    /// Replies a client has not read yet beyond which the server stops reading from it (its own
    /// sends then wait in TCP); reading goes on once half of them are gone.
    qint64 maxUnsentReplyBytes = 1024 * 1024;
    /// A client that has not read its replies for this long is closed (not_reading).
    std::chrono::milliseconds notReadingTimeout { 10000 };
    /// Received bytes are acknowledged at least this often.
    std::chrono::milliseconds ackInterval { 25 };
    /// Figures are published to the faces this often.
    std::chrono::milliseconds statsInterval { 250 };
    /// Keep the stream as it arrived beside the remuxed file ("<name>.original.webm").
    bool keepOriginals = false;
    /// Socket threads; 0 picks one per core.
    int workerThreads = 0;

    /// Live transcription (docs/transcription.md). The speech model's folder; empty: off.
    QString speechModelDir = QStringLiteral("/usr/share/pocketsphinx/model/en-us");
    /// Transcribe every session, not only those whose client asks.
    bool transcribeAll = false;
    /// Recordings transcribed at once; 0: one per core. Beyond it a session is recorded without.
    int maxTranscriptions = 0;

    /// HTTPS and WSS on the same port: a TLS ClientHello is told from plain HTTP by its first byte.
    bool tlsEnabled = true;
    /// Where Earshot keeps its own certificate authority and server certificate.
    QString tlsDir;
    /// A certificate (PEM, chain allowed) and key of the user's own, used instead.
    QString certificatePath;
    QString privateKeyPath;

    /// Devices not on this computer must present this token (?t=...). Empty: no token needed.
    QString pairingToken;
    /// Ask loopback clients for the token too.
    bool tokenRequiredOnLoopback = false;
    /// Origins (scheme://host:port) besides the page's own that may open WebSockets.
    QStringList allowedOrigins;
    /// Reverse proxies (docs/reverse-proxy.md) whose every connection begins with a PROXY
    /// protocol header (v1 or v2) naming the client it forwards: the client's address then
    /// counts for the ban, the access gate, the logs, the sidecar and the monitor. A connection
    /// from one of them without the header is refused; nobody else's is read for one.
    QList<QHostAddress> trustedProxies;
    /// Wrong tokens from one address before it is banned for a while.
    int maxTokenFailures = 10;
    std::chrono::milliseconds banDuration { std::chrono::minutes(5) };

    /// Hooks (docs/hooks.md): the program and its arguments run when a session starts, when its
    /// connection drops, and when its recording is final; empty: none. Split once from the
    /// operator's command line; what a client sends reaches them only in the environment.
    QStringList onStartCommand;
    QStringList onInterruptedCommand;
    QStringList onFinishCommand;
    /// A hook (or one try of the webhook) running longer than this is killed (abandoned).
    std::chrono::milliseconds hookTimeout { std::chrono::seconds(60) };
    /// Hook processes running at once; the others wait their turn.
    int maxRunningHooks = 4;
    /// Where each final recording's sidecar is POSTed, signed with webhookSecret; empty: off.
    QUrl webhookUrl;
    QByteArray webhookSecret;
    /// Tries of one webhook delivery (connection errors and 5xx are tried again, 4xx not).
    int webhookTries = 5;
    /// The wait before the second try; it doubles before each one after.
    std::chrono::milliseconds webhookRetryDelay { std::chrono::seconds(1) };
};
