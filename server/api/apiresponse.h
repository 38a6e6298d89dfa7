#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

/// The HTTP responses of /metrics and /api/v1: the same safety headers as the rest of the
/// server, JSON bodies, and errors as {"error": code, "message": text}. The connection closes
/// after each.
namespace ApiResponse {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// The head alone, for a body that follows (a download): its length is `contentLength`.
QByteArray head(
    int status, const QByteArray &contentType, qint64 contentLength, const Headers &extra = {});
QByteArray make(
    int status, const QByteArray &contentType, const QByteArray &body, const Headers &extra = {});
QByteArray json(int status, const QJsonObject &body, const Headers &extra = {});
QByteArray json(int status, const QJsonArray &body);
/// `code` is what a program tests ("not_found"), `message` what a person reads.
QByteArray error(int status, const char *code, const QString &message, const Headers &extra = {});

} // namespace ApiResponse
