#include "takefollower.h"

#include "serverreply.h"

TakeFollower::TakeFollower(const QString &take, QObject *parent) : QObject(parent), m_take(take) { }

TakeFollower::~TakeFollower() = default;

void TakeFollower::follow(V1Client &client)
{
    stop();
    m_client = &client;
    connect(&client, &V1Client::takeReceived, this, &TakeFollower::onTake);
    client.sendJoin(m_take);
}

void TakeFollower::stop()
{
    if (m_client)
        m_client->disconnect(this);
    m_client = nullptr;
}

TakeFollower::State TakeFollower::stateFromName(const QString &name)
{
    if (name == u"waiting")
        return State::Waiting;
    if (name == u"recording")
        return State::Recording;
    if (name == u"stopped")
        return State::Stopped;
    return State::Unknown;
}

void TakeFollower::onTake(const ServerReply &reply)
{
    if (reply.take != m_take)
        return;
    const State state = stateFromName(reply.state);
    if (state == State::Unknown)
        return;
    const State previous = m_state;
    m_state = state;
    m_name = reply.name;
    Q_EMIT stateChanged(state, previous);
}
