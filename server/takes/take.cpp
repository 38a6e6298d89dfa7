#include "take.h"

#include <QJsonArray>

namespace {
QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QString Take::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Recording:
        return QStringLiteral("recording");
    case State::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QJsonObject Take::toJson() const
{
    QJsonArray trackArray;
    for (const TakeTrack &track : tracks) {
        QJsonObject object { { QStringLiteral("session"), track.session },
            { QStringLiteral("guest"), track.guest }, { QStringLiteral("file"), track.file } };
        if (track.captureStartMs >= 0)
            object.insert(QStringLiteral("captureStartMs"), track.captureStartMs);
        trackArray.append(object);
    }
    return { { QStringLiteral("take"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("createdAt"), timeValue(createdAt) },
        { QStringLiteral("startedAt"), timeValue(startedAt) },
        { QStringLiteral("stoppedAt"), timeValue(stoppedAt) },
        { QStringLiteral("tracks"), trackArray } };
}
