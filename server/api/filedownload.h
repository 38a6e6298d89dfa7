#pragma once

#include <memory>

#include <QObject>

class QTcpSocket;
class QThreadPool;
class ReplyBox;

/// Sends a file's bytes on a socket after a response head, a chunk at a time: each chunk is read
/// on the disk pool and written here when the socket has room, so that neither the socket's
/// thread waits for the disk nor a slow client makes the server hold the file in memory. Closes
/// the connection at the end; aborts it when the file cannot be read to the length promised.
/// Lives on the socket's thread, as its child.
class FileDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDownload)

public:
    /// Bytes read at once, and the most the socket holds unsent before the next read.
    static constexpr qint64 ChunkBytes = 256 * 1024;

    /// An open file descriptor, closed when the last holder lets go.
    struct File
    {
        explicit File(int descriptor) : descriptor(descriptor) { }
        ~File();
        Q_DISABLE_COPY_MOVE(File)
        int descriptor;
    };

    FileDownload(QTcpSocket *socket, std::shared_ptr<File> file, qint64 size, QThreadPool *disk);
    ~FileDownload() override;

    /// Starts sending; the head must have been written.
    void start();

private:
    void pump();
    void onChunk(const QByteArray &chunk);

    QTcpSocket *m_socket;
    std::shared_ptr<File> m_file;
    const qint64 m_size;
    QThreadPool *m_disk;
    std::shared_ptr<ReplyBox> m_box;
    qint64 m_sent = 0;
    bool m_reading = false;
};
