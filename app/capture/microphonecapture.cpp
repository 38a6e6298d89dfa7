#include "microphonecapture.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <QAudioSource>
#include <QMediaDevices>
#include <QSaveFile>

namespace {

double unixMsNow()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

double peakOf(const QByteArray &pcm)
{
    int peak = 0;
    const qsizetype samples = pcm.size() / PcmFormat::BytesPerSample;
    for (qsizetype i = 0; i < samples; ++i) {
        qint16 sample;
        std::memcpy(&sample, pcm.constData() + i * PcmFormat::BytesPerSample, sizeof sample);
        peak = std::max(peak, std::abs(int(sample)));
    }
    return std::min(1.0, peak / 32768.0);
}

} // namespace

MicrophoneCapture::MicrophoneCapture(QObject *parent) : QObject(parent)
{
    m_readTimer.setInterval(ReadInterval);
    connect(&m_readTimer, &QTimer::timeout, this, &MicrophoneCapture::readAvailable);
    m_deviceCheck.setInterval(DeviceCheckInterval);
    connect(&m_deviceCheck, &QTimer::timeout, this, &MicrophoneCapture::checkDevice);
}

MicrophoneCapture::~MicrophoneCapture()
{
    if (m_source)
        m_source->stop();
}

bool MicrophoneCapture::start(const QAudioDevice &device, const PcmFormat &format, qint64 maxBytes)
{
    if (isActive()) {
        m_errorString = tr("The microphone is capturing already.");
        return false;
    }
    if (device.isNull()) {
        m_errorString = tr("The microphone is not available.");
        return false;
    }
    if (!format.isValid() || !device.isFormatSupported(format.audioFormat())) {
        m_errorString = tr("%1 cannot record %2 Hz with %n channel(s).", nullptr, format.channels)
                            .arg(device.description())
                            .arg(format.sampleRate);
        return false;
    }

    m_format = format;
    m_pending.clear();
    m_hash.reset();
    m_digest.clear();
    m_captured = 0;
    m_level = 0;
    m_stopWhenEmitted = false;
    m_maxBytes = maxBytes < 0 ? -1 : maxBytes - maxBytes % format.bytesPerFrame();
    m_errorString.clear();

    m_startUnixMs = unixMsNow();
    m_firstSampleUnixMs = -1;
    m_source = std::make_unique<QAudioSource>(device, format.audioFormat());
    m_source->setBufferSize(int(format.bytesFor(DeviceBuffer)));
    connect(m_source.get(), &QAudioSource::stateChanged, this,
        &MicrophoneCapture::onSourceStateChanged);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        m_errorString = tr("Cannot open %1.").arg(device.description());
        m_source->disconnect(this);
        m_source.reset();
        m_io = nullptr;
        return false;
    }
    m_deviceId = device.id();
    m_lastData.start();
    m_readTimer.start();
    m_deviceCheck.start();
    return true;
}

void MicrophoneCapture::stop()
{
    if (!isActive())
        return;
    if (m_emitting) {
        // Called from a slot of ours: the chunks being handed out must all go first.
        m_stopWhenEmitted = true;
        return;
    }
    readAvailable();
    if (isActive()) // reading may have reached the limit and finished already
        finish();
}

bool MicrophoneCapture::isActive() const
{
    return m_io != nullptr;
}

QString MicrophoneCapture::errorString() const
{
    return m_errorString;
}

PcmFormat MicrophoneCapture::format() const
{
    return m_format;
}

qint64 MicrophoneCapture::bytesCaptured() const
{
    return m_captured;
}

double MicrophoneCapture::firstSampleUnixMs() const
{
    return m_firstSampleUnixMs;
}

double MicrophoneCapture::level() const
{
    return m_level;
}

QByteArray MicrophoneCapture::sha256() const
{
    return m_digest;
}

bool MicrophoneCapture::writeDigest(const QString &path, QString *errorString) const
{
    QSaveFile file(path);
    const QByteArray line = m_digest.toHex() + "  " + QByteArray::number(m_captured) + " bytes "
        + m_format.mimeType().toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size() || !file.commit()) {
        *errorString = file.errorString();
        return false;
    }
    return true;
}

void MicrophoneCapture::readAvailable()
{
    if (!m_io)
        return;
    const QByteArray data = m_io->readAll();
    if (!data.isEmpty()) {
        m_lastData.start();
        // Read now, the last of it was captured about now: the first sample all of it earlier.
        const double audioMs = double(m_captured + m_pending.size() + data.size()) * 1000.0
            / double(m_format.bytesFor(std::chrono::seconds(1)));
        const double estimate = std::max(m_startUnixMs, unixMsNow() - audioMs);
        if (m_firstSampleUnixMs < 0 || estimate < m_firstSampleUnixMs)
            m_firstSampleUnixMs = estimate;
    }
    m_pending += data;
    emitChunks(false);
}

void MicrophoneCapture::emitChunks(bool flushAll)
{
    const qint64 chunkBytes = m_format.bytesFor(ChunkDuration);
    bool limitReached = false;
    if (m_maxBytes >= 0 && m_captured + m_pending.size() >= m_maxBytes) {
        m_pending.truncate(m_maxBytes - m_captured);
        limitReached = true;
    }
    // Bookkeeping first, signals after: a receiver may call stop() from its slot.
    QList<QByteArray> chunks;
    while (m_pending.size() >= chunkBytes || ((flushAll || limitReached) && !m_pending.isEmpty())) {
        chunks.append(m_pending.left(std::min<qsizetype>(chunkBytes, m_pending.size())));
        m_pending.remove(0, chunks.last().size());
        m_hash.addData(chunks.last());
        m_captured += chunks.last().size();
    }
    m_emitting = true;
    for (const QByteArray &chunk : std::as_const(chunks)) {
        m_level = peakOf(chunk);
        Q_EMIT chunkCaptured(chunk);
        Q_EMIT levelChanged(m_level);
    }
    m_emitting = false;
    if ((limitReached || std::exchange(m_stopWhenEmitted, false)) && isActive())
        finish();
}

void MicrophoneCapture::finish()
{
    m_readTimer.stop();
    m_deviceCheck.stop();
    m_io = nullptr; // not active any more: what follows cannot start finishing again
    emitChunks(true);
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
        m_source.reset();
    }
    m_digest = m_hash.result();
    Q_EMIT stopped();
}

void MicrophoneCapture::onSourceStateChanged()
{
    const QAudio::Error error = m_source ? m_source->error() : QAudio::NoError;
    // An underrun only means no data was waiting; a capture device reports it when it is quiet.
    if (error == QAudio::NoError || error == QAudio::UnderrunError)
        return;
    giveUp(error == QAudio::OpenError ? tr("The microphone could not be opened.")
                                      : tr("The microphone stopped working."));
}

void MicrophoneCapture::checkDevice()
{
    if (!isActive())
        return;
    const QList<QAudioDevice> devices = QMediaDevices::audioInputs();
    const bool present = std::any_of(devices.cbegin(), devices.cend(),
        [this](const QAudioDevice &device) { return device.id() == m_deviceId; });
    if (!present)
        giveUp(tr("The microphone was disconnected."));
    else if (m_lastData.elapsed() > NoDataTimeout.count())
        giveUp(tr("The microphone has sent no audio for %n second(s).", "",
            int(NoDataTimeout.count() / 1000)));
}

void MicrophoneCapture::giveUp(const QString &reason)
{
    if (!isActive())
        return;
    readAvailable(); // what arrived before the end is still delivered
    if (!isActive())
        return;
    m_errorString = reason;
    Q_EMIT failed(reason);
    if (isActive())
        finish();
}
