#pragma once

#include <QDockWidget>

#include "serverevent.h"

class EventLogModel;
class QTreeView;

/// The events log: connections, sessions starting and ending, errors.
class EventLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogDock)

public:
    explicit EventLogDock(QWidget *parent = nullptr);
    ~EventLogDock() override;

    void addEvent(const ServerEvent &event);
    EventLogModel *model() const;

private:
    EventLogModel *m_model;
    QTreeView *m_view;
    bool m_followNewest = true;
};
