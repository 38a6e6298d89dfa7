#include "backpressure.h"

BackPressure::BackPressure(ClientTransport *transport, qint64 maxUnsentBytes)
    : m_transport(transport), m_maxUnsentBytes(maxUnsentBytes)
{
    if (m_transport)
        m_transport->setReceiveBufferSize(ReceiveBufferBytes);
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
    m_transport->holdReading(HeldReadBufferBytes);
    m_heldSince.start();
}

void BackPressure::release()
{
    if (!isHolding())
        return;
    m_heldSince.invalidate();
    if (m_transport)
        m_transport->releaseReading();
}
