#include "recordingevent.h"

#include <QFileInfo>

#include "storage/recordingpaths.h"

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString RecordingEvent::name() const
{
    switch (kind) {
    case Kind::Start:
        return QStringLiteral("start");
    case Kind::Interrupted:
        return QStringLiteral("interrupted");
    case Kind::Finish:
        return QStringLiteral("finish");
    }
    return {};
}

QString RecordingEvent::sidecarPath() const
{
    return stats.filePath.isEmpty() ? QString() : RecordingPaths::sidecarPath(stats.filePath);
}

QProcessEnvironment RecordingEvent::environment(const QProcessEnvironment &base) const
{
    QProcessEnvironment environment = base;
    const auto set = [&environment](const char *name, const QString &value) {
        environment.insert(QString::fromLatin1(name), value);
    };
    const QFileInfo file(stats.filePath);
    set("EARSHOT_EVENT", name());
    set("EARSHOT_SESSION", stats.id);
    set("EARSHOT_FILE", stats.filePath);
    set("EARSHOT_SIDECAR", sidecarPath());
    set("EARSHOT_BYTES", QString::number(file.exists() ? file.size() : 0));
    set("EARSHOT_RECEIVED_BYTES", QString::number(stats.bytes));
    set("EARSHOT_CHUNKS", QString::number(stats.chunks));
    set("EARSHOT_DURATION_MS",
        QString::number(stats.endedAt.isValid() ? stats.wallDurationMs(stats.endedAt) : 0));
    set("EARSHOT_AUDIO_DURATION_MS",
        stats.audioDurationMs >= 0 ? QString::number(stats.audioDurationMs) : QString());
    set("EARSHOT_OUTCOME", sessionStateName(stats.state));
    set("EARSHOT_ERROR", stats.errorCode);
    set("EARSHOT_RESUMABLE", resumable ? QStringLiteral("1") : QStringLiteral("0"));
    set("EARSHOT_CLIENT_NAME", stats.label);
    set("EARSHOT_CLIENT", stats.client);
    set("EARSHOT_USER_AGENT", stats.userAgent);
    set("EARSHOT_PEER", stats.peer);
    set("EARSHOT_FORMAT", stats.format);
    set("EARSHOT_TAKE", stats.take);
    set("EARSHOT_STARTED_AT", isoUtc(stats.startedAt));
    set("EARSHOT_ENDED_AT", isoUtc(stats.endedAt));
    return environment;
}
