#include "backpressure.h"

BackPressure::BackPressure(QTcpSocket *transport, qint64 maxUnsentBytes)
    : m_transport(transport), m_maxUnsentBytes(maxUnsentBytes)
{
    if (m_transport)
        m_transport->setSocketOption(
            QAbstractSocket::ReceiveBufferSizeSocketOption, ReceiveBufferBytes);
}

BackPressure::~BackPressure()
{
    release();
}

void BackPressure::update()
{
    if (!m_transport)
        return;
    const qint64 unsent = m_transport->bytesToWrite();
    if (!isHolding() && unsent > m_maxUnsentBytes)
        hold();
    else if (isHolding() && unsent <= m_maxUnsentBytes / 2)
        release();
}

void BackPressure::hold()
{
    m_transport->setReadBufferSize(HeldReadBufferBytes);
    m_transport->blockSignals(true);
    m_heldSince.start();
}

void BackPressure::release()
{
    if (!isHolding())
        return;
    m_heldSince.invalidate();
    if (!m_transport)
        return;
    m_transport->blockSignals(false);
    // Also wakes the reading that a full read buffer put to sleep.
    m_transport->setReadBufferSize(0);
    // What arrived while held was never announced; the WebSocket reads on readyRead.
    if (m_transport->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_transport, &QIODevice::readyRead, Qt::QueuedConnection);
}

bool BackPressure::lostWhileHeld() const
{
    return isHolding() && (!m_transport || m_transport->state() != QAbstractSocket::ConnectedState);
}
