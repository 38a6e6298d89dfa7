#include <chrono>
#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "captureserver.h"
#include "protocol/clockprobe.h"
#include "protocol/takefollower.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/sidecarrepair.h"
#include "storage/wavheader.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

namespace {

const QString Pcm16k = QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16");

QString typeOf(const QJsonObject &message)
{
    return message.value(QLatin1String("type")).toString();
}

double unixMsNow()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

} // namespace

// Takes on a real server with real v1 clients: the host makes, starts and stops a take; the
// guests' connections follow it and record their tracks into its folder.
class tst_Takes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void guestsFollowTheHostsStartAndStop();
    void guestsOfOneNameGetATrackEach();
    void anUnknownTakeIsRefused();
    void aStoppedTakeTakesNoNewTrack();
    void aTakeOnlyMovesOn();
    void aTrackThatCannotBeCreatedLeavesNoTrace();
    void aClockProbeIsAnsweredWithTheServersTime();
    void aResumedTrackStaysInItsTake();
    void aTakeOutlivesARestartOfTheServer();
    void whatAGuestHoldsUnsentReachesItsFigures();
    void theClientClassesJoinAndMeasureTheClock();
    void aClockProbesOldAnswerGivesWayToANewOne();
    void takeFoldersAreRecordingFolders();
    void theTakeLinkIsThePairingLinkWithTheTake();

private:
    ServerSettings settings() const;
    /// The server's figures of `session`; an empty id when it has none.
    SessionStats figuresOf(const QString &session) const;
    Take makeTake(const QString &name);
    QString folderOf(const Take &take) const { return m_server->filePath(take.folder); }
    // A guest's connection that joined `take` and was told where it stands.
    bool joinAs(TestClient &client, const Take &take);

    std::unique_ptr<TestServer> m_server;
};

ServerSettings tst_Takes::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    // Guests on different workers: the host's start and stop must reach every one.
    settings.workerThreads = 2;
    return settings;
}

void tst_Takes::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    QVERIFY(m_server->start(settings()));
}

void tst_Takes::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

Take tst_Takes::makeTake(const QString &name)
{
    QString problem;
    const std::optional<Take> take = m_server->server().createTake(name, &problem);
    if (!take)
        qWarning("cannot make a take: %s", qPrintable(problem));
    return take.value_or(Take {});
}

bool tst_Takes::joinAs(TestClient &client, const Take &take)
{
    if (!client.open(m_server->wsUrl()))
        return false;
    const qsizetype from = client.messages.size();
    client.v1.sendJoin(take.id);
    const QJsonObject answer = client.waitFor(QStringLiteral("take"), from);
    return answer.value(QLatin1String("take")).toString() == take.id
        && answer.value(QLatin1String("name")).toString() == take.name
        && answer.value(QLatin1String("state")).toString() == Take::stateName(take.state);
}

