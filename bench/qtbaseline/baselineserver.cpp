#include "baselineserver.h"

#include <QHostAddress>
#include <QWebSocket>

#include "baselineconnection.h"

using namespace Qt::StringLiterals;

BaselineServer::BaselineServer(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir)
    , m_server(u"earshot-qtbaseline"_s, QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &BaselineServer::onNewConnection);
}

BaselineServer::~BaselineServer() = default;

bool BaselineServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void BaselineServer::shutDown()
{
    m_server.close();
    for (BaselineConnection *connection :
        findChildren<BaselineConnection *>(Qt::FindDirectChildrenOnly))
        connection->shutDown();
}

void BaselineServer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection())
        new BaselineConnection(socket, m_dir, this); // a child; it deletes itself when it ends
}
