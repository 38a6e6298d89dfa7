#include "mp4repair.h"

#include <algorithm>
#include <limits>

#include <QFile>
#include <QList>
#include <QtEndian>

namespace Mp4Repair {

namespace {

quint32 be32(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.data() + at);
}

quint64 be64(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint64>(bytes.data() + at);
}

void putBe32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToBigEndian<quint32>(value, bytes.data() + at);
}

// One box: where it starts in its parent's bytes, its whole size and its header's.
struct Box
{
    qsizetype at = 0;
    qsizetype size = 0; ///< as declared; may run past the end when cut short
    qsizetype headerSize = 8;
    QByteArray type;
    bool cutShort = false;
};

// The boxes in `bytes`, in order. Whatever follows the last one that has a readable header
// (bytes too few for a header, a size smaller than its header) ends the list; `rest` says where.
QList<Box> boxesOf(QByteArrayView bytes, qsizetype *rest)
{
    QList<Box> boxes;
    qsizetype at = 0;
    while (bytes.size() - at >= 8) {
        Box box;
        box.at = at;
        box.type = bytes.sliced(at + 4, 4).toByteArray();
        const quint32 size = be32(bytes, at);
        if (size == 1) {
            if (bytes.size() - at < 16)
                break;
            const quint64 large = be64(bytes, at + 8);
            box.headerSize = 16;
            box.size = large > quint64(std::numeric_limits<qsizetype>::max())
                ? std::numeric_limits<qsizetype>::max()
                : qsizetype(large);
        } else {
            box.size = size == 0 ? bytes.size() - at : qsizetype(size); // 0: to the end
        }
        if (box.size < box.headerSize)
            break;
        box.cutShort = box.size > bytes.size() - at;
        boxes.append(box);
        if (box.cutShort) {
            at = bytes.size();
            break;
        }
        at += box.size;
    }
    *rest = at;
    return boxes;
}

// The children of a box that holds only boxes (moof, traf), or nothing when they do not fill
// it exactly.
std::optional<QList<Box>> childrenOf(QByteArrayView box, qsizetype headerSize)
{
    qsizetype rest = 0;
    const QByteArrayView content = box.sliced(headerSize);
    QList<Box> children = boxesOf(content, &rest);
    if (rest != content.size())
        return std::nullopt;
    for (Box &child : children) {
        if (child.cutShort)
            return std::nullopt;
        child.at += headerSize;
    }
    return children;
}

const Box *find(const QList<Box> &boxes, const char *type)
{
    for (const Box &box : boxes)
        if (box.type == type)
            return &box;
    return nullptr;
}

// tfhd's flags (ISO/IEC 14496-12, 8.8.7) and trun's (8.8.8).
constexpr quint32 BaseDataOffsetPresent = 0x1;
constexpr quint32 DefaultSampleSizePresent = 0x10;
constexpr quint32 DataOffsetPresent = 0x1;
constexpr quint32 FirstSampleFlagsPresent = 0x4;
constexpr quint32 SampleDurationPresent = 0x100;
constexpr quint32 SampleSizePresent = 0x200;
constexpr quint32 SampleFlagsPresent = 0x400;
constexpr quint32 SampleCompositionTimeOffsetPresent = 0x800;

// A moof whose tfhd states its base data offset in the file's own bytes: after `shift` bytes
// before it were dropped, that offset is `shift` too far. Returns the moof as it must be written.
QByteArray shiftedMoof(QByteArrayView moof, const Box &header, qsizetype shift)
{
    QByteArray bytes = moof.toByteArray();
    if (shift == 0)
        return bytes;
    const std::optional<QList<Box>> children = childrenOf(moof, header.headerSize);
    if (!children)
        return bytes;
    for (const Box &traf : *children) {
        if (traf.type != "traf")
            continue;
        const std::optional<QList<Box>> parts = childrenOf(moof.sliced(traf.at, traf.size), 8);
        const Box *tfhd = parts ? find(*parts, "tfhd") : nullptr;
        if (!tfhd || tfhd->size < 24)
            continue;
        const qsizetype at = traf.at + tfhd->at;
        if (be32(moof, at + 8) & BaseDataOffsetPresent)
            qToBigEndian<quint64>(be64(moof, at + 16) - quint64(shift), bytes.data() + at + 16);
    }
    return bytes;
}

// The last fragment, cut short inside its mdat: its moof with the index cut to the samples that
// arrived whole, and its mdat with just their data. Nothing when the fragment is not one this
// can cut (one traf with one trun, sample sizes known, data right at the mdat's start) or no
// sample arrived whole.
struct Trimmed
{
    QByteArray moof;
    QByteArray mdatHeader;
    QByteArrayView data;
    quint32 kept = 0;
    quint32 declared = 0;
};

