#pragma once

#include <cstdio>

#include <QDateTime>
#include <QString>
#include <QTextStream>

#include "serverevent.h"

/// Where the headless server's lines go and how they read there. In a terminal or a pipe each
/// line of standard output begins with its local time (standard error's say what went wrong,
/// for a person, as they are). When the stream is the journal's (systemd names it in
/// JOURNAL_STREAM), a line begins instead with its priority the sd-daemon way ("<3>" error,
/// "<4>" warning, "<6>" info), which journald takes off and files the line under, and without
/// the time, which journald records itself. Lines are flushed at once: a supervisor or a test
/// reads them through a pipe.
class LogOutput final
{
public:
    enum class Stream
    {
        Out,
        Err
    };

    LogOutput();
    LogOutput(const LogOutput &) = delete;
    LogOutput &operator=(const LogOutput &) = delete;

    /// One line of what happened at `time`; `text` must hold no line break (LogText::escaped()
    /// what a client sent).
    void write(ServerEvent::Severity severity, const QString &text, Stream stream = Stream::Out,
        const QDateTime &time = QDateTime::currentDateTime());
    /// Text as it is, for a terminal only (the pairing QR code).
    void writeRaw(const QString &text);

    /// Standard output is a terminal, with a person in front of it.
    bool isTerminal() const { return m_terminal; }
    bool isJournal(Stream stream) const;

    /// Whether `fd` is the stream JOURNAL_STREAM ("DEVICE:INODE") names; a stream systemd
    /// connected and that the process then redirected elsewhere is not.
    static bool isJournalStream(int fd);
    /// Qt's own warnings (to standard error) get a priority too when it is the journal's.
    static void prefixQtMessagesForJournal();

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal = false;
    bool m_journalOut = false;
    bool m_journalErr = false;
};
