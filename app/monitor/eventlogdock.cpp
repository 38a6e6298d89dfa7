#include "eventlogdock.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTime>
#include <QTreeView>

#include "common/displayformat.h"
#include "eventlogmodel.h"

using namespace Qt::StringLiterals;

EventLogDock::EventLogDock(QWidget *parent)
    : QDockWidget(tr("Events"), parent)
    , m_model(new EventLogModel(this))
    , m_view(new QTreeView(this))
{
    // saveState() finds docks by name.
    setObjectName(u"eventsDock"_s);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(true);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(u'0');
    // As wide as the locale's longest time of day ("12:59:59 PM" in English), with a margin.
    const QString widestTime = DisplayFormat::timeOfDay(QTime(12, 59, 59), QLocale());
    m_view->header()->resizeSection(
        EventLogModel::Time, m_view->fontMetrics().horizontalAdvance(widestTime) + charWidth * 2);
    m_view->header()->resizeSection(EventLogModel::Peer, charWidth * 22);
    m_view->header()->resizeSection(EventLogModel::Session, charWidth * 18);
    setWidget(m_view);

    // Keep showing the newest line, unless the reader scrolled up to look at an older one.
    connect(m_model, &EventLogModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followNewest = bar->value() == bar->maximum();
    });
    connect(m_model, &EventLogModel::rowsInserted, this, [this] {
        if (m_followNewest)
            m_view->scrollToBottom();
    });
}

EventLogDock::~EventLogDock() = default;

void EventLogDock::addEvent(const ServerEvent &event)
{
    m_model->addEvent(event);
}

EventLogModel *EventLogDock::model() const
{
    return m_model;
}
