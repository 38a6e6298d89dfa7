#include "micstreamcommand.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <QCommandLineParser>
#include <QDir>
#include <QMediaDevices>
#include <QWebSocket>

#include "audioinputs.h"
#include "captureserver.h"
#include "certificatepins.h"
#include "micstreamer.h"
#include "protocol/serverreply.h"
#include "streamtarget.h"

using namespace Qt::StringLiterals;

namespace {

// How long a probe of 127.0.0.1:8000 may take to show it is an Earshot.
constexpr std::chrono::milliseconds ProbeTimeout { 3000 };

const QString StreamMic = u"stream-mic"_s;
const QString ListDevices = u"list-devices"_s;
const QString Device = u"device"_s;
const QString To = u"to"_s;
const QString Url = u"url"_s; // the same as --to
const QString Duration = u"duration"_s;
const QString Format = u"format"_s;
const QString Channels = u"channels"_s;
const QString Sha256File = u"sha256-file"_s;
const QString LocalCopy = u"local-copy"_s;
const QString AcceptCertificate = u"accept-certificate"_s;

QString clock(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return u"%1:%2"_s.arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString stateKey(StreamUploader::State state)
{
    // Machine-readable, stable for scripts; the panel shows translated texts instead.
    return QString::fromLatin1(QMetaEnum::fromType<StreamUploader::State>().valueToKey(int(state)))
        .toLower();
}

} // namespace

struct MicStreamCommand::Options
{
    MicStreamConfig config;
    bool toLocal = true;
};

MicStreamCommand::MicStreamCommand(QObject *parent)
    : QObject(parent), m_out(stdout), m_err(stderr), m_options(std::make_unique<Options>())
{
    m_progressTimer.setInterval(ProgressInterval);
    connect(&m_progressTimer, &QTimer::timeout, this, &MicStreamCommand::printProgress);
}

MicStreamCommand::~MicStreamCommand() = default;

bool MicStreamCommand::requested(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--stream-mic") == 0
            || std::strcmp(argv[i], "--list-devices") == 0)
            return true;
    }
    return false;
}

void MicStreamCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { StreamMic, tr("Stream this computer's microphone without a window.") },
        { ListDevices, tr("List the microphones (id and name) and exit.") },
        { Device, tr("Stream the microphone with id <ID> (see --list-devices)."), tr("ID") },
        { QStringList { To, Url },
            tr("Stream to the Earshot at <URL> (ws://, wss://, http:// or https://, with "
               "?t=<token>). A take's link (with take=) records into that take, following its "
               "host's start and stop. Default: this computer's."),
            tr("URL") },
        { Duration, tr("Stop after <S> seconds of audio."), tr("S") },
        { Format, tr("Sample rate: 16000 (default) or 48000."), tr("RATE") },
        { Channels, tr("1 (default) or 2 channels."), tr("N") },
        { Sha256File, tr("At the end, write the SHA-256 of the captured audio to <PATH>."),
            tr("PATH") },
        { LocalCopy, tr("Also record a local copy to <PATH> (.ogg Opus, .oga FLAC or .wav)."),
            tr("PATH") },
        { AcceptCertificate,
            tr("Trust the wss:// certificate with SHA-256 fingerprint <FP> and remember it."),
            tr("FP") },
    });
}