std::optional<Trimmed> trimmedFragment(
    QByteArrayView stream, const Box &moofBox, const Box &mdatBox, qsizetype shift)
{
    const QByteArrayView moof = stream.sliced(moofBox.at, moofBox.size);
    const std::optional<QList<Box>> children = childrenOf(moof, moofBox.headerSize);
    if (!children || moofBox.headerSize != 8)
        return std::nullopt;
    QList<const Box *> trafs;
    for (const Box &child : *children)
        if (child.type == "traf")
            trafs.append(&child);
    if (trafs.size() != 1)
        return std::nullopt;
    const Box &traf = *trafs.first();
    const std::optional<QList<Box>> parts = childrenOf(moof.sliced(traf.at, traf.size), 8);
    if (!parts)
        return std::nullopt;
    const Box *tfhd = find(*parts, "tfhd");
    qsizetype truns = 0;
    for (const Box &part : *parts)
        truns += part.type == "trun" ? 1 : 0;
    const Box *trun = find(*parts, "trun");
    if (!tfhd || !trun || truns != 1 || tfhd->size < 16 || trun->size < 20 || traf.headerSize != 8
        || trun->headerSize != 8)
        return std::nullopt; // (the sizes rewritten below are 32-bit ones)

    const qsizetype tfhdAt = traf.at + tfhd->at;
    const quint32 tfhdFlags = be32(moof, tfhdAt + 8) & 0xffffff;
    if (tfhdFlags & BaseDataOffsetPresent)
        return std::nullopt; // data placed in absolute terms: not a MediaRecorder's
    std::optional<quint32> defaultSize;
    if (tfhdFlags & DefaultSampleSizePresent) {
        // After the track id: the optional 64-bit base offset (absent here), the sample
        // description index (0x2) and default duration (0x8), then the default size.
        qsizetype at = tfhdAt + 16 + ((tfhdFlags & 0x2) ? 4 : 0) + ((tfhdFlags & 0x8) ? 4 : 0);
        if (at + 4 > tfhdAt + tfhd->size)
            return std::nullopt;
        defaultSize = be32(moof, at);
    }

    const qsizetype trunAt = traf.at + trun->at;
    const quint32 trunFlags = be32(moof, trunAt + 8) & 0xffffff;
    if (!(trunFlags & DataOffsetPresent) || (!(trunFlags & SampleSizePresent) && !defaultSize))
        return std::nullopt;
    const quint32 count = be32(moof, trunAt + 12);
    const qint32 dataOffset = qint32(be32(moof, trunAt + 16));
    const qsizetype entriesAt = trunAt + 20 + ((trunFlags & FirstSampleFlagsPresent) ? 4 : 0);
    qsizetype entrySize = 0;
    qsizetype sizeField = -1;
    for (const quint32 field : { SampleDurationPresent, SampleSizePresent, SampleFlagsPresent,
             SampleCompositionTimeOffsetPresent }) {
        if (!(trunFlags & field))
            continue;
        if (field == SampleSizePresent)
            sizeField = entrySize;
        entrySize += 4;
    }
    if (entriesAt + qsizetype(count) * entrySize != trunAt + trun->size)
        return std::nullopt;

    const qsizetype dataAt = moofBox.at + dataOffset;
    if (dataAt != mdatBox.at + mdatBox.headerSize)
        return std::nullopt;
    const qsizetype available = stream.size() - dataAt;
    quint32 kept = 0;
    qsizetype bytes = 0;
    for (; kept < count; ++kept) {
        const qsizetype sample = sizeField >= 0
            ? qsizetype(be32(moof, entriesAt + qsizetype(kept) * entrySize + sizeField))
            : qsizetype(*defaultSize);
        if (bytes + sample > available)
            break;
        bytes += sample;
    }
    if (kept == 0)
        return std::nullopt;

    // The index loses the entries of the samples that did not arrive; the boxes around it
    // shrink by as much, and the data, right after the moof, starts that much earlier.
    const qsizetype cut = qsizetype(count - kept) * entrySize;
    QByteArray trimmed = shiftedMoof(moof, moofBox, shift);
    trimmed.remove(entriesAt + qsizetype(kept) * entrySize, cut);
    putBe32(trimmed, trunAt, quint32(trun->size - cut));
    putBe32(trimmed, trunAt + 12, kept);
    putBe32(trimmed, trunAt + 16, quint32(dataOffset - qint32(cut)));
    putBe32(trimmed, traf.at, quint32(traf.size - cut));
    putBe32(trimmed, 0, quint32(moofBox.size - cut));

    Trimmed result;
    result.moof = trimmed;
    result.mdatHeader = QByteArray(8, '\0');
    putBe32(result.mdatHeader, 0, quint32(8 + bytes));
    result.mdatHeader.replace(4, 4, "mdat");
    result.data = stream.sliced(dataAt, bytes);
    result.kept = kept;
    result.declared = count;
    return result;
}

