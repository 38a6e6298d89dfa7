#include "localrecorder.h"

#include <QAudioDevice>
#include <QDir>
#include <QFileInfo>
#include <QMediaFormat>
#include <QUrl>

LocalRecorder::LocalRecorder(QObject *parent) : QObject(parent)
{
    m_session.setAudioInput(&m_input);
    m_session.setRecorder(&m_recorder);
    connect(
        &m_recorder, &QMediaRecorder::recorderStateChanged, this, &LocalRecorder::onStateChanged);
    connect(&m_recorder, &QMediaRecorder::errorOccurred, this, &LocalRecorder::onError);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_errorString = m_stopping
            ? tr("The local copy was not finished in time.")
            : tr("The local copy did not start. Are the GStreamer plugins installed?");
        complete(false);
    });
}

LocalRecorder::~LocalRecorder()
{
    if (m_active)
        m_recorder.stop();
}

QString LocalRecorder::formatKey(Format format)
{
    switch (format) {
    case Format::OggOpus:
        return QStringLiteral("ogg");
    case Format::Flac:
        return QStringLiteral("flac");
    case Format::Wav:
        return QStringLiteral("wav");
    }
    return {};
}

std::optional<LocalRecorder::Format> LocalRecorder::formatFromKey(const QString &key)
{
    for (const Format format : { Format::OggOpus, Format::Flac, Format::Wav }) {
        if (key.compare(formatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString LocalRecorder::formatName(Format format)
{
    switch (format) {
    case Format::OggOpus:
        return tr("Ogg/Opus");
    case Format::Flac:
        return tr("FLAC");
    case Format::Wav:
        return tr("WAV");
    }
    return {};
}

QString LocalRecorder::suffix(Format format)
{
    switch (format) {
    case Format::OggOpus:
        return QStringLiteral("ogg");
    case Format::Flac:
        return QStringLiteral("oga");
    case Format::Wav:
        return QStringLiteral("wav");
    }
    return {};
}

LocalRecorder::Format LocalRecorder::formatForPath(const QString &path)
{
    const QString extension = QFileInfo(path).suffix().toLower();
    if (extension == u"flac" || extension == u"oga")
        return Format::Flac;
    if (extension == u"wav")
        return Format::Wav;
    return Format::OggOpus;
}

bool LocalRecorder::start(const QAudioDevice &device, const QString &path, Format format)
{
    if (m_active) {
        m_errorString = tr("The local copy is being recorded already.");
        return false;
    }
    if (device.isNull()) {
        m_errorString = tr("The microphone is not available.");
        return false;
    }
    // A relative location would land in the Music folder, not the current one.
    m_requestedPath = QFileInfo(path).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(m_requestedPath).absolutePath())) {
        m_errorString = tr("Cannot create the folder for %1.").arg(m_requestedPath);
        return false;
    }

    // Measured on 6.4 with GStreamer: a FLAC file format gives an MP4 with MP3 in it, and WAV
    // needs its codec named; FLAC in Ogg and PCM in WAV come out right.
    QMediaFormat mediaFormat;
    switch (format) {
    case Format::OggOpus:
        mediaFormat.setFileFormat(QMediaFormat::Ogg);
        mediaFormat.setAudioCodec(QMediaFormat::AudioCodec::Opus);
        break;
    case Format::Flac:
        mediaFormat.setFileFormat(QMediaFormat::Ogg);
        mediaFormat.setAudioCodec(QMediaFormat::AudioCodec::FLAC);
        break;
    case Format::Wav:
        mediaFormat.setFileFormat(QMediaFormat::Wave);
        mediaFormat.setAudioCodec(QMediaFormat::AudioCodec::Wave);
        break;
    }

    m_input.setDevice(device);
    m_recorder.setMediaFormat(mediaFormat);
    m_recorder.setQuality(QMediaRecorder::HighQuality);
    m_recorder.setOutputLocation(QUrl::fromLocalFile(m_requestedPath));
    m_errorString.clear();
    m_filePath.clear();
    m_stopping = false;
    m_active = true;
    m_timeout.start(StartTimeout);
    m_recorder.record();
    return m_active;
}

void LocalRecorder::stop()
{
    if (!m_active || m_stopping)
        return;
    m_stopping = true;
    m_timeout.start(StopTimeout);
    m_recorder.stop();
}

bool LocalRecorder::isRecording() const
{
    return m_active;
}

QString LocalRecorder::errorString() const
{
    return m_errorString;
}

QString LocalRecorder::filePath() const
{
    return m_filePath;
}

void LocalRecorder::onStateChanged(QMediaRecorder::RecorderState state)
{
    if (!m_active)
        return;
    if (state == QMediaRecorder::RecordingState && !m_stopping) {
        m_timeout.stop();
        return;
    }
    if (state != QMediaRecorder::StoppedState)
        return;
    if (!m_stopping) {
        if (m_errorString.isEmpty())
            m_errorString = tr("The local copy stopped by itself.");
        complete(false);
        return;
    }

    // The recorder may have added an extension of its own; give the file the name asked for.
    QString written = m_recorder.actualLocation().toLocalFile();
    if (written.isEmpty())
        written = m_requestedPath;
    if (written != m_requestedPath && QFileInfo::exists(written)
        && !QFileInfo::exists(m_requestedPath) && QFile::rename(written, m_requestedPath)) {
        written = m_requestedPath;
    }
    m_filePath = written;
    if (QFileInfo(m_filePath).size() <= 0) {
        m_errorString = tr("The local copy %1 is empty.").arg(m_filePath);
        complete(false);
        return;
    }
    complete(m_errorString.isEmpty());
}

void LocalRecorder::onError(QMediaRecorder::Error error, const QString &text)
{
    if (!m_active || error == QMediaRecorder::NoError)
        return;
    m_errorString = tr("The local copy failed: %1").arg(text);
    // The recorder stops itself after an error; its StoppedState completes as a failure.
    if (m_recorder.recorderState() == QMediaRecorder::StoppedState)
        complete(false);
}

void LocalRecorder::complete(bool ok)
{
    if (!m_active)
        return;
    m_timeout.stop();
    if (!ok && m_recorder.recorderState() != QMediaRecorder::StoppedState)
        m_recorder.stop();
    m_active = false;
    m_stopping = false;
    Q_EMIT finished(ok);
}
