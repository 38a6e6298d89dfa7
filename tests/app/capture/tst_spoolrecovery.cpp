#include <algorithm>
#include <cmath>

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "captureserver.h"
#include "ffprobe.h"
#include "pulsesine.h"
#include "testcheck.h"
#include "testserver.h"
#include "wavfile.h"

using namespace std::chrono_literals;

// A streaming process that dies (kill -9) while the receiver is away does not lose what it had
// captured: the next run of `earshot --stream-mic` finds the spool the dead one left, resumes
// its session and delivers the rest, or, when the receiver no longer knows the session, saves it
// as a WAV file and says where. The real earshot binary streams a PulseAudio sine source into an
// in-process CaptureServer.
class tst_SpoolRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killedStreamIsDeliveredByTheNextRun();
    void refusedResumeIsSavedLocally();

private:
    // What the killed process left on the disk.
    struct Leftover
    {
        qint64 capturedReported = 0; ///< the last "captured=" the process printed
        qint64 firstByte = 0; ///< offset of the first byte still kept
        qint64 endOffset = 0; ///< the last byte kept + 1: all it had captured
        QByteArray bytes; ///< from firstByte to endOffset
        QString session;
    };

    void startStreamer(QProcess &process, const QString &duration);
    void streamThenKill(Leftover *leftover);
    QString spoolParent() const;
    static QString findRecording(const QString &recordingsDir, const QString &session);

    static constexpr const char *Token = "pairing-token-2718";
    static constexpr int Rate = 48000;
    static constexpr int Channels = 2;
    static constexpr qint64 BytesPerSecond = Rate * Channels * 2;
    static constexpr qint64 SegmentBytes = 1024 * 1024; ///< Spool::DefaultSegmentBytes

    PulseSine m_pulse;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_receiver;
    ServerSettings m_settings;
};

void tst_SpoolRecovery::initTestCase()
{
    QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
}

void tst_SpoolRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("work"))));
    m_receiver = std::make_unique<TestServer>();
    m_settings = {};
    m_settings.bindAddress = QHostAddress::LocalHost;
    m_settings.port = 0;
    m_settings.recordingsDir = m_receiver->filePath(QStringLiteral("recordings"));
    m_settings.tlsEnabled = false;
    // The token is asked for on loopback too: the next run must bring it, the spool keeps none.
    m_settings.pairingToken = QString::fromLatin1(Token);
    m_settings.tokenRequiredOnLoopback = true;
    QVERIFY(m_receiver->start(m_settings));
    m_settings.port = m_receiver->port();
}

void tst_SpoolRecovery::cleanup()
{
    if (m_receiver->server().isListening())
        QVERIFY(m_receiver->stop());
    m_receiver.reset();
    m_dir.reset();
}

void tst_SpoolRecovery::startStreamer(QProcess &process, const QString &duration)
{
    process.setProgram(QStringLiteral(EARSHOT_BINARY));
    process.setArguments({ QStringLiteral("--stream-mic"), QStringLiteral("--device"),
        QString::fromLatin1(PulseSine::SourceId), QStringLiteral("--format"), QString::number(Rate),
        QStringLiteral("--channels"), QString::number(Channels), QStringLiteral("--duration"),
        duration, QStringLiteral("--to"),
        QStringLiteral("ws://127.0.0.1:%1/ws?t=%2")
            .arg(m_settings.port)
            .arg(QLatin1String(Token)) });
    // Its own cache (the spool), config and working folder (where refused audio is saved); the
    // PulseAudio daemon of this test from the environment.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->filePath(QStringLiteral("work")));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
}

QString tst_SpoolRecovery::spoolParent() const
{
    // QStandardPaths::CacheLocation of the earshot binary, under the XDG_CACHE_HOME given to it.
    return m_dir->filePath(QStringLiteral("cache/Earshot/Earshot/spool"));
}

