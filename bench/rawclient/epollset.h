#pragma once

#include <span>
#include <sys/epoll.h>

#include <QString>
#include <QtGlobal>

#include "uniquefd.h"

// The epoll instance of one loader thread: its streams' sockets and its send timer, each known by
// a tag (a stream's position in its thread, or the timer's). Level-triggered, as the floor
// server's loop: what one turn leaves unread is reported again by the next.
class EpollSet final
{
public:
    EpollSet();

    // False when epoll_create1() failed; errorString() says why.
    bool isValid() const { return m_epoll.isValid(); }
    QString errorString() const { return m_errorString; }
    // Readable whenever one of the descriptors in the set has an event: the thread's Qt event loop
    // watches it, so that the set needs no thread of its own.
    int fd() const { return m_epoll.get(); }

    bool add(int fd, quint32 events, quint64 tag);
    bool modify(int fd, quint32 events, quint64 tag);
    void remove(int fd);
    // The events that are ready now, without waiting; how many were written to events.
    int takeReady(std::span<epoll_event> events);

private:
    bool control(int operation, int fd, quint32 events, quint64 tag);

    UniqueFd m_epoll;
    QString m_errorString;
};
