#pragma once

#include <QObject>

#include "hookrunner.h"
#include "recordingevent.h"
#include "serverevent.h"
#include "serversettings.h"
#include "webhooksender.h"

/// What the operator has run when recordings start, drop and end (docs/hooks.md): the hook
/// commands and the webhook. Lives on a thread of its own, so that neither a socket thread nor
/// the faces' thread ever waits for a hook; the server hands it events through queued calls.
class RecordingHooks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingHooks)

public:
    explicit RecordingHooks(const ServerSettings &settings, QObject *parent = nullptr);

    /// A reload: counts from the next event.
    void updateSettings(const ServerSettings &settings);

    /// A new session began recording.
    void sessionStarted(const SessionStats &stats);
    /// A session ended, before its file is synced. An interrupted one runs on-interrupted; one
    /// that cannot be resumed is final as well. Complete and failed ones wait for
    /// recordingFinal().
    void sessionEnded(const SessionStats &stats, bool resumable);
    /// A recording is over for good and its file final (remuxed when it needed to be).
    void recordingFinal(const SessionStats &stats);

Q_SIGNALS:
    void eventOccurred(const ServerEvent &event);

private:
    void handle(const RecordingEvent &event);
    const QStringList &commandFor(RecordingEvent::Kind kind) const;

    ServerSettings m_settings;
    QProcessEnvironment m_baseEnvironment;
    HookRunner m_runner;
    WebhookSender m_webhook;
};
