#include "takeview.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "captureserver.h"
#include "leveldelegate.h"
#include "qrcodeimage.h"
#include "sessiontablemodel.h"
#include "takes/takeexport.h"
#include "takes/takeexportjob.h"

using namespace Qt::StringLiterals;

namespace {

// Smaller than the pairing code's: the guests' table needs the room, and a phone reads it still.
constexpr int QrCodePixels = 180;
constexpr int ProgressSteps = 1000;

QString stateText(Take::State state)
{
    switch (state) {
    case Take::State::Waiting:
        return TakeView::tr("Waiting for the host to start", "take state");
    case Take::State::Recording:
        return TakeView::tr("Recording", "take state");
    case Take::State::Stopped:
        return TakeView::tr("Stopped", "take state");
    }
    return {};
}

} // namespace

TakeView::TakeView(CaptureServer &server, QAbstractItemModel &sessions, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_nameLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_qrCode(new QLabel(this))
    , m_linkLabel(new QLabel(this))
    , m_copyButton(new QPushButton(tr("Copy link"), this))
    , m_startButton(new QPushButton(tr("Start for Everyone"), this))
    , m_stopButton(new QPushButton(tr("Stop for Everyone…"), this))
    , m_exportButton(new QPushButton(tr("Export Aligned"), this))
    , m_exportProgress(new QProgressBar(this))
    , m_cancelExportButton(new QPushButton(tr("Cancel", "the running export"), this))
    , m_exportStatus(new QLabel(this))
    , m_openFolderButton(new QPushButton(tr("Open Folder"), this))
    , m_guests(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_nameLabel->setObjectName(u"takeName"_s);
    m_stateLabel->setObjectName(u"takeState"_s);
    m_qrCode->setObjectName(u"takeQrCode"_s);
    m_linkLabel->setObjectName(u"takeLink"_s);
    m_copyButton->setObjectName(u"copyTakeLink"_s);
    m_startButton->setObjectName(u"startTake"_s);
    m_stopButton->setObjectName(u"stopTake"_s);
    m_table->setObjectName(u"takeGuests"_s);
    m_exportButton->setObjectName(u"exportAligned"_s);
    m_exportProgress->setObjectName(u"exportProgress"_s);
    m_cancelExportButton->setObjectName(u"cancelExport"_s);
    m_exportStatus->setObjectName(u"exportStatus"_s);
    m_openFolderButton->setObjectName(u"openExportFolder"_s);
    m_exportButton->setToolTip(tr("One WAV per guest, all starting at the take's start and of "
                                  "its length, and one Matroska file with a track per guest, in "
                                  "the take's \"aligned\" folder. The recordings stay as they "
                                  "are."));
    m_exportProgress->setRange(0, ProgressSteps);
    m_exportProgress->setVisible(false);
    m_cancelExportButton->setVisible(false);
    m_openFolderButton->setVisible(false);
    // Its text can hold guests' names: never markup.
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setVisible(false);

    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_nameLabel->setFont(nameFont);
    m_qrCode->setFixedSize(QrCodePixels, QrCodePixels);
    m_qrCode->setAlignment(Qt::AlignCenter);
    m_linkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linkLabel->setWordWrap(true);

    // The sessions table's rows of this take, with the columns a host watches during a take.
    m_guests->setSourceModel(&sessions);
    m_guests->setFilterRole(SessionTableModel::TakeRole);
    m_guests->setFilterKeyColumn(0);
    // Matches nothing until there is a take: an empty pattern would match every session.
    m_guests->setFilterRegularExpression(QRegularExpression(u"(?!)"_s));
    m_guests->setSortRole(SessionTableModel::SortRole);
    m_table->setModel(m_guests);
    m_table->setItemDelegateForColumn(SessionTableModel::Level, new LevelDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const int column : { SessionTableModel::Peer, SessionTableModel::Format,
             SessionTableModel::Chunks, SessionTableModel::Rate })
        m_table->setColumnHidden(column, true);
    m_table->horizontalHeader()->moveSection(
        m_table->horizontalHeader()->visualIndex(SessionTableModel::Name), 0);
    m_table->setColumnWidth(SessionTableModel::Level, 160);

    auto *intro = new QLabel(tr("Each guest opens this link (or scans the code) on their own "
                                "device; their recording joins the take under the name they give."),
        this);
    intro->setWordWrap(true);

    auto *hostButtons = new QHBoxLayout;
    hostButtons->addWidget(m_startButton);
    hostButtons->addWidget(m_stopButton);
    // Export sits beside Stop: it is the next thing a host does, and the guests' table keeps
    // the height.
    hostButtons->addSpacing(12);
    hostButtons->addWidget(m_exportButton);
    hostButtons->addWidget(m_exportProgress, 1);
    hostButtons->addWidget(m_cancelExportButton);
    hostButtons->addStretch();

    auto *exportResult = new QHBoxLayout;
    exportResult->addWidget(m_exportStatus, 1);
    exportResult->addWidget(m_openFolderButton, 0, Qt::AlignTop);

    auto *linkButtons = new QHBoxLayout;
    linkButtons->addWidget(m_copyButton);
    linkButtons->addStretch();

    auto *details = new QVBoxLayout;
    details->addWidget(m_nameLabel);
    details->addWidget(m_stateLabel);
    details->addLayout(hostButtons);
    details->addLayout(exportResult);
    details->addSpacing(8);
    details->addWidget(intro);
    details->addWidget(m_linkLabel);
    details->addLayout(linkButtons);
    details->addStretch();

    auto *top = new QHBoxLayout;
    top->addLayout(details, 1);
    top->addWidget(m_qrCode, 0, Qt::AlignTop);

    auto *guestsTitle = new QLabel(tr("Guests"), this);
    guestsTitle->setFont(nameFont);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(guestsTitle);
    layout->addWidget(m_table, 1);

    connect(m_copyButton, &QPushButton::clicked, this, &TakeView::copyLink);
    connect(m_startButton, &QPushButton::clicked, this, &TakeView::startTake);
    connect(m_stopButton, &QPushButton::clicked, this, &TakeView::confirmStopTake);
    connect(&m_server, &CaptureServer::takeChanged, this, &TakeView::onTakeChanged);
    m_alarmTimer.setInterval(AlarmCheckInterval);
    connect(&m_alarmTimer, &QTimer::timeout, this, &TakeView::checkGuests);
    connect(m_exportButton, &QPushButton::clicked, this, &TakeView::onExportClicked);
    connect(m_openFolderButton, &QPushButton::clicked, this, &TakeView::openExportFolder);
    connect(m_cancelExportButton, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });
    m_exportWaitTimer.setInterval(ExportWaitCheckInterval);
    connect(&m_exportWaitTimer, &QTimer::timeout, this, &TakeView::checkExportWait);
    showTake();
}

