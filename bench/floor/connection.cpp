#include "connection.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <openssl/evp.h>
#include <random>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// docs/protocol.md: a message may be at most 1 MiB; a bigger one closes the connection (1009).
constexpr std::uint64_t maxMessageBytes = 1024 * 1024;
// A request head longer than this is no WebSocket upgrade of a client we know.
constexpr std::size_t maxHeadBytes = 8192;

enum Opcode
{
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xa,
};

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Session ids and resume tokens only have to differ; they guard nothing here.
std::string randomHex(int digits)
{
    static std::mt19937_64 random { std::random_device {}() };
    static const char hex[] = "0123456789abcdef";
    std::string text;
    for (int i = 0; i < digits; ++i)
        text += hex[random() & 0xf];
    return text;
}

// XOR with the client's 4-byte key, eight bytes at a time: this runs over every audio byte.
void unmask(char *bytes, std::size_t size, const unsigned char key[4])
{
    unsigned char key8[8];
    for (int i = 0; i < 8; ++i)
        key8[i] = key[i % 4];
    std::uint64_t word;
    std::uint64_t mask;
    std::memcpy(&mask, key8, 8);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::memcpy(&word, bytes + i, 8);
        word ^= mask;
        std::memcpy(bytes + i, &word, 8);
    }
    for (; i < size; ++i)
        bytes[i] ^= static_cast<char>(key[i % 4]);
}

// The string value of "key" in a flat JSON object. Not a JSON parser: it is enough for the
// messages earshot-bench sends (no escapes in the values it reads), which is all the floor serves.
std::string_view jsonString(std::string_view json, std::string_view key)
{
    const std::string quoted = '"' + std::string(key) + '"';
    std::size_t at = json.find(quoted);
    if (at == std::string_view::npos)
        return {};
    at = json.find_first_not_of(" \t:", at + quoted.size());
    if (at == std::string_view::npos || json[at] != '"')
        return {};
    const std::size_t end = json.find('"', at + 1);
    return end == std::string_view::npos ? std::string_view() : json.substr(at + 1, end - at - 1);
}

// The value of a header in a request head, its name compared without case.
std::string_view headerValue(std::string_view head, std::string_view name)
{
    std::size_t line = head.find("\r\n");
    while (line != std::string_view::npos && line + 2 < head.size()) {
        const std::size_t start = line + 2;
        line = head.find("\r\n", start);
        const std::string_view text = head.substr(start, line - start);
        const std::size_t colon = text.find(':');
        if (colon != name.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < colon && same; ++i)
            same = std::tolower(static_cast<unsigned char>(text[i])) == name[i];
        if (!same)
            continue;
        std::string_view value = text.substr(colon + 1);
        while (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
        while (!value.empty() && value.back() == ' ')
            value.remove_suffix(1);
        return value;
    }
    return {};
}

// RFC 6455: base64(SHA-1(key + the protocol's GUID)).
std::string acceptKey(std::string_view key)
{
    const std::string input = std::string(key) + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    EVP_Digest(input.data(), input.size(), digest, &digestSize, EVP_sha1(), nullptr);
    unsigned char base64[64];
    const int size = EVP_EncodeBlock(base64, digest, int(digestSize));
    return std::string(reinterpret_cast<const char *>(base64), std::size_t(size));
}

} // namespace

Connection::Connection(int fd, int epollFd, const std::string &dir)
    : m_fd(fd), m_epollFd(epollFd), m_dir(dir)
{ }

Connection::~Connection()
{
    // A connection that ends while recording leaves a playable file behind.
    finishFile();
    close(m_fd);
}

void Connection::onReadable(char *bytes, std::size_t size)
{
    std::string afterHead;
    if (!m_upgraded) {
        m_in.append(bytes, size);
        const std::size_t end = m_in.find("\r\n\r\n");
        if (end == std::string::npos) {
            m_closeNow = m_in.size() > maxHeadBytes;
            return;
        }
        // A client may send its first frames right behind the upgrade request.
        afterHead = m_in.substr(end + 4);
        m_in.resize(end + 4);
        handshake();
        m_in.clear();
        if (!m_upgraded || afterHead.empty())
            return;
        bytes = afterHead.data();
        size = afterHead.size();
    }
    if (m_in.empty()) {
        // The usual case: whole frames, parsed where read() put them, with no copy.
        const std::size_t used = consumeFrames(bytes, size);
        m_in.assign(bytes + used, size - used);
    } else {
        m_in.append(bytes, size);
        const std::size_t used = consumeFrames(m_in.data(), m_in.size());
        m_in.erase(0, used);
    }
}

