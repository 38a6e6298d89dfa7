#include "takeexportjob.h"

#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QThread>

#include "takeexport.h"

namespace {

// The takes being exported in this process, by absolute folder.
QMutex g_exportingMutex;
QSet<QString> g_exporting;

QString normalized(const QString &folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

} // namespace

// Runs on the job's thread: plans and writes, and tells the job how far it got.
class TakeExportJob::Worker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)

public:
    explicit Worker(QString takeFolder) : m_takeFolder(std::move(takeFolder)) { }

    // Thread-safe: the exporter's flag is atomic, and it stays set for a write not begun yet.
    void cancel() { m_exporter.cancel(); }

    void run()
    {
        QString problem;
        const std::optional<TakeExport::Plan> plan = TakeExport::plan(m_takeFolder, &problem);
        if (!plan) {
            Q_EMIT done(false, {}, problem);
            return;
        }
        int lastPercent = 0;
        const bool written = m_exporter.write(
            *plan,
            [&](double fraction) {
                // A hundred steps at most cross the threads, however small the decoder's.
                const int percent = int(std::floor(fraction * 100));
                if (percent <= lastPercent)
                    return;
                lastPercent = percent;
                Q_EMIT progressed(fraction);
            },
            &problem);
        Q_EMIT done(written, written ? m_exporter.files() : QStringList(), problem);
    }

Q_SIGNALS:
    void progressed(double fraction);
    void done(bool succeeded, const QStringList &files, const QString &errorString);

private:
    QString m_takeFolder;
    TakeExport m_exporter;
};

void TakeExportJob::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

TakeExportJob::TakeExportJob(const QString &takeFolder, QObject *parent)
    : QObject(parent), m_takeFolder(normalized(takeFolder))
{ }

TakeExportJob::~TakeExportJob()
{
    if (m_worker)
        m_worker->cancel();
    m_thread.reset();
    release();
}

bool TakeExportJob::isExporting(const QString &takeFolder)
{
    const QMutexLocker locker(&g_exportingMutex);
    return g_exporting.contains(normalized(takeFolder));
}

bool TakeExportJob::start(QString *errorString)
{
    if (m_started) {
        *errorString = tr("This export has run already.");
        return false;
    }
    {
        const QMutexLocker locker(&g_exportingMutex);
        if (g_exporting.contains(m_takeFolder)) {
            *errorString = tr("The take in %1 is being exported already: wait for that export "
                              "to finish, or cancel it.")
                               .arg(QDir::toNativeSeparators(m_takeFolder));
            return false;
        }
        g_exporting.insert(m_takeFolder);
        m_registered = true;
    }
    m_started = true;
    m_running = true;
    m_progress = 0;

    m_thread.reset(new QThread);
    m_thread->setObjectName(QStringLiteral("take export"));
    m_worker = new Worker(m_takeFolder); // owned by the thread's finished() below
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread.get(), &QThread::started, m_worker, &Worker::run);
    connect(m_worker, &Worker::progressed, this, &TakeExportJob::onProgress);
    connect(m_worker, &Worker::done, this, &TakeExportJob::onDone);
    m_thread->start(QThread::LowPriority);
    return true;
}

void TakeExportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_worker->cancel();
}

void TakeExportJob::onProgress(double progress)
{
    if (!m_running)
        return;
    m_progress = progress;
    Q_EMIT progressChanged(progress);
}

void TakeExportJob::onDone(bool succeeded, const QStringList &files, const QString &errorString)
{
    m_running = false;
    m_worker = nullptr; // deleted by the thread's finished()
    m_thread.reset();
    release();
    if (succeeded && m_progress < 1) {
        m_progress = 1;
        Q_EMIT progressChanged(1);
    }
    // The exporter says where it stopped ("Ada: cancelled"); the job only that it was stopped.
    Q_EMIT finished(
        succeeded, files, !succeeded && m_cancelled ? QStringLiteral("cancelled") : errorString);
}

void TakeExportJob::release()
{
    if (!m_registered)
        return;
    m_registered = false;
    const QMutexLocker locker(&g_exportingMutex);
    g_exporting.remove(m_takeFolder);
}

#include "takeexportjob.moc"
