#pragma once

#include <QJsonArray>
#include <QString>

/// The titles an Icecast source gave its stream while it ran, in order, with when each came
/// (milliseconds into the session): from the stream's own comment headers (Ogg) or from the
/// metadata request a source sends beside its stream (MP3, AAC). Kept for the sidecar up to a
/// limit; a source that sends more only has them counted.
class SourceTitles final
{
public:
    static constexpr qsizetype MaxKept = 1000;
    /// A title is cut to this.
    static constexpr int MaxTitleChars = 200;

    /// `title` as the stream's title from `atMs` on. False when it changes nothing: empty, or
    /// the title already current (a source may say it twice, in its stream and beside it).
    bool add(qint64 atMs, const QString &title);

    /// The title now; empty before the first.
    QString current() const { return m_current; }
    /// [{ "atMs": 0, "title": "..." }, ...]
    QJsonArray toJson() const { return m_kept; }
    qint64 notKept() const { return m_notKept; }

    /// `title` as it is kept and shown: control characters and runs of white space become one
    /// space, and it is cut to MaxTitleChars.
    static QString cleaned(const QString &title);

private:
    QJsonArray m_kept;
    QString m_current;
    qint64 m_notKept = 0;
};
