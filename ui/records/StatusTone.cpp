#include "ui/records/StatusTone.h"

#include "models/lists/RecordListModel.h"

#include <QModelIndex>
#include <QPalette>

bool StatusTone::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusTone::color(Tone tone, const QPalette &palette)
{
    // Material's 800 shades on a light base, its 300 shades on a dark one: at least 4.5:1 either way.
    const bool dark = isDark(palette);
    switch (tone) {
    case Upcoming: return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Going: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case NeedsLook: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x52, 0x00);
    case Over: return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x6e, 0x6e, 0x6e);
    case Plain: break;
    }
    return {};
}

QColor StatusTone::attentionBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4e, 0x3a, 0x12) : QColor(0xfd, 0xeb, 0xd0);
}

StatusTone::Tone StatusTone::ofStatusCell(const QModelIndex &index, int statusColumn, const QHash<QString, Tone> &byKey)
{
    if (index.column() != statusColumn) return Plain;
    return byKey.value(index.data(RecordListModel::KeyRole).toString(), Plain);
}
