#include "logoutput.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString priority(ServerEvent::Severity severity)
{
    switch (severity) {
    case ServerEvent::Severity::Info:
        return u"<6>"_s;
    case ServerEvent::Severity::Warning:
        return u"<4>"_s;
    case ServerEvent::Severity::Error:
        return u"<3>"_s;
    }
    return u"<6>"_s;
}

} // namespace

LogOutput::LogOutput()
    : m_out(stdout)
    , m_err(stderr)
    , m_terminal(::isatty(STDOUT_FILENO) == 1)
    , m_journalOut(isJournalStream(STDOUT_FILENO))
    , m_journalErr(isJournalStream(STDERR_FILENO))
{ }

void LogOutput::write(
    ServerEvent::Severity severity, const QString &text, Stream stream, const QDateTime &time)
{
    QTextStream &out = stream == Stream::Out ? m_out : m_err;
    if (isJournal(stream))
        out << priority(severity) << text << Qt::endl;
    else if (stream == Stream::Out)
        out << time.toLocalTime().toString(Qt::ISODateWithMs) << ' ' << text << Qt::endl;
    else
        out << text << Qt::endl;
}

void LogOutput::writeRaw(const QString &text)
{
    m_out << text << Qt::flush;
}

bool LogOutput::isJournal(Stream stream) const
{
    return stream == Stream::Out ? m_journalOut : m_journalErr;
}

bool LogOutput::isJournalStream(int fd)
{
    const QByteArray named = qgetenv("JOURNAL_STREAM");
    if (named.isEmpty())
        return false;
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0)
        return false;
    return named
        == QByteArray::number(quint64(status.st_dev)) + ':'
        + QByteArray::number(quint64(status.st_ino));
}

void LogOutput::prefixQtMessagesForJournal()
{
    if (!isJournalStream(STDERR_FILENO) || qEnvironmentVariableIsSet("QT_MESSAGE_PATTERN"))
        return;
    qSetMessagePattern(u"%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
                       "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{message}"_s);
}
