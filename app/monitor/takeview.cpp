#include "takeview.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "captureserver.h"
#include "leveldelegate.h"
#include "qrcodeimage.h"
#include "sessiontablemodel.h"

using namespace Qt::StringLiterals;

namespace {

// Smaller than the pairing code's: the guests' table needs the room, and a phone reads it still.
constexpr int QrCodePixels = 180;

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
    hostButtons->addStretch();

    auto *linkButtons = new QHBoxLayout;
    linkButtons->addWidget(m_copyButton);
    linkButtons->addStretch();

    auto *details = new QVBoxLayout;
    details->addWidget(m_nameLabel);
    details->addWidget(m_stateLabel);
    details->addLayout(hostButtons);
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
    showTake();
}

TakeView::~TakeView() = default;

bool TakeView::createTake(const QString &name, QString *errorString)
{
    std::optional<Take> take = m_server.createTake(name, errorString);
    if (!take)
        return false;
    m_take = std::move(take);
    m_alarm.setTake(m_take->id);
    // Guests already in the table that belong to it (none for a new take, but the same path).
    m_guests->setFilterRegularExpression(QRegularExpression(
        QRegularExpression::anchoredPattern(QRegularExpression::escape(m_take->id))));
    showTake();
    checkGuests();
    return true;
}

void TakeView::updateSessions(const QList<SessionStats> &changed)
{
    m_alarm.updateSessions(changed, TakeAlarm::Clock::now());
    checkGuests();
}

void TakeView::onTakeChanged(const Take &take)
{
    if (!m_take || take.id != m_take->id)
        return;
    m_take = take;
    showTake();
    checkGuests();
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
