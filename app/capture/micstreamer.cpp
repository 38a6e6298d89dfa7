#include "micstreamer.h"

#include <QSysInfo>

#include "audioinputs.h"
#include "spoolmanifest.h"
#include "streamtarget.h"

MicStreamer::MicStreamer(CertificatePins *pins, QObject *parent)
    : QObject(parent), m_uploader(m_spool, pins)
{
    qRegisterMetaType<MicStreamFigures>();
    connect(&m_capture, &MicrophoneCapture::chunkCaptured, this, &MicStreamer::onChunk);
    connect(&m_capture, &MicrophoneCapture::levelChanged, this, &MicStreamer::levelChanged);
    connect(&m_capture, &MicrophoneCapture::failed, this, &MicStreamer::onCaptureFailed);
    connect(&m_capture, &MicrophoneCapture::stopped, this, &MicStreamer::onCaptureStopped);
    connect(&m_uploader, &StreamUploader::finished, this, &MicStreamer::onUploaderFinished);
    connect(&m_uploader, &StreamUploader::notice, this, &MicStreamer::notice);
    connect(&m_uploader, &StreamUploader::certificateNotTrusted, this,
        &MicStreamer::certificateNotTrusted);
    connect(
        &m_uploader, &StreamUploader::certificateChanged, this, &MicStreamer::certificateChanged);
    connect(&m_uploader, &StreamUploader::stateChanged, this, &MicStreamer::publishFigures);
    connect(&m_uploader, &StreamUploader::takeStateChanged, this, &MicStreamer::onTakeState);
    m_figuresTimer.setInterval(FiguresInterval);
    connect(&m_figuresTimer, &QTimer::timeout, this, &MicStreamer::publishFigures);
    m_syncTimer.setInterval(SpoolSyncInterval);
    connect(&m_syncTimer, &QTimer::timeout, this, [this] {
        if (!m_spool.sync())
            qWarning("Spool: %s", qPrintable(m_spool.errorString()));
    });
    // A new session (the first, or one after the receiver forgot the last) is what a later run
    // must resume.
    connect(&m_uploader, &StreamUploader::sessionStarted, this, [this] {
        QString problem;
        if (!writeManifest(m_uploader.sessionId(), m_uploader.resumeToken(),
                m_uploader.sessionBase(), &problem))
            Q_EMIT notice(tr("If this program stops unexpectedly, the audio not delivered yet "
                             "cannot be sent later: %1")
                              .arg(problem));
    });
}

MicStreamer::~MicStreamer() = default;

bool MicStreamer::start(const MicStreamConfig &config)
{
    if (isActive()) {
        m_errors = { tr("The microphone is streaming already.") };
        return false;
    }
    m_config = config;
    if (m_config.name.isEmpty())
        m_config.name = QSysInfo::machineHostName();
    // A take's link: the take is followed, the stream goes to its Earshot.
    if (m_config.take.isEmpty())
        m_config.take = StreamTarget::take(m_config.target);
    m_config.target = StreamTarget::withoutTake(m_config.target);
    m_errors.clear();
    m_captureDone = m_uploadDone = m_delivered = m_spoolFailed = m_captureStarted = false;
    m_localDone = true;
    m_localOk = true;
    m_elapsedAtEnd = 0;

    m_device = AudioInputs::find(m_config.deviceId);
    const QAudioDevice &device = m_device;
    if (device.isNull()) {
        m_errors = { m_config.deviceId.isEmpty() ? tr("This computer has no microphone.")
                                                 : tr("The microphone \"%1\" is not connected.")
                                                       .arg(QString::fromUtf8(m_config.deviceId)) };
        return false;
    }
    if (!m_spool.open(m_config.spoolParentDir.isEmpty() ? Spool::defaultParentDir()
                                                        : m_config.spoolParentDir)) {
        m_errors = { tr("Cannot keep audio for sending: %1").arg(m_spool.errorString()) };
        return false;
    }
    // Before the first byte: a spool without a manifest is one nobody can deliver.
    QString problem;
    if (!writeManifest({}, {}, 0, &problem)) {
        m_errors = { tr("Cannot keep audio for sending: %1").arg(problem) };
        m_spool.close();
        return false;
    }
    m_localRecorder.reset();
    // In a take the microphone waits for the host (onTakeState()).
    if (m_config.take.isEmpty() && !startCapture()) {
        m_spool.close();
        return false;
    }

    m_elapsed.start();
    setState(State::Running);
    if (m_config.take.isEmpty())
        Q_EMIT notice(tr("Streaming %1 from \"%2\" to %3.")
                          .arg(m_config.format.mimeType(), device.description(),
                              StreamTarget::displayString(m_config.target)));
    else
        Q_EMIT notice(
            tr("Joining the take %1 on %2 as \"%3\".")
                .arg(m_config.take, StreamTarget::displayString(m_config.target), m_config.name));
    m_uploader.setTake(m_config.take);
    m_uploader.start(m_config.target, m_config.format.mimeType(), m_config.name);
    m_figuresTimer.start();
    m_syncTimer.start();
    publishFigures();
    return true;
}

