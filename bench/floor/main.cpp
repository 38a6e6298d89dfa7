// earshot-floor: the least a capture server can do per audio chunk, as a yardstick for Earshot.
// One thread, one epoll loop, non-blocking sockets, level-triggered: every wake-up reads each
// ready socket once, and every audio message costs one write() to its file and one send() of its
// ack. It speaks only the part of protocol v1 that earshot-bench uses (see connection.h) and binds
// 127.0.0.1 only. bench/compare.sh runs it beside the Qt baseline and Earshot.
//
//   earshot-floor --port P --dir DIR        SIGTERM or SIGINT: finish the files and exit 0
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

#include "connection.h"

namespace {

// One read() takes at most this much: several 3200-byte frames, or a few 64 KiB ones.
constexpr std::size_t readBufferBytes = 256 * 1024;
constexpr int eventsPerWait = 512;

struct Options
{
    int port = 0;
    std::string dir;
};

bool parseOptions(int argc, char **argv, Options *options)
{
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--port")
            options->port = std::atoi(argv[i + 1]);
        else if (name == "--dir")
            options->dir = argv[i + 1];
        else
            return false;
    }
    return argc % 2 == 1 && options->port > 0 && options->port < 65536 && !options->dir.empty();
}

// One socket per stream, plus its file: lift the soft open-files limit to the hard one.
void raiseOpenFilesLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int listenOn(int port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || listen(fd, SOMAXCONN) != 0) {
        std::fprintf(stderr, "earshot-floor: cannot listen on 127.0.0.1:%d: %s\n", port,
            std::strerror(errno));
        return -1;
    }
    return fd;
}

// SIGTERM and SIGINT arrive as a readable descriptor in the loop, so that stopping is an event
// like the others instead of a handler racing the loop.
int signalDescriptor()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigprocmask(SIG_BLOCK, &signals, nullptr);
    return signalfd(-1, &signals, SFD_NONBLOCK | SFD_CLOEXEC);
}

void watch(int epollFd, int fd)
{
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = fd;
    epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &event);
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (!parseOptions(argc, argv, &options)) {
        std::fprintf(stderr, "usage: earshot-floor --port P --dir DIR\n");
        return 2;
    }
    raiseOpenFilesLimit();
    const int listener = listenOn(options.port);
    const int signals = signalDescriptor();
    const int epollFd = epoll_create1(EPOLL_CLOEXEC);
    if (listener < 0 || signals < 0 || epollFd < 0)
        return 1;
    watch(epollFd, listener);
    watch(epollFd, signals);
    std::fprintf(stderr, "earshot-floor: listening on 127.0.0.1:%d, recordings in %s\n",
        options.port, options.dir.c_str());

    // Indexed by descriptor: descriptors are small numbers, and this lookup runs for every event.
    std::vector<std::unique_ptr<Connection>> connections;
    std::vector<char> buffer(readBufferBytes);
    epoll_event events[eventsPerWait];
    bool running = true;
    while (running) {
        const int ready = epoll_wait(epollFd, events, eventsPerWait, -1);
        if (ready < 0 && errno != EINTR) {
            std::perror("earshot-floor: epoll_wait");
            return 1;
        }
        for (int i = 0; i < ready; ++i) {
            const int fd = events[i].data.fd;
            if (fd == signals) {
                running = false;
            } else if (fd == listener) {
                int client;
                while ((client = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC))
                    >= 0) {
                    // Acks are small and must not wait for Nagle's algorithm.
                    const int on = 1;
                    setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
                    if (std::size_t(client) >= connections.size())
                        connections.resize(std::size_t(client) + 1);
                    connections[std::size_t(client)]
                        = std::make_unique<Connection>(client, epollFd, options.dir);
                    watch(epollFd, client);
                }
            } else if (Connection *connection = connections[std::size_t(fd)].get()) {
                if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
                    // One read per wake-up: what is left is reported again by the next wait.
                    const ssize_t size = read(fd, buffer.data(), buffer.size());
                    if (size > 0)
                        connection->onReadable(buffer.data(), std::size_t(size));
                    else if (size == 0 || (errno != EAGAIN && errno != EINTR))
                        connections[std::size_t(fd)].reset();
                }
                if (connections[std::size_t(fd)] && (events[i].events & EPOLLOUT))
                    connection->onWritable();
                if (connections[std::size_t(fd)] && connection->wantsClose())
                    connections[std::size_t(fd)].reset();
            }
        }
    }

    // Every open recording gets its final header; every client is told the server goes away.
    for (auto &connection : connections) {
        if (connection) {
            connection->shutDown();
            connection.reset();
        }
    }
    std::fprintf(stderr, "earshot-floor: stopped\n");
    return 0;
}
