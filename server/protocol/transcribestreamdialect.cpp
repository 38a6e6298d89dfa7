#include "transcribestreamdialect.h"

QString TranscribeStreamDialect::fallbackLabel() const
{
    return QStringLiteral("transcribed");
}
