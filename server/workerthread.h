#pragma once

#include <memory>

#include <QAbstractEventDispatcher>
#include <QThread>

/// Owns a QThread: on destruction it asks the thread to quit and waits for it.
struct QuitAndWait
{
    void operator()(QThread *thread) const
    {
        thread->quit();
        thread->wait();
        delete thread;
    }
};
using WorkerThread = std::unique_ptr<QThread, QuitAndWait>;

/// Starts a thread running `object` (which must have no parent). The object is deleted on that
/// thread when it finishes. Without a dispatcher the thread's event loop is Qt's own.
inline WorkerThread startWorkerThread(
    QObject *object, const QString &name, std::unique_ptr<QAbstractEventDispatcher> dispatcher = {})
{
    WorkerThread thread(new QThread);
    thread->setObjectName(name);
    if (dispatcher)
        thread->setEventDispatcher(dispatcher.release());
    object->moveToThread(thread.get());
    QObject::connect(thread.get(), &QThread::finished, object, &QObject::deleteLater);
    thread->start();
    return thread;
}
