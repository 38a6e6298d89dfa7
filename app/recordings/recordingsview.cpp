#include "recordingsview.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include "common/displayformat.h"
#include "common/themedicon.h"
#include "playbackbar.h"
#include "recordingfiltermodel.h"
#include "recordingtranscriber.h"

using namespace Qt::StringLiterals;

namespace {

// Column widths before a person resizes them; the name takes the rest.
constexpr int DeviceColumnWidth = 200;
constexpr int FormatColumnWidth = 170;
constexpr int NarrowColumnWidth = 90;
constexpr int StartedColumnWidth = 150;
constexpr int TranscriptionProgressMs = 250;
constexpr int TranscriptHeight = 140;

} // namespace

RecordingsView::RecordingsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecordingListModel(this))
    , m_filter(new RecordingFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_transcriber(new RecordingTranscriber(this))
    , m_transcriptionProgress(new QLabel(this))
    , m_transcript(new QPlainTextEdit(this))
    , m_playback(new PlaybackBar(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(u"recordingSearch"_s);
    m_summary->setObjectName(u"recordingsSummary"_s);
    m_search->setPlaceholderText(tr("Search by name or by words said"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search recordings"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &RecordingFilterModel::setSearchText);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_table->setObjectName(u"recordingsTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordingListModel::Started, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // Fixed widths: sizing columns to their contents reads every row, which a large archive
    // makes slow on each change.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RecordingListModel::Name, QHeaderView::Stretch);
    header->resizeSection(RecordingListModel::Device, DeviceColumnWidth);
    header->resizeSection(RecordingListModel::Format, FormatColumnWidth);
    header->resizeSection(RecordingListModel::Length, NarrowColumnWidth);
    header->resizeSection(RecordingListModel::Size, NarrowColumnWidth);
    header->resizeSection(RecordingListModel::Status, NarrowColumnWidth + NarrowColumnWidth / 2);
    header->resizeSection(
        RecordingListModel::Verification, NarrowColumnWidth + NarrowColumnWidth / 2);
    header->resizeSection(RecordingListModel::Started, StartedColumnWidth);
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { playRow(m_filter->mapToSource(index).row()); });

    m_playAction = makeAction(u"playRecordingAction"_s,
        themedIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay), tr("Play", "play a recording"),
        {});
    m_playAction->setToolTip(tr("Play the selected recording here (or double-click it)"));
    connect(m_playAction, &QAction::triggered, this, &RecordingsView::playSelected);
    m_openAction = makeAction(u"openRecordingAction"_s,
        themedIcon(u"document-open"_s, QStyle::SP_DialogOpenButton),
        tr("Open", "open a recording in the desktop's player"), QKeySequence::Open);
    m_openAction->setToolTip(tr("Open the selected recording in the desktop's player"));
    connect(m_openAction, &QAction::triggered, this, &RecordingsView::openSelected);
    m_showInFolderAction = makeAction(u"showRecordingInFolderAction"_s,
        themedIcon(u"folder-open"_s, QStyle::SP_DirOpenIcon), tr("Show in Folder"), {});
    connect(m_showInFolderAction, &QAction::triggered, this, &RecordingsView::showSelectedInFolder);
    m_renameAction = makeAction(u"renameRecordingAction"_s,
        themedIcon(u"edit-rename"_s, QStyle::SP_FileDialogDetailedView), tr("Rename…"),
        QKeySequence(Qt::Key_F2));
    m_renameAction->setToolTip(tr("Change the recording's name; its file keeps its name"));
    connect(m_renameAction, &QAction::triggered, this, &RecordingsView::renameSelected);
    m_deleteAction
        = makeAction(u"deleteRecordingAction"_s, themedIcon(u"edit-delete"_s, QStyle::SP_TrashIcon),
            tr("Delete…", "a recording"), QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &RecordingsView::deleteSelected);
    m_transcribeAction = makeAction(u"transcribeRecordingAction"_s,
        themedIcon(u"document-edit"_s, QStyle::SP_FileDialogContentsView),
        tr("Transcribe", "write down what a recording says"), {});
    m_transcribeAction->setToolTip(
        tr("Write down what the selected recording says, on this computer (English)"));
    connect(m_transcribeAction, &QAction::triggered, this, &RecordingsView::transcribeSelected);
    connect(m_transcriber, &RecordingTranscriber::finished, this, &RecordingsView::onTranscribed);
    m_transcriptionProgress->setObjectName(u"transcriptionProgress"_s);
    m_transcriptionProgress->hide();
    m_progressTimer.setInterval(TranscriptionProgressMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &RecordingsView::updateTranscriptionProgress);
    m_transcript->setObjectName(u"recordingTranscript"_s);
    m_transcript->setReadOnly(true);
    m_transcript->setAccessibleName(tr("Transcript of the selected recording"));
    m_transcript->setMaximumHeight(TranscriptHeight);
    m_transcript->hide();

    m_refreshAction = makeAction(u"refreshRecordingsAction"_s,
        themedIcon(u"view-refresh"_s, QStyle::SP_BrowserReload),
        tr("Refresh", "read the recordings folder again"), QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, m_model, &RecordingListModel::refresh);

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({ m_playAction, m_openAction, m_showInFolderAction, m_transcribeAction,
        m_renameAction, m_deleteAction });

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({ m_playAction, m_openAction, m_showInFolderAction, m_transcribeAction,
        m_renameAction, m_deleteAction });
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_transcriptionProgress);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *searchRow = new QWidget(this);
    searchRow->setLayout(top);
    layout->addWidget(toolBar);
    layout->addWidget(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_transcript);
    layout->addWidget(m_playback);
    connect(m_playback, &PlaybackBar::playSelectionRequested, this, &RecordingsView::playSelected);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordingsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordingsView::showTranscriptOfSelected);
    connect(
        m_model, &QAbstractItemModel::dataChanged, this, &RecordingsView::showTranscriptOfSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecordingsView::updateActions);
    connect(m_model, &RecordingListModel::scanFinished, this, &RecordingsView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordingsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RecordingsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RecordingsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RecordingsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RecordingsView::updateSummary);
    connect(m_model, &RecordingListModel::renameFailed, this, &RecordingsView::onRenameFailed);
    connect(m_model, &RecordingListModel::renamed, this,
        [this](const QString &sidecarPath) { m_renaming.remove(sidecarPath); });
    connect(m_model, &RecordingListModel::removed, this, &RecordingsView::onRemoved);
    connect(m_model, &RecordingListModel::removeFailed, this, &RecordingsView::onRemoveFailed);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            refreshNow();
    });

    updateActions();
    updateSummary();
}