void Connection::handshake()
{
    const std::string_view head(m_in);
    const std::size_t pathEnd = head.find(' ', 4);
    const std::string_view path = head.starts_with("GET ") && pathEnd != std::string_view::npos
        ? head.substr(4, pathEnd - 4)
        : std::string_view();
    const std::string_view key = headerValue(head, "sec-websocket-key");
    if ((path != "/ws" && path != "/ws/audio-stream") || key.empty()) {
        static const char notFound[]
            = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        sendRaw(notFound, sizeof notFound - 1);
        m_closeWhenFlushed = true;
        return;
    }
    const std::string response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                 "Connection: Upgrade\r\nSec-WebSocket-Accept: "
        + acceptKey(key) + "\r\n\r\n";
    sendRaw(response.data(), response.size());
    m_upgraded = true;
    sendText(R"({"type":"connection","id":")" + randomHex(8)
        + R"(","protocol":1,"server":"earshot-floor"})");
}

std::size_t Connection::consumeFrames(char *bytes, std::size_t size)
{
    std::size_t at = 0;
    while (!m_closeNow && !m_closeWhenFlushed) {
        const std::size_t left = size - at;
        const auto *head = reinterpret_cast<const unsigned char *>(bytes + at);
        if (left < 2)
            break;
        const bool final = head[0] & 0x80;
        const int opcode = head[0] & 0x0f;
        std::uint64_t length = head[1] & 0x7f;
        std::size_t headBytes = 2;
        if (length == 126) {
            if (left < 4)
                break;
            length = std::uint64_t(head[2]) << 8 | head[3];
            headBytes = 4;
        } else if (length == 127) {
            if (left < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = length << 8 | head[2 + i];
            headBytes = 10;
        }
        if (!(head[1] & 0x80)) {
            sendClose(1002); // a client must mask its frames
            break;
        }
        if (length + m_fragments.size() > maxMessageBytes) {
            sendClose(1009);
            break;
        }
        if (left < headBytes + 4 + length)
            break; // the rest of this frame is still on its way
        const unsigned char *key = head + headBytes;
        char *payload = bytes + at + headBytes + 4;
        unmask(payload, length, key);
        at += headBytes + 4 + length;

        if (opcode >= Close) {
            onMessage(opcode, payload, length); // control frames are never fragmented
        } else if (!final) {
            if (opcode != Continuation)
                m_fragmentOpcode = opcode;
            m_fragments.append(payload, length);
        } else if (opcode == Continuation) {
            m_fragments.append(payload, length);
            onMessage(m_fragmentOpcode, m_fragments.data(), m_fragments.size());
            m_fragments.clear();
        } else {
            onMessage(opcode, payload, length);
        }
    }
    return at;
}

void Connection::onMessage(int opcode, char *payload, std::size_t size)
{
    switch (opcode) {
    case Text:
        onText(std::string_view(payload, size));
        break;
    case Binary:
        onAudio(payload, size);
        break;
    case Close: {
        // Answer with the client's code, then close the socket once the answer is out.
        const std::uint16_t code = size >= 2
            ? std::uint16_t(static_cast<unsigned char>(payload[0]) << 8
                | static_cast<unsigned char>(payload[1]))
            : 1000;
        finishFile();
        sendClose(code);
        break;
    }
    case Ping:
        sendFrame(Pong, payload, size);
        break;
    default:
        break; // pongs, and opcodes nobody sends
    }
}

void Connection::onText(std::string_view text)
{
    const std::string_view type = jsonString(text, "type");
    if (type == "start") {
        startSession(jsonString(text, "format"));
    } else if (type == "stop") {
        stopSession();
    } else if (type == "level") {
        // The monitor's business; the floor has none.
    } else if (type == "resume") {
        sendError("unknown_session", "The floor server does not resume.");
    } else {
        sendError("unknown_type", "Unknown message type.");
    }
}

void Connection::onAudio(const char *bytes, std::size_t size)
{
    if (m_file < 0) {
        sendError("expected_start", "Audio bytes while no session is recording.");
        return;
    }
    // The ack's promise: these bytes are the operating system's before it goes out.
    for (std::size_t written = 0; written < size;) {
        const ssize_t n = write(m_file, bytes + written, size - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            sendError("write_error", std::strerror(errno));
            finishFile();
            sendClose(1011);
            return;
        }
        written += std::size_t(n);
    }
    m_bytes += size;
    ++m_chunks;
    char ack[160];
    const int length = std::snprintf(ack, sizeof ack,
        R"({"type":"ack","session":"%s","chunks":%llu,"bytes":%llu})", m_session.c_str(),
        static_cast<unsigned long long>(m_chunks), static_cast<unsigned long long>(m_bytes));
    sendText(std::string_view(ack, std::size_t(length)));
}

void Connection::startSession(std::string_view format)
{
    if (m_file >= 0) {
        sendError("already_recording", "A session is recording on this connection.");
        return;
    }
    m_wavFormat = WavHeader::Format();
    m_wav = WavHeader::parsePcm(format, &m_wavFormat);
    m_session = randomHex(16);
    m_fileName = m_session + (m_wav ? ".wav" : ".bin");
    const std::string path = m_dir + '/' + m_fileName;
    m_file = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (m_file < 0) {
        sendError("write_error", std::strerror(errno));
        return;
    }
    if (m_wav) {
        // Sizes of zero for now; finishFile() writes the real ones.
        const auto header = WavHeader::make(m_wavFormat, 0);
        if (write(m_file, header.data(), header.size()) != ssize_t(header.size())) {
            sendError("write_error", std::strerror(errno));
            finishFile();
            return;
        }
    }
    m_bytes = 0;
    m_chunks = 0;
    m_startedMs = nowMs();
    sendText(R"({"type":"started","session":")" + m_session + R"(","file":")" + m_fileName
        + R"(","resumeToken":")" + randomHex(32) + R"("})");
}

