#pragma once

#include <memory>

#include <QByteArray>
#include <QElapsedTimer>

#include "httprequest.h"

class StatsBoard;

/// Answers the plain HTTP requests: the page, /api/status, and 404 for the rest.
class HttpResponder final
{
public:
    HttpResponder(std::shared_ptr<const StatsBoard> board, QElapsedTimer uptime);

    /// The whole response, head and body; the connection closes after it.
    QByteArray respond(const HttpRequest &request) const;
    static QByteArray simpleResponse(int status, const QByteArray &reason, const QByteArray &body);

private:
    QByteArray statusJson() const;

    std::shared_ptr<const StatsBoard> m_board;
    QElapsedTimer m_uptime;
};
