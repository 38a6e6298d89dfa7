#pragma once

#include <QString>
#include <QStringView>

/// Text from a client (a name, a user agent, a format) as it may go into a log line: control
/// characters are escaped, so that no line break forges a line of its own and no escape
/// sequence reaches the terminal.
class LogText final
{
public:
    LogText() = delete;

    /// C0 (with ESC), DEL and C1 become \n, \r, \t, \xHH; the Unicode line and paragraph
    /// separators and the bidirectional overrides and isolates become \uHHHH; a backslash
    /// becomes \\, so an escape in the output is always one that was made here.
    static QString escaped(QStringView text);
};
