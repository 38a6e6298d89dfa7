#include "recordinglistmodel.h"

#include <algorithm>

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include "common/displayformat.h"
#include "recordingscanner.h"

using namespace Qt::StringLiterals;

namespace {

QColor statusColor(const RecordingInfo &recording)
{
    if (!recording.fileExists())
        return QColor(0xc6, 0x28, 0x28);
    if (recording.sidecar.status == u"recording")
        return QColor(0x2e, 0xa0, 0x43);
    if (recording.sidecar.status == u"interrupted")
        return QColor(0xd9, 0x8c, 0x1f);
    if (recording.sidecar.status == u"failed")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x8a, 0x8f, 0x98);
}

QString statusText(const RecordingInfo &recording)
{
    if (!recording.fileExists())
        return RecordingListModel::tr("File missing", "recording status");
    if (recording.sidecar.status == u"recording")
        return RecordingListModel::tr("Recording", "recording status");
    if (recording.sidecar.status == u"complete")
        return RecordingListModel::tr("Complete", "recording status");
    if (recording.sidecar.status == u"interrupted")
        return RecordingListModel::tr("Interrupted", "recording status");
    if (recording.sidecar.status == u"failed")
        return RecordingListModel::tr("Failed", "recording status");
    return recording.sidecar.status;
}

// The sidecar's "verification" (docs/protocol.md, "Stop"); empty for a recording whose device
// could not say what it produced (an older client).
QString verificationText(const RecordingInfo &recording)
{
    const QString &state = recording.sidecar.verification;
    if (state == u"verified")
        return RecordingListModel::tr("Verified", "the file holds every byte the device produced");
    if (state == u"mismatch")
        return RecordingListModel::tr("Not verified", "the file is not what the device produced");
    if (state == u"unverified")
        return RecordingListModel::tr("Not checked", "the device did not say what it produced");
    return {};
}

QVariant verificationColor(const RecordingInfo &recording)
{
    if (recording.sidecar.verification == u"verified")
        return QColor(0x2e, 0xa0, 0x43);
    if (recording.sidecar.verification == u"mismatch")
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

QString shownName(const RecordingInfo &recording)
{
    return recording.sidecar.label.isEmpty() ? QFileInfo(recording.filePath).completeBaseName()
                                             : recording.sidecar.label;
}

bool isNumeric(int column)
{
    return column == RecordingListModel::Length || column == RecordingListModel::Size;
}

} // namespace

RecordingListModel::RecordingListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_scanner(new RecordingScanner)
    , m_files(new RecordingFileWorker)
    , m_thread(startWorkerThread(m_scanner, u"Recordings"_s))
{
    m_files->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_files, &QObject::deleteLater);
    connect(m_scanner, &RecordingScanner::scanned, this, &RecordingListModel::onScanned);
    connect(m_files, &RecordingFileWorker::renamed, this, &RecordingListModel::onRenamed);
    connect(m_files, &RecordingFileWorker::renameFailed, this, &RecordingListModel::renameFailed);
    connect(m_files, &RecordingFileWorker::removed, this, &RecordingListModel::onRemoved);
    connect(m_files, &RecordingFileWorker::removeFailed, this, &RecordingListModel::removeFailed);
}

RecordingListModel::~RecordingListModel()
{
    // A rename or delete still queued (behind a long scan, say) is done before the thread goes:
    // the person asked for it. Their results no longer reach this model.
    QMetaObject::invokeMethod(
        m_files, [] {}, Qt::BlockingQueuedConnection);
}

void RecordingListModel::setRecordingsDir(const QString &dir)
{
    if (dir == m_dir)
        return;
    m_dir = dir;
    m_hasScanned = false;
    // Another folder is another list: nothing of the old one stays.
    if (!m_recordings.isEmpty()) {
        beginResetModel();
        m_recordings.clear();
        endResetModel();
    }
    refresh();
}