int MicStreamCommand::run(const QCommandLineParser &parser)
{
    if (parser.isSet(ListDevices))
        return listDevices();

    MicStreamConfig &config = m_options->config;
    config.deviceId = parser.value(Device).toUtf8();
    if (parser.isSet(Format)) {
        const int rate = parser.value(Format).toInt();
        if (!PcmFormat::isSupportedRate(rate)) {
            writeError(tr("--format must be 16000 or 48000."));
            return 2;
        }
        config.format.sampleRate = rate;
    }
    if (parser.isSet(Channels)) {
        const int channels = parser.value(Channels).toInt();
        if (!PcmFormat::isSupportedChannels(channels)) {
            writeError(tr("--channels must be 1 or 2."));
            return 2;
        }
        config.format.channels = channels;
    }
    if (parser.isSet(Duration)) {
        bool ok = false;
        const double seconds = parser.value(Duration).toDouble(&ok);
        if (!ok || seconds <= 0) {
            writeError(tr("--duration must be a number of seconds above 0."));
            return 2;
        }
        config.duration = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(To)) {
        QString problem;
        const std::optional<QUrl> url = StreamTarget::fromText(parser.value(To), &problem);
        if (!url) {
            writeError(problem);
            return 2;
        }
        // A take's link: the take is followed, the stream (and any recovery) goes to its Earshot.
        config.take = StreamTarget::take(*url);
        config.target = StreamTarget::withoutTake(*url);
        m_options->toLocal = false;
    }
    if (parser.isSet(LocalCopy)) {
        config.localCopyPath = QDir::current().absoluteFilePath(parser.value(LocalCopy));
        config.localCopyFormat = LocalRecorder::formatForPath(config.localCopyPath);
    }
    if (parser.isSet(Sha256File))
        config.digestPath = QDir::current().absoluteFilePath(parser.value(Sha256File));
    m_acceptFingerprint = parser.value(AcceptCertificate);

    if (AudioInputs::find(config.deviceId).isNull()) {
        writeError(config.deviceId.isEmpty()
                ? tr("This computer has no microphone.")
                : tr("No microphone has the id \"%1\"; see --list-devices.")
                      .arg(parser.value(Device)));
        return 1;
    }

    m_running = true;
    if (m_options->toLocal)
        QTimer::singleShot(0, this, &MicStreamCommand::useLocalServer);
    else
        QTimer::singleShot(0, this, &MicStreamCommand::startStreaming);
    return m_loop.exec();
}

int MicStreamCommand::listDevices()
{
    const QByteArray defaultId = QMediaDevices::defaultAudioInput().id();
    const QList<QAudioDevice> devices = QMediaDevices::audioInputs();
    if (devices.isEmpty()) {
        writeError(tr("This computer has no microphone."));
        return 1;
    }
    for (const QAudioDevice &device : devices) {
        writeLine(u"%1\t%2%3"_s.arg(QString::fromUtf8(device.id()), device.description(),
            device.id() == defaultId ? tr(" (default)") : QString()));
    }
    return 0;
}

void MicStreamCommand::useLocalServer()
{
    // An Earshot on the usual port announces itself with a "connection" message.
    m_probe.reset(new QWebSocket);
    connect(m_probe.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        onProbed(ServerReply::parse(text).kind == ServerReply::Kind::Connection);
    });
    connect(m_probe.get(), &QWebSocket::disconnected, this, [this] { onProbed(false); });
    connect(m_probe.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) { onProbed(false); });
    QTimer::singleShot(ProbeTimeout, this, [this] { onProbed(false); });
    m_probe->open(StreamTarget::local(LocalPort));
}

void MicStreamCommand::onProbed(bool earshotThere)
{
    if (!m_probe)
        return; // decided already
    m_probe->disconnect(this);
    m_probe->abort();
    m_probe.reset();

    if (earshotThere) {
        m_options->config.target = StreamTarget::local(LocalPort);
        startStreaming();
        return;
    }
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.tlsEnabled = false;
    settings.recordingsDir = QDir::current().absoluteFilePath(u"recordings"_s);
    m_server = std::make_unique<CaptureServer>();
    if (!m_server->start(settings)) {
        writeError(tr("No Earshot answers on 127.0.0.1:%1, and one could not be started: %2")
                       .arg(LocalPort)
                       .arg(m_server->errorString()));
        m_server.reset();
        quit(1);
        return;
    }
    writeLine(
        tr("No Earshot answers on 127.0.0.1:%1; recording into %2 with a server of this command.")
            .arg(LocalPort)
            .arg(settings.recordingsDir));
    m_options->config.target = StreamTarget::local(m_server->port());
    startStreaming();
}

void MicStreamCommand::startStreaming()
{
    if (!m_running)
        return quit(m_exitCode);
    m_pins = std::make_unique<CertificatePins>();
    m_streamer = std::make_unique<MicStreamer>(m_pins.get());
    connect(m_streamer.get(), &MicStreamer::notice, this, &MicStreamCommand::writeLine);
    connect(m_streamer.get(), &MicStreamer::finished, this, &MicStreamCommand::onFinished);
    connect(m_streamer.get(), &MicStreamer::certificateNotTrusted, this,
        [this](const QString &hostPort, const QString &fingerprint, const QStringList &errors) {
            if (!m_acceptFingerprint.isEmpty()
                && CertificatePins::sameFingerprint(m_acceptFingerprint, fingerprint)) {
                writeLine(tr("Trusting the certificate of %1 (%2) from now on.")
                              .arg(hostPort, fingerprint));
                m_streamer->uploader().acceptCertificate();
                return;
            }
            writeError(
                tr("The certificate of %1 is not trusted (%2).\nIts SHA-256 fingerprint is %3\n"
                   "Compare it with the one the other Earshot shows; if they match, run again with "
                   "--accept-certificate %3")
                    .arg(hostPort, errors.join(u"; "_s), fingerprint));
            m_streamer->uploader().rejectCertificate();
        });
    recoverEarlierRuns();
    if (!m_streamer->start(m_options->config)) {
        writeError(m_streamer->errorString());
        m_streamDone = true;
        maybeQuit();
        return;
    }
    m_progressTimer.start();
}