void tst_Takes::guestsFollowTheHostsStartAndStop()
{
    const Take take = makeTake(QStringLiteral("Episode 12"));
    QVERIFY(!take.id.isEmpty());
    QVERIFY2(QFileInfo(folderOf(take)).isDir(), qPrintable(folderOf(take)));
    QCOMPARE(QFileInfo(folderOf(take)).dir().dirName(), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(take.folder.endsWith(QStringLiteral("_Episode_12_") + take.id));

    TestClient ada;
    TestClient grace;
    QVERIFY(joinAs(ada, take));
    QVERIFY(joinAs(grace, take));

    // The host starts the take: both pages are told, whichever worker they are on.
    const qsizetype adaBefore = ada.messages.size();
    const qsizetype graceBefore = grace.messages.size();
    QString problem;
    QVERIFY2(m_server->server().setTakeState(take.id, Take::State::Recording, &problem),
        qPrintable(problem));
    QCOMPARE(ada.waitFor(QStringLiteral("take"), adaBefore).value(QLatin1String("state")),
        QStringLiteral("recording"));
    QCOMPARE(grace.waitFor(QStringLiteral("take"), graceBefore).value(QLatin1String("state")),
        QStringLiteral("recording"));

    // They record into the take: the joined take is where "start" goes.
    ada.sendStart(Pcm16k, QStringLiteral("Ada"));
    // Grace's page says when its first sample was captured, on the server's clock.
    const double graceCapture = unixMsNow() - 40.5;
    grace.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("format"), Pcm16k }, { QStringLiteral("name"), QStringLiteral("Grace") },
        { QStringLiteral("take"), take.id }, { QStringLiteral("captureStartMs"), graceCapture },
        { QStringLiteral("clockUncertaintyMs"), 1.5 } });
    const QJsonObject adaStarted = ada.waitFor(QStringLiteral("started"));
    const QJsonObject graceStarted = grace.waitFor(QStringLiteral("started"));
    const QString adaFile = adaStarted.value(QLatin1String("file")).toString();
    const QString graceFile = graceStarted.value(QLatin1String("file")).toString();
    QCOMPARE(adaFile, take.folder + QStringLiteral("/Ada.wav"));
    QCOMPARE(graceFile, take.folder + QStringLiteral("/Grace.wav"));

    const QByteArray adaAudio = randomBytes(32000, 1);
    const QByteArray graceAudio = randomBytes(48000, 2);
    for (qsizetype at = 0; at < adaAudio.size(); at += 3200)
        ada.socket.sendBinaryMessage(adaAudio.mid(at, 3200));
    for (qsizetype at = 0; at < graceAudio.size(); at += 3200)
        grace.socket.sendBinaryMessage(graceAudio.mid(at, 3200));
    QTRY_COMPARE(ada.ackedBytes(), adaAudio.size());
    QTRY_COMPARE(grace.ackedBytes(), graceAudio.size());

    // The host stops it: the pages are told, and stop their recordings.
    const qsizetype adaRecording = ada.messages.size();
    const qsizetype graceRecording = grace.messages.size();
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Stopped, &problem));
    QCOMPARE(ada.waitFor(QStringLiteral("take"), adaRecording).value(QLatin1String("state")),
        QStringLiteral("stopped"));
    QCOMPARE(grace.waitFor(QStringLiteral("take"), graceRecording).value(QLatin1String("state")),
        QStringLiteral("stopped"));
    ada.sendStop();
    grace.sendStop();
    QVERIFY(!ada.waitFor(QStringLiteral("stopped")).isEmpty());
    QVERIFY(!grace.waitFor(QStringLiteral("stopped")).isEmpty());

    // One track per guest in the take's folder, byte for byte what each sent.
    QCOMPARE(readFile(m_server->filePath(adaFile)).mid(WavHeader::Size), adaAudio);
    QCOMPARE(readFile(m_server->filePath(graceFile)).mid(WavHeader::Size), graceAudio);
    const std::optional<Sidecar> adaSidecar
        = Sidecar::load(RecordingPaths::sidecarPath(m_server->filePath(adaFile)), nullptr);
    QVERIFY(adaSidecar);
    QCOMPARE(adaSidecar->take.value(QLatin1String("take")).toString(), take.id);
    QCOMPARE(adaSidecar->take.value(QLatin1String("name")).toString(), take.name);
    QCOMPARE(adaSidecar->take.value(QLatin1String("guest")).toString(), QStringLiteral("Ada"));
    QCOMPARE(adaSidecar->status, QStringLiteral("complete"));
    QVERIFY(!adaSidecar->take.contains(QLatin1String("captureStartMs")));
    const std::optional<Sidecar> graceSidecar
        = Sidecar::load(RecordingPaths::sidecarPath(m_server->filePath(graceFile)), nullptr);
    QVERIFY(graceSidecar);
    QCOMPARE(graceSidecar->take.value(QLatin1String("captureStartMs")).toDouble(), graceCapture);
    QCOMPARE(graceSidecar->take.value(QLatin1String("clockUncertaintyMs")).toDouble(), 1.5);

    // take.json lists the tracks and says how the take went.
    const QJsonObject takeJson = readJson(folderOf(take) + QStringLiteral("/take.json"));
    QCOMPARE(takeJson.value(QLatin1String("take")).toString(), take.id);
    QCOMPARE(takeJson.value(QLatin1String("name")).toString(), QStringLiteral("Episode 12"));
    QCOMPARE(takeJson.value(QLatin1String("state")).toString(), QStringLiteral("stopped"));
    QVERIFY(!takeJson.value(QLatin1String("startedAt")).isNull());
    QVERIFY(!takeJson.value(QLatin1String("stoppedAt")).isNull());
    const QJsonArray tracks = takeJson.value(QLatin1String("tracks")).toArray();
    QCOMPARE(tracks.size(), 2);
    QStringList listed;
    for (const QJsonValue &track : tracks) {
        const QJsonObject object = track.toObject();
        listed.append(object.value(QLatin1String("guest")).toString() + u'='
            + object.value(QLatin1String("file")).toString());
        if (object.value(QLatin1String("guest")).toString() == u"Grace")
            QCOMPARE(object.value(QLatin1String("captureStartMs")).toDouble(), graceCapture);
        else
            QVERIFY(!object.contains(QLatin1String("captureStartMs")));
    }
    listed.sort();
    QCOMPARE(listed,
        QStringList({ QStringLiteral("Ada=") + adaFile, QStringLiteral("Grace=") + graceFile }));
}

