#include "icecastsourcedialect.h"

QString IcecastSourceDialect::fallbackLabel() const
{
    return QStringLiteral("stream");
}
