#include "oggcommentscanner.h"

#include <algorithm>
#include <array>
#include <utility>

#include <QtEndian>

namespace {

constexpr QByteArrayView CapturePattern("OggS");
constexpr qsizetype HeaderBytes = 27;
constexpr qsizetype ChecksumOffset = 22;
constexpr char FirstPage = 0x02;
constexpr char LastPage = 0x04;
// Bytes checksummed per byte fed, at most, before the scanner gives up (a stream of real pages
// costs 1).
constexpr qint64 CheckBudgetPerByte = 16;
// The first packet's bytes that tell the codec.
constexpr qsizetype CodecMagicBytes = 8;

// Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, starting from 0.
constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 r = i << 24;
        for (int bit = 0; bit < 8; ++bit)
            r = (r & 0x80000000U) ? (r << 1) ^ 0x04C11DB7U : r << 1;
        table[i] = r;
    }
    return table;
}
constexpr std::array<quint32, 256> CrcTable = crcTable();

quint32 pageChecksum(QByteArrayView page)
{
    quint32 crc = 0;
    for (qsizetype i = 0; i < page.size(); ++i) {
        const quint8 byte = (i >= ChecksumOffset && i < ChecksumOffset + 4) ? 0 : quint8(page[i]);
        crc = (crc << 8) ^ CrcTable[((crc >> 24) ^ byte) & 0xFF];
    }
    return crc;
}

quint32 readLe32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

QString valueOf(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8).trimmed().left(OggCommentScanner::MaxValueChars);
}

} // namespace

QString OggCommentScanner::Comments::displayTitle() const
{
    if (artist.isEmpty())
        return title;
    if (title.isEmpty())
        return artist;
    return artist + u" - " + title;
}

QList<OggCommentScanner::Comments> OggCommentScanner::feed(QByteArrayView bytes)
{
    QList<Comments> found;
    if (m_gaveUp)
        return found;
    m_fedBytes += bytes.size();
    m_buffer.append(bytes);
    qsizetype at = 0;
    while (true) {
        const qsizetype page = m_buffer.indexOf(CapturePattern, at);
        if (page < 0) {
            // Garbage: only what may begin a capture pattern is kept.
            at = std::max(at, m_buffer.size() - (CapturePattern.size() - 1));
            break;
        }
        at = page;
        if (m_buffer.size() - at < HeaderBytes)
            break;
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(at);
        const int segments = quint8(rest[26]);
        if (rest[4] != 0) { // a stream structure version Ogg has not defined
            ++at;
            continue;
        }
        if (rest.size() < HeaderBytes + segments)
            break;
        qsizetype length = HeaderBytes + segments;
        for (int i = 0; i < segments; ++i)
            length += quint8(rest[HeaderBytes + i]);
        if (rest.size() < length)
            break;
        const QByteArrayView candidate = rest.first(length);
        m_checkedBytes += length;
        if (m_checkedBytes > CheckBudgetPerByte * m_fedBytes + 4 * MaxPageBytes) {
            // Garbage made of false capture patterns: checking them all would cost far more
            // than the stream is worth. The titles are given up, nothing else.
            m_gaveUp = true;
            m_buffer.clear();
            m_pending.clear();
            return found;
        }
        if (pageChecksum(candidate) != readLe32(candidate, ChecksumOffset)) {
            ++at; // not a page after all: look for the next one
            continue;
        }
        takePage(candidate, &found);
        at += length;
    }
    m_buffer.remove(0, at);
    return found;
}

void OggCommentScanner::takePage(QByteArrayView page, QList<Comments> *found)
{
    const char flags = page[5];
    const quint32 serial = readLe32(page, 14);
    const quint32 sequence = readLe32(page, 18);
    if (flags & FirstPage) {
        if (m_pending.size() >= MaxPendingStreams && !m_pending.contains(serial))
            return;
        m_pending.insert(serial, PendingStream { sequence, 0, Codec::Unknown, {} });
    }
    const auto it = m_pending.find(serial);
    if (it == m_pending.end())
        return;
    PendingStream &stream = *it;
    // A page lost on the way leaves a packet that cannot be put together.
    if (sequence != stream.nextSequence) {
        m_pending.erase(it);
        return;
    }
    ++stream.nextSequence;

    const int segments = quint8(page[26]);
    qsizetype body = HeaderBytes + segments;
    for (int i = 0; i < segments; ++i) {
        const int lacing = quint8(page[HeaderBytes + i]);
        const qsizetype limit = stream.packetIndex == 0 ? CodecMagicBytes : MaxCommentHeaderBytes;
        const qsizetype room = std::max<qsizetype>(0, limit - stream.packet.size());
        stream.packet.append(page.sliced(body, std::min<qsizetype>(lacing, room)));
        body += lacing;
        if (lacing < 255 && !endPacket(stream, found)) {
            m_pending.erase(it);
            return;
        }
    }
    if (flags & LastPage)
        m_pending.erase(it);
}

bool OggCommentScanner::endPacket(PendingStream &stream, QList<Comments> *found)
{
    const QByteArray packet = std::exchange(stream.packet, {});
    if (stream.packetIndex++ == 0) {
        if (packet.startsWith("\x01vorbis"))
            stream.codec = Codec::Vorbis;
        else if (packet.startsWith("OpusHead"))
            stream.codec = Codec::Opus;
        else if (packet.startsWith("\x7f"
                                   "FLAC"))
            stream.codec = Codec::Flac;
        return stream.codec != Codec::Unknown; // a codec without comments Earshot reads
    }
    QByteArrayView list;
    switch (stream.codec) {
    case Codec::Vorbis:
        if (packet.startsWith("\x03vorbis"))
            list = QByteArrayView(packet).sliced(7);
        break;
    case Codec::Opus:
        if (packet.startsWith("OpusTags"))
            list = QByteArrayView(packet).sliced(8);
        break;
    case Codec::Flac:
        // A metadata block: its type (4, VORBIS_COMMENT) and 24-bit length, then the comments.
        if (packet.size() >= 4 && (quint8(packet[0]) & 0x7F) == 4)
            list = QByteArrayView(packet).sliced(4);
        break;
    case Codec::Unknown:
        break;
    }
    const Comments comments = parseCommentList(list);
    if (!comments.title.isEmpty() || !comments.artist.isEmpty())
        found->append(comments);
    return false; // done with this stream
}

OggCommentScanner::Comments OggCommentScanner::parseCommentList(QByteArrayView list)
{
    Comments comments;
    if (list.size() < 4)
        return comments;
    qsizetype at = 4 + qsizetype(readLe32(list, 0)); // past the vendor string
    if (at + 4 > list.size())
        return comments;
    const quint32 count = readLe32(list, at);
    at += 4;
    for (quint32 i = 0; i < count && at + 4 <= list.size(); ++i) {
        const quint32 length = readLe32(list, at);
        at += 4;
        if (length > quint32(list.size() - at))
            break; // cut short
        const QByteArrayView entry = list.sliced(at, qsizetype(length));
        at += qsizetype(length);
        const qsizetype equals = entry.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = entry.first(equals).toByteArray().toUpper();
        QString *value = key == "TITLE" ? &comments.title
            : key == "ARTIST"           ? &comments.artist
                                        : nullptr;
        if (value && value->isEmpty())
            *value = valueOf(entry.sliced(equals + 1));
    }
    return comments;
}
