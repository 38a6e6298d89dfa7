#include "recordingfiltermodel.h"

#include "recordinglistmodel.h"

RecordingFilterModel::RecordingFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordingListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // The name as shown: the label, or the file's name where there is none.
    setFilterKeyColumn(RecordingListModel::Name);
    setFilterRole(Qt::DisplayRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

RecordingFilterModel::~RecordingFilterModel() = default;

void RecordingFilterModel::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    setFilterFixedString(m_searchText);
}

bool RecordingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return true;
    const auto *recordings = qobject_cast<const RecordingListModel *>(sourceModel());
    return recordings && !m_searchText.isEmpty()
        && recordings->recording(sourceRow).transcriptText.contains(
            m_searchText, Qt::CaseInsensitive);
}
