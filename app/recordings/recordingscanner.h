#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include "recordinginfo.h"

/// Reads the sidecars of a recordings folder. Lives on a worker thread of RecordingListModel, so
/// that an archive of thousands of recordings never stalls the window.
class RecordingScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingScanner)

public:
    explicit RecordingScanner(QObject *parent = nullptr);
    ~RecordingScanner() override;

    /// Every recording whose sidecar is in a day folder ("yyyy-MM-dd") under \a root, newest
    /// first, with its transcript's text. Sidecars that cannot be read are left out, with a log
    /// line.
    QList<RecordingInfo> scanFolder(const QString &root);

    /// Scans on this object's thread and reports with scanned().
    void scan(const QString &root);

Q_SIGNALS:
    void scanned(const QString &root, const QList<RecordingInfo> &recordings);

private:
    /// A transcript is read again only when it changed: every event about a session rescans.
    struct Transcript
    {
        qint64 size = -1;
        QDateTime modified;
        QString text;
    };
    QString transcriptText(const QString &vttPath);

    QHash<QString, Transcript> m_transcripts;
};
