#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class CaptureServer;
class QAction;
class QAbstractItemView;
class QPoint;

/// What a person can do with the sessions selected in the table: open the recording, show its
/// folder, copy its path, or cut the device off. Offered in the context menu and the toolbar.
class SessionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)

public:
    /// The view must already have its model; the actions follow its selection.
    SessionActions(QAbstractItemView &view, CaptureServer &server, QObject *parent = nullptr);
    ~SessionActions() override;

    QList<QAction *> actions() const;

private:
    struct Selected
    {
        QString sessionId;
        QString filePath;
        bool live = false;
    };

    QList<Selected> selectedSessions() const;
    void updateEnabled();
    void openFile();
    void showInFolder();
    void copyPath();
    void disconnectSessions();
    void showContextMenu(const QPoint &position);

    QAbstractItemView &m_view;
    CaptureServer &m_server;
    QAction *m_openFile;
    QAction *m_showInFolder;
    QAction *m_copyPath;
    QAction *m_disconnect;
    QTimer m_updateTimer;
};
