#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

/// The recordings view's player: a play/pause button, what plays, a position slider to seek
/// with, and the time. The QMediaPlayer is made on first use, so that a window that never plays
/// does not start the audio system.
class PlaybackBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackBar)

public:
    explicit PlaybackBar(QWidget *parent = nullptr);
    ~PlaybackBar() override;

    QMediaPlayer &player();
    /// Whether player() made its player yet.
    bool hasPlayer() const { return m_player != nullptr; }
    /// Plays \a filePath, shown as \a name; from where it was when it is the file loaded already.
    void play(const QString &filePath, const QString &name);
    /// Stops the player if it plays \a filePath, so that the file can be moved or removed.
    void release(const QString &filePath);
    /// Whether the button can start something when nothing is loaded: a playable selection.
    void setSelectionPlayable(bool playable);

Q_SIGNALS:
    /// The button was pressed with nothing loaded: the view plays its selection.
    void playSelectionRequested();

private:
    void togglePlayback();
    void updateButton();
    void updateTime();

    QToolButton *m_playPause;
    QLabel *m_nowPlaying;
    QSlider *m_position;
    QLabel *m_time;
    QMediaPlayer *m_player = nullptr; ///< a child, made by player()
    QString m_playingName;
    bool m_selectionPlayable = false;
};