void RecordingListModel::refresh()
{
    if (m_scanning) {
        m_rescan = true;
        return;
    }
    m_scanning = true;
    QMetaObject::invokeMethod(
        m_scanner, [scanner = m_scanner, root = m_dir] { scanner->scan(root); },
        Qt::QueuedConnection);
}

void RecordingListModel::onScanned(const QString &root, const QList<RecordingInfo> &scanned)
{
    m_scanning = false;
    if (m_rescan || root != m_dir) {
        // Outdated before it arrived; the scan asked for since then follows.
        m_rescan = false;
        refresh();
        return;
    }
    applyScan(scanned);
    m_hasScanned = true;
    Q_EMIT scanFinished();
}

void RecordingListModel::applyScan(const QList<RecordingInfo> &scanned)
{
    QHash<QString, qsizetype> scannedIndex;
    scannedIndex.reserve(scanned.size());
    for (qsizetype i = 0; i < scanned.size(); ++i)
        scannedIndex.insert(scanned.at(i).sidecarPath, i);

    // 1. Rows whose recording is gone go, in runs from the bottom. So does a row whose start time
    // changed: it has another place in the order, and comes back with the insertions. What stays
    // is then in the same order as in the scan.
    const auto stays = [&](const RecordingInfo &recording) {
        const auto found = scannedIndex.constFind(recording.sidecarPath);
        return found != scannedIndex.cend()
            && scanned.at(*found).sidecar.startedAt == recording.sidecar.startedAt;
    };
    for (int last = int(m_recordings.size()) - 1; last >= 0;) {
        if (stays(m_recordings.at(last))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !stays(m_recordings.at(first - 1)))
            --first;
        beginRemoveRows({}, first, last);
        m_recordings.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // 2. Rows that stay take their new values, one signal per run of neighbouring rows. Each
    // run's rows change just before its signal: a sorting proxy places them by the values it
    // knows, so they must not change under it earlier (or during the insertions below).
    const QList<int> roles = changingRoles();
    for (int row = 0; row < m_recordings.size();) {
        const auto differs = [&](int at) {
            return !(scanned.at(scannedIndex.value(m_recordings.at(at).sidecarPath))
                == m_recordings.at(at));
        };
        if (!differs(row)) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < m_recordings.size() && differs(last + 1))
            ++last;
        for (int at = row; at <= last; ++at)
            m_recordings[at] = scanned.at(scannedIndex.value(m_recordings.at(at).sidecarPath));
        Q_EMIT dataChanged(index(row, 0), index(last, ColumnCount - 1), roles);
        row = last + 1;
    }

    // 3. New recordings go in where the order puts them, one insertion per run. The first scan
    // of a folder is a single insertion.
    int row = 0;
    for (qsizetype i = 0; i < scanned.size();) {
        if (row < m_recordings.size()
            && m_recordings.at(row).sidecarPath == scanned.at(i).sidecarPath) {
            ++row;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        const QString next
            = row < m_recordings.size() ? m_recordings.at(row).sidecarPath : QString();
        while (end < scanned.size() && scanned.at(end).sidecarPath != next)
            ++end;
        const int count = int(end - i);
        beginInsertRows({}, row, row + count - 1);
        m_recordings.insert(row, count, RecordingInfo());
        std::copy(scanned.cbegin() + i, scanned.cbegin() + end, m_recordings.begin() + row);
        endInsertRows();
        row += count;
        i = end;
    }
    Q_ASSERT(m_recordings == scanned);
}

int RecordingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_recordings.size());
}

int RecordingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordingListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RecordingInfo &recording = m_recordings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(recording, index.column());
    case SortRole:
        return sortValue(recording, index.column());
    case Qt::ToolTipRole:
        return toolTip(recording, index.column());
    case Qt::DecorationRole:
        if (index.column() == Verification)
            return verificationColor(recording);
        return index.column() == Status ? QVariant(statusColor(recording)) : QVariant();
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FilePathRole:
        return recording.filePath;
    case SessionIdRole:
        return recording.sidecar.session;
    case SidecarPathRole:
        return recording.sidecarPath;
    case LabelRole:
        return recording.sidecar.label;
    case LiveRole:
        return recording.isLive();
    case FileExistsRole:
        return recording.fileExists();
    default:
        return {};
    }
}

