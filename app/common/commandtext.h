#pragma once

#include <QString>
#include <QStringList>

/// A hook's command as a person writes it and as it is run: a program and its arguments
/// separated by spaces, double quotes grouping words and `"""` a literal quote
/// (QProcess::splitCommand, not a shell).
class CommandText final
{
public:
    CommandText() = delete;

    static QStringList split(const QString &text);
    /// The text split() turns back into `command` (an empty argument cannot be written: dropped).
    static QString join(const QStringList &command);
};
