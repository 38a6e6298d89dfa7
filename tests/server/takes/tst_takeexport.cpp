#include <cmath>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "captureserver.h"
#include "ffprobe.h"
#include "scriptedtake.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "takes/takeexport.h"
#include "testdata.h"

namespace {

constexpr double ClickAtS = 26.0; // on the true clock, from the take's first capture
constexpr double RunS = 28.0;

// Where the click is in an aligned WAV, in ms from its start; -1 when it is not there.
double clickMs(const QString &wav)
{
    const QByteArray bytes = readFile(wav);
    const auto *samples = reinterpret_cast<const qint16 *>(bytes.constData() + WavHeader::Size);
    const qsizetype count = (bytes.size() - WavHeader::Size) / 2;
    for (qsizetype i = 0; i < count; ++i) {
        if (std::abs(int(samples[i])) > 12000)
            return double(i) * 1000.0 / TakeExport::SampleRate;
    }
    return -1;
}

} // namespace

// "Export aligned" on a real take: three guests recorded through a real server at real pace,
// one joining late and one whose clock runs 0.1 % fast, a click all three heard at one instant.
class tst_TakeExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void alignedTracksLineUpAndLastTheTake();

private:
    std::unique_ptr<TestServer> m_server;
};

void tst_TakeExport::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    QVERIFY(m_server->start(settings));
}

void tst_TakeExport::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

void tst_TakeExport::alignedTracksLineUpAndLastTheTake()
{
    QString problem;
    const std::optional<Take> take
        = m_server->server().createTake(QStringLiteral("Aligned"), &problem);
    QVERIFY2(take, qPrintable(problem));
    ScriptedTake::Guests guests;
    QVERIFY2(ScriptedTake::record(*m_server, take->id,
                 { { "Ada", 0.0 }, { "Grace", 0.7 }, { "Fast", 0.3, ScriptedTake::Rate * 1.001 } },
                 RunS, ClickAtS, guests, &problem),
        qPrintable(problem));

    // The fast guest's clock was measured from what it delivered.
    const QString folder = m_server->filePath(take->folder);
    const std::optional<Sidecar> fast
        = Sidecar::load(RecordingPaths::sidecarPath(folder + QStringLiteral("/Fast.wav")), nullptr);
    QVERIFY(fast);
    const double ppm = fast->take.value(QLatin1String("clock"))
                           .toObject()
                           .value(QLatin1String("ppm"))
                           .toDouble();
    QVERIFY2(std::abs(ppm - 1000) < 150, qPrintable(QStringLiteral("measured %1 ppm").arg(ppm)));

    const std::optional<TakeExport::Plan> plan = TakeExport::plan(folder, &problem);
    QVERIFY2(plan, qPrintable(problem));
    QCOMPARE(plan->tracks.size(), 3);
    TakeExport exporter;
    double lastProgress = -1;
    bool progressMonotonic = true;
    QVERIFY2(exporter.write(
                 *plan,
                 [&](double done) {
                     progressMonotonic = progressMonotonic && done >= lastProgress;
                     lastProgress = done;
                 },
                 &problem),
        qPrintable(problem));
    QVERIFY(progressMonotonic);
    QCOMPARE(lastProgress, 1.0);

    // Every track of the take's length, the click at one instant in all of them.
    QList<double> clicks;
    for (const char *name : { "Ada", "Grace", "Fast" }) {
        const QString wav
            = folder + QStringLiteral("/aligned/") + QLatin1String(name) + QStringLiteral(".wav");
        const std::optional<WavHeader::Parsed> header
            = WavHeader::parse(readFile(wav).left(WavHeader::Size));
        QVERIFY2(header, qPrintable(wav));
        QCOMPARE(header->pcm.sampleRate, TakeExport::SampleRate);
        const double lengthMs = double(header->dataBytes) / 2 * 1000 / TakeExport::SampleRate;
        QVERIFY2(std::abs(lengthMs - RunS * 1000) < 20,
            qPrintable(QStringLiteral("%1 lasts %2 ms").arg(QLatin1String(name)).arg(lengthMs)));
        const double at = clickMs(wav);
        QVERIFY2(at > 0, name);
        clicks.append(at);
    }
    qInfo("clicks at %.2f, %.2f, %.2f ms; the fast clock measured at %.1f ppm", clicks[0],
        clicks[1], clicks[2], ppm);
    const auto [earliest, latest] = std::minmax_element(clicks.cbegin(), clicks.cend());
    QVERIFY2(*latest - *earliest < 20,
        qPrintable(QStringLiteral("clicks at %1, %2, %3 ms")
                       .arg(clicks[0])
                       .arg(clicks[1])
                       .arg(clicks[2])));
    QVERIFY(std::abs(clicks[0] - ClickAtS * 1000) < 20);

    // The multitrack file: three named streams of the take's length, and the originals untouched.
    const QString mka = folder + QStringLiteral("/aligned/Aligned.mka");
    const std::optional<QJsonObject> probe = ffprobeJson(mka,
        { QStringLiteral("stream=codec_type,sample_rate:stream_tags=title"),
            QStringLiteral("format=duration") },
        &problem);
    QVERIFY2(probe, qPrintable(problem));
    QStringList titles;
    for (const QJsonValue &stream : probe->value(QLatin1String("streams")).toArray()) {
        QCOMPARE(stream[QLatin1String("codec_type")].toString(), QStringLiteral("audio"));
        QCOMPARE(stream[QLatin1String("sample_rate")].toString(), QStringLiteral("48000"));
        titles.append(stream[QLatin1String("tags")][QLatin1String("title")].toString());
    }
    QStringList guestsInTake;
    for (const TakeExport::Track &track : plan->tracks)
        guestsInTake.append(track.guest);
    QCOMPARE(titles, guestsInTake);
    guestsInTake.sort();
    QCOMPARE(guestsInTake,
        QStringList({ QStringLiteral("Ada"), QStringLiteral("Fast"), QStringLiteral("Grace") }));
    const double mkaMs
        = probe->value(QLatin1String("format"))[QLatin1String("duration")].toString().toDouble()
        * 1000;
    QVERIFY2(std::abs(mkaMs - RunS * 1000) < 50, qPrintable(QString::number(mkaMs)));
    QCOMPARE(readFile(folder + QStringLiteral("/Ada.wav")).size(),
        WavHeader::Size + guests[0]->samplesSent * 2);
}

QTEST_GUILESS_MAIN(tst_TakeExport)
#include "tst_takeexport.moc"
