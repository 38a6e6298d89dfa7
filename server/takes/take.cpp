#include "take.h"

#include <QJsonArray>
#include <QJsonValue>

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
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

std::optional<Take> Take::fromJson(
    const QJsonObject &object, const QString &folder, QString *errorString)
{
    Take take;
    take.id = object.value(QLatin1String("take")).toString();
    take.name = object.value(QLatin1String("name")).toString();
    take.folder = folder;
    take.createdAt = timeFrom(object.value(QLatin1String("createdAt")));
    take.startedAt = timeFrom(object.value(QLatin1String("startedAt")));
    take.stoppedAt = timeFrom(object.value(QLatin1String("stoppedAt")));
    // The id ends the folder's name: a take.json copied into another take's folder is not it.
    if (take.id.isEmpty() || !folder.endsWith(u'_' + take.id) || !take.createdAt.isValid()) {
        *errorString = QStringLiteral("not a take of this folder");
        return std::nullopt;
    }
    const QString state = object.value(QLatin1String("state")).toString();
    bool known = false;
    for (const State candidate : { State::Waiting, State::Recording, State::Stopped }) {
        if (state == stateName(candidate)) {
            take.state = candidate;
            known = true;
        }
    }
    if (!known) {
        *errorString = QStringLiteral("unknown state \"%1\"").arg(state.left(16));
        return std::nullopt;
    }
    for (const QJsonValue &value : object.value(QLatin1String("tracks")).toArray()) {
        const QJsonObject track = value.toObject();
        TakeTrack read { track.value(QLatin1String("session")).toString(),
            track.value(QLatin1String("guest")).toString(),
            track.value(QLatin1String("file")).toString(),
            track.value(QLatin1String("captureStartMs")).toDouble(-1) };
        if (read.session.isEmpty()) {
            *errorString = QStringLiteral("a track without a session");
            return std::nullopt;
        }
        take.tracks.append(read);
    }
    return take;
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
