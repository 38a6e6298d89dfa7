#include "configfile.h"

#include <QFile>

using namespace Qt::StringLiterals;

bool ConfigFile::read(const QString &path)
{
    m_path = path;
    m_entries.clear();
    m_errorString.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_errorString = tr("Cannot read the config file %1: %2").arg(path, file.errorString());
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    // An editor's byte order mark is not part of the first key.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int number = int(index + 1);
        const qsizetype equals = line.indexOf(u'=');
        const QString key = line.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            m_errorString = u"%1:%2: "_s.arg(path, QString::number(number))
                + tr("expected \"key = value\", found \"%1\"").arg(line);
            m_entries.clear();
            return false;
        }
        m_entries.append({ number, key, line.mid(equals + 1).trimmed() });
    }
    return true;
}

QString ConfigFile::path() const
{
    return m_path;
}

QList<ConfigFile::Entry> ConfigFile::entries() const
{
    return m_entries;
}

QString ConfigFile::errorString() const
{
    return m_errorString;
}

QString ConfigFile::problemAt(const Entry &entry, const QString &problem) const
{
    return u"%1:%2: %3: %4"_s.arg(m_path, QString::number(entry.line), entry.key, problem);
}
