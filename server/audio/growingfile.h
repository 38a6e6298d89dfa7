#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>

#include <QString>

/// A recording read while it is written: the writer's thread says how far the file has grown,
/// the reader's thread reads up to there and waits for more. Reading the file rather than copies
/// of the chunks keeps ingest free of the reader: a reader that falls behind costs nothing but
/// its place in the file.
class GrowingFile final
{
    Q_DISABLE_COPY_MOVE(GrowingFile)

public:
    /// A file still being written; nothing may be read before grewTo().
    explicit GrowingFile(QString path);
    /// A finished file: everything in it may be read at once.
    static std::unique_ptr<GrowingFile> finished(const QString &path);
    ~GrowingFile();

    // The writer's side, any thread.
    void grewTo(qint64 bytes);
    /// Nothing more will be written.
    void end();
    /// The reader is to give up: read() returns -1 from now on.
    void cancel();

    // The reader's side, one thread.
    /// Blocks until there is something to read, the file ended (0) or was cancelled (-1).
    qint64 read(char *data, qint64 maxBytes);
    /// Bytes written and not read yet: how far behind the reader is.
    qint64 unread() const;
    bool isCancelled() const;
    QString errorString() const { return m_errorString; }

private:
    bool openFile();

    QString m_path;
    int m_descriptor = -1;
    qint64 m_position = 0; // the reader's only
    QString m_errorString;

    mutable std::mutex m_mutex;
    std::condition_variable m_grown;
    qint64 m_size = 0;
    bool m_ended = false;
    bool m_cancelled = false;
};
