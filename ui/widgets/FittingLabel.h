#pragma once
// A label whose text is never cut: it takes a smaller font, down to a floor, when its text is
// wider than the label (a dashboard tile's amount in a narrow window: "16,848,000.00 CNY" lost
// its last letters at 1280 pixels).
#include <QLabel>

class FittingLabel : public QLabel {
    Q_OBJECT
public:
    explicit FittingLabel(const QString &text, QWidget *parent = nullptr);
    void setText(const QString &text);
    // Any width: the text shrinks to fit instead of widening its tile.
    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    qreal m_pointSize = 0;  // the font's size when first shown; fit() never grows past it
};
