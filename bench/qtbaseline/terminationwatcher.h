#pragma once

#include <QObject>
#include <QSocketNotifier>

// SIGTERM and SIGINT as a Qt signal, through a signalfd: the event loop sees them like any other
// event, and nothing runs inside a signal handler. blockSignals() must run first thing in main(),
// before any thread exists, so that every thread inherits the blocked mask.
class TerminationWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationWatcher)

public:
    static void blockSignals();

    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

    bool isValid() const { return m_fd >= 0; }

Q_SIGNALS:
    void terminationRequested();

private:
    void onReadable();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr; // child
};