bool MicStreamer::startCapture()
{
    if (!m_config.localCopyPath.isEmpty()) {
        m_localRecorder = std::make_unique<LocalRecorder>();
        if (!m_localRecorder->start(m_device, m_config.localCopyPath, m_config.localCopyFormat)) {
            m_errors = { m_localRecorder->errorString() };
            m_localRecorder.reset();
            return false;
        }
        connect(m_localRecorder.get(), &LocalRecorder::finished, this,
            &MicStreamer::onLocalCopyFinished);
        m_localDone = false;
    }
    const qint64 maxBytes = m_config.duration ? m_config.format.bytesFor(*m_config.duration) : -1;
    if (!m_capture.start(m_device, m_config.format, maxBytes)) {
        m_errors = { m_capture.errorString() };
        m_localRecorder.reset();
        m_localDone = true;
        return false;
    }
    m_captureStarted = true;
    return true;
}

void MicStreamer::onTakeState(TakeFollower::State state, TakeFollower::State previous)
{
    if (m_state != State::Running)
        return;
    switch (state) {
    case TakeFollower::State::Waiting:
        if (previous == TakeFollower::State::Unknown)
            Q_EMIT notice(tr("In the take \"%1\": waiting for the host to start it.")
                              .arg(m_uploader.takeName()));
        return;
    case TakeFollower::State::Recording:
        if (m_captureStarted)
            return;
        if (!startCapture()) {
            Q_EMIT notice(errorString());
            m_captureDone = m_localDone = true;
            m_uploader.abort(); // nothing was captured: nothing is lost
            return;
        }
        m_elapsed.start();
        Q_EMIT notice(
            tr("The take \"%1\" records: streaming %2 from \"%3\".")
                .arg(m_uploader.takeName(), m_config.format.mimeType(), m_device.description()));
        return;
    case TakeFollower::State::Stopped:
        if (m_captureStarted) {
            Q_EMIT notice(tr("The host stopped the take \"%1\".").arg(m_uploader.takeName()));
            stop();
        } else {
            m_errors.append(tr("The take \"%1\" was stopped before this computer recorded "
                               "anything.")
                                .arg(m_uploader.takeName()));
            stop();
        }
        return;
    case TakeFollower::State::Unknown:
        return;
    }
}

bool MicStreamer::writeManifest(
    const QString &session, const QString &resumeToken, qint64 sessionBase, QString *errorString)
{
    SpoolManifest manifest;
    manifest.receiver = m_config.target;
    manifest.format = m_config.format;
    manifest.name = m_config.name;
    manifest.session = session;
    manifest.resumeToken = resumeToken;
    manifest.sessionBase = sessionBase;
    return manifest.write(m_spool.folder(), errorString);
}

void MicStreamer::stop()
{
    if (m_state != State::Running)
        return;
    setState(State::Stopping);
    if (!m_captureStarted) {
        // A take the host never started: nothing was captured, nothing is left to deliver.
        m_captureDone = true;
        m_uploader.finish();
        maybeFinish();
        return;
    }
    // The capture hands out its last chunk and reports stopped(); the upload finishes after.
    m_capture.stop();
    if (m_localRecorder)
        m_localRecorder->stop();
}

