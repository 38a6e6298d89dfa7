// A connection's whole way in, fed one fuzzed byte stream through a real loopback socket: the
// TLS sniff (ConnectionIntake, with TLS on, so a first byte 0x16 meets the real handshake), the
// request head and the access gate (a pairing token is required, also on loopback), the
// upgrade (WebSocketHandshake), and then the frames (ServerWebSocket) that a ClientConnection
// turns into sessions and files. The client sends the input, then closes its sending side and reads
// until the server closes; everything runs on this thread, in one event loop per input.
//
// This is the real code of a worker with only the worker left out: ConnectionWorker's part
// (threads, the disk syncer, remuxing, the figures) is replaced by a ConnectionHost that closes
// a finished file at once. A real socket pair costs a few milliseconds per input under ASan,
// and keeps QAbstractSocket's buffering and the TLS handshake in the picture,
// which bytes fed to the parsers would not.
//
// What must hold once the server has closed: it did close (within the watchdog's time), every
// live session was given back to the registry, and the recordings folder holds only sidecars
// that are finished and files that say what their sidecar says (a WAV header included).

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include "api/apikeyring.h"
#include "api/servermetrics.h"
#include "fuzzcheck.h"
#include "net/accessguard.h"
#include "net/accesspolicy.h"
#include "net/clientconnection.h"
#include "net/connectionhost.h"
#include "net/connectionintake.h"
#include "serversettings.h"
#include "session/sessionregistry.h"
#include "session/statsboard.h"
#include "storage/payloadcheck.h"
#include "storage/recordinglock.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "takes/takebook.h"
#include "tls/tlsidentity.h"

namespace {

// Seeds put this in the URL (?t=fuzz-pairing-token) to pass the gate.
const QString PairingToken = QStringLiteral("fuzz-pairing-token");
// Generous for an instrumented build; a server that has not closed by then never will.
constexpr int WatchdogMs = 5000;
constexpr char TlsHandshakeRecord = 0x16;

struct Process
{
    QTemporaryDir folder;
    std::optional<TlsIdentity> tls;
    int listener = -1;
    sockaddr_in address {};
};

Process &process()
{
    static Process instance;
    return instance;
}

// What a worker does for its connections, without a thread of its own: a finished file is
// closed instead of synced, on the next turn of the loop as the syncer's answer would come.
class FuzzHost final : public ConnectionHost
{
public:
    explicit FuzzHost(ServerSettings settings)
        : m_settings(std::move(settings))
        , m_registry(m_settings.maxLiveSessions)
        , m_takes(m_settings.recordingsDir)
    { }

