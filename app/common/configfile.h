#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// A config file of `key = value` lines (docs/service.md): blank lines and lines that begin with
/// `#` are skipped; space around the key and the value goes. What the keys mean is the command
/// line's business (CommandLine::readConfigFile); this class reads the lines and says where each
/// one was, so that every complaint can name the file and the line.
class ConfigFile final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)

public:
    struct Entry
    {
        int line = 0;
        QString key;
        QString value;
    };

    /// Reads `path` (UTF-8). False with errorString() when it cannot be read or a line is not
    /// `key = value`.
    bool read(const QString &path);
    QString path() const;
    QList<Entry> entries() const;
    QString errorString() const;

    /// "FILE:LINE: KEY: PROBLEM", what an operator needs to find the line to fix.
    QString problemAt(const Entry &entry, const QString &problem) const;

private:
    QString m_path;
    QList<Entry> m_entries;
    QString m_errorString;
};