RecordingsView::~RecordingsView() = default;

QAction *RecordingsView::makeAction(
    const QString &objectName, const QIcon &icon, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Only while the recordings have the focus: Delete in the sessions tab deletes nothing here.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QMediaPlayer &RecordingsView::player()
{
    return m_playback->player();
}

void RecordingsView::setSpeechModelDir(const QString &dir)
{
    m_transcriber->setModelDir(dir);
}

void RecordingsView::setRecordingsDir(const QString &dir)
{
    m_model->setRecordingsDir(dir);
    updateSummary();
}

void RecordingsView::requestRefresh()
{
    m_stale = true;
    // Trailing, not leading: the event that asks may come just before the server writes the
    // sidecar it is about, and the scan after the interval sees the sidecar as it ends up.
    if (isVisible() && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void RecordingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshNow();
}

void RecordingsView::refreshNow()
{
    m_stale = false;
    m_model->refresh();
}

int RecordingsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_filter->mapToSource(rows.constFirst()).row();
}

QString RecordingsView::selectedName() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : m_model->index(row, RecordingListModel::Name).data().toString();
}

void RecordingsView::updateActions()
{
    const int row = selectedRow();
    const bool selected = row >= 0;
    const bool exists = selected && m_model->recording(row).fileExists();
    const bool live = selected && m_model->recording(row).isLive();
    m_playAction->setEnabled(exists);
    m_openAction->setEnabled(exists);
    m_showInFolderAction->setEnabled(selected);
    // The server rewrites a live recording's sidecar, and still writes its file.
    m_renameAction->setEnabled(selected && !live);
    m_deleteAction->setEnabled(selected && !live);
    m_transcribeAction->setEnabled(exists && !live && !m_transcriber->isBusy());
    m_playback->setSelectionPlayable(exists);
}

void RecordingsView::updateSummary()
{
    if (!m_model->hasScanned()) {
        m_summary->setText(tr("Reading recordings…"));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QString size = DisplayFormat::dataSize(m_model->totalSize(), locale());
    m_summary->setText(shown == total
            ? tr("%Ln recording(s), %1", "count and total size", total).arg(size)
            : tr("%1 of %Ln recording(s) found", "search results", total)
                  .arg(locale().toString(shown)));
}

void RecordingsView::playRow(int row)
{
    if (row < 0 || !m_model->recording(row).fileExists())
        return;
    m_playback->play(m_model->recording(row).filePath,
        m_model->index(row, RecordingListModel::Name).data().toString());
    updateActions();
}

void RecordingsView::playSelected()
{
    playRow(selectedRow());
}

void RecordingsView::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString path = m_model->recording(row).filePath;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QMessageBox::warning(this, tr("Open Recording"),
            tr("No application could open %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void RecordingsView::showSelectedInFolder()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString folder = QFileInfo(m_model->recording(row).sidecarPath).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        QMessageBox::warning(this, tr("Show in Folder"),
            tr("No file manager could show %1.").arg(QDir::toNativeSeparators(folder)));
    }
}

