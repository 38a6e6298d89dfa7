#include "spoolrecovery.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include "storage/wavheader.h"
#include "streamtarget.h"

namespace {

// Like the receiver's recordings: the owner writes, the owner's group may listen.
constexpr QFileDevice::Permissions SavedPermissions = QFileDevice::ReadOwner
    | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
    | QFileDevice::ReadGroup;

// Read and written in pieces: a spool may hold hours of audio.
constexpr qint64 CopyBlockBytes = 1024 * 1024;

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

SpoolRecovery::SpoolRecovery(CertificatePins *pins, QObject *parent)
    : QObject(parent), m_uploader(m_spool, pins)
{
    m_giveUpTimer.setSingleShot(true);
    m_giveUpTimer.setInterval(GiveUpAfter);
    connect(&m_giveUpTimer, &QTimer::timeout, this, &SpoolRecovery::abort);
    connect(&m_uploader, &StreamUploader::stateChanged, this, &SpoolRecovery::onUploaderState);
    connect(&m_uploader, &StreamUploader::finished, this, &SpoolRecovery::onUploaderFinished);
}

SpoolRecovery::~SpoolRecovery()
{
    // Going away in the middle (the program quits): the folder stays for the next run.
    m_uploader.disconnect(this);
    m_spool.release();
}

std::vector<std::unique_ptr<SpoolRecovery>> SpoolRecovery::recoverAll(const QString &parentDir,
    const QUrl &currentTarget, const QString &keepFolder, CertificatePins *pins)
{
    std::vector<std::unique_ptr<SpoolRecovery>> recoveries;
    for (const QString &folder : Spool::folders(parentDir)) {
        auto recovery = std::make_unique<SpoolRecovery>(pins);
        if (recovery->start(folder, currentTarget, keepFolder))
            recoveries.push_back(std::move(recovery));
    }
    return recoveries;
}

bool SpoolRecovery::start(
    const QString &folder, const QUrl &currentTarget, const QString &keepFolder)
{
    m_keepFolder = keepFolder;
    if (!m_spool.adopt(folder)) {
        if (m_spool.isLockedByOther())
            return false; // a live process is still sending it
        // Queued, like everything else that follows: the caller connects first.
        const QString reason = m_spool.errorString();
        m_active = true;
        QTimer::singleShot(0, this, [this, folder, reason] {
            Q_EMIT notice(tr("Audio that an earlier run could not deliver cannot be read (%1); "
                             "it stays in %2.")
                              .arg(reason, folder));
            finish(Outcome::Kept);
        });
        return true;
    }
    m_bytesKept = m_spool.pendingBytes();

    QString problem;
    m_manifest = SpoolManifest::read(folder, &problem);
    if (m_bytesKept == 0 && !(m_manifest && !m_manifest->session.isEmpty())) {
        m_spool.close(); // no audio and no session to close: nothing to do
        return false;
    }
    m_active = true;
    if (!m_manifest) {
        m_spool.release();
        QTimer::singleShot(0, this, [this, folder, problem] {
            Q_EMIT notice(tr("An earlier run left %1 of audio that cannot be delivered (%2); it "
                             "stays in %3.")
                              .arg(dataSize(m_bytesKept), problem, folder));
            finish(Outcome::Kept);
        });
        return true;
    }

    const QUrl target = StreamTarget::recoveryTarget(m_manifest->receiver, currentTarget);
    QTimer::singleShot(0, this, [this, target] {
        Q_EMIT notice(tr("Delivering %1 of audio that an earlier run left undelivered, to %2.")
                          .arg(dataSize(m_bytesKept), StreamTarget::displayString(target)));
        const QString format = m_manifest->format.mimeType();
        if (m_manifest->session.isEmpty()) // it stopped before the receiver started a session
            m_uploader.start(target, format, m_manifest->name);
        else
            m_uploader.resume(target, format, m_manifest->name, m_manifest->session,
                m_manifest->resumeToken, m_manifest->sessionBase);
        m_uploader.finish(); // nothing more will come: stop once all of it is acknowledged
    });
    return true;
}

void SpoolRecovery::abort()
{
    if (m_active)
        m_uploader.abort(); // finished(false): what is left is saved
}

void SpoolRecovery::onUploaderState(StreamUploader::State state)
{
    switch (state) {
    case StreamUploader::State::Streaming:
    case StreamUploader::State::Stopping:
    case StreamUploader::State::Finished:
    case StreamUploader::State::Failed:
        m_giveUpTimer.stop();
        break;
    default: // connecting, waiting to retry, or asking about a certificate
        if (!m_giveUpTimer.isActive())
            m_giveUpTimer.start();
        break;
    }
}

void SpoolRecovery::onUploaderFinished(bool delivered)
{
    if (!m_active)
        return;
    if (delivered) {
        m_spool.close();
        Q_EMIT notice(
            tr("Delivered the audio that an earlier run had left, to %1 as %2.")
                .arg(StreamTarget::displayString(m_uploader.url()), m_uploader.remoteFile()));
        finish(Outcome::Delivered);
        return;
    }
    keepLocally(m_uploader.errorString());
}

void SpoolRecovery::keepLocally(const QString &reason)
{
    if (m_spool.pendingBytes() == 0) {
        // Every byte was acknowledged; only the receiver's recording was not closed.
        m_spool.close();
        Q_EMIT notice(tr("The receiver has all of the audio an earlier run had left, but did not "
                         "close its recording: %1")
                          .arg(reason));
        finish(Outcome::Delivered);
        return;
    }
    const qint64 pending = m_spool.pendingBytes();
    const QString path = unusedPath();
    QString problem;
    if (!writeWav(path, &problem)) {
        const QString folder = m_spool.folder();
        m_spool.release();
        Q_EMIT notice(tr("%1 of audio that an earlier run left could be neither delivered (%2) "
                         "nor saved (%3); it stays in %4.")
                          .arg(dataSize(pending), reason, problem, folder));
        finish(Outcome::Kept);
        return;
    }
    m_spool.close();
    m_savedPath = path;
    Q_EMIT notice(tr("%1 of audio that an earlier run left could not be delivered (%2). It is "
                     "saved in %3")
                      .arg(dataSize(pending), reason, path));
    finish(Outcome::SavedLocally);
}

bool SpoolRecovery::writeWav(const QString &path, QString *errorString)
{
    if (!QDir().mkpath(m_keepFolder)) {
        *errorString = tr("Cannot create the folder %1.").arg(m_keepFolder);
        return false;
    }
    const qint64 from = m_spool.acknowledgedOffset();
    const qint64 bytes = m_spool.endOffset() - from;
    AudioFormat::Pcm pcm;
    pcm.sampleRate = m_manifest->format.sampleRate;
    pcm.channels = m_manifest->format.channels;
    pcm.bitsPerSample = PcmFormat::BytesPerSample * 8;

    // A file that is there is a whole one: QSaveFile renames it into place once it is synced.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(SavedPermissions)) {
        *errorString = file.errorString();
        return false;
    }
    const QByteArray header = WavHeader::build(pcm, bytes);
    if (file.write(header) != header.size()) {
        *errorString = file.errorString();
        return false;
    }
    for (qint64 offset = from; offset < m_spool.endOffset();) {
        const QByteArray block = m_spool.readFrom(offset, CopyBlockBytes);
        if (block.isEmpty()) {
            *errorString = m_spool.errorString();
            return false;
        }
        if (file.write(block) != block.size()) {
            *errorString = file.errorString();
            return false;
        }
        offset += block.size();
    }
    if (!file.commit()) {
        *errorString = file.errorString();
        return false;
    }
    return true;
}

QString SpoolRecovery::unusedPath() const
{
    const QString stem
        = tr("Microphone %1 not delivered", "file name of audio saved after a crash")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmmss")));
    const QDir folder(m_keepFolder);
    QString path = folder.filePath(stem + QStringLiteral(".wav"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1 (%2).wav").arg(stem).arg(n));
    return path;
}

void SpoolRecovery::finish(Outcome outcome)
{
    m_giveUpTimer.stop();
    m_active = false;
    m_outcome = outcome;
    Q_EMIT finished(outcome);
}
