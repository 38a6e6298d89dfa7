// OggCommentScanner over what an Icecast source may send: any bytes, in any pieces. What must
// hold: where the pieces fall changes nothing (fed whole or in the fuzzed pieces, it finds the
// same comments, unless it gave up on garbage), every value is within its limit, and nothing
// crashes or grows without bound (ASan and -rss_limit_mb watch that).

#include <fuzzer/FuzzedDataProvider.h>

#include "fuzzcheck.h"
#include "senders/icecast/oggcommentscanner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));
    OggCommentScanner whole;
    const QList<OggCommentScanner::Comments> found = whole.feed(all);

    FuzzedDataProvider pieces(data, size);
    OggCommentScanner pieced;
    QList<OggCommentScanner::Comments> piecedFound;
    qsizetype at = 0;
    // The piece sizes come from the input's own bytes, read from its end.
    while (at < all.size()) {
        const qsizetype piece
            = std::min<qsizetype>(all.size() - at, pieces.ConsumeIntegralInRange(1, 5000));
        piecedFound += pieced.feed(all.sliced(at, piece));
        at += piece;
    }
    if (!whole.hasGivenUp() && !pieced.hasGivenUp())
        FUZZ_CHECK(found == piecedFound);
    for (const OggCommentScanner::Comments &comments : found) {
        FUZZ_CHECK(!comments.title.isEmpty() || !comments.artist.isEmpty());
        FUZZ_CHECK(comments.title.size() <= OggCommentScanner::MaxValueChars);
        FUZZ_CHECK(comments.artist.size() <= OggCommentScanner::MaxValueChars);
    }
    return 0;
}