void tst_Takes::guestsOfOneNameGetATrackEach()
{
    const Take take = makeTake(QStringLiteral("Panel"));
    QStringList files;
    std::vector<std::unique_ptr<TestClient>> guests;
    for (int i = 0; i < 3; ++i) {
        auto guest = std::make_unique<TestClient>();
        QVERIFY(joinAs(*guest, take));
        guest->sendStart(Pcm16k, QStringLiteral("Ada Lovelace"));
        files.append(
            guest->waitFor(QStringLiteral("started")).value(QLatin1String("file")).toString());
        guests.push_back(std::move(guest));
    }
    QCOMPARE(files,
        QStringList({ take.folder + QStringLiteral("/Ada_Lovelace.wav"),
            take.folder + QStringLiteral("/Ada_Lovelace_2.wav"),
            take.folder + QStringLiteral("/Ada_Lovelace_3.wav") }));
    for (const QString &file : files)
        QVERIFY2(QFileInfo::exists(m_server->filePath(file)), qPrintable(file));
}

void tst_Takes::anUnknownTakeIsRefused()
{
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.v1.sendJoin(QStringLiteral("0badc0de"));
    const QJsonObject joinError = client.waitFor(QStringLiteral("error"));
    QCOMPARE(joinError.value(QLatin1String("code")).toString(), QStringLiteral("unknown_take"));

    client.v1.sendStart(Pcm16k, QStringLiteral("Ada"), false, QStringLiteral("0badc0de"));
    QTRY_COMPARE(client.count(QStringLiteral("error")), 2);
    QCOMPARE(client.messages.last().value(QLatin1String("code")).toString(),
        QStringLiteral("unknown_take"));
    QCOMPARE(client.count(QStringLiteral("started")), 0);

    // The connection goes on: a session outside any take still records.
    client.sendStart(Pcm16k, QStringLiteral("Ada"));
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.isEmpty());
    QCOMPARE(QFileInfo(started.value(QLatin1String("file")).toString()).path(),
        QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(!client.closed);
}

void tst_Takes::aStoppedTakeTakesNoNewTrack()
{
    const Take take = makeTake(QStringLiteral("Done"));
    QString problem;
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Stopped, &problem));

    TestClient late;
    QVERIFY(late.open(m_server->wsUrl()));
    late.v1.sendStart(Pcm16k, QStringLiteral("Late"), false, take.id);
    const QJsonObject refusal = late.waitFor(QStringLiteral("error"));
    QCOMPARE(refusal.value(QLatin1String("code")).toString(), QStringLiteral("take_closed"));
    QVERIFY(refusal.value(QLatin1String("message")).toString().contains(QLatin1String("stopped")));
    QCOMPARE(late.count(QStringLiteral("started")), 0);
    QCOMPARE(
        QDir(folderOf(take)).entryList(QDir::Files), QStringList({ QStringLiteral("take.json") }));
}

