#pragma once

#include <optional>

#include <QByteArrayView>
#include <QtGlobal>

// The "bytes" of an ack, read from its text without building a JSON document: the loader reads
// one ack per chunk, and ServerReply::parse() costs a QString, a QJsonDocument and their
// allocations each time. Only a flat object whose values are strings without escapes, integers or
// literals is read here; anything else, and every other reply, is nullopt and goes to
// ServerReply::parse(), which then has the last word.
class AckScanner final
{
public:
    static std::optional<qint64> bytes(QByteArrayView text);
};
