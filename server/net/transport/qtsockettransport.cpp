#include "qtsockettransport.h"

QtSocketTransport::QtSocketTransport(QTcpSocket *socket, QObject *parent)
    : ClientTransport(parent), m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QIODevice::readyRead, this, [this] {
        if (!m_held)
            notifyReadyRead();
    });
    connect(socket, &QAbstractSocket::disconnected, this, &ClientTransport::disconnected);
    connect(socket, &QIODevice::bytesWritten, this, &ClientTransport::bytesWritten);
}

QtSocketTransport::~QtSocketTransport() = default;

qint64 QtSocketTransport::read(char *data, qint64 maxSize)
{
    if (!m_socket)
        return -1;
    if (m_held)
        return 0;
    const qint64 got = m_socket->read(data, maxSize);
    return got < 0 && m_socket->state() == QAbstractSocket::ConnectedState ? 0 : got;
}

void QtSocketTransport::write(const char *data, qint64 size)
{
    if (isConnected())
        m_socket->write(data, size);
}

void QtSocketTransport::flush()
{
    if (isConnected())
        m_socket->flush();
}

qint64 QtSocketTransport::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool QtSocketTransport::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QHostAddress QtSocketTransport::peerAddress() const
{
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

quint16 QtSocketTransport::peerPort() const
{
    return m_socket ? m_socket->peerPort() : 0;
}

void QtSocketTransport::disconnectFromHost()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void QtSocketTransport::abort()
{
    if (m_socket)
        m_socket->abort();
}

void QtSocketTransport::holdReading(qint64 bufferBytes)
{
    m_held = true;
    if (m_socket)
        m_socket->setReadBufferSize(bufferBytes);
}

void QtSocketTransport::releaseReading()
{
    if (!m_held)
        return;
    m_held = false;
    if (!m_socket)
        return;
    // Also wakes the reading that a full read buffer put to sleep.
    m_socket->setReadBufferSize(0);
    // What arrived while held was not announced.
    if (m_socket->bytesAvailable() > 0)
        notifyReadyReadLater();
}

void QtSocketTransport::setReceiveBufferSize(int bytes)
{
    if (m_socket)
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, bytes);
}
