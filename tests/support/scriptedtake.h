#pragma once

#include <chrono>
#include <cmath>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include "captureserver.h"
#include "testclient.h"
#include "testserver.h"

// A take recorded through a real server by scripted v1 guests at real pace (tst_takeexport,
// tst_headless, tst_takeexportjob): each guest's device clock, capture start and a click that
// all of them hear at one instant are the test's to choose.
namespace ScriptedTake {

constexpr int Rate = 16000;
inline const QString Format = QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16");

inline double unixMsNow()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// A scripted guest: its device clock makes `rate` samples per true second, from `startS` after
// the others' first capture; a click sounds at `clickAtS` on the true clock, heard by everyone.
struct Guest
{
    QString name;
    double startS = 0;
    double rate = Rate;
    TestClient client;
    qint64 samplesSent = 0;
    bool startSent = false;

    // The samples due by `elapsedS` of true time, with the click where this clock puts it.
    QByteArray due(double elapsedS, double clickAtS)
    {
        const qint64 dueSamples = std::llround(std::max(0.0, elapsedS - startS) * rate);
        const qint64 clickSample = std::llround((clickAtS - startS) * rate);
        QByteArray bytes;
        for (qint64 i = samplesSent; i < dueSamples; ++i) {
            const bool click = i >= clickSample && i < clickSample + Rate / 200; // 5 ms
            const qint16 value = click ? 24000 : qint16((i * 7919) % 200 - 100); // quiet noise
            char le[2];
            qToLittleEndian(value, le);
            bytes.append(le, 2);
        }
        samplesSent = dueSamples;
        return bytes;
    }
};

struct GuestScript
{
    const char *name;
    double startS = 0;
    double rate = Rate;
};

using Guests = std::vector<std::unique_ptr<Guest>>;

// Records the take `takeId` on `server`: starts it, lets every guest in `scripts` join at its
// start and send what its clock makes for `runS` true seconds (the click at `clickAtS`), stops
// each guest once its bytes are acknowledged, then stops the take. The guests are returned in
// `guests`; false, with the reason in `problem`, when any step failed. `speed` above 1 sends the
// audio that many times faster than it plays, for a long take in a short test (its clock drift
// is then not measured).
inline bool record(TestServer &server, const QString &takeId,
    const std::vector<GuestScript> &scripts, double runS, double clickAtS, Guests &guests,
    QString *problem, double speed = 1)
{
    for (const GuestScript &script : scripts) {
        auto guest = std::make_unique<Guest>();
        guest->name = QString::fromUtf8(script.name);
        guest->startS = script.startS;
        guest->rate = script.rate;
        if (!guest->client.open(server.wsUrl())) {
            *problem = QStringLiteral("%1 cannot connect").arg(guest->name);
            return false;
        }
        guests.push_back(std::move(guest));
    }

    // The true clock starts now; each guest's capture starts when its script says, and its start
    // says so on the server's clock (the test shares the server's clock).
    const double originMs = unixMsNow();
    QElapsedTimer elapsed;
    elapsed.start();
    if (!server.server().setTakeState(takeId, Take::State::Recording, problem))
        return false;
    QTimer pace;
    pace.setInterval(20);
    pace.setTimerType(Qt::PreciseTimer);
    QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
        const double nowS = speed * double(elapsed.nsecsElapsed()) / 1e9;
        for (const std::unique_ptr<Guest> &guest : guests) {
            if (nowS < guest->startS)
                continue;
            if (!guest->startSent) {
                guest->client.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
                    { QStringLiteral("format"), Format }, { QStringLiteral("name"), guest->name },
                    { QStringLiteral("take"), takeId },
                    { QStringLiteral("captureStartMs"), originMs + guest->startS * 1000 },
                    { QStringLiteral("clockUncertaintyMs"), 0.5 } });
                guest->startSent = true;
            }
            const QByteArray bytes = guest->due(std::min(nowS, runS), clickAtS);
            if (!bytes.isEmpty())
                guest->client.socket.sendBinaryMessage(bytes);
        }
    });
    pace.start();
    const double runMs = runS * 1000 / speed;
    (void)QTest::qWaitFor([&] { return elapsed.elapsed() > runMs + 100; }, int(runMs) + 5000);
    pace.stop();
    for (const std::unique_ptr<Guest> &guest : guests) {
        const qint64 expected = guest->samplesSent * 2;
        // A loaded machine may take its time over a fast take's megabytes.
        if (!QTest::qWaitFor([&] { return guest->client.ackedBytes() == expected; }, 30000)) {
            *problem = QStringLiteral("%1: %2 of %3 bytes acknowledged")
                           .arg(guest->name)
                           .arg(guest->client.ackedBytes())
                           .arg(expected);
            return false;
        }
        guest->client.sendStop();
        if (guest->client.waitFor(QStringLiteral("stopped"), 0, 10000).isEmpty()) {
            *problem = QStringLiteral("%1 was not told its recording stopped").arg(guest->name);
            return false;
        }
    }
    return server.server().setTakeState(takeId, Take::State::Stopped, problem);
}

} // namespace ScriptedTake
