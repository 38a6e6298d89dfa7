#include "playbackbar.h"

#include <algorithm>

#include <QAudioOutput>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QToolButton>
#include <QUrl>

#include "common/displayformat.h"
#include "common/themedicon.h"

using namespace Qt::StringLiterals;

namespace {

// Wide enough for a name, narrow enough to leave the slider its room.
constexpr int NowPlayingMinimumWidth = 180;
constexpr int NowPlayingMaximumWidth = 400;

} // namespace

PlaybackBar::PlaybackBar(QWidget *parent)
    : QWidget(parent)
    , m_playPause(new QToolButton(this))
    , m_nowPlaying(new QLabel(this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
{
    setObjectName(u"playbackBar"_s);
    m_playPause->setObjectName(u"playPauseButton"_s);
    m_playPause->setAutoRaise(true);
    connect(m_playPause, &QToolButton::clicked, this, &PlaybackBar::togglePlayback);

    m_nowPlaying->setObjectName(u"nowPlaying"_s);
    m_nowPlaying->setTextFormat(Qt::PlainText);
    m_nowPlaying->setMinimumWidth(NowPlayingMinimumWidth);
    m_nowPlaying->setMaximumWidth(NowPlayingMaximumWidth);

    m_position->setObjectName(u"playbackPosition"_s);
    m_position->setAccessibleName(tr("Playback position"));
    m_position->setEnabled(false);
    // actionTriggered covers dragging, clicks beside the handle and keys; setValue() from the
    // player does not trigger it, so the two never chase each other.
    connect(m_position, &QSlider::actionTriggered, this, [this] {
        if (m_player)
            m_player->setPosition(m_position->sliderPosition());
    });

    m_time->setObjectName(u"playbackTime"_s);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_playPause);
    layout->addWidget(m_nowPlaying);
    layout->addWidget(m_position, 1);
    layout->addWidget(m_time);
    updateButton();
    updateTime();
}

PlaybackBar::~PlaybackBar() = default;

QMediaPlayer &PlaybackBar::player()
{
    if (m_player)
        return *m_player;
    m_player = new QMediaPlayer(this);
    m_player->setObjectName(u"recordingPlayer"_s);
    // A child of the player, so that it goes after the player that plays into it.
    m_player->setAudioOutput(new QAudioOutput(m_player));
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_position->isSliderDown())
            m_position->setValue(int(position));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_position->setRange(0, int(duration));
        m_position->setPageStep(int(std::max<qint64>(duration / 10, 1)));
        m_position->setEnabled(duration > 0);
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PlaybackBar::updateButton);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString &errorString) {
            m_nowPlaying->setText(tr("Cannot play %1: %2").arg(m_playingName, errorString));
            m_nowPlaying->setToolTip(m_nowPlaying->text());
        });
    updateButton();
    return *m_player;
}

void PlaybackBar::play(const QString &filePath, const QString &name)
{
    QMediaPlayer &media = player();
    const QUrl url = QUrl::fromLocalFile(filePath);
    if (media.source() != url) {
        media.stop();
        m_playingName = name;
        m_nowPlaying->setText(m_playingName);
        m_nowPlaying->setToolTip(QDir::toNativeSeparators(filePath));
        media.setSource(url);
    }
    media.play();
}

void PlaybackBar::release(const QString &filePath)
{
    if (!m_player || m_player->source() != QUrl::fromLocalFile(filePath))
        return;
    m_player->stop();
    m_player->setSource({});
    m_playingName.clear();
    m_nowPlaying->clear();
    m_nowPlaying->setToolTip({});
    m_position->setEnabled(false);
}

void PlaybackBar::setSelectionPlayable(bool playable)
{
    m_selectionPlayable = playable;
    updateButton();
}

void PlaybackBar::togglePlayback()
{
    if (m_player && m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
    } else if (m_player && !m_player->source().isEmpty()) {
        m_player->play();
    } else {
        Q_EMIT playSelectionRequested();
    }
}

void PlaybackBar::updateButton()
{
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playPause->setIcon(playing ? themedIcon(u"media-playback-pause"_s, QStyle::SP_MediaPause)
                                 : themedIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay));
    m_playPause->setToolTip(playing ? tr("Pause") : tr("Play", "play a recording"));
    m_playPause->setAccessibleName(m_playPause->toolTip());
    m_playPause->setEnabled(m_player || m_selectionPlayable);
}

void PlaybackBar::updateTime()
{
    const qint64 position = m_player ? m_player->position() : 0;
    const qint64 duration = m_player ? m_player->duration() : 0;
    m_time->setText(tr("%1 / %2", "elapsed / total playing time")
                        .arg(DisplayFormat::duration(position), DisplayFormat::duration(duration)));
}