void MicStreamer::abort()
{
    if (!isActive())
        return;
    if (m_state == State::Running)
        setState(State::Stopping);
    if (!m_captureStarted)
        m_captureDone = true;
    m_capture.stop();
    if (m_localRecorder)
        m_localRecorder->stop();
    m_uploader.abort();
}

MicStreamFigures MicStreamer::figures() const
{
    MicStreamFigures figures;
    figures.connection = m_uploader.state();
    figures.elapsedMs = isActive() ? m_elapsed.elapsed() : m_elapsedAtEnd;
    figures.bytesCaptured = m_capture.bytesCaptured();
    figures.bytesSent = m_uploader.bytesSent();
    figures.bytesAcked = m_uploader.bytesAcked();
    figures.bytesSpooled = m_spool.pendingBytes();
    figures.reconnects = m_uploader.reconnects();
    return figures;
}

QString MicStreamer::localCopyPath() const
{
    return m_localRecorder ? m_localRecorder->filePath() : QString();
}

void MicStreamer::onChunk(const QByteArray &pcm)
{
    if (m_spoolFailed)
        return; // after a gap the stream would no longer be what was captured
    if (!m_config.take.isEmpty())
        m_uploader.setCaptureStart(m_capture.firstSampleUnixMs());
    if (!m_spool.append(pcm)) {
        m_spoolFailed = true;
        // Without the spool nothing is safe to send: stop here and deliver what is kept.
        m_errors.append(tr("Cannot keep audio for sending: %1").arg(m_spool.errorString()));
        stop();
        return;
    }
    m_uploader.pump();
}

void MicStreamer::onCaptureFailed(const QString &reason)
{
    m_errors.append(reason);
    Q_EMIT notice(reason);
    // The capture stops itself; what it got is still delivered.
    if (m_state == State::Running) {
        setState(State::Stopping);
        if (m_localRecorder)
            m_localRecorder->stop();
    }
}

void MicStreamer::onCaptureStopped()
{
    m_captureDone = true;
    if (m_state == State::Running) { // the duration is reached
        setState(State::Stopping);
        if (m_localRecorder)
            m_localRecorder->stop();
    }
    Q_EMIT notice(tr("Captured %1 bytes, SHA-256 %2.")
                      .arg(m_capture.bytesCaptured())
                      .arg(QString::fromLatin1(m_capture.sha256().toHex())));
    if (!m_config.digestPath.isEmpty()) {
        QString problem;
        if (!m_capture.writeDigest(m_config.digestPath, &problem))
            m_errors.append(tr("Cannot write %1: %2").arg(m_config.digestPath, problem));
    }
    m_uploader.finish();
    maybeFinish();
}

void MicStreamer::onUploaderFinished(bool delivered)
{
    m_uploadDone = true;
    m_delivered = delivered;
    if (!delivered) {
        m_errors.append(m_uploader.errorString());
        // Nothing more can be delivered: stop capturing too.
        if (m_state == State::Running)
            stop();
    }
    maybeFinish();
}

void MicStreamer::onLocalCopyFinished(bool ok)
{
    m_localDone = true;
    m_localOk = ok;
    if (ok)
        Q_EMIT notice(tr("Local copy: %1").arg(m_localRecorder->filePath()));
    else
        m_errors.append(m_localRecorder->errorString());
    maybeFinish();
}

void MicStreamer::maybeFinish()
{
    if (!m_captureDone || !m_uploadDone || !m_localDone || !isActive())
        return;
    m_elapsedAtEnd = m_elapsed.elapsed();
    m_figuresTimer.stop();
    m_syncTimer.stop();
    m_spool.close();
    const bool ok = m_delivered && m_localOk && m_errors.isEmpty();
    setState(ok ? State::Finished : State::Failed);
    publishFigures();
    Q_EMIT finished(ok);
}

void MicStreamer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MicStreamer::publishFigures()
{
    Q_EMIT figuresChanged(figures());
}
