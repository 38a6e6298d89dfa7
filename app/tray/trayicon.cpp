#include "trayicon.h"

#include <array>
#include <utility>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

#include "common/displayformat.h"

using namespace Qt::StringLiterals;

namespace {

// The sizes trays ask for, at 1x and 2x.
constexpr std::array<int, 8> IconSizes { 16, 22, 24, 32, 44, 48, 64, 128 };

// Drawn on Earshot's 128-unit icon grid (resources/icons/earshot.svg): a dark tile, a dot and
// two sound waves. The tile keeps it readable on light and dark panels.
QPixmap paintIcon(int size, bool recording)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 128.0, size / 128.0);

    QLinearGradient tile(0, 8, 0, 120);
    tile.setColorAt(0, QColor(0x3d, 0x5a, 0x66));
    tile.setColorAt(1, QColor(0x1f, 0x31, 0x38));
    painter.setPen(Qt::NoPen);
    painter.setBrush(tile);
    painter.drawRoundedRect(QRectF(8, 8, 112, 112), 26, 26);

    // Small trays get thicker strokes and a bigger dot, or the picture turns to mush.
    const bool small = size < 32;
    const double stroke = small ? 14 : 11;
    const double dotRadius = small ? 17 : 13;
    painter.setBrush(recording ? QColor(0xf0, 0x47, 0x3e) : QColor(0x8f, 0xa1, 0xa8));
    painter.drawEllipse(QPointF(42, 64), dotRadius, dotRadius);

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0xf4, 0xf7, 0xf8), stroke, Qt::SolidLine, Qt::RoundCap));
    for (const double radius : { 30.0, 52.0 }) {
        const QRectF circle(42 - radius, 64 - radius, 2 * radius, 2 * radius);
        painter.drawArc(circle, 50 * 16, -100 * 16);
    }
    return pixmap;
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QSystemTrayIcon(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_idleIcon(drawIcon(false))
    , m_recordingIcon(drawIcon(true))
{
    m_showWindow = m_menu->addAction(tr("&Show Earshot"));
    m_copyUrl = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_menu->setDefaultAction(m_showWindow);
    m_menu->setToolTipsVisible(true);
    setContextMenu(m_menu.get());

    connect(m_showWindow, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    connect(m_copyUrl, &QAction::triggered, this, &TrayIcon::copyConnectUrl);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(this, &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);

    m_toolTipTimer.setSingleShot(true);
    m_toolTipTimer.setInterval(ToolTipInterval);
    connect(&m_toolTipTimer, &QTimer::timeout, this, &TrayIcon::updateToolTip);

    setIcon(m_idleIcon);
    setConnectUrl({});
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setTotals(const ServerTotals &totals)
{
    const bool wasRecording = isRecording();
    const bool liveChanged = totals.liveSessions != m_totals.liveSessions;
    m_totals = totals;
    if (isRecording() != wasRecording)
        setIcon(isRecording() ? m_recordingIcon : m_idleIcon);
    // A device coming or going shows at once; a new rate waits for the next second.
    if (liveChanged)
        updateToolTip();
    else if (!m_toolTipTimer.isActive())
        m_toolTipTimer.start();
}

void TrayIcon::setConnectUrl(const QUrl &url)
{
    m_url = url;
    if (url.isEmpty()) {
        m_copyUrl->setText(tr("Not listening", "tray menu, instead of the connect address"));
        m_copyUrl->setToolTip(QString());
        m_copyUrl->setEnabled(false);
    } else {
        // An ampersand in the address would read as a shortcut marker.
        const QString address = url.toString().replace(u'&', u"&&"_s);
        m_copyUrl->setText(tr("Copy %1", "tray menu; %1 is the address phones open").arg(address));
        m_copyUrl->setToolTip(tr("Copy the address phones open to the clipboard"));
        m_copyUrl->setEnabled(true);
    }
    updateToolTip();
}

bool TrayIcon::isRecording() const
{
    return m_totals.liveSessions > 0;
}

void TrayIcon::showStillRunningMessage()
{
    if (std::exchange(m_toldStillRunning, true) || !isVisible())
        return;
    showMessage(tr("Earshot is still running"),
        tr("Devices can go on recording. To quit, use Quit in this icon's menu."), icon(),
        int(StillRunningMessageTime.count()));
}

QAction *TrayIcon::showWindowAction() const
{
    return m_showWindow;
}

QAction *TrayIcon::copyUrlAction() const
{
    return m_copyUrl;
}

QAction *TrayIcon::quitAction() const
{
    return m_quit;
}

QIcon TrayIcon::drawIcon(bool recording)
{
    QIcon icon;
    for (const int size : IconSizes)
        icon.addPixmap(paintIcon(size, recording));
    return icon;
}

void TrayIcon::updateToolTip()
{
    m_toolTipTimer.stop();
    QString status;
    if (isRecording()) {
        status = tr("%Ln device(s) recording", "tray tooltip", m_totals.liveSessions) % u'\n'
            % DisplayFormat::dataRate(m_totals.byteRate, m_locale);
    } else if (m_url.isEmpty()) {
        status = tr("Not listening", "tray tooltip");
    } else {
        status = tr("Waiting for devices", "tray tooltip");
    }
    setToolTip(tr("Earshot") % u'\n' % status);
}

void TrayIcon::copyConnectUrl()
{
    if (!m_url.isEmpty())
        QGuiApplication::clipboard()->setText(m_url.toString());
}

void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
        Q_EMIT showWindowRequested();
}