TakeView::~TakeView() = default; // a running export is cancelled, its thread waited for

bool TakeView::createTake(const QString &name, QString *errorString)
{
    std::optional<Take> take = m_server.createTake(name, errorString);
    if (!take)
        return false;
    adopt(*std::move(take));
    return true;
}

bool TakeView::showUnfinishedTake()
{
    std::optional<Take> take = m_server.unfinishedTake();
    if (!take)
        return false;
    adopt(*std::move(take));
    return true;
}

void TakeView::adopt(Take take)
{
    m_take = std::move(take);
    m_alarm.setTake(m_take->id);
    m_exportPending = false;
    m_exportWaitTimer.stop();
    if (!isExporting()) {
        m_exportStatus->setVisible(false);
        m_openFolderButton->setVisible(false);
    }
    // Guests already in the table that belong to it (none for a new take yet).
    m_guests->setFilterRegularExpression(QRegularExpression(
        QRegularExpression::anchoredPattern(QRegularExpression::escape(m_take->id))));
    showTake();
    checkGuests();
}

void TakeView::updateSessions(const QList<SessionStats> &changed)
{
    m_alarm.updateSessions(changed, TakeAlarm::Clock::now());
    checkGuests();
    updateExportControls();
}

void TakeView::onTakeChanged(const Take &take)
{
    if (!m_take || take.id != m_take->id)
        return;
    const bool stoppedNow
        = take.state == Take::State::Stopped && m_take->state != Take::State::Stopped;
    m_take = take;
    showTake();
    checkGuests();
    if (stoppedNow && m_exportWhenStopped && !isExporting()) {
        m_exportPending = true;
        m_exportWaiting.start();
        showExportStatus(tr("Exporting once every guest's recording has ended…"), false);
        m_exportWaitTimer.start();
        updateExportControls();
    }
}

