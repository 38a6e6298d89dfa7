// The MP4 mending before a remux (Mp4Repair::repair) of any bytes a client streamed as
// audio/mp4: it never reads outside them, never makes the stream larger, keeps a stream that
// needs nothing byte for byte, and what it makes needs no second mending (its boxes are whole,
// none doubled, and every fragment's moof has its mdat).

#include <QByteArray>

#include "fuzzcheck.h"
#include "storage/mp4repair.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView stream(reinterpret_cast<const char *>(data), qsizetype(size));
    const Mp4Repair::Result mended = Mp4Repair::repair(stream);
    FUZZ_CHECK(mended.bytes.size() <= stream.size());
    if (mended.repairs.isEmpty())
        FUZZ_CHECK(mended.bytes == stream);
    const Mp4Repair::Result again = Mp4Repair::repair(mended.bytes);
    FUZZ_CHECK(again.repairs.isEmpty());
    FUZZ_CHECK(again.bytes == mended.bytes);
    return 0;
}
