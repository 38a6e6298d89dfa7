#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

/// Finds the titles an Ogg stream carries in its comment headers (Vorbis comments, OpusTags, an
/// Ogg FLAC stream's VORBIS_COMMENT block) as the stream's bytes arrive. A chained stream's later
/// links count too: ices2 starts a new logical stream, with new comments, for each track of its
/// playlist. Fed bytes in any pieces, it says what it found; it keeps less than two pages, and
/// garbage costs it nothing but a resync on the next page whose checksum holds.
class OggCommentScanner final
{
public:
    /// A page is at most this long: its 27 bytes of header, 255 lacing values, 255 * 255 of body.
    static constexpr qsizetype MaxPageBytes = 27 + 255 + 255 * 255;
    /// Of a comment header, only this much is read: cover art can make one megabytes long, and
    /// the comments that matter come before it.
    static constexpr qsizetype MaxCommentHeaderBytes = 64 * 1024;
    /// Logical streams whose comment header is awaited at once (a link multiplexes a few).
    static constexpr int MaxPendingStreams = 8;
    /// A title or artist is cut to this.
    static constexpr int MaxValueChars = 200;

    struct Comments
    {
        QString title; ///< the first TITLE
        QString artist; ///< the first ARTIST

        /// "Artist - Title", as Icecast shows a stream's song, or whichever of the two there is.
        QString displayTitle() const;
        bool operator==(const Comments &) const = default;
    };

    /// Takes the stream's next bytes. Returns the comments of each comment header they complete
    /// that names a title or an artist, in stream order.
    QList<Comments> feed(QByteArrayView bytes);
    /// Garbage full of false page starts would have cost too much to check: nothing more is read.
    bool hasGivenUp() const { return m_gaveUp; }

    /// The comments of a Vorbis comment list (vendor string, count, "KEY=value" entries), which
    /// may be cut short: what lies wholly inside it is read.
    static Comments parseCommentList(QByteArrayView list);

private:
    enum class Codec
    {
        Unknown,
        Vorbis,
        Opus,
        Flac,
    };

    /// A logical stream from its first page on, until its comment header has been read.
    struct PendingStream
    {
        quint32 nextSequence = 0;
        int packetIndex = 0; ///< of the packet being assembled
        Codec codec = Codec::Unknown;
        QByteArray packet; ///< the first packet's first bytes, then the comment header's
    };

    /// A whole page whose checksum holds.
    void takePage(QByteArrayView page, QList<Comments> *found);
    /// `stream`'s packet `packetIndex` is complete.
    bool endPacket(PendingStream &stream, QList<Comments> *found);

    QByteArray m_buffer;
    QHash<quint32, PendingStream> m_pending;
    qint64 m_fedBytes = 0;
    qint64 m_checkedBytes = 0;
    bool m_gaveUp = false;
};
