#pragma once
// How a record's status reads at a glance in the lists: not yet started (blue), under way
// (green), needing a look (amber), over (grey). The shades are chosen for the view's palette,
// so that the status reads on a dark theme's background as on a light one.
#include <QColor>
#include <QHash>
#include <QString>

class QModelIndex;
class QPalette;

class StatusTone {
public:
    enum Tone { Plain, Upcoming, Going, NeedsLook, Over };

    // The text colour of a status in this tone; invalid for Plain (the palette's own text).
    static QColor color(Tone tone, const QPalette &palette);
    // The tone of a list cell: `byKey` for the status column's stored key, Plain elsewhere.
    static Tone ofStatusCell(const QModelIndex &index, int statusColumn, const QHash<QString, Tone> &byKey);
    // The background of a row that needs attention (a contract in its notice period).
    static QColor attentionBackground(const QPalette &palette);

private:
    static bool isDark(const QPalette &palette);
};
