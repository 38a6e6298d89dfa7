#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QStringList>

class QThread;

/// One "Export aligned" (TakeExport) of one take, on a thread of its own: the thread that
/// starts it never waits for the files. Progress arrives as a fraction a hundred times at most;
/// cancel() stops it and leaves no file of it. While it runs, another export of the same take in
/// this process is refused. Start, cancel and delete it on one thread.
class TakeExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakeExportJob)

public:
    explicit TakeExportJob(const QString &takeFolder, QObject *parent = nullptr);
    /// Cancels a running export and waits for its thread to end.
    ~TakeExportJob() override;

    /// Whether a job in this process is exporting the take in `takeFolder`.
    static bool isExporting(const QString &takeFolder);

    /// Begins the export; finished() follows, also when it fails. False, and nothing started,
    /// when this take is being exported already or this job has run.
    bool start(QString *errorString);
    /// The export stops as soon as it can; finished() then says it was cancelled.
    void cancel();

    QString takeFolder() const { return m_takeFolder; }
    bool isRunning() const { return m_running; }
    /// 0..1, of the running or last export.
    double progress() const { return m_progress; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progressChanged(double progress);
    /// `files`: what the export wrote, absolute; `errorString` why it did not ("cancelled" when
    /// cancel() stopped it).
    void finished(bool succeeded, const QStringList &files, const QString &errorString);

private:
    class Worker;
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    void onProgress(double progress);
    void onDone(bool succeeded, const QStringList &files, const QString &errorString);
    void release();

    QString m_takeFolder;
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    Worker *m_worker = nullptr; ///< lives on m_thread, deleted when it finishes
    double m_progress = 0;
    bool m_running = false;
    bool m_started = false;
    bool m_registered = false; ///< m_takeFolder is in the set of takes being exported
    bool m_cancelled = false;
};
