#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

/// Something worth a line in the events log: a connection, a session's start or end, an error.
struct ServerEvent
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    QDateTime time;
    Severity severity = Severity::Info;
    QString sessionId; ///< empty when the event is not about one session
    QString peer; ///< address:port, when there is one
    QString text; ///< one translated sentence
};

Q_DECLARE_METATYPE(ServerEvent)
