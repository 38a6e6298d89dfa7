#include "recordinghooks.h"

#include <QDateTime>
#include <QFile>

namespace {

WebhookSender::Settings webhookSettings(const ServerSettings &settings)
{
    return { settings.webhookUrl, settings.webhookSecret, std::max(1, settings.webhookTries),
        settings.webhookRetryDelay, settings.hookTimeout };
}

} // namespace

RecordingHooks::RecordingHooks(const ServerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_baseEnvironment(QProcessEnvironment::systemEnvironment())
    , m_runner(this)
    , m_webhook(this)
{
    connect(&m_runner, &HookRunner::eventOccurred, this, &RecordingHooks::eventOccurred);
    connect(&m_webhook, &WebhookSender::eventOccurred, this, &RecordingHooks::eventOccurred);
    updateSettings(settings);
}

void RecordingHooks::updateSettings(const ServerSettings &settings)
{
    m_settings = settings;
    m_runner.setLimits(settings.hookTimeout, settings.maxRunningHooks);
    m_webhook.setSettings(webhookSettings(settings));
}

void RecordingHooks::sessionStarted(const SessionStats &stats)
{
    handle({ RecordingEvent::Kind::Start, stats, false });
}

void RecordingHooks::sessionEnded(const SessionStats &stats, bool resumable)
{
    if (stats.state != SessionStats::State::Interrupted)
        return;
    handle({ RecordingEvent::Kind::Interrupted, stats, resumable });
    // Nothing else will end it: it is as final as it gets.
    if (!resumable)
        recordingFinal(stats);
}

void RecordingHooks::recordingFinal(const SessionStats &stats)
{
    handle({ RecordingEvent::Kind::Finish, stats, false });
}

void RecordingHooks::handle(const RecordingEvent &event)
{
    const QStringList &command = commandFor(event.kind);
    if (!command.isEmpty())
        m_runner.run(QStringLiteral("on-") + event.name(), command,
            event.environment(m_baseEnvironment), event.stats.id, event.stats.peer);
    if (event.kind != RecordingEvent::Kind::Finish || !m_webhook.isEnabled())
        return;
    QFile sidecar(event.sidecarPath());
    if (!sidecar.open(QIODevice::ReadOnly)) {
        Q_EMIT eventOccurred({ QDateTime::currentDateTime(), ServerEvent::Severity::Warning,
            event.stats.id, event.stats.peer,
            tr("The webhook was not sent: cannot read the sidecar %1: %2")
                .arg(sidecar.fileName(), sidecar.errorString()) });
        return;
    }
    m_webhook.send(event.name(), event.stats.id, event.stats.peer, sidecar.readAll());
}

const QStringList &RecordingHooks::commandFor(RecordingEvent::Kind kind) const
{
    switch (kind) {
    case RecordingEvent::Kind::Start:
        return m_settings.onStartCommand;
    case RecordingEvent::Kind::Interrupted:
        return m_settings.onInterruptedCommand;
    case RecordingEvent::Kind::Finish:
        break;
    }
    return m_settings.onFinishCommand;
}
