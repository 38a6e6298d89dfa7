#include "mainwindow.h"

#include <algorithm>
#include <utility>

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include "apikeysdialog.h"
#include "captionpanel.h"
#include "capture/audioinputs.h"
#include "capture/certificatepins.h"
#include "capture/microphonepanel.h"
#include "capture/streamtarget.h"
#include "captureserver.h"
#include "common/apikeyfeed.h"
#include "common/appsettings.h"
#include "common/themedicon.h"
#include "connectdevicepanel.h"
#include "eventlogdock.h"
#include "leveldelegate.h"
#include "namedelegate.h"
#include "ratechart.h"
#include "recordings/recordingsview.h"
#include "serverstatusbar.h"
#include "sessionactions.h"
#include "sessionsortmodel.h"
#include "sessiontablemodel.h"
#include "settingsdialog.h"
#include "takeview.h"
#include "tray/notificationpolicy.h"
#include "tray/notifier.h"
#include "tray/trayicon.h"

using namespace Qt::StringLiterals;

namespace {
// Wide enough for the QR code and a LAN address with its pairing code on one line.
constexpr int ConnectDockWidth = 400;

// An action's text as a toolbar button shows it: without its accelerator and the "…" of a menu
// entry. Qt drops the "&" itself, but keeps the "(&S)" that Chinese texts append as "(S)".
QString toolBarText(const QString &text)
{
    static const QRegularExpression appendedAccelerator(uR"(\s*\(&[^&\s]\))"_s);
    static const QRegularExpression accelerator(uR"(&(.))"_s);
    static const QRegularExpression ellipsis(uR"((…|\.\.\.)$)"_s);
    return QString(text)
        .remove(appendedAccelerator)
        .replace(accelerator, u"\\1"_s)
        .remove(ellipsis)
        .trimmed();
}
} // namespace

