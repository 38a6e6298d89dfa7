#include "headlessrunner.h"

#include <algorithm>
#include <cstdio>

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include "captureserver.h"
#include "common/displayformat.h"
#include "common/signalwatcher.h"
#include "logtext.h"
#include "takes/takeexportjob.h"

using namespace Qt::StringLiterals;

namespace {

// Log lines are for scripts too: the same digits and units whatever the system language.
const QLocale &logLocale()
{
    static const QLocale locale = QLocale::c();
    return locale;
}

QString timestamp(const QDateTime &time)
{
    return time.toLocalTime().toString(Qt::ISODateWithMs);
}

QString severityName(ServerEvent::Severity severity)
{
    switch (severity) {
    case ServerEvent::Severity::Info:
        return u"info"_s;
    case ServerEvent::Severity::Warning:
        return u"warning"_s;
    case ServerEvent::Severity::Error:
        return u"error"_s;
    }
    return {};
}

// Every field may carry what a client sent (its name, user agent, format, a session id).
QString field(const QString &text)
{
    return text.isEmpty() ? u"-"_s : LogText::escaped(text);
}

} // namespace

HeadlessRunner::HeadlessRunner(CaptureServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_signals(std::make_unique<SignalWatcher>())
    , m_out(stdout)
    , m_err(stderr)
{
    connect(m_signals.get(), &SignalWatcher::signalReceived, this, &HeadlessRunner::onSignal);
    connect(&m_server, &CaptureServer::eventOccurred, this, &HeadlessRunner::logEvent);
    connect(&m_server, &CaptureServer::shutdownFinished, this, &HeadlessRunner::onShutdownFinished);

    m_totalsTimer.setInterval(TotalsInterval);
    connect(&m_totalsTimer, &QTimer::timeout, this, &HeadlessRunner::logTotals);
    m_exportTimeout.setSingleShot(true);
    m_exportTimeout.setInterval(ExportAtEndTimeout);
    connect(&m_exportTimeout, &QTimer::timeout, this, [this] {
        writeLine(
            u"The export takes longer than %1 s: cancelled"_s.arg(ExportAtEndTimeout.count()));
        if (m_export)
            m_export->cancel();
    });
}

HeadlessRunner::~HeadlessRunner() = default;

QString HeadlessRunner::defaultRecordingsDir()
{
    return QDir::current().absoluteFilePath(u"recordings"_s);
}

bool HeadlessRunner::start(const ServerSettings &settings)
{
    if (!m_signals->isActive())
        m_err << "Cannot watch for SIGINT and SIGTERM: " << m_signals->errorString() << Qt::endl;

    if (!m_server.start(settings)) {
        // The port is named even when the server's reason leaves it out: a busy port is the
        // usual failure, and the operator has to know which one.
        m_err << tr("Earshot could not start on port %1: %2")
                     .arg(QString::number(settings.port), m_server.errorString())
              << Qt::endl;
        return false;
    }
    writeLine(u"Earshot %1 listening on port %2, recordings in %3"_s.arg(
        QCoreApplication::applicationVersion(), QString::number(m_server.port()),
        QDir::toNativeSeparators(settings.recordingsDir)));
    const QList<QUrl> urls = m_server.urls();
    for (const QUrl &url : urls)
        writeLine(u"  "_s + url.toString());
    writeLine(u"Open on a phone: "_s + m_server.pairingUrl().toString());
    if (!m_server.authorityFingerprint().isEmpty())
        writeLine(u"Certificate authority (trust it once from /ca.crt): SHA-256 "_s
            + m_server.authorityFingerprint());
    m_totalsTimer.start();
    return true;
}

bool HeadlessRunner::recordTake(const QString &name, bool exportAtEnd)
{
    QString problem;
    const std::optional<Take> take = m_server.createTake(name, &problem);
    if (!take || !m_server.setTakeState(take->id, Take::State::Recording, &problem)) {
        m_err << tr("Cannot record the take \"%1\": %2").arg(name, problem) << Qt::endl;
        return false;
    }
    m_takeId = take->id;
    m_takeFolder = m_server.settings().recordingsDir + u'/' + take->folder;
    m_exportAtEnd = exportAtEnd;
    writeLine(
        u"Take \"%1\" recording into %2"_s.arg(take->name, QDir::toNativeSeparators(take->folder)));
    writeLine(u"Guests open: "_s + m_server.takeUrl(take->id).toString());
    return true;
}

void HeadlessRunner::onSignal(int signalNumber)
{
    if (m_stopping && m_export) {
        writeLine(u"%1 received again: cancelling the export"_s.arg(
            SignalWatcher::signalName(signalNumber)));
        m_export->cancel();
        return;
    }
    if (m_stopping) {
        writeLine(u"%1 received again: still finishing recordings"_s.arg(
            SignalWatcher::signalName(signalNumber)));
        return;
    }
    m_stopping = true;
    writeLine(u"%1 received: finishing recordings"_s.arg(SignalWatcher::signalName(signalNumber)));
    if (!m_takeId.isEmpty() && m_server.isListening()) {
        stopTakeThenShutDown();
        return;
    }
    if (!m_server.isListening()) {
        // Nothing runs that would report a finished shutdown.
        onShutdownFinished();
        return;
    }
    m_server.shutdown();
}

void HeadlessRunner::stopTakeThenShutDown()
{
    // The guests' pages are told first, so that they stop their recordings themselves and their
    // last chunks reach the files; the server shuts down once they have, or after a while.
    QString problem;
    if (!m_server.setTakeState(m_takeId, Take::State::Stopped, &problem)) {
        m_err << tr("Cannot stop the take: %1").arg(problem) << Qt::endl;
        m_server.shutdown();
        return;
    }
    m_takeEnding.start();
    auto *check = new QTimer(this);
    check->setInterval(TakeEndCheckInterval);
    connect(check, &QTimer::timeout, this, [this, check] {
        const QList<SessionStats> sessions = m_server.sessions();
        const bool guestsRecording = std::any_of(sessions.cbegin(), sessions.cend(),
            [this](const SessionStats &stats) { return stats.take == m_takeId && stats.isLive(); });
        if (guestsRecording && !m_takeEnding.hasExpired(TakeEndWait.count()))
            return;
        check->deleteLater();
        if (guestsRecording)
            writeLine(u"Guests still recording after %1 s: their sessions end interrupted"_s.arg(
                TakeEndWait.count() / 1000));
        m_server.shutdown();
    });
    check->start();
}

void HeadlessRunner::onShutdownFinished()
{
    m_totalsTimer.stop();
    logTotals();
    writeLine(u"Stopped"_s);
    // Every track is final now: the server finalized the guests' files on its way down.
    if (m_exportAtEnd && !m_takeId.isEmpty()) {
        exportTake();
        return;
    }
    Q_EMIT finished(0);
}

void HeadlessRunner::exportTake()
{
    writeLine(u"Exporting the take aligned into %1"_s.arg(
        QDir::toNativeSeparators(m_takeFolder + u"/aligned"_s)));
    m_export = std::make_unique<TakeExportJob>(m_takeFolder);
    connect(m_export.get(), &TakeExportJob::progressChanged, this, [this](double progress) {
        // A line every tenth: enough to see it move in a log.
        const int percent = int(progress * 100) / 10 * 10;
        if (percent <= m_exportPercentShown || percent >= 100)
            return;
        m_exportPercentShown = percent;
        writeLine(u"Exporting: %1 %"_s.arg(percent));
    });
    connect(m_export.get(), &TakeExportJob::finished, this, &HeadlessRunner::onExportFinished);
    QString problem;
    if (!m_export->start(&problem)) {
        m_export.reset();
        m_err << tr("Cannot export the take: %1").arg(problem) << Qt::endl;
        Q_EMIT finished(1);
        return;
    }
    m_exportTimeout.start();
}

void HeadlessRunner::onExportFinished(
    bool succeeded, const QStringList &files, const QString &errorString)
{
    m_exportTimeout.stop();
    // Deleted once its signal has returned: it is the sender.
    m_export.release()->deleteLater();
    if (!succeeded) {
        m_err << tr("Cannot export the take: %1").arg(errorString) << Qt::endl;
        Q_EMIT finished(1);
        return;
    }
    for (const QString &file : files)
        writeLine(u"Exported "_s + QDir::toNativeSeparators(file));
    Q_EMIT finished(0);
}

void HeadlessRunner::logEvent(const ServerEvent &event)
{
    m_out << timestamp(event.time) << ' ' << severityName(event.severity) << ' '
          << field(event.peer) << ' ' << field(event.sessionId) << ' '
          << LogText::escaped(event.text) << Qt::endl;
}

void HeadlessRunner::logTotals()
{
    const ServerTotals totals = m_server.totals();
    writeLine(u"totals: live %1, sessions %2, connections %3, received %4, rate %5"_s.arg(
        QString::number(totals.liveSessions), QString::number(totals.sessions),
        QString::number(totals.connections), DisplayFormat::dataSize(totals.bytes, logLocale()),
        DisplayFormat::dataSize(qRound64(totals.byteRate), logLocale()) + u"/s"_s));
}

void HeadlessRunner::writeLine(const QString &text)
{
    m_out << timestamp(QDateTime::currentDateTime()) << ' ' << text << Qt::endl;
}