    const ServerSettings &settings() const override { return m_settings; }
    SessionRegistry &registry() override { return m_registry; }
    TakeBook &takes() override { return m_takes; }
    int workerIndex() const override { return 0; }
    ServerMetrics &metrics() override { return m_metrics; }
    TranscriptionService *transcription() override { return nullptr; }
    TokenCheck checkPairingToken(const QHostAddress &, const QString &token) override
    {
        return AccessPolicy(m_settings).isValidToken(token) ? TokenCheck::Accepted
                                                            : TokenCheck::Wrong;
    }
    void log(ServerEvent::Severity, const QString &, const QString &, const QString &) override { }
    void markDirty() override { }
    void requestAck(ClientConnection *connection) override
    {
        // On the next turn of the loop, as the worker's AckScheduler would send it.
        QTimer::singleShot(0, connection, [connection] { connection->sendAck(); });
    }
    void finishFile(int descriptor, std::function<void(const QString &)> done) override
    {
        ::close(descriptor);
        QTimer::singleShot(0, &m_context, [done = std::move(done)] { done({}); });
    }
    void checkPayload(
        const QString &path, qint64 offset, std::function<void(const HeldPayload &)> done) override
    {
        QTimer::singleShot(0, &m_context,
            [held = HeldPayload::ofFile(path, offset), done = std::move(done)] { done(held); });
    }
    void remux(const SessionStats &) override { }
    void takeOverSession(int, const QString &, std::function<void()> then) override
    {
        QTimer::singleShot(0, &m_context, std::move(then));
    }
    // The fuzzer checks what the intake answers a metadata request, not where its title lands.
    void deliverSourceTitle(int, const QString &, const QString &) override { }

private:
    ServerSettings m_settings;
    SessionRegistry m_registry;
    TakeBook m_takes;
    ServerMetrics m_metrics;
    QObject m_context;
};

int connectClient()
{
    const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    FUZZ_CHECK(client >= 0);
    // Each input from another loopback address (127.0.0.2 on): a long run opens more
    // connections than one address has ephemeral ports free of TIME_WAIT, on a shared machine.
    static quint32 next = 0;
    sockaddr_in from {};
    from.sin_family = AF_INET;
    from.sin_addr.s_addr = htonl(INADDR_LOOPBACK + 1 + (next++ % 0xFFFF));
    FUZZ_CHECK(::bind(client, reinterpret_cast<const sockaddr *>(&from), sizeof from) == 0);
    if (::connect(client, reinterpret_cast<const sockaddr *>(&process().address),
            sizeof process().address)
        != 0) {
        // libFuzzer's timer signal can interrupt the connect (once in 95,000 inputs here); the
        // connection then goes on by itself, and is waited for.
        if (errno != EINTR)
            std::fprintf(stderr, "connect: %s\n", strerror(errno));
        FUZZ_CHECK(errno == EINTR);
        pollfd entry { client, POLLOUT, 0 };
        int ready = -1;
        do
            ready = ::poll(&entry, 1, WatchdogMs);
        while (ready < 0 && errno == EINTR);
        int error = 0;
        socklen_t length = sizeof error;
        FUZZ_CHECK(ready == 1 && ::getsockopt(client, SOL_SOCKET, SO_ERROR, &error, &length) == 0
            && error == 0);
    }
    ::fcntl(client, F_SETFL, ::fcntl(client, F_GETFL) | O_NONBLOCK);
    return client;
}

// Sends the input, closes the sending side, and reads (and drops) what the server says until
// it closes. As a browser does, the bytes after a plain request head wait for the server's
// first answer (the 101 of an upgrade); a TLS handshake goes out whole, since its records may
// hold anything. Returns whether the server closed before the watchdog.
bool exchange(int client, const QByteArray &input, const std::function<bool()> &serverIdle)
{
    QEventLoop loop;
    const qsizetype headEnd = input.startsWith(TlsHandshakeRecord) ? -1 : input.indexOf("\r\n\r\n");
    qsizetype sendable = headEnd < 0 ? input.size() : headEnd + 4;
    qsizetype sent = 0;
    bool serverClosed = false;
    QSocketNotifier writable(client, QSocketNotifier::Write);
    QSocketNotifier readable(client, QSocketNotifier::Read);
    const auto sendSome = [&] {
        while (sent < sendable) {
            const ssize_t n
                = ::send(client, input.constData() + sent, size_t(sendable - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        // A server that closed early (a refused head) may leave bytes unsent; that is fine.
        if (sent == input.size() || errno == EPIPE || errno == ECONNRESET) {
            writable.setEnabled(false);
            ::shutdown(client, SHUT_WR);
        } else if (sent == sendable) {
            writable.setEnabled(false);
        }
    };
    QObject::connect(&writable, &QSocketNotifier::activated, &loop, sendSome);
    QObject::connect(&readable, &QSocketNotifier::activated, &loop, [&] {
        char buffer[16384];
        ssize_t n = 0;
        while ((n = ::recv(client, buffer, sizeof buffer, 0)) > 0) {
            if (sendable < input.size()) {
                sendable = input.size();
                writable.setEnabled(true);
            }
        }
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
            readable.setEnabled(false);
            serverClosed = true;
        }
    });
    // Done when the server closed and its objects are finished with the session.
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &loop, [&] {
        if (serverClosed && serverIdle())
            loop.quit();
    });
    done.start(1);
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] { loop.exit(1); });
    watchdog.start(WatchdogMs);
    sendSome();
    return loop.exec() == 0;
}

