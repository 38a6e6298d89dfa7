#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include "runprogram.h"

// Fragmented MP4 as browsers' MediaRecorder streams it (AAC, one fragment about every second,
// no index), made by ffmpeg, and the shapes WebKit's recorder gives it.

// `seconds` of a 440 Hz sine in AAC. `moofRelative`: each fragment's data offset counts from
// its moof (default-base-is-moof, as WebKit and Chromium write it); otherwise the track
// fragment header states its base in the file's own bytes.
inline QByteArray fragmentedMp4(int seconds, bool moofRelative = true)
{
    return runProgram(QStringLiteral("ffmpeg"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=440:sample_rate=48000:duration=%1").arg(seconds),
            QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"),
            QStringLiteral("96k"), QStringLiteral("-frag_duration"), QStringLiteral("1000000"),
            QStringLiteral("-movflags"),
            // No closing index (mfra): a stream has none.
            moofRelative ? QStringLiteral("empty_moov+default_base_moof+skip_trailer")
                         : QStringLiteral("empty_moov+skip_trailer"),
            QStringLiteral("-f"), QStringLiteral("mp4"), QStringLiteral("pipe:1") });
}

struct TopLevelBox
{
    qsizetype at = 0;
    qsizetype size = 0;
    QByteArray type;
};

// The top-level boxes of a whole MP4 (32-bit sizes, as MediaRecorder writes them).
inline QList<TopLevelBox> topLevelBoxes(const QByteArray &bytes)
{
    QList<TopLevelBox> boxes;
    for (qsizetype at = 0; at + 8 <= bytes.size();) {
        const qsizetype size = qFromBigEndian<quint32>(bytes.constData() + at);
        if (size < 8)
            break;
        boxes.append({ at, size, bytes.mid(at + 4, 4) });
        at += size;
    }
    return boxes;
}

// The last fragment of about a second (ffmpeg's very last one holds what was left over): its moof
// and its mdat.
struct Fragment
{
    TopLevelBox moof;
    TopLevelBox mdat;
};

inline Fragment lastFullFragment(const QByteArray &bytes)
{
    const QList<TopLevelBox> boxes = topLevelBoxes(bytes);
    Fragment found;
    for (qsizetype i = 1; i < boxes.size(); ++i)
        if (boxes.at(i).type == "mdat" && boxes.at(i - 1).type == "moof" && boxes.at(i).size > 8000)
            found = { boxes.at(i - 1), boxes.at(i) };
    return found;
}

inline QByteArray boxTypes(const QByteArray &bytes)
{
    QByteArray types;
    for (const TopLevelBox &box : topLevelBoxes(bytes))
        types += (types.isEmpty() ? "" : " ") + box.type;
    return types;
}

// A fragment whose track fragment header states its base data offset in the file's bytes
// (tfhd flag 0x1) must say `delta` more when `delta` bytes come before it.
inline void moveAbsoluteBase(QByteArray &bytes, const TopLevelBox &moof, qsizetype delta)
{
    const qsizetype tag = bytes.indexOf("tfhd", moof.at);
    if (tag < 0 || tag + 20 > moof.at + moof.size)
        return;
    const qsizetype box = tag - 4;
    if (!(qFromBigEndian<quint32>(bytes.constData() + box + 8) & 0x1))
        return;
    const quint64 base = qFromBigEndian<quint64>(bytes.constData() + box + 16);
    qToBigEndian<quint64>(base + quint64(delta), bytes.data() + box + 16);
}

// What WebKitGTK 2.50's MediaRecorder hands over for `bytes`: its ftyp twice, and the last
// fragment's moof twice in a row (seen in its blobs: the first copy's data offset then points
// into the second copy). Absolute base offsets say where the boxes now are, as a writer that
// wrote the copies would have them.
inline QByteArray asWebKitRecordsIt(const QByteArray &bytes)
{
    const QList<TopLevelBox> boxes = topLevelBoxes(bytes);
    if (boxes.isEmpty() || boxes.first().type != "ftyp")
        return {};
    qsizetype lastMoof = -1;
    for (qsizetype i = 0; i < boxes.size(); ++i)
        if (boxes.at(i).type == "moof")
            lastMoof = i;
    if (lastMoof < 0)
        return {};
    QByteArray moved = bytes;
    const TopLevelBox &ftyp = boxes.first();
    const TopLevelBox &last = boxes.at(lastMoof);
    for (const TopLevelBox &box : boxes)
        if (box.type == "moof")
            moveAbsoluteBase(moved, box, ftyp.size + (box.at == last.at ? last.size : 0));
    QByteArray shaped = moved;
    shaped.insert(last.at, moved.mid(last.at, last.size));
    shaped.insert(ftyp.size, moved.mid(ftyp.at, ftyp.size));
    return shaped;
}

// The errors ffmpeg reports while decoding the file at `path` to its end, as a player would
// meet them; empty for a file that decodes cleanly. Sets `samples` to the samples decoded.
inline QString decodeErrors(const QString &path, qint64 *samples = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
            QStringLiteral("-f"), QStringLiteral("s16le"), QStringLiteral("-ac"),
            QStringLiteral("1"), QStringLiteral("pipe:1") });
    if (!process.waitForFinished(60000))
        return QStringLiteral("ffmpeg did not finish: ") + process.errorString();
    const QByteArray pcm = process.readAllStandardOutput();
    if (samples)
        *samples = pcm.size() / 2;
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ffmpeg failed (%1): %2").arg(process.exitCode()).arg(errors);
    return errors;
}
