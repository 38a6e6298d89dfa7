#include "sessionactions.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>

#include "captureserver.h"
#include "common/themedicon.h"
#include "sessiontablemodel.h"

using namespace Qt::StringLiterals;

SessionActions::SessionActions(QAbstractItemView &view, CaptureServer &server, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_server(server)
    , m_openFile(new QAction(
          themedIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay), tr("&Open Recording"), this))
    , m_showInFolder(new QAction(
          themedIcon(u"folder-open"_s, QStyle::SP_DirOpenIcon), tr("Show in &Folder"), this))
    , m_copyPath(
          new QAction(themedIcon(u"edit-copy"_s, QStyle::SP_FileIcon), tr("&Copy Path"), this))
    , m_disconnect(new QAction(
          themedIcon(u"network-disconnect"_s, QStyle::SP_BrowserStop), tr("&Disconnect"), this))
{
    m_openFile->setToolTip(tr("Open the selected recording in the default player"));
    m_showInFolder->setToolTip(tr("Open the folder that holds the selected recording"));
    m_copyPath->setToolTip(tr("Copy the paths of the selected recordings"));
    m_copyPath->setShortcut(QKeySequence::Copy);
    m_copyPath->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_disconnect->setToolTip(tr("Close the connection of the selected live sessions"));
    // The copy shortcut belongs to the table, not to every text field of the window.
    m_view.addAction(m_copyPath);

    connect(m_openFile, &QAction::triggered, this, &SessionActions::openFile);
    connect(m_showInFolder, &QAction::triggered, this, &SessionActions::showInFolder);
    connect(m_copyPath, &QAction::triggered, this, &SessionActions::copyPath);
    connect(m_disconnect, &QAction::triggered, this, &SessionActions::disconnectSessions);
    connect(&m_view, &QAbstractItemView::activated, this, &SessionActions::openFile);

    m_view.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_view, &QWidget::customContextMenuRequested, this, &SessionActions::showContextMenu);

    // Liveness changes arrive as dataChanged, several per batch once the proxy splits ranges;
    // one check after the batch is enough.
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &SessionActions::updateEnabled);
    connect(m_view.selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SessionActions::updateEnabled);
    connect(m_view.model(), &QAbstractItemModel::dataChanged, &m_updateTimer,
        qOverload<>(&QTimer::start));
    connect(m_view.model(), &QAbstractItemModel::layoutChanged, &m_updateTimer,
        qOverload<>(&QTimer::start));
    updateEnabled();
}

SessionActions::~SessionActions() = default;

QList<QAction *> SessionActions::actions() const
{
    return { m_openFile, m_showInFolder, m_copyPath, m_disconnect };
}

QList<SessionActions::Selected> SessionActions::selectedSessions() const
{
    QList<Selected> selected;
    const QModelIndexList rows = m_view.selectionModel()->selectedRows();
    selected.reserve(rows.size());
    for (const QModelIndex &row : rows) {
        selected.append({ row.data(SessionTableModel::SessionIdRole).toString(),
            row.data(SessionTableModel::FilePathRole).toString(),
            row.data(SessionTableModel::LiveRole).toBool() });
    }
    return selected;
}

void SessionActions::updateEnabled()
{
    const QList<Selected> selected = selectedSessions();
    const bool one = selected.size() == 1 && !selected.constFirst().filePath.isEmpty();
    m_openFile->setEnabled(one);
    m_showInFolder->setEnabled(one);
    m_copyPath->setEnabled(!selected.isEmpty());
    m_disconnect->setEnabled(
        std::any_of(selected.cbegin(), selected.cend(), [](const Selected &s) { return s.live; }));
}

void SessionActions::openFile()
{
    const QList<Selected> selected = selectedSessions();
    if (selected.size() != 1 || selected.constFirst().filePath.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(selected.constFirst().filePath));
}

void SessionActions::showInFolder()
{
    const QList<Selected> selected = selectedSessions();
    if (selected.size() != 1 || selected.constFirst().filePath.isEmpty())
        return;
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(QFileInfo(selected.constFirst().filePath).absolutePath()));
}

void SessionActions::copyPath()
{
    QStringList paths;
    for (const Selected &session : selectedSessions()) {
        if (!session.filePath.isEmpty())
            paths.append(session.filePath);
    }
    if (!paths.isEmpty())
        QGuiApplication::clipboard()->setText(paths.join(u'\n'));
}

void SessionActions::disconnectSessions()
{
    QStringList live;
    for (const Selected &session : selectedSessions()) {
        if (session.live)
            live.append(session.sessionId);
    }
    if (live.isEmpty())
        return;
    const QString question = live.size() == 1
        ? tr("Disconnect this live session? Its recording stops and is finished; the device "
             "cannot resume it.")
        : tr("Disconnect %Ln live session(s)? Their recordings stop and are finished; the "
             "devices cannot resume them.",
            "", int(live.size()));
    const auto answer = QMessageBox::question(m_view.window(), tr("Disconnect"), question);
    if (answer != QMessageBox::Yes)
        return;
    for (const QString &sessionId : std::as_const(live))
        m_server.disconnectSession(sessionId);
}

void SessionActions::showContextMenu(const QPoint &position)
{
    QMenu menu(&m_view);
    menu.addActions(actions());
    menu.exec(m_view.viewport()->mapToGlobal(position));
}
