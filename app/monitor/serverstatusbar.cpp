#include "serverstatusbar.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStorageInfo>

#include "common/displayformat.h"

using namespace Qt::StringLiterals;

namespace {

// The folder is created by the server when it starts; until then, ask about the nearest parent,
// which lives on the same disk in all but exotic setups.
QString nearestExistingDir(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.isRoot() && !info.filePath().isEmpty())
        info.setFile(info.absolutePath());
    return info.absoluteFilePath();
}

} // namespace

ServerStatusBar::ServerStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_urls(new QLabel(this))
    , m_live(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_disk(new QLabel(this))
{
    m_urls->setObjectName(u"urlsLabel"_s);
    m_urls->setTextFormat(Qt::RichText);
    m_urls->setOpenExternalLinks(true);
    m_urls->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_live->setObjectName(u"liveLabel"_s);
    m_rate->setObjectName(u"rateLabel"_s);
    m_disk->setObjectName(u"diskLabel"_s);
    m_live->setToolTip(tr("Sessions recording now"));
    m_rate->setToolTip(tr("Audio data arriving per second, all sessions together"));

    addWidget(m_urls, 1);
    addPermanentWidget(m_live);
    addPermanentWidget(m_rate);
    addPermanentWidget(m_disk);

    setUrls({});
    setTotals({});

    m_diskTimer.setInterval(DiskRefreshInterval);
    connect(&m_diskTimer, &QTimer::timeout, this, &ServerStatusBar::refreshDiskSpace);
    m_diskTimer.start();
}

ServerStatusBar::~ServerStatusBar() = default;

void ServerStatusBar::setUrls(const QList<QUrl> &urls)
{
    if (urls.isEmpty()) {
        m_urls->setText(tr("Not listening"));
        return;
    }
    QStringList links;
    links.reserve(urls.size());
    for (const QUrl &url : urls) {
        const QString text = url.toString().toHtmlEscaped();
        links.append(u"<a href=\"%1\">%1</a>"_s.arg(text));
    }
    m_urls->setText(tr("Open on a phone: %1").arg(links.join(u" · "_s)));
}

void ServerStatusBar::setTotals(const ServerTotals &totals)
{
    m_live->setText(tr("Live sessions: %1").arg(m_locale.toString(totals.liveSessions)));
    m_rate->setText(DisplayFormat::dataRate(totals.byteRate, m_locale));
}

void ServerStatusBar::setRecordingsDir(const QString &path)
{
    m_recordingsDir = path;
    refreshDiskSpace();
}

void ServerStatusBar::refreshDiskSpace()
{
    if (m_recordingsDir.isEmpty()) {
        m_disk->clear();
        return;
    }
    const QStorageInfo storage(nearestExistingDir(m_recordingsDir));
    if (!storage.isValid() || !storage.isReady()) {
        m_disk->setText(tr("Free space unknown"));
        return;
    }
    const qint64 available = storage.bytesAvailable();
    m_disk->setText(tr("%1 free", "disk space").arg(DisplayFormat::dataSize(available, m_locale)));
    m_disk->setToolTip(tr("Recordings go to %1").arg(QDir::toNativeSeparators(m_recordingsDir)));
    const bool lowDisk = available < LowDiskBytes;
    if (lowDisk == m_lowDisk)
        return;
    m_lowDisk = lowDisk;
    // A style sheet, not a palette: some styles override the palette of status bar labels.
    m_disk->setStyleSheet(lowDisk ? u"color: #c62828; font-weight: bold;"_s : QString());
}
