#include "filedownload.h"

#include <unistd.h>

#include <QTcpSocket>
#include <QThreadPool>

#include "replybox.h"

FileDownload::File::~File()
{
    if (descriptor >= 0)
        ::close(descriptor);
}

FileDownload::FileDownload(
    QTcpSocket *socket, std::shared_ptr<File> file, qint64 size, QThreadPool *disk)
    : QObject(socket)
    , m_socket(socket)
    , m_file(std::move(file))
    , m_size(size)
    , m_disk(disk)
    , m_box(std::make_shared<ReplyBox>(this))
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FileDownload::pump);
}

FileDownload::~FileDownload()
{
    m_box->close();
}

void FileDownload::start()
{
    pump();
}

void FileDownload::pump()
{
    if (m_reading || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_sent >= m_size) {
        m_socket->disconnectFromHost(); // once what is buffered has gone
        return;
    }
    if (m_socket->bytesToWrite() > ChunkBytes)
        return;
    m_reading = true;
    const qint64 wanted = std::min(ChunkBytes, m_size - m_sent);
    m_disk->start([box = m_box, file = m_file, offset = m_sent, wanted, self = this] {
        QByteArray chunk(wanted, Qt::Uninitialized);
        qint64 got = 0;
        while (got < wanted) {
            const ssize_t n = ::pread(
                file->descriptor, chunk.data() + got, size_t(wanted - got), off_t(offset + got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
        }
        chunk.truncate(got);
        box->post([self, chunk] { self->onChunk(chunk); });
    });
}

void FileDownload::onChunk(const QByteArray &chunk)
{
    m_reading = false;
    if (chunk.isEmpty()) {
        // The file is shorter than the Content-Length sent: the client must not take it whole.
        qWarning("earshot: api: a download ended %lld bytes short", qlonglong(m_size - m_sent));
        m_socket->abort();
        return;
    }
    m_sent += chunk.size();
    m_socket->write(chunk);
    pump();
}