void MicStreamCommand::recoverEarlierRuns()
{
    // Before this run's spool opens: the folders found are those of earlier runs.
    const MicStreamConfig &config = m_options->config;
    m_recoveries = SpoolRecovery::recoverAll(
        config.spoolParentDir.isEmpty() ? Spool::defaultParentDir() : config.spoolParentDir,
        config.target, QDir::currentPath(), m_pins.get());
    for (const std::unique_ptr<SpoolRecovery> &recovery : m_recoveries) {
        connect(recovery.get(), &SpoolRecovery::notice, this, &MicStreamCommand::writeLine);
        connect(
            recovery.get(), &SpoolRecovery::finished, this, &MicStreamCommand::onRecoveryFinished);
    }
}

void MicStreamCommand::printProgress()
{
    if (!m_streamer)
        return;
    const MicStreamFigures figures = m_streamer->figures();
    writeLine(u"%1 %2 captured=%3 sent=%4 acked=%5 level=%6"_s
                  .arg(clock(figures.elapsedMs), stateKey(figures.connection))
                  .arg(figures.bytesCaptured)
                  .arg(figures.bytesSent)
                  .arg(figures.bytesAcked)
                  .arg(m_streamer->capture().level(), 0, 'f', 2));
}

void MicStreamCommand::requestStop()
{
    ++m_stopRequests;
    if (m_stopRequests > 1 || (recovering() && !(m_streamer && m_streamer->isActive()))) {
        // Giving up on an earlier run's audio saves it here instead.
        for (const std::unique_ptr<SpoolRecovery> &recovery : m_recoveries)
            recovery->abort();
    }
    if (!m_streamer || !m_streamer->isActive()) {
        m_running = false; // still probing: stop before starting
        return;
    }
    if (m_stopRequests == 1) {
        writeLine(tr("Stopping; delivering what is left (again to give up)."));
        m_streamer->stop();
    } else {
        writeLine(tr("Giving up on what is not delivered."));
        m_streamer->abort();
    }
}

void MicStreamCommand::onFinished(bool ok)
{
    m_progressTimer.stop();
    printProgress();
    const StreamUploader &uploader = m_streamer->uploader();
    if (ok) {
        writeLine(tr("Delivered %1 bytes to %2 as %3.")
                      .arg(uploader.bytesAcked())
                      .arg(StreamTarget::displayString(uploader.url()), uploader.remoteFile()));
    } else {
        writeError(m_streamer->errorString());
    }
    m_streamDone = true;
    m_streamOk = ok;
    maybeQuit();
}

void MicStreamCommand::onRecoveryFinished(SpoolRecovery::Outcome outcome)
{
    if (outcome != SpoolRecovery::Outcome::Delivered)
        m_recoveredAll = false;
    maybeQuit();
}

bool MicStreamCommand::recovering() const
{
    return std::any_of(m_recoveries.cbegin(), m_recoveries.cend(),
        [](const std::unique_ptr<SpoolRecovery> &recovery) { return recovery->isActive(); });
}

void MicStreamCommand::maybeQuit()
{
    if (m_streamDone && !recovering())
        quit(m_streamOk && m_recoveredAll ? 0 : 1);
}

void MicStreamCommand::quit(int code)
{
    m_exitCode = code;
    if (!m_server) {
        m_loop.exit(code);
        return;
    }
    // The server of this command finalizes its recording before the process goes.
    connect(m_server.get(), &CaptureServer::shutdownFinished, this,
        [this] { m_loop.exit(m_exitCode); });
    m_server->shutdown();
}

void MicStreamCommand::writeLine(const QString &text)
{
    m_out << text << Qt::endl;
}

void MicStreamCommand::writeError(const QString &text)
{
    m_err << text << Qt::endl;
}
