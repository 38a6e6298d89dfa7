#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

/// Mends a fragmented MP4 as browsers' MediaRecorder streams it, before the remux reads it, so
/// that a player gets every sample that arrived and nothing else:
/// - WebKit (and so Safari) writes its `ftyp` twice, and the last fragment's `moof` twice: the
///   first copy's data offset then points into the second, and its samples decode as noise;
/// - a recording that ended abruptly (tab closed, connection lost for good) may end inside its
///   last fragment: the samples that arrived whole are kept, the fragment's index cut to them.
/// Top-level boxes are copied as they are otherwise; the stream as it arrived is not touched.
namespace Mp4Repair {

struct Result
{
    QByteArray bytes; ///< the mended stream (a copy of the input when nothing was repaired)
    QStringList repairs; ///< what was mended, one sentence each; empty: nothing
};

Result repair(QByteArrayView stream);

/// Writes the mended \a input to \a output, reading \a input mapped (a long recording is never
/// held in memory twice). Returns the repairs made (empty: \a output is a copy), or sets
/// \a errorString and returns nothing when a file could not be read or written.
std::optional<QStringList> repairFile(
    const QString &input, const QString &output, QString *errorString);

} // namespace Mp4Repair