void tst_Takes::aTrackThatCannotBeCreatedLeavesNoTrace()
{
    const Take take = makeTake(QStringLiteral("Blocked"));
    // Something of the track's name already stands in the take's folder.
    QVERIFY(QDir(folderOf(take)).mkdir(QStringLiteral("Ada.wav")));
    TestClient first;
    QVERIFY(joinAs(first, take));
    first.sendStart(Pcm16k, QStringLiteral("Ada"));
    QCOMPARE(first.waitFor(QStringLiteral("error")).value(QLatin1String("code")).toString(),
        QStringLiteral("write_error"));
    QCOMPARE(readJson(folderOf(take) + QStringLiteral("/take.json"))
                 .value(QLatin1String("tracks"))
                 .toArray()
                 .size(),
        0);

    // The name is free again: once the folder is clear, the next Ada gets it.
    QVERIFY(QDir(folderOf(take)).rmdir(QStringLiteral("Ada.wav")));
    TestClient second;
    QVERIFY(joinAs(second, take));
    second.sendStart(Pcm16k, QStringLiteral("Ada"));
    QCOMPARE(second.waitFor(QStringLiteral("started")).value(QLatin1String("file")).toString(),
        take.folder + QStringLiteral("/Ada.wav"));
    QCOMPARE(readJson(folderOf(take) + QStringLiteral("/take.json"))
                 .value(QLatin1String("tracks"))
                 .toArray()
                 .size(),
        1);
}

void tst_Takes::aTakeOnlyMovesOn()
{
    const Take take = makeTake(QStringLiteral("Order"));
    QString problem;
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Recording, &problem));
    QVERIFY(!m_server->server().setTakeState(take.id, Take::State::Waiting, &problem));
    QVERIFY(problem.contains(QLatin1String("recording")));
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Stopped, &problem));
    QVERIFY(!m_server->server().setTakeState(take.id, Take::State::Recording, &problem));
    QVERIFY(!m_server->server().setTakeState(
        QStringLiteral("nosuchid"), Take::State::Recording, &problem));
    QCOMPARE(m_server->server().take(take.id)->state, Take::State::Stopped);
}

void tst_Takes::aClockProbeIsAnsweredWithTheServersTime()
{
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    const double before = unixMsNow();
    client.v1.sendTimeProbe(123.25);
    const QJsonObject answer = client.waitFor(QStringLiteral("time"));
    const double after = unixMsNow();
    QCOMPARE(answer.value(QLatin1String("clientMs")).toDouble(), 123.25);
    const double serverMs = answer.value(QLatin1String("serverMs")).toDouble();
    QVERIFY2(serverMs >= before && serverMs <= after,
        qPrintable(QStringLiteral("%1 not in [%2, %3]")
                       .arg(serverMs, 0, 'f')
                       .arg(before, 0, 'f')
                       .arg(after, 0, 'f')));
    // Finer than a millisecond, or the offsets a page estimates from it are not.
    QVERIFY(answer.value(QLatin1String("serverMs")).isDouble());

    client.sendJson({ { QStringLiteral("type"), QStringLiteral("time") } });
    QCOMPARE(client.waitFor(QStringLiteral("error")).value(QLatin1String("code")).toString(),
        QStringLiteral("bad_message"));
    // A capture start must be a time on the clock, not a negative or a string.
    client.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("format"), Pcm16k }, { QStringLiteral("captureStartMs"), -5 } });
    QTRY_COMPARE(client.count(QStringLiteral("error")), 2);
    QVERIFY(client.messages.last()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("captureStartMs")));
    QCOMPARE(client.count(QStringLiteral("started")), 0);
}

void tst_Takes::aResumedTrackStaysInItsTake()
{
    const Take take = makeTake(QStringLiteral("Flaky"));
    QString problem;
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Recording, &problem));

    auto first = std::make_unique<TestClient>();
    QVERIFY(joinAs(*first, *m_server->server().take(take.id)));
    first->sendStart(Pcm16k, QStringLiteral("Ada"));
    const QJsonObject started = first->waitFor(QStringLiteral("started"));
    const QString file = started.value(QLatin1String("file")).toString();
    const QByteArray before = randomBytes(16000, 7);
    first->socket.sendBinaryMessage(before);
    QTRY_COMPARE(first->ackedBytes(), before.size());
    first->socket.abort(); // the network drops
    first.reset();

    TestClient second;
    QVERIFY(second.open(m_server->wsUrl()));
    second.sendResume(started.value(QLatin1String("session")).toString(),
        started.value(QLatin1String("resumeToken")).toString());
    QTRY_VERIFY(second.count(QStringLiteral("resumed")) == 1);
    const QByteArray after = randomBytes(16000, 8);
    second.socket.sendBinaryMessage(after);
    QTRY_COMPARE(second.ackedBytes(), before.size() + after.size());

    // The resumed connection follows the take again: the host's stop reaches it.
    const qsizetype from = second.messages.size();
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Stopped, &problem));
    QCOMPARE(second.waitFor(QStringLiteral("take"), from).value(QLatin1String("state")),
        QStringLiteral("stopped"));
    second.sendStop();
    QCOMPARE(
        second.waitFor(QStringLiteral("stopped")).value(QLatin1String("file")).toString(), file);

    QCOMPARE(readFile(m_server->filePath(file)).mid(WavHeader::Size), before + after);
    const QJsonArray tracks = readJson(folderOf(take) + QStringLiteral("/take.json"))
                                  .value(QLatin1String("tracks"))
                                  .toArray();
    QCOMPARE(tracks.size(), 1);
    QCOMPARE(tracks.first().toObject().value(QLatin1String("file")).toString(), file);
}

