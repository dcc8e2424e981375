#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

// The app's own icon set (resources/icons/actions/*.svg, single-colour line drawings), drawn in
// the palette's text colour, and in its highlighted-text colour for selected items, so one set
// reads well on light and dark themes.
class ActionIcons
{
public:
    // `name`: the file's base name ("query", "activity", …). A null icon if there is none.
    static QIcon icon(const QString &name, const QPalette &palette, int size = 20);
    static QStringList names();
};
