#include "signalwatcher.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

#include <QSocketNotifier>

using namespace Qt::StringLiterals;

namespace {

// SIGHUP: a daemon's "read your config again" (systemctl reload), a terminal's hang-up.
constexpr std::array WatchedSignals { SIGINT, SIGTERM, SIGHUP };

// Written before the handlers are installed and read only by them.
volatile std::sig_atomic_t s_writeFd = -1;
int s_readFd = -1;
std::array<struct sigaction, WatchedSignals.size()> s_previous {};

void handleSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    // Nothing to do when the socket is full: enough signals are already waiting to be read.
    [[maybe_unused]] const ssize_t written = ::write(s_writeFd, &byte, 1);
    errno = savedErrno;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    Q_ASSERT_X(s_writeFd == -1, "SignalWatcher", "only one SignalWatcher may exist at a time");
    int fds[2] = { -1, -1 };
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0) {
        m_errorString = u"socketpair: "_s + systemError();
        return;
    }
    s_writeFd = fds[0];
    s_readFd = fds[1];

    m_notifier = std::make_unique<QSocketNotifier>(s_readFd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &SignalWatcher::readSignals);

    struct sigaction action
    {
    };
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    // Interrupted system calls elsewhere in the process carry on as if nothing happened.
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < WatchedSignals.size(); ++i) {
        if (::sigaction(WatchedSignals[i], &action, &s_previous[i]) != 0)
            m_errorString = u"sigaction: "_s + systemError();
    }
}

SignalWatcher::~SignalWatcher()
{
    if (s_readFd == -1)
        return;
    for (std::size_t i = 0; i < WatchedSignals.size(); ++i)
        ::sigaction(WatchedSignals[i], &s_previous[i], nullptr);
    m_notifier.reset(); // before its socket closes
    ::close(s_writeFd);
    ::close(s_readFd);
    s_writeFd = -1;
    s_readFd = -1;
}

bool SignalWatcher::isActive() const
{
    return m_notifier != nullptr && m_errorString.isEmpty();
}

QString SignalWatcher::errorString() const
{
    return m_errorString;
}

QString SignalWatcher::signalName(int signalNumber)
{
    switch (signalNumber) {
    case SIGINT:
        return u"SIGINT"_s;
    case SIGTERM:
        return u"SIGTERM"_s;
    case SIGHUP:
        return u"SIGHUP"_s;
    default:
        return u"signal %1"_s.arg(signalNumber);
    }
}

void SignalWatcher::readSignals()
{
    char buffer[16];
    ssize_t count = 0;
    while ((count = ::read(s_readFd, buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < count; ++i)
            Q_EMIT signalReceived(buffer[i]);
    }
}