// Earshot restarted in the middle of a take (an update, a crash): the new server takes it up
// again from its take.json, so that the guests' pages rejoin it and the host can stop it.
void tst_Takes::aTakeOutlivesARestartOfTheServer()
{
    const Take take = makeTake(QStringLiteral("Morning"));
    QString problem;
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Recording, &problem));
    {
        TestClient ada;
        QVERIFY(joinAs(ada, *m_server->server().take(take.id)));
        ada.sendStart(Pcm16k, QStringLiteral("Ada"));
        QVERIFY(!ada.waitFor(QStringLiteral("started")).isEmpty());
        ada.socket.sendBinaryMessage(randomBytes(3200, 1));
        QTRY_COMPARE(ada.ackedBytes(), 3200);
        QVERIFY(m_server->stop());
    }
    QVERIFY(m_server->start(settings()));

    // Known again, as it was: recording, with Ada's track.
    TestClient guest;
    QVERIFY(guest.open(m_server->wsUrl()));
    guest.v1.sendJoin(take.id);
    const QJsonObject joined = guest.waitFor(QStringLiteral("take"));
    QCOMPARE(joined.value(QLatin1String("name")).toString(), QStringLiteral("Morning"));
    QCOMPARE(joined.value(QLatin1String("state")).toString(), QStringLiteral("recording"));
    const std::optional<Take> reopened = m_server->server().take(take.id);
    QVERIFY(reopened);
    QCOMPARE(reopened->folder, take.folder);
    QCOMPARE(reopened->tracks.size(), 1);
    QCOMPARE(reopened->tracks.first().guest, QStringLiteral("Ada"));

    // Ada's file keeps its name: a second Ada gets one of her own.
    guest.sendStart(Pcm16k, QStringLiteral("Ada"));
    const QJsonObject started = guest.waitFor(QStringLiteral("started"));
    QCOMPARE(QFileInfo(started.value(QLatin1String("file")).toString()).fileName(),
        QStringLiteral("Ada_2.wav"));
    QCOMPARE(QFileInfo(started.value(QLatin1String("file")).toString()).path(), take.folder);
    guest.socket.sendBinaryMessage(randomBytes(3200, 2));
    QTRY_COMPARE(guest.ackedBytes(), 3200);

    // The host stops it for everyone, as before the restart.
    const qsizetype from = guest.messages.size();
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Stopped, &problem));
    QCOMPARE(guest.waitFor(QStringLiteral("take"), from).value(QLatin1String("state")),
        QStringLiteral("stopped"));
    QCOMPARE(readJson(folderOf(take) + QStringLiteral("/take.json"))
                 .value(QLatin1String("tracks"))
                 .toArray()
                 .size(),
        2);
}

SessionStats tst_Takes::figuresOf(const QString &session) const
{
    for (const SessionStats &stats : m_server->server().sessions()) {
        if (stats.id == session)
            return stats;
    }
    return {};
}

