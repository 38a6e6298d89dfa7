#include "epollset.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

EpollSet::EpollSet() : m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
    if (!m_epoll.isValid())
        m_errorString = u"epoll_create1: "_s + QString::fromLocal8Bit(std::strerror(errno));
}

bool EpollSet::add(int fd, quint32 events, quint64 tag)
{
    return control(EPOLL_CTL_ADD, fd, events, tag);
}

bool EpollSet::modify(int fd, quint32 events, quint64 tag)
{
    return control(EPOLL_CTL_MOD, fd, events, tag);
}

void EpollSet::remove(int fd)
{
    // Closing the descriptor would remove it too; saying so first keeps no stale event in flight.
    epoll_ctl(m_epoll.get(), EPOLL_CTL_DEL, fd, nullptr);
}

int EpollSet::takeReady(std::span<epoll_event> events)
{
    int ready;
    do {
        ready = epoll_wait(m_epoll.get(), events.data(), int(events.size()), 0);
    } while (ready < 0 && errno == EINTR);
    return std::max(ready, 0);
}

bool EpollSet::control(int operation, int fd, quint32 events, quint64 tag)
{
    epoll_event event {};
    event.events = events;
    event.data.u64 = tag;
    if (epoll_ctl(m_epoll.get(), operation, fd, &event) == 0)
        return true;
    m_errorString = u"epoll_ctl: "_s + QString::fromLocal8Bit(std::strerror(errno));
    return false;
}
