#include "eventlogmodel.h"

#include <chrono>

#include <QColor>
#include <QLocale>

#include "common/displayformat.h"

using namespace std::chrono_literals;

namespace {

// Short enough to read as immediate, long enough to gather a burst.
constexpr auto FlushDelay = 100ms;

} // namespace

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushDelay);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogModel::flush);
}

EventLogModel::~EventLogModel() = default;

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ServerEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            // Seconds matter in a log, and the day is in the tooltip.
            return DisplayFormat::timeOfDay(event.time.toLocalTime().time(), QLocale());
        case Peer:
            return event.peer;
        case Session:
            return event.sessionId;
        case Message:
            return event.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(event.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Message)
            return event.text;
        return {};
    case Qt::ForegroundRole:
        switch (event.severity) {
        case ServerEvent::Severity::Info:
            return {};
        case ServerEvent::Severity::Warning:
            return QColor(0xb3, 0x5c, 0x00);
        case ServerEvent::Severity::Error:
            return QColor(0xc6, 0x28, 0x28);
        }
        return {};
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Peer:
        return tr("Device", "network address of the sending device");
    case Session:
        return tr("Session");
    case Message:
        return tr("Event");
    default:
        return {};
    }
}

void EventLogModel::addEvent(const ServerEvent &event)
{
    m_pending.append(event);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    if (m_pending.size() > MaxEvents)
        m_pending.remove(0, m_pending.size() - MaxEvents);
    const qsizetype overflow = m_events.size() + m_pending.size() - MaxEvents;
    if (overflow > 0)
        dropOldest(int(overflow));

    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_events.append(std::move(m_pending));
    m_pending.clear();
    endInsertRows();
}

void EventLogModel::dropOldest(int count)
{
    beginRemoveRows({}, 0, count - 1);
    m_events.remove(0, count);
    endRemoveRows();
}