void Connection::stopSession()
{
    if (m_file < 0) {
        sendError("not_recording", "No session is recording on this connection.");
        return;
    }
    // Unlike Earshot the floor does not fdatasync at stop: stops fall outside the measured
    // window, and the floor is the least a server does per chunk.
    finishFile();
    char stopped[256];
    const int length = std::snprintf(stopped, sizeof stopped,
        R"({"type":"stopped","session":"%s","file":"%s","bytes":%llu,"chunks":%llu,"durationMs":%lld})",
        m_session.c_str(), m_fileName.c_str(), static_cast<unsigned long long>(m_bytes),
        static_cast<unsigned long long>(m_chunks), static_cast<long long>(nowMs() - m_startedMs));
    sendText(std::string_view(stopped, std::size_t(length)));
}

void Connection::finishFile()
{
    if (m_file < 0)
        return;
    if (m_wav) {
        const auto header = WavHeader::make(m_wavFormat, m_bytes);
        if (pwrite(m_file, header.data(), header.size(), 0) != ssize_t(header.size()))
            std::fprintf(stderr, "earshot-floor: %s: header not written\n", m_fileName.c_str());
    }
    close(m_file);
    m_file = -1;
}

void Connection::shutDown()
{
    finishFile();
    if (m_upgraded && !m_closeWhenFlushed)
        sendClose(1001);
}

void Connection::sendText(std::string_view text)
{
    sendFrame(Text, text.data(), text.size());
}

void Connection::sendFrame(int opcode, const char *payload, std::size_t size)
{
    // Head and payload in one send(): one system call per reply. Server frames are not masked.
    char small[512];
    std::string large;
    const std::size_t headBytes = size < 126 ? 2 : size < 65536 ? 4 : 10;
    char *frame = small;
    if (headBytes + size > sizeof small) {
        large.resize(headBytes + size);
        frame = large.data();
    }
    frame[0] = static_cast<char>(0x80 | opcode);
    if (headBytes == 2) {
        frame[1] = static_cast<char>(size);
    } else if (headBytes == 4) {
        frame[1] = 126;
        frame[2] = static_cast<char>(size >> 8);
        frame[3] = static_cast<char>(size);
    } else {
        frame[1] = 127;
        for (int i = 0; i < 8; ++i)
            frame[2 + i] = static_cast<char>(std::uint64_t(size) >> (8 * (7 - i)));
    }
    std::memcpy(frame + headBytes, payload, size);
    sendRaw(frame, headBytes + size);
}

void Connection::sendRaw(const char *bytes, std::size_t size)
{
    if (m_closeNow)
        return;
    if (!m_out.empty()) {
        m_out.append(bytes, size); // behind what waits already, in order
        return;
    }
    const ssize_t sent = send(m_fd, bytes, size, MSG_NOSIGNAL);
    if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        m_closeNow = true;
        return;
    }
    const std::size_t done = sent < 0 ? 0 : std::size_t(sent);
    if (done < size) {
        m_out.assign(bytes + done, size - done);
        watchWritable(true);
    }
}

void Connection::onWritable()
{
    if (m_out.empty())
        return;
    const ssize_t sent = send(m_fd, m_out.data(), m_out.size(), MSG_NOSIGNAL);
    if (sent < 0) {
        m_closeNow = errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
        return;
    }
    m_out.erase(0, std::size_t(sent));
    if (m_out.empty())
        watchWritable(false);
}

void Connection::sendClose(std::uint16_t code)
{
    const char payload[2] = { static_cast<char>(code >> 8), static_cast<char>(code) };
    sendFrame(Close, payload, sizeof payload);
    m_closeWhenFlushed = true;
}

void Connection::sendError(const char *code, const char *message)
{
    char error[256];
    const int length = std::snprintf(
        error, sizeof error, R"({"type":"error","code":"%s","message":"%s"})", code, message);
    sendText(std::string_view(error, std::size_t(length)));
}

void Connection::watchWritable(bool on)
{
    if (on == m_watchingWritable)
        return;
    m_watchingWritable = on;
    epoll_event event {};
    event.events = EPOLLIN | (on ? EPOLLOUT : 0u);
    event.data.fd = m_fd;
    epoll_ctl(m_epollFd, EPOLL_CTL_MOD, m_fd, &event);
}
