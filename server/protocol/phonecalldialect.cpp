#include "phonecalldialect.h"

QString PhoneCallDialect::fallbackLabel() const
{
    return QStringLiteral("phone call");
}