void RecordingsView::renameSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString sidecarPath = m_model->recording(row).sidecarPath;
    bool ok = false;
    const QString label
        = QInputDialog::getText(this, tr("Rename Recording"), tr("Name:", "of a recording"),
            QLineEdit::Normal, m_model->recording(row).sidecar.label, &ok);
    // The dialog ran an event loop: a scan may have moved the row, or removed it.
    const int current = m_model->rowOf(sidecarPath);
    if (!ok || current < 0)
        return;
    m_renaming.insert(sidecarPath);
    m_model->rename(current, label);
}

void RecordingsView::onRenameFailed(const QString &sidecarPath, const QString &problem)
{
    if (!m_renaming.remove(sidecarPath))
        return;
    QMessageBox::warning(
        this, tr("Rename Recording"), tr("The recording could not be renamed: %1").arg(problem));
}

void RecordingsView::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString sidecarPath = m_model->recording(row).sidecarPath;
    // Its files are on their way already.
    if (m_deleting.contains(sidecarPath))
        return;
    const QString name = selectedName();

    QMessageBox confirm(QMessageBox::Question, tr("Delete Recording"),
        tr("Delete the recording “%1”?").arg(name), QMessageBox::Cancel, this);
    confirm.setInformativeText(
        tr("Its audio file and its sidecar are moved to the trash.", "a recording's files"));
    QPushButton *toTrash = confirm.addButton(tr("Move to Trash"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    const int current = m_model->rowOf(sidecarPath);
    if (confirm.clickedButton() != toTrash || current < 0)
        return;

    for (const QString &file : m_model->filesOf(current))
        m_playback->release(file);
    updateActions();
    m_deleting.insert(sidecarPath, name);
    m_model->remove(current, RecordingListModel::Removal::ToTrash);
}

void RecordingsView::onRemoved(const QString &sidecarPath, RecordingListModel::Removal how)
{
    if (!m_deleting.remove(sidecarPath))
        return;
    // Deleted permanently after the trash failed: some of its files may have gone to the trash
    // before that, and others may be left.
    if (how == RecordingListModel::Removal::Permanently)
        m_model->refresh();
}

void RecordingsView::onRemoveFailed(
    const QString &sidecarPath, RecordingListModel::Removal how, const QString &problem)
{
    const auto found = m_deleting.constFind(sidecarPath);
    if (found == m_deleting.cend())
        return;
    const QString name = *found;
    if (how == RecordingListModel::Removal::ToTrash) {
        // No trash on this desktop, or none on the recordings' disk.
        const QMessageBox::StandardButton answer = QMessageBox::warning(this,
            tr("Delete Recording"),
            tr("“%1” cannot be moved to the trash (%2).\n\nDelete it permanently? This cannot be "
               "undone.")
                .arg(name, problem),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        const int current = m_model->rowOf(sidecarPath);
        if (answer == QMessageBox::Yes && current >= 0) {
            // The refresh follows when this is done.
            m_model->remove(current, RecordingListModel::Removal::Permanently);
            return;
        }
    } else {
        QMessageBox::warning(
            this, tr("Delete Recording"), tr("“%1” could not be deleted: %2").arg(name, problem));
    }
    m_deleting.remove(sidecarPath);
    // Some of its files may be gone already.
    m_model->refresh();
}

void RecordingsView::transcribeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_transcriber->start(m_model->recording(row).filePath))
        return;
    m_progressTimer.start();
    updateTranscriptionProgress();
    m_transcriptionProgress->show();
    updateActions();
}

void RecordingsView::onTranscribed(const QString &audioPath, bool ok, const QString &errorString)
{
    m_progressTimer.stop();
    m_transcriptionProgress->hide();
    updateActions();
    if (!ok)
        QMessageBox::warning(this, tr("Transcribe"),
            tr("“%1” could not be transcribed: %2")
                .arg(QFileInfo(audioPath).fileName(), errorString));
    // Its sidecar names the transcript now.
    m_model->refresh();
}

void RecordingsView::showTranscriptOfSelected()
{
    const int row = selectedRow();
    const QString text = row < 0 ? QString() : m_model->recording(row).transcriptText;
    if (text.isEmpty() && row >= 0 && !m_model->recording(row).transcriptPath.isEmpty())
        m_transcript->setPlainText(tr("(The transcript has no words: nothing was recognized.)"));
    else
        m_transcript->setPlainText(text);
    m_transcript->setVisible(row >= 0 && !m_model->recording(row).transcriptPath.isEmpty());
}

void RecordingsView::updateTranscriptionProgress()
{
    m_transcriptionProgress->setText(tr("Transcribing “%1”: %2 %")
                                         .arg(QFileInfo(m_transcriber->audioPath()).fileName())
                                         .arg(int(m_transcriber->progress() * 100)));
}
