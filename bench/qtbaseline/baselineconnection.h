#pragma once

#include <QFile>
#include <QObject>
#include <QString>

#include "../common/wavheader.h"

class QWebSocket;

// One client of the Qt baseline: the protocol v1 messages earshot-bench sends, on a QWebSocket,
// with a QFile per session. Each audio message is one unbuffered QFile::write() (one write() to
// the operating system) and one ack, as the floor does; the difference between the two is what
// Qt's event loop and QWebSocket cost. Deletes itself when the socket disconnects.
class BaselineConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineConnection)

public:
    // Takes the socket over (it becomes a child).
    BaselineConnection(QWebSocket *socket, const QString &dir, QObject *parent = nullptr);
    ~BaselineConnection() override;

    // The server shuts down: finish the file and tell the client (close code 1001).
    void shutDown();

private:
    void onText(const QString &text);
    void onAudio(const QByteArray &bytes);
    void startSession(const QString &format);
    void stopSession();
    bool finishFile();
    void sendError(const QString &code, const QString &message);

    QWebSocket *m_socket; // child
    QString m_dir;
    QFile m_file; // open while a session records
    QString m_session;
    QString m_fileName; // relative to the recordings folder
    bool m_wav = false;
    WavHeader::Format m_wavFormat;
    qint64 m_bytes = 0;
    qint64 m_chunks = 0;
    qint64 m_startedMs = 0;
};
