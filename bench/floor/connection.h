#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "../common/wavheader.h"

// One client of the floor server: the HTTP upgrade, WebSocket frames, the few protocol v1
// messages earshot-bench sends, and the file of its session. It does exactly one write() to the
// file and one send() of an ack per audio message, nothing else, so that its cost is the least a
// capture server can do with one message. Non-blocking; the epoll loop calls onReadable() and
// onWritable() and asks wantsClose() after each.
class Connection final
{
public:
    // fd: an accepted non-blocking socket, owned from now on. epollFd: the loop's, to ask for
    // EPOLLOUT while replies wait. dir: the recordings folder.
    Connection(int fd, int epollFd, const std::string &dir);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    int fd() const { return m_fd; }
    // bytes came from one read() of the socket: a handshake, frames, or parts of them. The
    // buffer is the loop's and may be changed (unmasking happens in place).
    void onReadable(char *bytes, std::size_t size);
    void onWritable();
    // The peer closed, an error happened, or the close handshake is done.
    bool wantsClose() const { return m_closeNow || (m_closeWhenFlushed && m_out.empty()); }
    // The server shuts down: finish the file, say goodbye (close code 1001) if the socket takes it.
    void shutDown();

private:
    void handshake();
    std::size_t consumeFrames(char *bytes, std::size_t size);
    void onMessage(int opcode, char *payload, std::size_t size);
    void onText(std::string_view text);
    void onAudio(const char *bytes, std::size_t size);
    void startSession(std::string_view format);
    void stopSession();
    void finishFile();
    void sendText(std::string_view text);
    void sendFrame(int opcode, const char *payload, std::size_t size);
    void sendRaw(const char *bytes, std::size_t size);
    void sendClose(std::uint16_t code);
    void sendError(const char *code, const char *message);
    void watchWritable(bool on);

    int m_fd;
    int m_epollFd;
    const std::string &m_dir;
    bool m_upgraded = false;
    bool m_closeNow = false;
    bool m_closeWhenFlushed = false;
    bool m_watchingWritable = false;
    // Bytes of an incomplete head or frame, kept until the rest arrives. Usually empty: a whole
    // frame is parsed straight from the loop's read buffer.
    std::string m_in;
    std::string m_out; // what the socket did not take yet
    std::string m_fragments; // a message that came in several frames
    int m_fragmentOpcode = 0;

    // The session: -1 while none records.
    int m_file = -1;
    std::string m_session;
    std::string m_fileName; // relative to the recordings folder
    bool m_wav = false;
    WavHeader::Format m_wavFormat;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_chunks = 0;
    std::int64_t m_startedMs = 0;
};
