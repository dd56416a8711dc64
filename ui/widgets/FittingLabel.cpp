#include "ui/widgets/FittingLabel.h"

#include <QFontMetricsF>

FittingLabel::FittingLabel(const QString &text, QWidget *parent) : QLabel(text, parent) {}

void FittingLabel::setText(const QString &text)
{
    QLabel::setText(text);
    fit();
}

void FittingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittingLabel::fit()
{
    ensurePolished();  // the style sheet's font first
    if (m_pointSize <= 0) m_pointSize = font().pointSizeF();
    QFont f = font();
    f.setPointSizeF(m_pointSize);
    const qreal room = contentsRect().width();
    constexpr qreal kSmallest = 8;
    while (room > 0 && f.pointSizeF() > kSmallest && QFontMetricsF(f).horizontalAdvance(text()) > room)
        f.setPointSizeF(f.pointSizeF() - 0.5);
    if (f != font()) setFont(f);
}
