#include "webvttwriter.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>

#include "storage/recordingwriter.h"

WebVttWriter::~WebVttWriter()
{
    close();
}

bool WebVttWriter::open(const QString &path, QString *errorString)
{
    m_descriptor = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_descriptor < 0) {
        *errorString = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The recording's own mode, whatever the umask.
    QFile::setPermissions(path, RecordingWriter::FilePermissions);
    if (!write("WEBVTT\n\n")) {
        *errorString = m_errorString;
        return false;
    }
    return true;
}

bool WebVttWriter::addCue(const SpeechResult &final)
{
    // Cue times never go backwards, and a cue lasts at least a frame, or players drop it.
    const qint64 start = std::max(final.startMs, m_lastEndMs);
    const qint64 end = std::max(final.endMs, start + 10);
    m_lastEndMs = end;
    ++m_cues;
    // A cue's text cannot hold a blank line or "-->"; recognized words never do, but the text
    // is escaped as WebVTT asks all the same.
    QString text = final.text;
    text.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"))
        .replace(u'\n', u' ');
    return write(QStringLiteral("%1\n%2 --> %3\n%4\n\n")
                     .arg(m_cues)
                     .arg(timestamp(start), timestamp(end), text)
                     .toUtf8());
}

bool WebVttWriter::addSkip(qint64 fromMs, qint64 toMs)
{
    return write(QStringLiteral("NOTE not transcribed from %1 to %2: recognition fell behind\n\n")
                     .arg(timestamp(fromMs), timestamp(toMs))
                     .toUtf8());
}

bool WebVttWriter::close()
{
    if (m_descriptor < 0)
        return m_errorString.isEmpty();
    bool ok = ::fdatasync(m_descriptor) == 0;
    if (!ok)
        m_errorString = QString::fromLocal8Bit(std::strerror(errno));
    ::close(m_descriptor);
    m_descriptor = -1;
    return ok && m_errorString.isEmpty();
}

QString WebVttWriter::timestamp(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

bool WebVttWriter::write(const QByteArray &text)
{
    if (m_descriptor < 0)
        return false;
    qsizetype done = 0;
    while (done < text.size()) {
        const ssize_t wrote
            = ::write(m_descriptor, text.constData() + done, size_t(text.size() - done));
        if (wrote < 0) {
            if (errno == EINTR)
                continue;
            m_errorString = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        done += wrote;
    }
    return true;
}
