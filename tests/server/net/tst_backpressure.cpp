#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "captureserver.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MessageBytes = 1024 * 1024;

// The server's memory as the kernel counts it: this process holds the server, and the client
// below keeps one fixed buffer, so what grows is the server's.
qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// A WebSocket client on a bare descriptor, so that not reading really leaves the bytes in the
// kernel (a QTcpSocket would read them into its own buffer) and so that what it sends waits in
// TCP instead of in a buffer of its own.
class BareClient final
{
    Q_DISABLE_COPY_MOVE(BareClient)

public:
    explicit BareClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(std::exchange(m_fd, -1));
            return;
        }
        const QByteArray head = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
        ::send(m_fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);

        // One text message of MessageBytes, masked as a client's frames are; sent again and again.
        const QByteArray text(MessageBytes, 'e');
        const char mask[4] = { 0x1b, 0x2c, 0x3d, 0x4e };
        m_frame.append(char(0x81)).append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            m_frame.append(char((quint64(text.size()) >> shift) & 0xff));
        m_frame.append(mask, 4);
        for (qsizetype i = 0; i < text.size(); ++i)
            m_frame.append(char(text.at(i) ^ mask[i % 4]));
    }

    ~BareClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool isConnected() const { return m_fd >= 0 && !m_gone; }
    /// The server closed or reset the connection.
    bool isGone() const { return m_gone; }
    qint64 framesSent() const { return m_sent / m_frame.size(); }

    /// Sends what the kernel takes now, up to `frames` whole messages in all; true when the
    /// kernel took nothing although more was to go (the way to the server is full).
    bool push(qint64 frames)
    {
        const qint64 goal = frames * m_frame.size();
        bool blocked = false;
        while (!m_gone && m_sent < goal) {
            const qint64 at = m_sent % m_frame.size();
            const qint64 length = std::min(goal - m_sent, m_frame.size() - at);
            const ssize_t written
                = ::send(m_fd, m_frame.constData() + at, size_t(length), MSG_NOSIGNAL);
            if (written > 0) {
                m_sent += written;
                continue;
            }
            if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                blocked = true;
            else
                m_gone = true;
            break;
        }
        return blocked;
    }

    /// Reads what has arrived; counts the server's frames whose payload is an echo.
    void pull()
    {
        char buffer[64 * 1024];
        for (;;) {
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (got > 0) {
                m_received.append(buffer, got);
                continue;
            }
            if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                m_gone = true;
            break;
        }
        if (!m_upgraded) {
            const qsizetype end = m_received.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_upgraded = m_received.startsWith("HTTP/1.1 101");
            m_received.remove(0, end + 4);
        }
        // The server's frames are unmasked and whole messages.
        while (m_received.size() >= 2) {
            qint64 length = quint8(m_received.at(1)) & 0x7f;
            qsizetype offset = 2;
            if (length >= 126) {
                const int lengthBytes = length == 126 ? 2 : 8;
                if (m_received.size() < 2 + lengthBytes)
                    return;
                length = 0;
                for (int i = 0; i < lengthBytes; ++i)
                    length = (length << 8) | quint8(m_received.at(2 + i));
                offset = 2 + lengthBytes;
            }
            if (m_received.size() < offset + length)
                return;
            if (m_received.mid(offset, 6) == "Echo: ")
                ++m_echoes;
            m_received.remove(0, offset + length);
        }
    }

    bool isUpgraded() const { return m_upgraded; }
    int echoes() const { return m_echoes; }

    /// Waits (on the socket, not a clock) until the kernel would take more, up to `timeoutMs`.
    bool waitWritable(int timeoutMs) const
    {
        pollfd entry { m_fd, POLLOUT, 0 };
        return ::poll(&entry, 1, timeoutMs) == 1 && (entry.revents & POLLOUT);
    }

private:
    int m_fd = -1;
    QByteArray m_frame;
    qint64 m_sent = 0;
    QByteArray m_received;
    bool m_upgraded = false;
    bool m_gone = false;
    int m_echoes = 0;
};

} // namespace

// A client that sends text but does not read the echoes: the server stops reading from it, keeps
// its memory, lets go once the client reads, and closes it (not_reading) if it never does.
class tst_BackPressure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void clientThatDoesNotReadIsHeldAndClosed();
    void heldClientGoesOnOnceItReads();

private:
    ServerSettings settings() const;
    /// Sends without reading until the way to the server is full; false if it never fills.
    bool pushUntilHeld(BareClient &client, qint64 frames);

    std::unique_ptr<TestServer> m_server;
};

void tst_BackPressure::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_BackPressure::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

ServerSettings tst_BackPressure::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->filePath(u"recordings"_s);
    settings.tlsEnabled = false;
    return settings;
}

bool tst_BackPressure::pushUntilHeld(BareClient &client, qint64 frames)
{
    // The kernel's buffers on both ends take some megabytes; once they are full and the server
    // reads nothing more, sending blocks for good. A server that keeps reading (and keeps the
    // echoes in its memory) lets every frame through instead.
    while (client.isConnected() && client.framesSent() < frames) {
        if (client.push(frames) && !client.waitWritable(2000))
            return true;
        QCoreApplication::processEvents();
    }
    return false;
}

void tst_BackPressure::clientThatDoesNotReadIsHeldAndClosed()
{
    ServerSettings serverSettings = settings();
    serverSettings.notReadingTimeout = std::chrono::milliseconds(2000);
    QVERIFY(m_server->start(serverSettings));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);

    BareClient client(m_server->port());
    QVERIFY(client.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT((client.pull(), client.isUpgraded()), 5000);
    const qint64 before = residentBytes();

    constexpr qint64 Frames = 100;
    QVERIFY2(pushUntilHeld(client, Frames), "the server read every message it was sent");
    const qint64 held = residentBytes();
    qInfo("held after %lld of %lld MiB; the process grew by %lld KiB", client.framesSent(), Frames,
        (held - before) / 1024);
    QVERIFY2(client.framesSent() < Frames / 2,
        qPrintable(QStringLiteral("%1 MiB went through").arg(client.framesSent())));
    // The bound (1 MiB) and a message in flight; unheld, the server grew by all the echoes it
    // could not send (100 MiB here).
    QVERIFY2(held - before < 8 * 1024 * 1024,
        qPrintable(QStringLiteral("%1 KiB more while held").arg((held - before) / 1024)));

    // It never reads: the server ends the connection, and says why in its log.
    QTRY_VERIFY_WITH_TIMEOUT((client.push(Frames), client.isGone()), 15000);
    const auto saidWhy = [&events] {
        for (const QList<QVariant> &arguments : std::as_const(events)) {
            if (arguments.at(0).value<ServerEvent>().text.contains(u"not_reading"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(saidWhy());
}

void tst_BackPressure::heldClientGoesOnOnceItReads()
{
    QVERIFY(m_server->start(settings()));

    BareClient client(m_server->port());
    QVERIFY(client.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT((client.pull(), client.isUpgraded()), 5000);

    constexpr qint64 Frames = 40;
    QVERIFY2(pushUntilHeld(client, Frames), "the server read every message it was sent");

    // Now it reads: the server goes on, every message sent is echoed, none is lost.
    QTRY_VERIFY_WITH_TIMEOUT(
        (client.pull(), client.push(Frames), client.pull(), client.echoes() == Frames), 30000);
    QVERIFY(client.isConnected());
}

QTEST_GUILESS_MAIN(tst_BackPressure)
#include "tst_backpressure.moc"
