#pragma once

#include <QString>

/// How many chains an Ogg file holds: an Ogg stream may end and a new one begin in the same file
/// (an ices2 playlist does so at every track), each with headers of its own. A single Ogg file
/// cannot carry them as one stream, so such a file is kept as it is, which players read.
namespace OggChains {

/// The groups of beginning-of-stream pages in the file at `path`: 1 for a plain Ogg stream, more
/// for a chained one, 0 when it holds no Ogg page it can read.
int count(const QString &path);

} // namespace OggChains
