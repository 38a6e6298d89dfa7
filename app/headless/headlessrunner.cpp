#include "headlessrunner.h"

#include <algorithm>
#include <csignal>

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include "captureserver.h"
#include "common/displayformat.h"
#include "common/signalwatcher.h"
#include "logtext.h"
#include "takes/takeexportjob.h"
#include "terminalqrcode.h"

using namespace Qt::StringLiterals;

namespace {

// Log lines are for scripts too: the same digits and units whatever the system language.
const QLocale &logLocale()
{
    static const QLocale locale = QLocale::c();
    return locale;
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

HeadlessRunner::HeadlessRunner(CaptureServer &server, ConfigReader readConfig, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_readConfig(std::move(readConfig))
    , m_signals(std::make_unique<SignalWatcher>())
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

bool HeadlessRunner::start()
{
    if (!m_signals->isActive())
        writeProblem(u"Cannot watch for SIGINT, SIGTERM and SIGHUP: "_s + m_signals->errorString());

    QString problem;
    const std::optional<Config> config = m_readConfig(&problem);
    if (!config) {
        writeProblem(problem);
        return false;
    }
    const ServerSettings &settings = config->settings;
    if (!m_server.start(settings)) {
        // The port is named even when the server's reason leaves it out: a busy port is the
        // usual failure, and the operator has to know which one.
        writeProblem(tr("Earshot could not start on port %1: %2")
                         .arg(QString::number(settings.port), m_server.errorString()));
        return false;
    }
    if (!config->path.isEmpty())
        writeLine(u"Settings from "_s + LogText::escaped(config->path));
    writeLine(u"Earshot %1 listening on port %2, recordings in %3"_s.arg(
        QCoreApplication::applicationVersion(), QString::number(m_server.port()),
        LogText::escaped(QDir::toNativeSeparators(settings.recordingsDir))));
    printPairing();
    m_totalsTimer.start();
    m_takeName = config->takeName;
    return m_takeName.isEmpty() || recordTake(m_takeName, config->exportAtEnd);
}

void HeadlessRunner::printPairing()
{
    const QString pairing = m_server.pairingUrl().toString();
    // In a terminal the way in comes first, with a code to scan; a log gets it as plain lines.
    if (m_log.isTerminal()) {
        writeLine(u"Open on a phone (scan the code): "_s + pairing);
        const QStringList code = TerminalQrCode::lines(pairing);
        if (!code.isEmpty())
            m_log.writeRaw(code.join(u'\n') + u'\n');
    }
    const QList<QUrl> urls = m_server.urls();
    for (const QUrl &url : urls)
        writeLine(u"  "_s + url.toString());
    if (!m_log.isTerminal())
        writeLine(u"Open on a phone: "_s + pairing);
    if (!m_server.authorityFingerprint().isEmpty())
        writeLine(u"Certificate authority (trust it once from /ca.crt): SHA-256 "_s
            + m_server.authorityFingerprint());
}

bool HeadlessRunner::recordTake(const QString &name, bool exportAtEnd)
{
    QString problem;
    // After a restart in the middle of it (a crash, an update), the take goes on where it was:
    // its guests' pages rejoin it.
    std::optional<Take> take = m_server.unfinishedTake(name);
    const bool takenUp = take.has_value();
    if (!take)
        take = m_server.createTake(name, &problem);
    if (!take || !m_server.setTakeState(take->id, Take::State::Recording, &problem)) {
        writeProblem(tr("Cannot record the take \"%1\": %2").arg(name, problem));
        return false;
    }
    if (takenUp)
        writeLine(u"Take \"%1\" taken up again from before the restart"_s.arg(take->name));
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
    if (signalNumber == SIGHUP) {
        reload();
        return;
    }
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

void HeadlessRunner::reload()
{
    if (m_stopping || !m_server.isListening())
        return;
    QString problem;
    const std::optional<Config> config = m_readConfig(&problem);
    if (!config) {
        m_log.write(ServerEvent::Severity::Error,
            u"SIGHUP received: the settings stay as they were: "_s + LogText::escaped(problem));
        return;
    }
    CaptureServer::Reconfiguration result = m_server.reconfigure(config->settings);
    QStringList needsRestart = result.needsRestart;
    if (config->takeName != m_takeName) {
        needsRestart.append(u"take"_s);
    } else if (!m_takeId.isEmpty() && config->exportAtEnd != m_exportAtEnd) {
        // Read when the take stops, so it can change until then.
        m_exportAtEnd = config->exportAtEnd;
        result.applied.append(u"export-at-end"_s);
    }
    const QString source
        = config->path.isEmpty() ? u"the command line"_s : LogText::escaped(config->path);
    writeLine(result.applied.isEmpty()
            ? u"SIGHUP received: read %1, nothing to change"_s.arg(source)
            : u"SIGHUP received: read %1, applied %2"_s.arg(source, result.applied.join(u", "_s)));
    if (!needsRestart.isEmpty()) {
        m_log.write(ServerEvent::Severity::Warning,
            u"Changed but not applied until a restart: "_s + needsRestart.join(u", "_s));
    }
}

void HeadlessRunner::stopTakeThenShutDown()
{
    // The guests' pages are told first, so that they stop their recordings themselves and their
    // last chunks reach the files; the server shuts down once they have, or after a while.
    QString problem;
    if (!m_server.setTakeState(m_takeId, Take::State::Stopped, &problem)) {
        writeProblem(tr("Cannot stop the take: %1").arg(problem));
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
        writeProblem(tr("Cannot export the take: %1").arg(problem));
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
        writeProblem(tr("Cannot export the take: %1").arg(errorString));
        Q_EMIT finished(1);
        return;
    }
    for (const QString &file : files)
        writeLine(u"Exported "_s + QDir::toNativeSeparators(file));
    Q_EMIT finished(0);
}

void HeadlessRunner::logEvent(const ServerEvent &event)
{
    m_log.write(event.severity,
        severityName(event.severity) + u' ' + field(event.peer) + u' ' + field(event.sessionId)
            + u' ' + LogText::escaped(event.text),
        LogOutput::Stream::Out, event.time);
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
    m_log.write(ServerEvent::Severity::Info, text);
}

void HeadlessRunner::writeProblem(const QString &text)
{
    m_log.write(ServerEvent::Severity::Error, LogText::escaped(text), LogOutput::Stream::Err);
}
