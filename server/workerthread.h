#pragma once

#include <memory>

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
/// thread when it finishes.
inline WorkerThread startWorkerThread(QObject *object, const QString &name)
{
    WorkerThread thread(new QThread);
    thread->setObjectName(name);
    object->moveToThread(thread.get());
    QObject::connect(thread.get(), &QThread::finished, object, &QObject::deleteLater);
    thread->start();
    return thread;
}
