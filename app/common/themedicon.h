#pragma once

#include <QIcon>
#include <QStyle>

/// The desktop theme's icon, or the style's own when there is no icon theme (a bare X server,
/// some window managers), so that a toolbar never shows empty buttons.
QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback);
