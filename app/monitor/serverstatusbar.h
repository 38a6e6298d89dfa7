#pragma once

#include <chrono>

#include <QList>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include "sessionstats.h"

class QLabel;

/// Where devices connect, how many record now, how fast data arrives, and how much room is left
/// in the recordings folder.
class ServerStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerStatusBar)

public:
    /// Free space changes slowly; a statfs every few seconds is plenty and costs nothing.
    static constexpr std::chrono::seconds DiskRefreshInterval { 5 };
    /// Below this much free space the figure turns red.
    static constexpr qint64 LowDiskBytes = qint64(1) << 30;

    explicit ServerStatusBar(QWidget *parent = nullptr);
    ~ServerStatusBar() override;

    /// The addresses the server answers on; none when it does not listen.
    void setUrls(const QList<QUrl> &urls);
    void setTotals(const ServerTotals &totals);
    void setRecordingsDir(const QString &path);

private:
    void refreshDiskSpace();

    QLabel *m_urls;
    QLabel *m_live;
    QLabel *m_rate;
    QLabel *m_disk;
    QTimer m_diskTimer;
    QString m_recordingsDir;
    QLocale m_locale;
    bool m_lowDisk = false;
};
