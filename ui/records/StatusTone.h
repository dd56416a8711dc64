#pragma once
// How a record's status reads at a glance in the lists: not yet started (blue), under way
// (green), needing a look (amber), over (grey). The shades are chosen for the view's palette,
// so that the status reads on a dark theme's background as on a light one.
#include <QColor>

class QPalette;

class StatusTone {
public:
    enum Tone { Plain, Upcoming, Going, NeedsLook, Over };

    // The text colour of a status in this tone; invalid for Plain (the palette's own text).
    static QColor color(Tone tone, const QPalette &palette);
    // The background of a row that needs attention (a contract in its notice period).
    static QColor attentionBackground(const QPalette &palette);

private:
    static bool isDark(const QPalette &palette);
};
