#include "commandtext.h"

#include <QProcess>

QStringList CommandText::split(const QString &text)
{
    return QProcess::splitCommand(text);
}

QString CommandText::join(const QStringList &command)
{
    QStringList words;
    for (const QString &argument : command) {
        if (argument.isEmpty())
            continue;
        QString word = argument;
        word.replace(u'"', QStringLiteral("\"\"\""));
        const bool hasSpace
            = std::any_of(argument.begin(), argument.end(), [](QChar c) { return c.isSpace(); });
        words.append(hasSpace ? u'"' + word + u'"' : word);
    }
    return words.join(u' ');
}
