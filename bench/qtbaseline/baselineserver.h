#pragma once

#include <QObject>
#include <QString>
#include <QWebSocketServer>

class QHostAddress;

// The Qt baseline's server: a one-thread QWebSocketServer that hands every connection to a
// BaselineConnection. No TLS, no HTTP pages, no limits: the least Qt needs for the bench.
class BaselineServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineServer)

public:
    explicit BaselineServer(const QString &dir, QObject *parent = nullptr);
    ~BaselineServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_server.errorString(); }
    // Finishes every recording and closes every connection.
    void shutDown();

private:
    void onNewConnection();

    QString m_dir;
    QWebSocketServer m_server;
};
