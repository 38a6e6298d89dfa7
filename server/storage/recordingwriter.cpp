#include "recordingwriter.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "wavheader.h"

RecordingWriter::~RecordingWriter()
{
    close();
}

qint64 RecordingWriter::headerSize() const
{
    return m_format.isPcm() ? WavHeader::Size : 0;
}

bool RecordingWriter::create(const QString &path, const AudioFormat &format)
{
    m_format = format;
    m_file.setFileName(path);
    // Created with the mode, so that no other user can open it in between; set again for a
    // stricter umask.
    if (!m_file.open(
            QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, FilePermissions)
        || !m_file.setPermissions(FilePermissions)) {
        m_errorString = m_file.errorString();
        if (m_file.isOpen()) {
            m_file.close();
            m_file.remove();
        }
        return false;
    }
    m_payloadBytes = 0;
    if (m_format.isPcm()) {
        m_header = WavHeader::build(m_format.pcm(), 0);
        if (m_file.write(m_header) != m_header.size()) {
            m_errorString = m_file.errorString();
            m_file.close();
            m_file.remove();
            return false;
        }
        m_committedBytes = 0;
    }
    m_descriptor = m_file.handle();
    return true;
}

bool RecordingWriter::reopen(const QString &path, const AudioFormat &format, qint64 payloadBytes)
{
    m_format = format;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly | QIODevice::Unbuffered)) {
        m_errorString = m_file.errorString();
        return false;
    }
    // The count comes from a sidecar, which anyone who can write the folder may have written:
    // a negative one would cut into the header, a huge one overflow the sum.
    if (payloadBytes < 0 || m_file.size() - headerSize() < payloadBytes) {
        m_errorString = QStringLiteral("the file does not hold the acknowledged bytes");
        m_file.close();
        return false;
    }
    const qint64 wanted = headerSize() + payloadBytes;
    if (!m_file.resize(wanted) || !m_file.seek(wanted)) {
        m_errorString = m_file.errorString();
        m_file.close();
        return false;
    }
    m_payloadBytes = payloadBytes;
    m_descriptor = m_file.handle();
    // The whole header, not only its sizes: it must say the format this session writes, even
    // where the file held a damaged or foreign one.
    if (m_format.isPcm()) {
        m_header = WavHeader::build(m_format.pcm(), payloadBytes);
        if (!writeHeader()) {
            m_descriptor = -1;
            m_file.close();
            return false;
        }
    }
    m_committedBytes = m_format.isPcm() ? payloadBytes : -1;
    return true;
}

RecordingWriter::Result RecordingWriter::append(const QByteArray &data)
{
    // Straight to the descriptor: the file is unbuffered, and QFile's write path (QIODevice,
    // QFileDevice, the file engine) costs more than the copy the kernel makes.
    qint64 written = 0;
    int error = 0;
    while (written < data.size()) {
        const ssize_t n
            = ::write(m_descriptor, data.constData() + written, size_t(data.size() - written));
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        error = n < 0 ? errno : EIO;
        break;
    }
    if (written == data.size()) {
        m_payloadBytes += written;
        return Result::Ok;
    }
    m_errorString = QString::fromLocal8Bit(strerror(error));
    // Take back a partial write so the file ends on the last whole chunk. The descriptor's
    // offset is the file's: writes were made through it, so the QFile's own position is unused.
    const qint64 end = headerSize() + m_payloadBytes;
    (void)::ftruncate(m_descriptor, end);
    (void)::lseek(m_descriptor, end, SEEK_SET);
    return (error == ENOSPC || error == EDQUOT) ? Result::DiskFull : Result::Failed;
}

bool RecordingWriter::writeHeader()
{
    // Positioned: the offset the chunks are appended at stays where it is, without two seeks.
    const ssize_t written
        = ::pwrite(m_descriptor, m_header.constData(), size_t(m_header.size()), 0);
    if (written == m_header.size())
        return true;
    m_errorString = written < 0 ? QString::fromLocal8Bit(strerror(errno))
                                : QStringLiteral("short write of the WAV header");
    return false;
}

bool RecordingWriter::commit()
{
    if (!m_format.isPcm() || m_committedBytes == m_payloadBytes || m_descriptor < 0)
        return true;
    WavHeader::setSizes(m_header.data(), m_payloadBytes);
    if (!writeHeader())
        return false;
    m_committedBytes = m_payloadBytes;
    return true;
}

void RecordingWriter::discard()
{
    if (!m_file.isOpen())
        return;
    m_descriptor = -1;
    m_file.close();
    m_file.remove();
}

void RecordingWriter::close()
{
    if (!m_file.isOpen())
        return;
    commit();
    m_descriptor = -1;
    m_file.close();
}