MainWindow::MainWindow(CaptureServer &server, AppSettings &appSettings,
    const ServerSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_server(server)
    , m_appSettings(appSettings)
    , m_settings(settings)
    , m_model(new SessionTableModel(this))
    , m_sortModel(new SessionSortModel(this))
    , m_table(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_takeAlarmBanner(new QLabel(this))
    , m_statusBar(new ServerStatusBar(this))
    , m_eventDock(new EventLogDock(this))
    , m_connectPanel(new ConnectDevicePanel)
    , m_connectDock(new QDockWidget(tr("Connect a Device"), this))
    , m_microphoneDock(new QDockWidget(tr("Microphone"), this))
    , m_rateChart(new RateChart(this))
    , m_captionPanel(new CaptionPanel)
{
    m_apiKeys = std::make_unique<ApiKeyFeed>(server, appSettings.apiKeysFile());
    setWindowTitle(tr("Earshot"));

    m_banner->setObjectName(u"errorBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(
        u"background: #fdecea; color: #7f1d1d; border-bottom: 1px solid #f5c2c0;"_s);
    m_banner->hide();
    m_takeAlarmBanner->setObjectName(u"takeAlarmBanner"_s);
    m_takeAlarmBanner->setWordWrap(true);
    m_takeAlarmBanner->setMargin(8);
    m_takeAlarmBanner->setStyleSheet(u"background: #b91c1c; color: white; font-weight: bold;"_s);
    m_takeAlarmBanner->hide();

    setUpTable();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_takeAlarmBanner);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    // The selected session's captions under the table, as tall as a person makes them.
    auto *liveSplitter = new QSplitter(Qt::Vertical, m_tabs);
    liveSplitter->setObjectName(u"liveSplitter"_s);
    liveSplitter->addWidget(m_table);
    liveSplitter->addWidget(m_captionPanel);
    liveSplitter->setStretchFactor(0, 3);
    liveSplitter->setStretchFactor(1, 1);
    m_tabs->addTab(liveSplitter, tr("Live Sessions"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_captionPanel,
        [this](const QModelIndex &current) {
            m_captionPanel->showSession(
                current.siblingAtColumn(0).data(SessionTableModel::SessionIdRole).toString());
        });
    m_recordingsView = new RecordingsView(m_tabs);
    m_tabs->addTab(m_recordingsView, tr("Recordings"));
    setUpTakeView();
    m_rateChart->setWindow(std::chrono::minutes(m_appSettings.rateChartMinutes()));
    layout->addWidget(m_rateChart);
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    setStatusBar(m_statusBar);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventDock);
    m_connectDock->setObjectName(u"connectDock"_s);
    // Scrolls rather than squeezing the QR code when the window is short.
    auto *connectScroll = new QScrollArea(m_connectDock);
    connectScroll->setWidget(m_connectPanel);
    connectScroll->setWidgetResizable(true);
    connectScroll->setFrameShape(QFrame::NoFrame);
    connectScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_connectDock->setMinimumWidth(ConnectDockWidth);
    m_connectDock->setWidget(connectScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_connectDock);
    connect(m_connectPanel, &ConnectDevicePanel::newPairingCodeRequested, this,
        &MainWindow::makeNewPairingCode);
    setUpMicrophone();
    m_sessionActions = new SessionActions(*m_table, m_server, this);
    setUpTray();
    createActions();
    createMenusAndToolBar();

    connect(&m_server, &CaptureServer::sessionsUpdated, this, &MainWindow::onSessionsUpdated);
    connect(&m_server, &CaptureServer::eventOccurred, m_eventDock, &EventLogDock::addEvent);
    connect(&m_server, &CaptureServer::listeningChanged, this, &MainWindow::updateServerState);
    connect(&m_server, &CaptureServer::shutdownFinished, this, &MainWindow::onShutdownFinished);
    // A session's start, end or remux is an event about it: the recordings may have changed.
    connect(&m_server, &CaptureServer::eventOccurred, m_recordingsView,
        [view = m_recordingsView](const ServerEvent &event) {
            if (!event.sessionId.isEmpty())
                view->requestRefresh();
        });

    resize(1200, 720);
    restoreGeometry(m_appSettings.windowGeometry());
    restoreState(m_appSettings.windowState());

    // The server may have been started before the window was made.
    m_model->updateSessions(m_server.sessions());
    m_notificationPolicy->setKnownSessions(m_server.sessions());
    m_statusBar->setTotals(m_server.totals());
    m_trayIcon->setTotals(m_server.totals());
    m_trayPolicy->setLiveSessions(m_server.totals().liveSessions);
    m_statusBar->setRecordingsDir(m_settings.recordingsDir);
    m_recordingsView->setRecordingsDir(m_settings.recordingsDir);
    m_recordingsView->setSpeechModelDir(m_settings.speechModelDir);
    updateServerState();
}

MainWindow::~MainWindow() = default;

bool MainWindow::startServer()
{
    if (m_server.isListening() || m_shuttingDown)
        return m_server.isListening();
    const bool started = m_server.start(m_settings);
    if (started) {
        m_banner->hide();
        // A take the window before this one left unstopped (a crash): shown again, so that the
        // host can go on with it and stop it.
        if (!m_takeView->take())
            m_takeView->showUnfinishedTake();
    } else {
        m_banner->setText(tr("Earshot is not listening: %1").arg(m_server.errorString()));
        m_banner->show();
    }
    m_statusBar->setRecordingsDir(m_settings.recordingsDir);
    m_recordingsView->setRecordingsDir(m_settings.recordingsDir);
    updateServerState();
    return started;
}

void MainWindow::stopServer()
{
    if (!m_server.isListening() || m_shuttingDown)
        return;
    m_shuttingDown = true;
    // Every live session ends interrupted now, on purpose: no notifications about it.
    m_notificationPolicy->setServerStopping(true);
    updateServerState();
    m_server.shutdown();
}

void MainWindow::quit()
{
    m_closeRequest = TrayPolicy::Request::Quit;
    close();
}

void MainWindow::endSession()
{
    m_closeRequest = TrayPolicy::Request::EndOfSession;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_trayPolicy->setTrayAvailable(
        QSystemTrayIcon::isSystemTrayAvailable() && m_trayIcon->isVisible());
    const TrayPolicy::Request request
        = std::exchange(m_closeRequest, TrayPolicy::Request::CloseWindow);
    // Hiding and asking happen through the policy's signals, after this event is ignored.
    if (m_trayPolicy->requestClose(request) != TrayPolicy::Decision::Close) {
        event->ignore();
        return;
    }
    if (m_microphonePanel->isStreaming()) {
        // Deliver what the microphone captured first; the server shuts down after.
        event->ignore();
        connect(m_microphonePanel, &MicrophonePanel::streamingFinished, this, &MainWindow::close,
            Qt::SingleShotConnection);
        m_microphonePanel->stopStreaming();
        return;
    }
    if (m_server.isListening() || m_shuttingDown) {
        // Only a graceful shutdown finalizes the files (WAV header, sidecar) and tells the
        // devices to stop; the window closes when the server reports it is done.
        m_afterShutdown = AfterShutdown::Close;
        event->ignore();
        stopServer();
        return;
    }
    m_appSettings.setWindowGeometry(saveGeometry());
    m_appSettings.setWindowState(saveState());
    event->accept();
    // A window closed while hidden in the tray does not end the program by itself.
    QCoreApplication::quit();
}

void MainWindow::createActions()
{
    m_startAction = new QAction(
        themedIcon(u"media-record"_s, QStyle::SP_MediaPlay), tr("&Start Listening"), this);
    m_startAction->setToolTip(tr("Accept connections from devices"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startServer);

    m_stopAction = new QAction(
        themedIcon(u"media-playback-stop"_s, QStyle::SP_MediaStop), tr("S&top Listening"), this);
    m_stopAction->setToolTip(tr("Finish every recording and stop accepting connections"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopServer);

    m_openFolderAction = new QAction(
        themedIcon(u"folder-music"_s, QStyle::SP_DirIcon), tr("Open &Recordings Folder"), this);
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openRecordingsFolder);

    m_newTakeAction = new QAction(
        themedIcon(u"list-add"_s, QStyle::SP_FileDialogNewFolder), tr("New &Take…"), this);
    m_newTakeAction->setObjectName(u"newTakeAction"_s);
    m_newTakeAction->setToolTip(tr("Record several guests together, each on their own device"));
    connect(m_newTakeAction, &QAction::triggered, this, &MainWindow::newTake);

    m_settingsAction = new QAction(
        themedIcon(u"configure"_s, QStyle::SP_FileDialogDetailedView), tr("S&ettings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_apiKeysAction = new QAction(tr("&API Keys…"), this);
    m_apiKeysAction->setObjectName(u"apiKeysAction"_s);
    m_apiKeysAction->setToolTip(tr("Keys for /metrics and the HTTP API"));
    connect(m_apiKeysAction, &QAction::triggered, this, &MainWindow::showApiKeys);

    m_quitAction = new QAction(
        themedIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openFolderAction);
    fileMenu->addAction(m_settingsAction);
    fileMenu->addAction(m_apiKeysAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *serverMenu = menuBar()->addMenu(tr("&Server"));
    serverMenu->addAction(m_startAction);
    serverMenu->addAction(m_stopAction);

    QMenu *sessionMenu = menuBar()->addMenu(tr("S&ession"));
    sessionMenu->addActions(m_sessionActions->actions());

    QMenu *takeMenu = menuBar()->addMenu(tr("T&ake"));
    takeMenu->addAction(m_newTakeAction);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_startAction);
    toolBar->addAction(m_stopAction);
    toolBar->addSeparator();
    toolBar->addActions(m_sessionActions->actions());
    toolBar->addSeparator();
    toolBar->addAction(m_newTakeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_openFolderAction);
    toolBar->addAction(m_settingsAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_eventDock->toggleViewAction());
    viewMenu->addAction(m_connectDock->toggleViewAction());
    viewMenu->addAction(m_microphoneDock->toggleViewAction());
    viewMenu->addSeparator();
    // Desktop behaviour, remembered between runs.
    QAction *notifications = viewMenu->addAction(tr("Desktop &Notifications"));
    notifications->setCheckable(true);
    notifications->setChecked(m_appSettings.notificationsEnabled());
    connect(notifications, &QAction::toggled, this, [this](bool enabled) {
        m_appSettings.setNotificationsEnabled(enabled);
        m_notificationPolicy->setEnabled(enabled);
    });
    QAction *minimizeToTray = viewMenu->addAction(tr("&Keep Running in the Tray When Closed"));
    minimizeToTray->setCheckable(true);
    minimizeToTray->setChecked(m_appSettings.minimizeToTrayOnClose());
    minimizeToTray->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    connect(minimizeToTray, &QAction::toggled, this, [this](bool minimize) {
        m_appSettings.setMinimizeToTrayOnClose(minimize);
        m_trayPolicy->setMinimizeToTray(minimize);
    });
    toolBar->addAction(m_connectDock->toggleViewAction());
    viewMenu->addAction(toolBar->toggleViewAction());
    for (QAction *action : toolBar->actions())
        action->setIconText(toolBarText(action->text()));
}

void MainWindow::setUpTable()
{
    m_table->setObjectName(u"sessionTable"_s);
    m_sortModel->setSourceModel(m_model);
    m_table->setModel(m_sortModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::State, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setItemDelegateForColumn(SessionTableModel::Level, new LevelDelegate(m_table));
    m_table->setItemDelegateForColumn(SessionTableModel::Name, new NameDelegate(m_table));

    // Fixed heights and widths: measuring contents on every update would cost more than the
    // update itself with a thousand rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const int charWidth = m_table->fontMetrics().horizontalAdvance(u'0');
    const auto setWidth = [columns, charWidth](int column, int chars) {
        columns->resizeSection(column, charWidth * chars);
    };
    // The State column fits its longest word in the language shown, beside the colour mark.
    int stateWidth = charWidth * 13;
    for (const auto state : { SessionStats::State::Recording, SessionStats::State::Interrupted,
             SessionStats::State::Complete, SessionStats::State::Failed }) {
        stateWidth = std::max(stateWidth,
            m_table->fontMetrics().horizontalAdvance(SessionTableModel::stateText(state))
                + m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + charWidth * 3);
    }
    columns->resizeSection(SessionTableModel::State, stateWidth);
    // Room for a stream's name and the start of what it plays.
    setWidth(SessionTableModel::Name, 22);
    setWidth(SessionTableModel::Peer, 18);
    setWidth(SessionTableModel::Format, 19);
    setWidth(SessionTableModel::Chunks, 8);
    setWidth(SessionTableModel::Bytes, 11);
    setWidth(SessionTableModel::Rate, 12);
    setWidth(SessionTableModel::Duration, 9);
    setWidth(SessionTableModel::Level, 8);
    setWidth(SessionTableModel::Unsent, 8);
}

void MainWindow::onSessionsUpdated(const QList<SessionStats> &changed, const ServerTotals &totals)
{
    m_model->updateSessions(changed);
    m_captionPanel->updateSessions(changed);
    m_statusBar->setTotals(totals);
    m_rateChart->addTotals(totals);
    m_trayIcon->setTotals(totals);
    m_trayPolicy->setLiveSessions(totals.liveSessions);
    m_notificationPolicy->updateSessions(changed);
}

void MainWindow::onShutdownFinished()
{
    m_shuttingDown = false;
    m_notificationPolicy->setServerStopping(false);
    m_statusBar->setTotals(m_server.totals());
    updateServerState();

    const AfterShutdown next = std::exchange(m_afterShutdown, AfterShutdown::Nothing);
    switch (next) {
    case AfterShutdown::Nothing:
        break;
    case AfterShutdown::Restart:
        startServer();
        break;
    case AfterShutdown::Close:
        close();
        break;
    }
}

void MainWindow::updateServerState()
{
    const bool listening = m_server.isListening();
    m_startAction->setEnabled(!listening && !m_shuttingDown);
    m_stopAction->setEnabled(listening && !m_shuttingDown);
    // Takes live in the running server.
    m_newTakeAction->setEnabled(listening && !m_shuttingDown);
    if (m_shuttingDown)
        m_statusBar->showMessage(tr("Finishing recordings…"));
    else
        m_statusBar->clearMessage();
    m_statusBar->setUrls(listening && !m_shuttingDown ? m_server.urls() : QList<QUrl>());
    m_trayIcon->setConnectUrl(listening && !m_shuttingDown ? m_server.pairingUrl() : QUrl());
    m_microphonePanel->setLocalServerUrl(localStreamUrl());
    if (listening && !m_shuttingDown)
        m_connectPanel->setPairing(m_server.pairingUrl(), m_server.authorityFingerprint(),
            m_server.certificateFingerprint());
    else
        m_connectPanel->setPairing({}, {}, {});
}

void MainWindow::showApiKeys()
{
    ApiKeysDialog dialog(m_apiKeys->store(), this);
    dialog.exec();
    // The file watcher sees the change too; this one does not wait for it.
    m_apiKeys->reload();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_appSettings.uiLanguage(), this);
    dialog.setExportAtTakeEnd(m_appSettings.exportAlignedAtTakeEnd());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_appSettings.setUiLanguage(dialog.language());
    m_appSettings.setExportAlignedAtTakeEnd(dialog.exportAtTakeEnd());
    m_takeView->setExportWhenStopped(dialog.exportAtTakeEnd());
    if (!dialog.hasChanges())
        return;
    m_settings = dialog.settings();
    m_appSettings.setServerSettings(m_settings);
    if (m_server.isListening() && !dialog.needsRestart()) {
        m_server.reconfigure(m_settings); // the hooks: from the next recording on
        return;
    }
    if (!m_server.isListening()) {
        m_statusBar->setRecordingsDir(m_settings.recordingsDir);
        m_recordingsView->setRecordingsDir(m_settings.recordingsDir);
        return;
    }

    const auto answer = QMessageBox::question(this, tr("Restart the Server?"),
        tr("The new settings take effect when the server restarts. Restart it now? The live "
           "sessions end; their recordings are kept."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    m_afterShutdown = AfterShutdown::Restart;
    stopServer();
}

void MainWindow::setUpMicrophone()
{
    m_audioInputs = std::make_unique<AudioInputs>();
    m_certificatePins = std::make_unique<CertificatePins>();
    QSettings store;
    m_microphonePanel = new MicrophonePanel(
        *m_audioInputs, *m_certificatePins, MicrophoneSettings::load(store), localStreamUrl());
    connect(m_microphonePanel, &MicrophonePanel::settingsChanged, this,
        [](const MicrophoneSettings &settings) {
            QSettings store;
            settings.save(store);
        });
    m_microphoneDock->setObjectName(u"microphoneDock"_s);
    m_microphoneDock->setWidget(m_microphonePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_microphoneDock);
    tabifyDockWidget(m_connectDock, m_microphoneDock);
    m_connectDock->raise();
}

// Where "This computer" streams: the local server on loopback, with the pairing code when the
// server asks loopback clients for it.
QUrl MainWindow::localStreamUrl() const
{
    return StreamTarget::local(m_server.isListening() ? m_server.port() : m_settings.port,
        m_settings.tokenRequiredOnLoopback ? m_settings.pairingToken : QString());
}

void MainWindow::makeNewPairingCode()
{
    m_settings.pairingToken = m_appSettings.regeneratePairingToken();
    if (!m_server.isListening())
        return;
    // The server checks the code it was started with.
    m_afterShutdown = AfterShutdown::Restart;
    stopServer();
}

void MainWindow::openRecordingsFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_settings.recordingsDir));
}

void MainWindow::setUpTray()
{
    m_trayPolicy = new TrayPolicy(this);
    m_trayPolicy->setMinimizeToTray(m_appSettings.minimizeToTrayOnClose());
    // Queued: both act after closeEvent() has returned, where close() works again.
    connect(
        m_trayPolicy, &TrayPolicy::hideToTrayRequested, this,
        [this] {
            hide();
            m_trayIcon->showStillRunningMessage();
        },
        Qt::QueuedConnection);
    connect(m_trayPolicy, &TrayPolicy::confirmationRequested, this, &MainWindow::confirmClose,
        Qt::QueuedConnection);

    m_trayIcon = new TrayIcon(this);
    connect(m_trayIcon, &TrayIcon::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_trayIcon, &TrayIcon::quitRequested, this, &MainWindow::quit);
    // Where there is no tray (offscreen, some window managers) show() would only warn.
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_trayIcon->show();

    m_notificationPolicy = new NotificationPolicy(this);
    m_notificationPolicy->setEnabled(m_appSettings.notificationsEnabled());
    m_notifier = new Notifier(*m_notificationPolicy, *m_trayIcon, this);
}

void MainWindow::showFromTray()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::confirmClose(int liveSessions)
{
    // The question may come from the tray's Quit while the window is hidden.
    showFromTray();
    QMessageBox box(QMessageBox::Question, tr("Quit Earshot?"),
        tr("Quitting ends %Ln recording(s) in progress. What has arrived so far is kept.", "",
            liveSessions),
        QMessageBox::Cancel, this);
    QPushButton *quitButton = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != quitButton)
        return;
    m_trayPolicy->confirmClose();
    close();
}

void MainWindow::setUpTakeView()
{
    m_takeView = new TakeView(m_server, *m_model, m_tabs);
    m_takeView->setObjectName(u"takeView"_s);
    m_tabs->addTab(m_takeView, tr("Take"));
    m_takeView->setExportWhenStopped(m_appSettings.exportAlignedAtTakeEnd());
    connect(&m_server, &CaptureServer::sessionsUpdated, m_takeView,
        [view = m_takeView](const QList<SessionStats> &changed) { view->updateSessions(changed); });
    connect(m_takeView, &TakeView::lostGuestsChanged, this, &MainWindow::onLostGuestsChanged);
}

void MainWindow::newTake()
{
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("New Take"),
        tr("Name of the take (the folder of its tracks is named after it):"), QLineEdit::Normal,
        QString(), &accepted)
                             .trimmed();
    if (!accepted || name.isEmpty())
        return;
    QString why;
    if (!m_takeView->createTake(name, &why)) {
        QMessageBox::warning(this, tr("New Take"), tr("The take could not be made: %1").arg(why));
        return;
    }
    m_tabs->setCurrentWidget(m_takeView);
}

void MainWindow::onLostGuestsChanged(const QStringList &lost, const QStringList &newlyLost)
{
    if (lost.isEmpty()) {
        m_takeAlarmBanner->hide();
        m_takeAlarmBanner->clear();
    } else {
        m_takeAlarmBanner->setText(tr("Connection lost while the take records: %1.")
                                       .arg(QLocale().createSeparatedList(lost)));
        m_takeAlarmBanner->show();
    }
    if (!newlyLost.isEmpty() && m_notificationPolicy->isEnabled())
        m_notifier->show(tr("Guest lost", "notification title"),
            tr("%1: connection lost while the take records.")
                .arg(QLocale().createSeparatedList(newlyLost)));
}