// A recording as the folder holds it: a finished sidecar and the bytes it counts.
void checkRecordings(const QString &root)
{
    QStringList sidecarFiles;
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(path);
        if (!path.endsWith(QLatin1String(".json")))
            continue;
        QString problem;
        const std::optional<Sidecar> sidecar = Sidecar::load(path, &problem);
        FUZZ_CHECK(sidecar);
        FUZZ_CHECK(sidecar->status != u"recording");
        const QString audioPath = QFileInfo(path).dir().filePath(sidecar->file);
        sidecarFiles.append(path);
        sidecarFiles.append(audioPath);
        // An interrupted recording keeps its lock file, for the instance that resumes it.
        sidecarFiles.append(RecordingLock::lockPath(audioPath));
        QFile audio(audioPath);
        if (!audio.open(QIODevice::ReadOnly)) {
            FUZZ_CHECK(sidecar->bytes == 0);
            continue;
        }
        const std::optional<AudioFormat> format
            = AudioFormat::fromMimeType(sidecar->format, nullptr);
        if (format && format->isPcm()) {
            const std::optional<WavHeader::Parsed> header
                = WavHeader::parse(audio.read(WavHeader::Size));
            FUZZ_CHECK(header && header->dataBytes == sidecar->bytes);
            FUZZ_CHECK(audio.size() == WavHeader::Size + sidecar->bytes);
        } else {
            FUZZ_CHECK(audio.size() == sidecar->bytes);
        }
    }
    // Nothing but recordings and their sidecars, all inside the folder.
    for (const QString &path : files)
        FUZZ_CHECK(sidecarFiles.contains(path) && path.startsWith(root + u'/'));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Process &p = process();
    FUZZ_CHECK(p.folder.isValid());
    QString problem;
    p.tls = TlsIdentity::ensure(p.folder.filePath(QStringLiteral("tls")),
        { QStringLiteral("localhost") }, { QHostAddress(QHostAddress::LocalHost) }, &problem);
    FUZZ_CHECK(p.tls);

    p.listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    p.address.sin_family = AF_INET;
    p.address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof p.address;
    FUZZ_CHECK(::bind(p.listener, reinterpret_cast<sockaddr *>(&p.address), length) == 0);
    FUZZ_CHECK(::listen(p.listener, 16) == 0);
    FUZZ_CHECK(::getsockname(p.listener, reinterpret_cast<sockaddr *>(&p.address), &length) == 0);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString root = process().folder.filePath(QStringLiteral("recordings"));
    QDir(root).removeRecursively();
    FUZZ_CHECK(QDir().mkpath(root));

    ServerSettings settings;
    settings.recordingsDir = root;
    settings.pairingToken = PairingToken;
    settings.tokenRequiredOnLoopback = true;
    // Small enough that a fuzzed frame can exceed it.
    settings.maxMessageBytes = 64 * 1024;
    FuzzHost host(settings);

    ConnectionIntake::Setup setup;
    setup.tlsConfiguration = process().tls->serverConfiguration();
    setup.authorityPem = process().tls->authorityPem();
    setup.accessGuard
        = std::make_shared<AccessGuard>(settings.maxTokenFailures, settings.banDuration);
    setup.board = std::make_shared<StatsBoard>();
    setup.uptime.start();
    // No key is accepted: the fuzzer reaches the API's gate, and its refusals.
    setup.apiKeys = std::make_shared<ApiKeyRing>();
    setup.metrics = std::make_shared<ServerMetrics>();
    setup.api.metrics = setup.metrics;
    setup.api.board = setup.board;
    setup.api.registry = std::make_shared<SessionRegistry>(settings.maxLiveSessions);
    setup.api.recordingsDir = root;
    setup.api.disk = QThreadPool::globalInstance();
    setup.api.stopSession = [](int, const QString &) {};

    {
        ConnectionIntake intake(host, setup);
        QObject connections;
        int live = 0;
        QObject::connect(&intake, &ConnectionIntake::webSocketArrived, &connections,
            [&](ServerWebSocket *socket, const QByteArray &userAgent,
                std::optional<ErrorCode> refusal) {
                auto *connection
                    = new ClientConnection(socket, userAgent, host, refusal, &connections);
                ++live;
                QObject::connect(
                    connection, &ClientConnection::finished, &connections, [&, connection] {
                        --live;
                        connection->deleteLater();
                    });
            });

        const int client = connectClient();
        const int accepted = ::accept4(process().listener, nullptr, nullptr, SOCK_CLOEXEC);
        FUZZ_CHECK(accepted >= 0);
        intake.handleDescriptor(accepted);
        const bool closed = exchange(client,
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
            [&live] { return live == 0; });
        ::close(client);
        FUZZ_CHECK(closed);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    FUZZ_CHECK(host.registry().liveCount() == 0);
    checkRecordings(root);
    return 0;
}
