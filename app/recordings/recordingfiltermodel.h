#pragma once

#include <QSortFilterProxyModel>

/// The recordings a person searches for: by name or by words said in their transcripts, ignoring
/// case, sorted by the raw values behind
/// the columns (a length of 9:58 below 10:02, sizes by bytes, dates by time).
class RecordingFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingFilterModel)

public:
    explicit RecordingFilterModel(QObject *parent = nullptr);
    ~RecordingFilterModel() override;

    /// Shows only the recordings whose name or transcript contains \a text; empty shows all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
};
