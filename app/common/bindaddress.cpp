#include "bindaddress.h"

using namespace Qt::StringLiterals;

std::optional<QHostAddress> BindAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"any"_s, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::Any);
    if (trimmed.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return std::nullopt;
    return address;
}

QString BindAddress::toText(const QHostAddress &address)
{
    // "::" would read back as IPv6 only, and "0.0.0.0" as IPv4 only.
    if (address == QHostAddress(QHostAddress::Any))
        return {};
    return address.toString();
}