// The mended stream as pieces: views into the input and bytes of its own.
struct Pieces
{
    QList<QByteArray> owned;
    QList<QByteArrayView> order; ///< views into the input or into `owned`
    QStringList repairs;

    void keep(QByteArrayView bytes) { order.append(bytes); }
    void add(QByteArray bytes)
    {
        owned.append(std::move(bytes));
        order.append(owned.last());
    }
};

Pieces mend(QByteArrayView stream)
{
    Pieces pieces; // (its views into `owned` hold: a QByteArray's data stays where it is)
    qsizetype rest = 0;
    const QList<Box> boxes = boxesOf(stream, &rest);
    qsizetype dropped = 0; // bytes left out so far, before the box at hand
    bool seenFtyp = false;
    const auto skip
        = [&](const Box &box) { dropped += std::min(box.size, stream.size() - box.at); };
    const auto drop = [&](const Box &box, const QString &why) {
        pieces.repairs.append(why);
        skip(box);
    };
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const Box &box = boxes.at(i);
        if (box.type == "ftyp") {
            if (seenFtyp) {
                drop(box, QStringLiteral("dropped a second ftyp at byte %1").arg(box.at));
                continue;
            }
            seenFtyp = true;
        }
        if (box.type == "moof" && !box.cutShort) {
            const Box *next = i + 1 < boxes.size() ? &boxes.at(i + 1) : nullptr;
            if (!next || next->type != "mdat") {
                drop(box,
                    QStringLiteral("dropped the moof at byte %1: no mdat follows it").arg(box.at));
                continue;
            }
            if (next->cutShort) {
                ++i;
                const std::optional<Trimmed> trimmed = trimmedFragment(stream, box, *next, dropped);
                if (!trimmed) {
                    drop(box,
                        QStringLiteral("dropped the last fragment at byte %1: it is cut short "
                                       "before its first whole sample")
                            .arg(box.at));
                    skip(*next);
                    continue;
                }
                pieces.repairs.append(
                    QStringLiteral("the last fragment at byte %1 is cut short: kept its %2 "
                                   "whole samples of %3")
                        .arg(box.at)
                        .arg(trimmed->kept)
                        .arg(trimmed->declared));
                pieces.add(trimmed->moof);
                pieces.add(trimmed->mdatHeader);
                pieces.keep(trimmed->data);
                continue;
            }
            pieces.add(shiftedMoof(stream.sliced(box.at, box.size), box, dropped));
            continue;
        }
        if (box.cutShort) {
            drop(box,
                QStringLiteral("dropped the box at byte %1 (%2): it is cut short")
                    .arg(box.at)
                    .arg(QString::fromLatin1(box.type.toHex())));
            continue;
        }
        pieces.keep(stream.sliced(box.at, box.size));
    }
    if (rest < stream.size())
        pieces.repairs.append(
            QStringLiteral("dropped %1 bytes after the last whole box").arg(stream.size() - rest));
    return pieces;
}

} // namespace

Result repair(QByteArrayView stream)
{
    const Pieces pieces = mend(stream);
    Result result;
    for (const QByteArrayView piece : pieces.order)
        result.bytes.append(piece);
    result.repairs = pieces.repairs;
    return result;
}

std::optional<QStringList> repairFile(
    const QString &inputPath, const QString &outputPath, QString *errorString)
{
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("cannot open %1: %2").arg(inputPath, input.errorString());
        return std::nullopt;
    }
    const qint64 size = input.size();
    const uchar *mapped = size > 0 ? input.map(0, size) : nullptr;
    if (size > 0 && !mapped) {
        *errorString = QStringLiteral("cannot read %1: %2").arg(inputPath, input.errorString());
        return std::nullopt;
    }
    const Pieces pieces
        = mend(QByteArrayView(reinterpret_cast<const char *>(mapped), qsizetype(size)));
    QFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *errorString = QStringLiteral("cannot write %1: %2").arg(outputPath, output.errorString());
        return std::nullopt;
    }
    for (const QByteArrayView piece : pieces.order) {
        if (output.write(piece.data(), piece.size()) != piece.size()) {
            *errorString
                = QStringLiteral("cannot write %1: %2").arg(outputPath, output.errorString());
            return std::nullopt;
        }
    }
    if (!output.flush()) {
        *errorString = QStringLiteral("cannot write %1: %2").arg(outputPath, output.errorString());
        return std::nullopt;
    }
    return pieces.repairs;
}

} // namespace Mp4Repair