void TakeView::showTake()
{
    if (!m_take) {
        m_nameLabel->setText(tr("No take yet"));
        m_stateLabel->setText(tr("Make one with Take › New Take…"));
        m_qrCode->clear();
        m_linkLabel->clear();
        m_copyButton->setEnabled(false);
        m_startButton->setEnabled(false);
        m_stopButton->setEnabled(false);
        updateExportControls();
        return;
    }
    const QUrl link = m_server.takeUrl(m_take->id);
    m_nameLabel->setText(m_take->name);
    m_stateLabel->setText(stateText(m_take->state));
    m_linkLabel->setText(link.toString());
    m_copyButton->setEnabled(!link.isEmpty());
    const QImage code = QrCodeImage::encode(link.toString());
    m_qrCode->setPixmap(QPixmap::fromImage(
        code.scaled(QrCodePixels, QrCodePixels, Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_startButton->setEnabled(m_take->state == Take::State::Waiting);
    m_stopButton->setEnabled(m_take->state != Take::State::Stopped);
    updateExportControls();
    const bool recording = m_take->state == Take::State::Recording;
    m_alarm.setRecording(recording, TakeAlarm::Clock::now());
    if (recording)
        m_alarmTimer.start();
    else
        m_alarmTimer.stop();
}

void TakeView::startTake()
{
    setTakeState(Take::State::Recording);
}

void TakeView::confirmStopTake()
{
    if (!m_take)
        return;
    const auto answer = QMessageBox::question(this, tr("Stop the Take?"),
        tr("Every guest's device stops recording, and nobody can record into \"%1\" again.")
            .arg(m_take->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        setTakeState(Take::State::Stopped);
}

void TakeView::setTakeState(Take::State state)
{
    if (!m_take)
        return;
    QString why;
    if (!m_server.setTakeState(m_take->id, state, &why))
        QMessageBox::warning(this, tr("Take"), tr("The take could not change: %1").arg(why));
    // Success shows through takeChanged.
}

void TakeView::checkGuests()
{
    const QStringList lost = m_alarm.lostGuests(TakeAlarm::Clock::now());
    if (lost == m_lost)
        return;
    QStringList newlyLost;
    for (const QString &guest : lost) {
        if (!m_lost.contains(guest))
            newlyLost.append(guest);
    }
    m_lost = lost;
    Q_EMIT lostGuestsChanged(m_lost, newlyLost);
}

void TakeView::copyLink()
{
    if (m_take)
        QApplication::clipboard()->setText(m_server.takeUrl(m_take->id).toString());
}

void TakeView::setExportWhenStopped(bool exportWhenStopped)
{
    m_exportWhenStopped = exportWhenStopped;
}

bool TakeView::isExporting() const
{
    return m_export && m_export->isRunning();
}

QString TakeView::takeFolder() const
{
    return m_take ? m_server.settings().recordingsDir + u'/' + m_take->folder : QString();
}

bool TakeView::guestsRecording() const
{
    if (!m_take)
        return false;
    const QList<SessionStats> sessions = m_server.sessions();
    return std::any_of(sessions.cbegin(), sessions.cend(),
        [this](const SessionStats &stats) { return stats.take == m_take->id && stats.isLive(); });
}

bool TakeView::exportAligned(QString *errorString)
{
    if (!m_take || m_take->state != Take::State::Stopped) {
        *errorString = tr("Stop the take first.");
        return false;
    }
    const bool hasTracks = std::any_of(m_take->tracks.cbegin(), m_take->tracks.cend(),
        [](const TakeTrack &track) { return !track.file.isEmpty(); });
    if (!hasTracks) {
        *errorString = tr("Nobody recorded into this take.");
        return false;
    }
    if (guestsRecording()) {
        *errorString = tr("A guest is still recording; export when every recording has ended.");
        return false;
    }
    auto job = std::make_unique<TakeExportJob>(takeFolder());
    if (!job->start(errorString))
        return false;
    m_export = std::move(job);
    m_exportPending = false;
    m_exportWaitTimer.stop();
    connect(m_export.get(), &TakeExportJob::progressChanged, m_exportProgress,
        [bar = m_exportProgress](
            double progress) { bar->setValue(int(progress * ProgressSteps)); });
    connect(m_export.get(), &TakeExportJob::finished, this, &TakeView::onExportFinished);
    m_exportProgress->setValue(0);
    m_exportStatus->setVisible(false);
    m_openFolderButton->setVisible(false);
    updateExportControls();
    return true;
}

void TakeView::onExportClicked()
{
    QString why;
    if (!exportAligned(&why))
        showExportStatus(tr("Cannot export: %1").arg(why), true);
}

void TakeView::checkExportWait()
{
    if (!m_exportPending)
        return;
    // The sessions' states reach the server's board a stats interval late: a guest who had
    // just started would not be seen recording yet.
    if (!m_exportWaiting.hasExpired(2 * m_server.settings().statsInterval.count()))
        return;
    if (guestsRecording()) {
        if (!m_exportWaiting.hasExpired(std::chrono::milliseconds(ExportWaitForGuests).count()))
            return;
        m_exportPending = false;
        m_exportWaitTimer.stop();
        showExportStatus(tr("Not exported: a guest was still recording %1 s after the take "
                            "stopped. Export Aligned once every recording has ended.")
                             .arg(ExportWaitForGuests.count()),
            true);
        updateExportControls();
        return;
    }
    m_exportPending = false;
    m_exportWaitTimer.stop();
    QString why;
    if (!exportAligned(&why))
        showExportStatus(tr("Cannot export: %1").arg(why), true);
}

void TakeView::onExportFinished(
    bool succeeded, const QStringList &files, const QString &errorString)
{
    // Deleted once its signal has returned: it is the sender.
    m_export.release()->deleteLater();
    if (succeeded) {
        m_exportedFolder = files.isEmpty() ? QString() : QFileInfo(files.first()).path();
        showExportStatus(tr("Exported %n file(s) to %1", nullptr, int(files.size()))
                             .arg(QDir::toNativeSeparators(m_exportedFolder)),
            false);
        m_openFolderButton->setVisible(!m_exportedFolder.isEmpty());
    } else if (errorString == u"cancelled"_s) {
        showExportStatus(tr("Export cancelled; the take's aligned folder is as it was."), false);
    } else {
        showExportStatus(tr("Export failed: %1").arg(errorString), true);
    }
    updateExportControls();
    Q_EMIT exportFinished(succeeded, files, errorString);
}

void TakeView::openExportFolder()
{
    if (!m_exportedFolder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedFolder));
}

void TakeView::showExportStatus(const QString &text, bool error)
{
    m_exportStatus->setText(text);
    // The alarm banner's red: a failure is read, not overlooked among the take's details.
    m_exportStatus->setStyleSheet(error ? u"color: #b91c1c;"_s : QString());
    m_exportStatus->setVisible(true);
    if (error)
        m_openFolderButton->setVisible(false);
}

void TakeView::updateExportControls()
{
    const bool exporting = isExporting();
    const bool stopped = m_take && m_take->state == Take::State::Stopped;
    const bool hasTracks = m_take
        && std::any_of(m_take->tracks.cbegin(), m_take->tracks.cend(),
            [](const TakeTrack &track) { return !track.file.isEmpty(); });
    m_exportButton->setEnabled(
        stopped && hasTracks && !exporting && !m_exportPending && !guestsRecording());
    m_exportProgress->setVisible(exporting);
    m_cancelExportButton->setVisible(exporting);
}
