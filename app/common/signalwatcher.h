#pragma once

#include <memory>

#include <QObject>

class QSocketNotifier;

/// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal on the thread that made the watcher. A signal
/// handler may only call async-signal-safe functions, so it writes the signal's number into a
/// socket pair and the event loop reads it from the other end (the self-pipe trick).
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    /// One watcher at a time: the handler has a single socket to write to.
    explicit SignalWatcher(QObject *parent = nullptr);
    /// Puts the previous handlers back.
    ~SignalWatcher() override;

    bool isActive() const;
    QString errorString() const;

    /// "SIGINT", "SIGTERM" or "SIGHUP", for log lines.
    static QString signalName(int signalNumber);

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignals();

    std::unique_ptr<QSocketNotifier> m_notifier;
    QString m_errorString;
};
