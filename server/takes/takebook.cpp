#include "takebook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "session/randomid.h"
#include "storage/atomicfile.h"
#include "storage/recordingpaths.h"

TakeBook::TakeBook(const QString &recordingsDir) : m_recordingsDir(recordingsDir) { }

std::optional<Take> TakeBook::create(const QString &name, QString *errorString)
{
    Take take;
    take.id = randomHex(4);
    take.name = name.trimmed().left(MaxNameChars);
    take.createdAt = QDateTime::currentDateTimeUtc();
    take.folder = RecordingPaths::relativeTakeFolder(
        take.createdAt, RecordingPaths::sanitizeLabel(take.name, QStringLiteral("take")), take.id);

    const std::lock_guard lock(m_mutex);
    if (m_takes.size() >= MaxTakes) {
        *errorString = QStringLiteral("there are %1 takes already").arg(MaxTakes);
        return std::nullopt;
    }
    if (!QDir().mkpath(m_recordingsDir + u'/' + take.folder)) {
        *errorString = QStringLiteral("cannot create the folder %1").arg(take.folder);
        return std::nullopt;
    }
    if (!saveLocked(take, errorString))
        return std::nullopt;
    m_takes.insert(take.id, take);
    m_order.append(take.id);
    return take;
}

bool TakeBook::reopen(const QString &folder, QString *errorString)
{
    // Earshot's own take.json is a few KiB; anything far larger is not.
    constexpr qint64 MaxSidecarBytes = 1024 * 1024;
    QFile file(m_recordingsDir + u'/' + folder + u'/' + RecordingPaths::TakeSidecarName);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = file.errorString();
        return false;
    }
    if (file.size() > MaxSidecarBytes) {
        *errorString = QStringLiteral("take.json is too large");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *errorString = parseError.errorString();
        return false;
    }
    std::optional<Take> take = Take::fromJson(document.object(), folder, errorString);
    if (!take)
        return false;

    const std::lock_guard lock(m_mutex);
    if (m_takes.contains(take->id))
        return true;
    if (m_takes.size() >= MaxTakes) {
        *errorString = QStringLiteral("there are %1 takes already").arg(MaxTakes);
        return false;
    }
    // The tracks' names stay taken, so that a new guest of the same name gets a file of its own.
    QSet<QString> &names = m_trackNames[take->id];
    for (const TakeTrack &track : std::as_const(take->tracks)) {
        if (track.file.isEmpty())
            continue;
        const QString name = QFileInfo(track.file).completeBaseName().toLower();
        names.insert(name);
        m_trackNameOf.insert(track.session, name);
    }
    m_order.append(take->id);
    m_takes.insert(take->id, *std::move(take));
    return true;
}

std::optional<Take> TakeBook::find(const QString &id) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_takes.constFind(id);
    if (found == m_takes.constEnd())
        return std::nullopt;
    return *found;
}

QList<Take> TakeBook::takes() const
{
    const std::lock_guard lock(m_mutex);
    QList<Take> all;
    all.reserve(m_order.size());
    for (const QString &id : m_order)
        all.append(m_takes.value(id));
    return all;
}

std::optional<Take> TakeBook::setState(const QString &id, Take::State state, QString *errorString)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_takes.find(id);
    if (found == m_takes.end()) {
        *errorString = QStringLiteral("no take %1").arg(id);
        return std::nullopt;
    }
    Take &take = *found;
    if (state < take.state) {
        *errorString = QStringLiteral("the take is %1 already").arg(Take::stateName(take.state));
        return std::nullopt;
    }
    if (state == take.state)
        return take;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (state >= Take::State::Recording && !take.startedAt.isValid())
        take.startedAt = now;
    if (state == Take::State::Stopped)
        take.stoppedAt = now;
    take.state = state;
    // The change holds even when take.json cannot be rewritten (a full disk): the guests are
    // told all the same; the caller logs why.
    saveLocked(take, errorString);
    return take;
}

std::optional<TakeBook::Seat> TakeBook::seat(const QString &takeId, const QString &session,
    const QString &guest, const QString &sanitizedGuest, double captureStartMs, Refusal *refusal)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_takes.find(takeId);
    if (found == m_takes.end()) {
        *refusal = { true, QStringLiteral("There is no take \"%1\".").arg(takeId.left(16)) };
        return std::nullopt;
    }
    Take &take = *found;
    if (take.state == Take::State::Stopped) {
        *refusal
            = { false, QStringLiteral("The take \"%1\" was stopped by the host.").arg(take.name) };
        return std::nullopt;
    }
    if (take.tracks.size() >= MaxTracks) {
        *refusal = { false,
            QStringLiteral("The take \"%1\" has %2 tracks, the most it may.")
                .arg(take.name)
                .arg(MaxTracks) };
        return std::nullopt;
    }
    // Named by the guest; a second guest of the same name gets "_2", and so on. Compared without
    // case, for file systems that do not tell case apart.
    QSet<QString> &names = m_trackNames[takeId];
    QString trackName = sanitizedGuest;
    for (int n = 2; names.contains(trackName.toLower()); ++n)
        trackName = sanitizedGuest + u'_' + QString::number(n);
    names.insert(trackName.toLower());
    m_trackNameOf.insert(session, trackName.toLower());
    take.tracks.append({ session, guest.left(MaxNameChars), {}, captureStartMs });
    if (!take.startedAt.isValid())
        take.startedAt = QDateTime::currentDateTimeUtc(); // a guest who starts by themselves
    QString problem;
    if (!saveLocked(take, &problem))
        qWarning("earshot: take %s: %s", qPrintable(takeId), qPrintable(problem));
    return Seat { take.folder, trackName };
}

void TakeBook::unseat(const QString &takeId, const QString &session)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_takes.find(takeId);
    if (found == m_takes.end())
        return;
    found->tracks.removeIf([&](const TakeTrack &track) { return track.session == session; });
    m_trackNames[takeId].remove(m_trackNameOf.take(session));
    QString problem;
    if (!saveLocked(*found, &problem))
        qWarning("earshot: take %s: %s", qPrintable(takeId), qPrintable(problem));
}

void TakeBook::setTrackFile(const QString &takeId, const QString &session, const QString &file)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_takes.find(takeId);
    if (found == m_takes.end())
        return;
    for (TakeTrack &track : found->tracks) {
        if (track.session == session) {
            track.file = file;
            QString problem;
            if (!saveLocked(*found, &problem))
                qWarning("earshot: take %s: %s", qPrintable(takeId), qPrintable(problem));
            return;
        }
    }
}

bool TakeBook::saveLocked(const Take &take, QString *errorString) const
{
    // Small and rare (a take's start, stop and each guest): written under the lock so that two
    // workers never interleave their versions. The syncer's next pass takes it to the disk.
    return AtomicFile::replace(
        m_recordingsDir + u'/' + take.folder + u'/' + RecordingPaths::TakeSidecarName,
        QJsonDocument(take.toJson()).toJson(), AtomicFile::Sync::Later, 0, errorString);
}