// A guest's device says how much it holds that no ack covers: the report reaches the session's
// figures (what the monitor and /api/status show), survives a drop until the device resumes,
// and a bad report is refused without touching them.
void tst_Takes::whatAGuestHoldsUnsentReachesItsFigures()
{
    const Take take = makeTake(QStringLiteral("Backlog"));
    auto first = std::make_unique<TestClient>();
    QVERIFY(joinAs(*first, take));
    first->sendStart(Pcm16k, QStringLiteral("Ada"));
    const QJsonObject started = first->waitFor(QStringLiteral("started"));
    const QString session = started.value(QLatin1String("session")).toString();
    first->socket.sendBinaryMessage(randomBytes(3200, 1));
    QTRY_COMPARE(first->ackedBytes(), 3200);
    QCOMPARE(figuresOf(session).unsentDurationMs, 0);

    first->v1.sendUnsent(134400, 4200);
    QTRY_COMPARE(figuresOf(session).unsentDurationMs, 4200);
    QCOMPARE(figuresOf(session).unsentBytes, 134400);

    // A report out of range is refused as the other messages are, and changes nothing.
    first->sendJson({ { QStringLiteral("type"), QStringLiteral("unsent") },
        { QStringLiteral("bytes"), -1 }, { QStringLiteral("durationMs"), 100 } });
    const QJsonObject error = first->waitFor(QStringLiteral("error"));
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("bad_message"));
    QVERIFY2(error.value(QLatin1String("message")).toString().contains(QStringLiteral("unsent")),
        qPrintable(error.value(QLatin1String("message")).toString()));
    first->v1.sendUnsent(6400, 200); // the next good one is taken: the connection goes on
    QTRY_COMPARE(figuresOf(session).unsentDurationMs, 200);

    // The network drops: the figure stays (the device holds at least that) while interrupted.
    first->socket.abort();
    first.reset();
    QTRY_COMPARE(figuresOf(session).state, SessionStats::State::Interrupted);
    QCOMPARE(figuresOf(session).unsentBytes, 6400);

    TestClient second;
    QVERIFY(second.open(m_server->wsUrl()));
    second.sendResume(session, started.value(QLatin1String("resumeToken")).toString());
    QTRY_COMPARE(second.count(QStringLiteral("resumed")), 1);
    second.v1.sendUnsent(32000, 1000);
    QTRY_COMPARE(figuresOf(session).unsentDurationMs, 1000);
    QCOMPARE(figuresOf(session).state, SessionStats::State::Recording);
    second.socket.sendBinaryMessage(randomBytes(32000, 2));
    QTRY_COMPARE(second.ackedBytes(), 3200 + 32000);
    second.v1.sendUnsent(0, 0);
    QTRY_COMPARE(figuresOf(session).unsentBytes, 0);
    QCOMPARE(figuresOf(session).unsentDurationMs, 0);

    // A complete session holds nothing unsent, whatever was said last.
    second.v1.sendUnsent(3200, 100);
    QTRY_COMPARE(figuresOf(session).unsentDurationMs, 100);
    second.sendStop();
    QVERIFY(!second.waitFor(QStringLiteral("stopped")).isEmpty());
    QTRY_COMPARE(figuresOf(session).state, SessionStats::State::Complete);
    QCOMPARE(figuresOf(session).unsentDurationMs, 0);
}

// Two clocks drift apart: the fastest answer counts while it is recent, and an older one gives
// way to any newer one, however slow (the page's TakeClock does the same).
void tst_Takes::aClockProbesOldAnswerGivesWayToANewOne()
{
    ClockProbe clock;
    // Answered after `roundTripMs`, evenly both ways, by a server `offsetMs` ahead.
    const auto answer = [&clock](double sentMs, double roundTripMs, double offsetMs) {
        clock.addAnswer(sentMs, sentMs + roundTripMs / 2 + offsetMs, sentMs + roundTripMs);
    };
    answer(0, 8, 500);
    answer(60000, 20, 506); // slower, and the first is recent still
    QCOMPARE(clock.toServerMs(60000)->serverMs, 60500.0);
    QCOMPARE(clock.bestRoundTripMs(), 8.0);

    const double later = double(ClockProbe::MaxAnswerAge.count()) + 30000;
    answer(later, 20, 518);
    QCOMPARE(clock.toServerMs(later)->serverMs, later + 518);
    QCOMPARE(clock.toServerMs(later)->uncertaintyMs, 10.0);
    answer(later + 150, 6, 518); // and a faster one beats it again
    QCOMPARE(clock.bestRoundTripMs(), 6.0);
}