QVariant RecordingListModel::displayText(const RecordingInfo &recording, int column) const
{
    switch (column) {
    case Name:
        return shownName(recording);
    case Device:
        return recording.device.isEmpty() ? recording.sidecar.peer : recording.device;
    case Format:
        return DisplayFormat::audioFormat(recording.sidecar.format, m_locale);
    case Length:
        return DisplayFormat::duration(recording.durationMs);
    case Size:
        return recording.fileExists() ? DisplayFormat::dataSize(recording.fileSize, m_locale)
                                      : QString();
    case Status:
        return statusText(recording);
    case Verification:
        return verificationText(recording);
    case Started:
        return recording.sidecar.startedAt.isValid()
            ? m_locale.toString(recording.sidecar.startedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant RecordingListModel::sortValue(const RecordingInfo &recording, int column) const
{
    switch (column) {
    case Name:
        return shownName(recording);
    case Device:
        return recording.device.isEmpty() ? recording.sidecar.peer : recording.device;
    case Format:
        return recording.sidecar.format;
    case Length:
        return recording.durationMs;
    case Size:
        return recording.fileSize;
    case Status:
        return recording.fileExists() ? recording.sidecar.status : u"missing"_s;
    case Verification:
        return recording.sidecar.verification;
    case Started:
        return recording.sidecar.startedAt;
    default:
        return {};
    }
}

QVariant RecordingListModel::toolTip(const RecordingInfo &recording, int column) const
{
    switch (column) {
    case Name:
        return QDir::toNativeSeparators(recording.filePath);
    case Device: {
        QStringList lines;
        if (!recording.sidecar.userAgent.isEmpty())
            lines.append(recording.sidecar.userAgent);
        if (!recording.sidecar.peer.isEmpty())
            lines.append(
                tr("From %1", "network address of the sending device").arg(recording.sidecar.peer));
        return lines.join(u'\n');
    }
    case Format:
        return recording.sidecar.format;
    case Size:
        return recording.fileExists() ? tr("%1 bytes").arg(m_locale.toString(recording.fileSize))
                                      : tr("The audio file is missing.");
    case Status:
        if (!recording.fileExists())
            return tr("The audio file is missing.");
        return recording.sidecar.error.isEmpty() ? QVariant() : QVariant(recording.sidecar.error);
    case Verification:
        return verificationToolTip(recording);
    case Started:
        return recording.sidecar.endedAt.isValid()
            ? tr("Ended %1")
                  .arg(m_locale.toString(
                      recording.sidecar.endedAt.toLocalTime(), QLocale::LongFormat))
            : QVariant();
    default:
        return {};
    }
}

QVariant RecordingListModel::verificationToolTip(const RecordingInfo &recording) const
{
    const Sidecar &sidecar = recording.sidecar;
    if (sidecar.verification == u"verified")
        return tr("The file holds every byte the device produced: %1 bytes, SHA-256 checked.")
            .arg(m_locale.toString(sidecar.bytes));
    if (sidecar.verification == u"unverified")
        return tr("The device did not say what it produced, so the file could not be checked.");
    if (sidecar.verification != u"mismatch")
        return {};
    if (sidecar.producedBytes > sidecar.bytes)
        return tr("Incomplete: the last %1 bytes the device produced are missing.")
            .arg(m_locale.toString(sidecar.producedBytes - sidecar.bytes));
    if (sidecar.producedBytes >= 0 && sidecar.producedBytes < sidecar.bytes)
        return tr("The file holds %1 bytes more than the device produced.")
            .arg(m_locale.toString(sidecar.bytes - sidecar.producedBytes));
    if (sidecar.producedBytes == sidecar.bytes && !sidecar.payloadSha256.isEmpty())
        return tr("The content differs from what the device produced (same length, another "
                  "SHA-256).");
    return tr("The file could not be checked against what the device produced: %1")
        .arg(sidecar.verificationProblem);
}

QVariant RecordingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name", "recording label");
    case Device:
        return tr("Device", "the device that sent a recording");
    case Format:
        return tr("Format", "audio format");
    case Length:
        return tr("Length", "playing time of a recording");
    case Size:
        return tr("Size", "file size");
    case Status:
        return tr("Status", "how a recording ended");
    case Verification:
        return tr("Verified", "column: whether the file holds every byte the device produced");
    case Started:
        return tr("Started", "when a recording started");
    default:
        return {};
    }
}

int RecordingListModel::rowOf(const QString &sidecarPath) const
{
    for (int row = 0; row < m_recordings.size(); ++row) {
        if (m_recordings.at(row).sidecarPath == sidecarPath)
            return row;
    }
    return -1;
}

qint64 RecordingListModel::totalSize() const
{
    qint64 total = 0;
    for (const RecordingInfo &recording : m_recordings)
        total += std::max<qint64>(recording.fileSize, 0);
    return total;
}

void RecordingListModel::rename(int row, const QString &label)
{
    Q_ASSERT(row >= 0 && row < m_recordings.size());
    const RecordingInfo &recording = m_recordings.at(row);
    // The server writes the sidecar of a live recording when it ends, with the label it knows.
    if (recording.isLive()) {
        Q_EMIT renameFailed(recording.sidecarPath, tr("It is still being recorded."));
        return;
    }
    QMetaObject::invokeMethod(
        m_files,
        [files = m_files, sidecarPath = recording.sidecarPath,
            label = label.trimmed().left(MaxLabelLength)] { files->rename(sidecarPath, label); },
        Qt::QueuedConnection);
}

void RecordingListModel::onRenamed(const QString &sidecarPath, const QString &label)
{
    // A scan may have moved the row since, or removed it.
    const int row = rowOf(sidecarPath);
    if (row >= 0) {
        m_recordings[row].sidecar.label = label;
        Q_EMIT dataChanged(index(row, Name), index(row, Name),
            { Qt::DisplayRole, Qt::ToolTipRole, SortRole, LabelRole });
    }
    Q_EMIT renamed(sidecarPath);
}

QStringList RecordingListModel::filesOf(int row) const
{
    const RecordingInfo &recording = m_recordings.at(row);
    QStringList files { recording.filePath };
    if (!recording.originalFilePath.isEmpty())
        files.append(recording.originalFilePath);
    if (!recording.remuxedCopyPath.isEmpty())
        files.append(recording.remuxedCopyPath);
    if (!recording.transcriptPath.isEmpty())
        files.append(recording.transcriptPath);
    files.append(recording.trackPaths);
    // A remux whose swap failed keeps its copy of the original without naming it in the sidecar;
    // it is part of the recording all the same.
    const QFileInfo audio(recording.filePath);
    files.append(
        audio.absolutePath() + u'/' + audio.completeBaseName() + u".original."_s + audio.suffix());
    files.append(recording.sidecarPath);
    files.removeDuplicates();
    files.removeIf([](const QString &path) { return path.isEmpty() || !QFileInfo::exists(path); });
    return files;
}

void RecordingListModel::remove(int row, Removal how)
{
    Q_ASSERT(row >= 0 && row < m_recordings.size());
    // The sidecar goes last: while it is there, the recording is listed and can be deleted again.
    QMetaObject::invokeMethod(
        m_files,
        [files = m_files, sidecarPath = m_recordings.at(row).sidecarPath, paths = filesOf(row),
            how] { files->remove(sidecarPath, paths, how); },
        Qt::QueuedConnection);
}

void RecordingListModel::onRemoved(const QString &sidecarPath, Removal how)
{
    const int row = rowOf(sidecarPath);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_recordings.removeAt(row);
        endRemoveRows();
    }
    Q_EMIT removed(sidecarPath, how);
}

QList<int> RecordingListModel::changingRoles()
{
    return { Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, SortRole, FilePathRole,
        SessionIdRole, LabelRole, LiveRole, FileExistsRole };
}
