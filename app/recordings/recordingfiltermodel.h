#pragma once

#include <QSortFilterProxyModel>

/// The recordings a person searches for: by name, ignoring case, sorted by the raw values behind
/// the columns (a length of 9:58 below 10:02, sizes by bytes, dates by time).
class RecordingFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingFilterModel)

public:
    explicit RecordingFilterModel(QObject *parent = nullptr);
    ~RecordingFilterModel() override;

    /// Shows only the recordings whose name contains \a text; empty shows all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

private:
    QString m_searchText;
};
