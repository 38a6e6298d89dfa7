#include "terminationwatcher.h"

#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>

namespace {

sigset_t terminationSignals()
{
    sigset_t signalSet;
    sigemptyset(&signalSet);
    sigaddset(&signalSet, SIGTERM);
    sigaddset(&signalSet, SIGINT);
    return signalSet;
}

} // namespace

void TerminationWatcher::blockSignals()
{
    const sigset_t signalSet = terminationSignals();
    pthread_sigmask(SIG_BLOCK, &signalSet, nullptr);
}

TerminationWatcher::TerminationWatcher(QObject *parent) : QObject(parent)
{
    const sigset_t signalSet = terminationSignals();
    m_fd = signalfd(-1, &signalSet, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_fd < 0)
        return;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationWatcher::onReadable);
}

TerminationWatcher::~TerminationWatcher()
{
    if (m_fd >= 0)
        close(m_fd);
}

void TerminationWatcher::onReadable()
{
    signalfd_siginfo info {};
    while (read(m_fd, &info, sizeof info) == ssize_t(sizeof info)) { }
    Q_EMIT terminationRequested();
}
