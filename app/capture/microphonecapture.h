#pragma once

#include <chrono>
#include <memory>

#include <QAudioDevice>
#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "pcmformat.h"

class QAudioSource;
class QIODevice;

/// Raw PCM from a microphone, in chunks of about 100 ms. Reads QAudioSource on a timer: on Qt
/// 6.4 its readyRead does not fire reliably. Keeps a SHA-256 of every byte it hands out, so
/// that the receiver's copy can be checked against what was captured.
class MicrophoneCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MicrophoneCapture)

public:
    static constexpr std::chrono::milliseconds ReadInterval { 20 };
    static constexpr std::chrono::milliseconds ChunkDuration { 100 };
    /// What the device may hold while this thread is busy; longer stalls lose audio.
    static constexpr std::chrono::milliseconds DeviceBuffer { 2000 };
    /// QAudioSource on 6.4 reports nothing when its device is unplugged: the capture checks
    /// that the device is still listed this often, and gives up when no audio came this long
    /// (a microphone sends silence, not nothing).
    static constexpr std::chrono::milliseconds DeviceCheckInterval { 1000 };
    static constexpr std::chrono::milliseconds NoDataTimeout { 5000 };

    explicit MicrophoneCapture(QObject *parent = nullptr);
    ~MicrophoneCapture() override;

    /// Starts capturing. With \a maxBytes >= 0 it stops by itself after exactly that many bytes
    /// (whole frames). Returns false with errorString() when the device cannot be opened.
    bool start(const QAudioDevice &device, const PcmFormat &format, qint64 maxBytes = -1);
    /// Hands out what the device still holds, then stops; emits stopped().
    void stop();
    bool isActive() const;

    QString errorString() const;
    PcmFormat format() const;
    qint64 bytesCaptured() const;
    /// When the first sample was captured, on this computer's clock (Unix ms, finer than a ms);
    /// -1 before any audio came. Estimated from the reads so far (each read's time less all
    /// the audio read up to it; the earliest of them), never before start() was called: a device
    /// that hands out a block at once cannot have captured it before it was opened.
    double firstSampleUnixMs() const;
    /// The most recent chunk's peak, 0..1.
    double level() const;
    /// SHA-256 of every byte captured; valid once stopped.
    QByteArray sha256() const;

    /// Writes "<sha256 hex>  <bytes> bytes <format>" to \a path.
    bool writeDigest(const QString &path, QString *errorString) const;

Q_SIGNALS:
    void chunkCaptured(const QByteArray &pcm);
    void levelChanged(double peak);
    /// The device failed or disappeared; capture has stopped (stopped() follows).
    void failed(const QString &reason);
    void stopped();

private:
    void readAvailable();
    void emitChunks(bool flushAll);
    void finish();
    void onSourceStateChanged();
    void checkDevice();
    void giveUp(const QString &reason);

    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr; ///< owned by m_source
    QTimer m_readTimer;
    QTimer m_deviceCheck;
    QElapsedTimer m_lastData;
    QByteArray m_deviceId;
    PcmFormat m_format;
    QByteArray m_pending;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QByteArray m_digest;
    qint64 m_captured = 0;
    qint64 m_maxBytes = -1;
    double m_startUnixMs = 0;
    double m_firstSampleUnixMs = -1;
    double m_level = 0;
    bool m_emitting = false;
    bool m_stopWhenEmitted = false;
    QString m_errorString;
};
