#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "v1client.h"

struct ServerReply;

/// Follows one take over protocol v1 (docs/protocol.md, "Takes"): joins it on each connection
/// and says where it stands, as the server tells it (waiting, recording, stopped by the host).
/// What a client does about it (start with the host, stop with the host) is the client's.
class TakeFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakeFollower)

public:
    enum class State
    {
        Unknown, ///< not told yet
        Waiting,
        Recording,
        Stopped,
    };
    Q_ENUM(State)

    explicit TakeFollower(const QString &take, QObject *parent = nullptr);
    ~TakeFollower() override;

    /// Joins the take on a new connection; the server answers with where it stands.
    void follow(V1Client &client);
    /// The connection went.
    void stop();

    QString take() const { return m_take; }
    /// The take's name, as the server says it; empty until told.
    QString name() const { return m_name; }
    State state() const { return m_state; }
    /// The state a take message names; Unknown for a name v1 does not have.
    static State stateFromName(const QString &name);

Q_SIGNALS:
    /// Told where the take stands (also when it stands where it did: a new connection's answer).
    void stateChanged(TakeFollower::State state, TakeFollower::State previous);

private:
    void onTake(const ServerReply &reply);

    QString m_take;
    QString m_name;
    State m_state = State::Unknown;
    QPointer<V1Client> m_client;
};
