#include "logtext.h"

using namespace Qt::StringLiterals;

namespace {

bool isUnsafeFormatCharacter(char16_t c)
{
    return c == 0x2028 || c == 0x2029 // line and paragraph separators
        || (c >= 0x202A && c <= 0x202E) // bidirectional embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069); // bidirectional isolates
}

QString hex(char16_t c, int digits)
{
    return QString::number(c, 16).rightJustified(digits, u'0');
}

} // namespace

QString LogText::escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'\\':
            out += u"\\\\"_s;
            continue;
        case u'\n':
            out += u"\\n"_s;
            continue;
        case u'\r':
            out += u"\\r"_s;
            continue;
        case u'\t':
            out += u"\\t"_s;
            continue;
        default:
            break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            out += u"\\x"_s + hex(c, 2);
        else if (isUnsafeFormatCharacter(c))
            out += u"\\u"_s + hex(c, 4);
        else
            out += qc;
    }
    return out;
}
