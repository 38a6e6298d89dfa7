#include "binaryonlydialect.h"

QString BinaryOnlyDialect::fallbackLabel() const
{
    return QStringLiteral("stream");
}
