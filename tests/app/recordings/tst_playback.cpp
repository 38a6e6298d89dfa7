#include <algorithm>
#include <cmath>
#include <numbers>

#include <QAction>
#include <QAudioDevice>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "pulsesine.h"
#include "recordingfixture.h"
#include "recordings/recordinglistmodel.h"
#include "recordings/recordingsview.h"
#include "storage/wavheader.h"

using namespace Qt::StringLiterals;

// A recording played back in the recordings view, through a real audio output: a PulseAudio
// daemon of the test's own, whose null sink consumes the sound at the pace of a sound card.
class tst_Playback final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void playsToTheEnd();
    void pausesAndSeeks();

private:
    /// A 1.5 s tone, as the server would have written it, listed in view.
    bool showRecording(RecordingsView &view);
    /// Whether PulseAudio holds every stream that plays into it corked (paused), and there is one.
    bool streamsCorked();

    PulseSine m_pulse;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr int SampleRate = 16000;
constexpr int LengthMs = 1500;

QByteArray tone()
{
    AudioFormat::Pcm pcm;
    pcm.sampleRate = SampleRate;
    pcm.channels = 1;
    pcm.bitsPerSample = 16;
    const int samples = SampleRate * LengthMs / 1000;
    QByteArray data(samples * 2, Qt::Uninitialized);
    for (int i = 0; i < samples; ++i) {
        const auto value = qint16(8000 * std::sin(2 * std::numbers::pi * 440 * i / SampleRate));
        data[2 * i] = char(value & 0xff);
        data[2 * i + 1] = char((value >> 8) & 0xff);
    }
    return WavHeader::build(pcm, data.size()) + data;
}

} // namespace

void tst_Playback::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Before anything touches Qt Multimedia: the sound server it finds is this one.
    QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!QMediaDevices::audioOutputs().isEmpty(), 10000);
}

void tst_Playback::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool tst_Playback::showRecording(RecordingsView &view)
{
    RecordingFixture recording;
    recording.session = u"9999999999999999"_s;
    recording.label = u"Tone"_s;
    recording.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 15), Qt::UTC);
    recording.audio = tone();
    recording.bytes = recording.audio.size() - WavHeader::Size;
    if (recording.write(m_dir->path()).isEmpty())
        return false;

    QSignalSpy scanned(&view.model(), &RecordingListModel::scanFinished);
    view.setRecordingsDir(m_dir->path());
    view.show();
    if (!scanned.wait(10000) || view.model().rowCount() != 1)
        return false;
    auto *table = view.findChild<QTableView *>();
    table->setFocus();
    table->selectRow(0);
    return true;
}

void tst_Playback::playsToTheEnd()
{
    RecordingsView view;
    QVERIFY(showRecording(view));
    QCOMPARE(view.model().index(0, RecordingListModel::Length).data().toString(), u"0:01"_s);

    auto *play = view.findChild<QAction *>(u"playRecordingAction"_s);
    QVERIFY(play);
    QVERIFY(play->isEnabled());
    QMediaPlayer &player = view.player();
    QList<qint64> positions;
    connect(&player, &QMediaPlayer::positionChanged, this,
        [&positions](qint64 position) { positions.append(position); });
    QSignalSpy statuses(&player, &QMediaPlayer::mediaStatusChanged);

    QElapsedTimer clock;
    clock.start();
    play->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, 15000);
    const qint64 elapsed = clock.elapsed();

    QVERIFY2(player.error() == QMediaPlayer::NoError, qPrintable(player.errorString()));
    QVERIFY2(std::abs(player.duration() - LengthMs) <= 50,
        qPrintable(u"duration %1 ms"_s.arg(player.duration())));
    QVERIFY2(std::abs(player.position() - player.duration()) <= 100,
        qPrintable(u"position %1 of %2 ms"_s.arg(player.position()).arg(player.duration())));
    // Played at the pace of the sink, through positions on the way, not skipped to the end.
    QVERIFY2(elapsed >= LengthMs - 300, qPrintable(u"ended after %1 ms"_s.arg(elapsed)));
    QVERIFY(std::any_of(positions.cbegin(), positions.cend(),
        [](qint64 position) { return position > 200 && position < LengthMs - 200; }));
    QCOMPARE(statuses.constLast().constFirst().value<QMediaPlayer::MediaStatus>(),
        QMediaPlayer::EndOfMedia);

    // The bar shows where it is.
    auto *slider = view.findChild<QSlider *>(u"playbackPosition"_s);
    QCOMPARE(slider->maximum(), int(player.duration()));
    QVERIFY(slider->value() >= slider->maximum() - 100);
    QCOMPARE(view.findChild<QLabel *>(u"playbackTime"_s)->text(), u"0:01 / 0:01"_s);
    QCOMPARE(view.findChild<QLabel *>(u"nowPlaying"_s)->text(), u"Tone"_s);
}

void tst_Playback::pausesAndSeeks()
{
    RecordingsView view;
    QVERIFY(showRecording(view));
    QMediaPlayer &player = view.player();
    auto *playPause = view.findChild<QToolButton *>(u"playPauseButton"_s);
    QVERIFY(playPause->isEnabled());

    // The bar's button plays the selected recording, and pauses it.
    playPause->click();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 100, 10000);
    QVERIFY(!streamsCorked());
    QSignalSpy positions(&player, &QMediaPlayer::positionChanged);
    playPause->click();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PausedState, 5000);
    // Paused is silent: the sound server holds the player's stream, so nothing advances the
    // position any more, which stays where the pause left it.
    QTRY_VERIFY_WITH_TIMEOUT(streamsCorked(), 5000);
    const qint64 pausedAt = player.position();
    QVERIFY(pausedAt < LengthMs - 200);
    positions.clear();

    // Dragging the slider seeks.
    auto *slider = view.findChild<QSlider *>(u"playbackPosition"_s);
    QVERIFY(slider->isEnabled());
    slider->setSliderDown(true);
    slider->setSliderPosition(1200);
    slider->triggerAction(QAbstractSlider::SliderMove);
    slider->setSliderDown(false);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.position() - 1200) <= 100, 5000);
    // A seek while paused moves the position and plays nothing: from the pause to the end of
    // the seek, every position the player reported is where the pause left it or where the
    // seek put it, never one that playing would have reached.
    QCOMPARE(player.playbackState(), QMediaPlayer::PausedState);
    QVERIFY(streamsCorked());
    for (const QList<QVariant> &position : std::as_const(positions)) {
        const qint64 at = position.constFirst().toLongLong();
        QVERIFY2(std::abs(at - pausedAt) <= 50 || std::abs(at - 1200) <= 100,
            qPrintable(u"position %1 while paused at %2"_s.arg(at).arg(pausedAt)));
    }

    playPause->click();
    QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, 10000);
    QVERIFY(std::abs(player.position() - player.duration()) <= 100);
}

bool tst_Playback::streamsCorked()
{
    QByteArray json;
    if (!m_pulse.pactl({ u"--format=json"_s, u"list"_s, u"sink-inputs"_s }, &json))
        return false;
    const QJsonArray streams = QJsonDocument::fromJson(json).array();
    return !streams.isEmpty()
        && std::all_of(streams.cbegin(), streams.cend(),
            [](const QJsonValue &stream) { return stream.toObject().value(u"corked"_s).toBool(); });
}

QTEST_MAIN(tst_Playback)
#include "tst_playback.moc"
