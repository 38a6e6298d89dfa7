#include "oggchains.h"

#include <QFile>

namespace OggChains {

int count(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // Page by page, header and segment table only: the bodies are skipped, not read.
    constexpr qint64 HeaderBytes = 27;
    int chains = 0;
    bool inBeginning = false; // the pages just read were beginning-of-stream pages
    for (qint64 at = 0;;) {
        if (!file.seek(at))
            break;
        const QByteArray header = file.read(HeaderBytes);
        if (header.size() < HeaderBytes || !header.startsWith("OggS"))
            break;
        const bool begins = (uchar(header.at(5)) & 0x02) != 0;
        if (begins && !inBeginning)
            ++chains;
        inBeginning = begins;
        const int segments = uchar(header.at(26));
        const QByteArray table = file.read(segments);
        if (table.size() < segments)
            break;
        qint64 body = 0;
        for (const char lacing : table)
            body += uchar(lacing);
        at += HeaderBytes + segments + body;
    }
    return chains;
}

} // namespace OggChains