// What Earshot's own clients (the microphone streamer) use to be a guest: TakeFollower joins and
// tells the host's moves, ClockProbe measures the clock with the server's own answers.
void tst_Takes::theClientClassesJoinAndMeasureTheClock()
{
    const Take take = makeTake(QStringLiteral("Probed"));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    TakeFollower follower(take.id);
    QSignalSpy states(&follower, &TakeFollower::stateChanged);
    ClockProbe clock;
    QSignalSpy probed(&clock, &ClockProbe::finished);
    const double before = ClockProbe::unixMsNow();
    follower.follow(client.v1);
    clock.probe(client.v1);
    QTRY_COMPARE(states.count(), 1);
    QCOMPARE(follower.state(), TakeFollower::State::Waiting);
    QCOMPARE(follower.name(), QStringLiteral("Probed"));
    QVERIFY(clock.isProbing());
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, 10000);
    const double after = ClockProbe::unixMsNow();
    QVERIFY(!clock.isProbing());
    QCOMPARE(client.count(QStringLiteral("time")), ClockProbe::ProbeCount);
    // The server's clock is this computer's: a moment maps onto itself, within the round trip.
    const std::optional<ClockProbe::Placement> now = clock.toServerMs(after);
    QVERIFY(now);
    QVERIFY2(std::abs(now->serverMs - after) <= now->uncertaintyMs + 1,
        qPrintable(QStringLiteral("%1 ms off, uncertainty %2 ms")
                       .arg(now->serverMs - after)
                       .arg(now->uncertaintyMs)));
    QVERIFY(now->uncertaintyMs >= 0 && now->uncertaintyMs <= (after - before) / 2);

    QString problem;
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Recording, &problem));
    QTRY_COMPARE(follower.state(), TakeFollower::State::Recording);
    QCOMPARE(states.last().at(1).value<TakeFollower::State>(), TakeFollower::State::Waiting);
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Stopped, &problem));
    QTRY_COMPARE(follower.state(), TakeFollower::State::Stopped);
    QCOMPARE(states.count(), 3);
}

void tst_Takes::takeFoldersAreRecordingFolders()
{
    const Take take = makeTake(QStringLiteral("Listed"));
    // A folder in the day that is not a take's is not a recording folder.
    QVERIFY(QDir(m_server->path())
                .mkpath(QDate::currentDate().toString(Qt::ISODate) + QStringLiteral("/notes")));
    const QStringList folders = SidecarRepair::recordingFolders(m_server->path());
    QCOMPARE(folders, QStringList({ QDate::currentDate().toString(Qt::ISODate), take.folder }));

    // An interrupted track in a take is repaired like any recording, and take.json is left alone.
    TestClient guest;
    QVERIFY(joinAs(guest, take));
    guest.sendStart(Pcm16k, QStringLiteral("Ada"));
    const QString file
        = guest.waitFor(QStringLiteral("started")).value(QLatin1String("file")).toString();
    const QByteArray audio = randomBytes(6400, 3);
    guest.socket.sendBinaryMessage(audio);
    QTRY_COMPARE(guest.ackedBytes(), audio.size());
    QVERIFY(m_server->stop());
    const QByteArray takeJson = readFile(folderOf(take) + QStringLiteral("/take.json"));
    const SidecarRepair::Report report = SidecarRepair::repairAll(m_server->path());
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.join(u'\n')));
    QCOMPARE(readFile(folderOf(take) + QStringLiteral("/take.json")), takeJson);
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(m_server->filePath(file)), nullptr);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->status, QStringLiteral("interrupted"));
    QCOMPARE(sidecar->bytes, audio.size());
}

void tst_Takes::theTakeLinkIsThePairingLinkWithTheTake()
{
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("0123456789abcdef0123456789abcdef");
    QVERIFY(m_server->stop());
    QVERIFY(m_server->start(paired));
    const Take take = makeTake(QStringLiteral("Linked"));
    const QUrl link = m_server->server().takeUrl(take.id);
    const QUrlQuery query(link);
    QCOMPARE(query.queryItemValue(QStringLiteral("t")), paired.pairingToken);
    QCOMPARE(query.queryItemValue(QStringLiteral("take")), take.id);
    QCOMPARE(link.adjusted(QUrl::RemoveQuery),
        m_server->server().pairingUrl().adjusted(QUrl::RemoveQuery));
}

QTEST_GUILESS_MAIN(tst_Takes)
#include "tst_takes.moc"
