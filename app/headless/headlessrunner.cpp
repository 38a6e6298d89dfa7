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

bool HeadlessRunner::recordTake(const QString &name)
{
    QString problem;
    const std::optional<Take> take = m_server.createTake(name, &problem);
    if (!take || !m_server.setTakeState(take->id, Take::State::Recording, &problem)) {
        m_err << tr("Cannot record the take \"%1\": %2").arg(name, problem) << Qt::endl;
        return false;
    }
    m_takeId = take->id;
    writeLine(
        u"Take \"%1\" recording into %2"_s.arg(take->name, QDir::toNativeSeparators(take->folder)));
    writeLine(u"Guests open: "_s + m_server.takeUrl(take->id).toString());
    return true;
}

void HeadlessRunner::onSignal(int signalNumber)
{
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