QString tst_SpoolRecovery::findRecording(const QString &recordingsDir, const QString &session)
{
    QDirIterator files(recordingsDir, { QStringLiteral("*_%1.wav").arg(session) }, QDir::Files,
        QDirIterator::Subdirectories);
    return files.hasNext() ? files.next() : QString();
}

void tst_SpoolRecovery::streamThenKill(Leftover *leftover)
{
    QProcess first;
    CHECK(startStreamer(first, QStringLiteral("60")));
    static const QRegularExpression progress(
        QStringLiteral("captured=(\\d+) sent=\\d+ acked=(\\d+)"));
    QByteArray out;
    qint64 captured = 0;
    qint64 acked = 0;
    const auto readProgress = [&] {
        out += first.readAllStandardOutput();
        QRegularExpressionMatchIterator matches = progress.globalMatch(QString::fromUtf8(out));
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            captured = match.captured(1).toLongLong();
            acked = match.captured(2).toLongLong();
        }
    };

    // Part of it reached the receiver: more than the streamer's first spool segment (1 MiB),
    // which is gone then, so that the resume has to start in the middle of what is kept...
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     readProgress();
                     return acked > SegmentBytes || first.state() != QProcess::Running;
                 },
                 30000),
        out.constData());
    QVERIFY2(acked > SegmentBytes, out.constData());

    // ... then the receiver goes away, and the streamer keeps two seconds more in its spool.
    QVERIFY(m_receiver->stop());
    const qint64 ackedAtCut = acked;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     readProgress();
                     return captured >= ackedAtCut + 2 * BytesPerSecond
                         || first.state() != QProcess::Running;
                 },
                 20000),
        out.constData());
    QCOMPARE(first.state(), QProcess::Running);
    leftover->capturedReported = captured;

    first.kill(); // SIGKILL: nothing is finalized, nothing deleted
    QVERIFY(first.waitForFinished(10000)); // reaped: its lock is a dead process's now
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    // What it left: one spool folder, a manifest, segments named after their first offset.
    const QStringList folders
        = QDir(spoolParent()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(folders.size(), 1);
    const QDir folder(QDir(spoolParent()).filePath(folders.constFirst()));
    QFile manifestFile(folder.filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QByteArray manifestBytes = manifestFile.readAll();
    QCOMPARE(manifestFile.permissions(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser);
    QVERIFY2(!manifestBytes.contains(Token), manifestBytes.constData());
    leftover->session = QJsonDocument::fromJson(manifestBytes)
                            .object()
                            .value(QStringLiteral("session"))
                            .toString();
    QVERIFY2(!leftover->session.isEmpty(), manifestBytes.constData());

    const QFileInfoList segments
        = folder.entryInfoList({ QStringLiteral("*.pcm") }, QDir::Files, QDir::Name);
    QVERIFY(!segments.isEmpty());
    leftover->firstByte = segments.constFirst().completeBaseName().toLongLong();
    for (const QFileInfo &segment : segments) {
        QCOMPARE(
            segment.completeBaseName().toLongLong(), leftover->firstByte + leftover->bytes.size());
        QFile file(segment.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        leftover->bytes += file.readAll();
    }
    leftover->endOffset = leftover->firstByte + leftover->bytes.size();
    QVERIFY(leftover->firstByte >= SegmentBytes); // the acknowledged first segment went
    // Everything it had reported captured is on the disk (and what it captured after the last
    // report too), including the part the receiver never acknowledged.
    QVERIFY2(leftover->endOffset >= leftover->capturedReported,
        qPrintable(
            QStringLiteral("%1 < %2").arg(leftover->endOffset).arg(leftover->capturedReported)));
    qInfo("captured before the kill: %lld bytes reported, %lld on disk (%lld acknowledged)",
        leftover->capturedReported, leftover->endOffset, ackedAtCut);
}

void tst_SpoolRecovery::killedStreamIsDeliveredByTheNextRun()
{
    Leftover leftover;
    CHECK(streamThenKill(&leftover));

    // The receiver is back, same port and folder: it knows the session from its sidecar.
    QVERIFY(m_receiver->start(m_settings));
    QProcess second;
    CHECK(startStreamer(second, QStringLiteral("1")));
    // The event loop runs meanwhile: the receiver accepts on this thread.
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 90000);
    const QByteArray out = second.readAllStandardOutput();
    const QByteArray errors = second.readAllStandardError();
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
        QByteArray(out + errors).constData());
    QVERIFY2(out.contains("Delivered the audio that an earlier run had left"), out.constData());

    // The receiver's recording of that session holds every byte captured before the kill.
    const QString path = findRecording(m_settings.recordingsDir, leftover.session);
    QVERIFY2(!path.isEmpty(), qPrintable(leftover.session));
    const WavFile wav = WavFile::read(path);
    QVERIFY2(wav.isValid(), qPrintable(wav.errorString));
    QCOMPARE(wav.sampleRate, Rate);
    QCOMPARE(wav.channels, Channels);
    QCOMPARE(wav.data.size(), leftover.endOffset);
    QVERIFY(wav.data.mid(leftover.firstByte) == leftover.bytes);
    QVERIFY(std::abs(wav.dominantFrequency() - PulseSine::Frequency) <= 5);
    qInfo("recovered: the recording holds %lld bytes", qint64(wav.data.size()));
    QString why;
    const std::optional<QJsonObject> probed = ffprobeJson(path, &why);
    QVERIFY2(probed, qPrintable(why));
    const double seconds = probed->value(QStringLiteral("format"))
                               .toObject()
                               .value(QStringLiteral("duration"))
                               .toString()
                               .toDouble();
    QVERIFY2(std::abs(seconds - double(leftover.endOffset) / BytesPerSecond) < 0.05,
        qPrintable(QString::number(seconds)));

    // The session was closed as a finished recording, and the spools are gone.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<SessionStats> sessions = m_receiver->server().sessions();
            return std::any_of(sessions.cbegin(), sessions.cend(), [&](const SessionStats &s) {
                return s.id == leftover.session && s.state == SessionStats::State::Complete;
            });
        }(),
        5000);
    QVERIFY(QDir(spoolParent()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void tst_SpoolRecovery::refusedResumeIsSavedLocally()
{
    Leftover leftover;
    CHECK(streamThenKill(&leftover));

    // A receiver that never heard of the session (another folder): the resume is refused.
    m_settings.recordingsDir = m_receiver->filePath(QStringLiteral("elsewhere"));
    QVERIFY(m_receiver->start(m_settings));
    QProcess second;
    CHECK(startStreamer(second, QStringLiteral("1")));
    // The event loop runs meanwhile: the receiver accepts on this thread.
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 90000);
    const QString out = QString::fromUtf8(second.readAllStandardOutput());
    // Its own stream went through; the earlier run's audio did not, so it is not a success.
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 1, qPrintable(out));

    static const QRegularExpression saved(QStringLiteral("unknown_session.*It is saved in (.+)$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = saved.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    const QString path = match.captured(1);
    QCOMPARE(QFileInfo(path).absolutePath(), m_dir->filePath(QStringLiteral("work")));
    const WavFile wav = WavFile::read(path);
    QVERIFY2(wav.isValid(), qPrintable(wav.errorString));
    QCOMPARE(wav.sampleRate, Rate);
    QCOMPARE(wav.channels, Channels);
    QCOMPARE(wav.data.size(), leftover.bytes.size());
    QVERIFY(wav.data == leftover.bytes);
    qInfo("saved locally: %lld bytes of the %lld kept", qint64(wav.data.size()),
        qint64(leftover.bytes.size()));
    QString why;
    QVERIFY2(ffprobeJson(path, &why), qPrintable(why));
    QVERIFY(findRecording(m_settings.recordingsDir, leftover.session).isEmpty());
    QVERIFY(QDir(spoolParent()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SpoolRecovery)
#include "tst_spoolrecovery.moc"
