#include "sessiontablemodel.h"

#include <algorithm>

#include <QColor>
#include <QFileInfo>
#include <QPointF>

#include "common/displayformat.h"

namespace {

QColor stateColor(SessionStats::State state)
{
    switch (state) {
    case SessionStats::State::Recording:
        return QColor(0x2e, 0xa0, 0x43);
    case SessionStats::State::Interrupted:
        return QColor(0xd9, 0x8c, 0x1f);
    case SessionStats::State::Complete:
        return QColor(0x8a, 0x8f, 0x98);
    case SessionStats::State::Failed:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

qint64 shownDurationMs(const SessionStats &session)
{
    if (session.audioDurationMs >= 0)
        return session.audioDurationMs;
    // Without an audio clock, the time from the first to the latest bytes is the best guess. It
    // moves only when bytes arrive, which is when the row is updated anyway: no timer needed.
    const QDateTime end = session.endedAt.isValid() ? session.endedAt : session.lastActivity;
    if (!session.startedAt.isValid() || !end.isValid())
        return -1;
    return std::max<qint64>(0, session.startedAt.msecsTo(end));
}

bool isNumeric(int column)
{
    switch (column) {
    case SessionTableModel::Chunks:
    case SessionTableModel::Bytes:
    case SessionTableModel::Rate:
    case SessionTableModel::Duration:
    case SessionTableModel::Level:
    case SessionTableModel::Unsent:
        return true;
    default:
        return false;
    }
}

} // namespace

SessionTableModel::SessionTableModel(QObject *parent) : QAbstractTableModel(parent) { }

SessionTableModel::~SessionTableModel() = default;

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SessionStats &session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(session, index.column());
    case SortRole:
        return sortValue(session, index.column());
    case Qt::ToolTipRole:
        return toolTip(session, index.column());
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(stateColor(session.state)) : QVariant();
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SessionIdRole:
        return session.id;
    case FilePathRole:
        return session.filePath;
    case LiveRole:
        return session.isLive();
    case ChannelLevelsRole:
        if (!session.isLive() || session.rightLevel < 0)
            return {};
        return QPointF(session.leftLevel, session.rightLevel);
    case TakeRole:
        return session.take;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State:
        return tr("State");
    case Name:
        return tr("Name", "session label");
    case Peer:
        return tr("Device", "network address of the sending device");
    case Format:
        return tr("Format", "audio format");
    case Chunks:
        return tr("Chunks", "messages received");
    case Bytes:
        return tr("Received", "amount of data");
    case Rate:
        return tr("Rate", "data rate");
    case Duration:
        return tr("Duration");
    case Level:
        return tr("Level", "audio level");
    case Unsent:
        return tr("Unsent", "audio the device holds that has not reached Earshot");
    case File:
        return tr("File");
    default:
        return {};
    }
}

void SessionTableModel::updateSessions(const QList<SessionStats> &changed)
{
    QList<Update> updates;
    updates.reserve(changed.size());
    QList<SessionStats> added;
    // A session may appear twice in one batch; the later figures win.
    QHash<QString, qsizetype> addedIndex;

    for (const SessionStats &session : changed) {
        if (const auto row = m_rowBySession.constFind(session.id); row != m_rowBySession.cend()) {
            updates.append({ *row, &session });
        } else if (const auto pending = addedIndex.constFind(session.id);
                   pending != addedIndex.cend()) {
            added[*pending] = session;
        } else {
            addedIndex.insert(session.id, added.size());
            added.append(session);
        }
    }

    applyUpdates(std::move(updates));

    if (added.isEmpty())
        return;
    const int first = int(m_sessions.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_sessions.reserve(m_sessions.size() + added.size());
    for (SessionStats &session : added) {
        m_rowBySession.insert(session.id, int(m_sessions.size()));
        m_sessions.append(std::move(session));
    }
    endInsertRows();
}

QString SessionTableModel::stateText(SessionStats::State state)
{
    switch (state) {
    case SessionStats::State::Recording:
        return tr("Recording", "session state");
    case SessionStats::State::Interrupted:
        return tr("Interrupted", "session state");
    case SessionStats::State::Complete:
        return tr("Complete", "session state");
    case SessionStats::State::Failed:
        return tr("Failed", "session state");
    }
    return {};
}

QList<int> SessionTableModel::changingRoles()
{
    return { Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, SortRole, FilePathRole, LiveRole,
        ChannelLevelsRole };
}

void SessionTableModel::applyUpdates(QList<Update> updates)
{
    // One signal per run of neighbouring rows: with every stream live, a whole batch is one
    // signal, and the roles let proxies skip re-sorting when the sort role is not among them.
    // Each run's rows change just before its signal, never earlier: a sorting proxy places the
    // rows of a signal among the others by their values, which must still be the ones it knows.
    std::stable_sort(updates.begin(), updates.end(),
        [](const Update &a, const Update &b) { return a.row < b.row; });
    const QList<int> roles = changingRoles();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < updates.size(); ++i) {
        m_sessions[updates.at(i).row] = *updates.at(i).stats;
        const bool runContinues
            = i + 1 < updates.size() && updates.at(i + 1).row <= updates.at(i).row + 1;
        if (runContinues)
            continue;
        Q_EMIT dataChanged(
            index(updates.at(runStart).row, 0), index(updates.at(i).row, ColumnCount - 1), roles);
        runStart = i + 1;
    }
}

QVariant SessionTableModel::displayText(const SessionStats &session, int column) const
{
    switch (column) {
    case State:
        return stateText(session.state);
    case Name:
        // An Icecast source's stream shows what it plays now: "Morning show · Band - Song".
        return session.title.isEmpty() ? session.label
                                       : session.label + QStringLiteral(" · ") + session.title;
    case Peer:
        // "Chrome 131 on Android · 192.168.1.23:50412": what a person recognises, then where.
        return session.client.isEmpty() ? session.peer
                                        : session.client + QStringLiteral(" · ") + session.peer;
    case Format:
        return DisplayFormat::audioFormat(session.format, m_locale);
    case Chunks:
        return m_locale.toString(session.chunks);
    case Bytes:
        return DisplayFormat::dataSize(session.bytes, m_locale);
    case Rate:
        // A finished session has no rate; a stale figure would read as if it still streamed.
        return session.isLive() ? DisplayFormat::dataRate(session.byteRate, m_locale) : QString();
    case Duration:
        return DisplayFormat::duration(shownDurationMs(session));
    case Level:
        return session.isLive() ? DisplayFormat::level(session.level, m_locale) : QString();
    case Unsent:
        return DisplayFormat::heldAudio(session.unsentDurationMs, m_locale);
    case File:
        return QFileInfo(session.filePath).fileName();
    default:
        return {};
    }
}

QVariant SessionTableModel::sortValue(const SessionStats &session, int column) const
{
    switch (column) {
    case State:
        return int(session.state);
    case Name:
        return session.label;
    case Peer:
        return session.peer;
    case Format:
        return session.format;
    case Chunks:
        return session.chunks;
    case Bytes:
        return session.bytes;
    case Rate:
        return session.isLive() ? session.byteRate : 0.0;
    case Duration:
        return shownDurationMs(session);
    case Level:
        return session.isLive() ? session.level : -1.0;
    case Unsent:
        return session.unsentDurationMs;
    case File:
        return session.filePath;
    default:
        return {};
    }
}

QVariant SessionTableModel::toolTip(const SessionStats &session, int column) const
{
    switch (column) {
    case State:
        if (session.state == SessionStats::State::Failed && !session.errorCode.isEmpty())
            return tr("Failed: %1", "session state with the reason").arg(session.errorCode);
        return {};
    case Name:
        if (!session.title.isEmpty()) {
            const QString playing
                = tr("Now playing: %1", "an Icecast stream's title").arg(session.title);
            return session.userAgent.isEmpty() ? playing
                                               : QString(playing + u'\n' + session.userAgent);
        }
        return session.userAgent.isEmpty() ? QVariant() : QVariant(session.userAgent);
    case Peer:
        return session.userAgent.isEmpty() ? QVariant() : QVariant(session.userAgent);
    case Format:
        return session.format;
    case Bytes:
        return tr("%1 bytes", "exact amount of data").arg(m_locale.toString(session.bytes));
    case Unsent:
        if (session.unsentBytes <= 0)
            return {};
        return tr("The device holds %1 that Earshot has not received yet.")
            .arg(DisplayFormat::dataSize(session.unsentBytes, m_locale));
    case File:
        return session.filePath;
    default:
        return {};
    }
}
