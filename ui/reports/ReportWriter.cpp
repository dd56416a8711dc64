#include "ui/reports/ReportWriter.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <cmath>

namespace {

constexpr int kDpi = 300;
double mm(double v) { return v * kDpi / 25.4; }
const double kChartHeight = mm(68);

const QList<QColor> kPalette{QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32),
                             QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f)};

// A round step for about `ticks` intervals over the range: 1, 2 or 5 times a power of ten.
double niceStep(double range, int ticks)
{
    if (range <= 0) return 1;
    const double raw = range / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw) return m * power;
    return 10 * power;
}

QString tickLabel(double v)
{
    return QLocale().toString(v, 'g', 6);
}

// Walks the report twice with the same code: once to count the pages (paint = false), once to
// paint them with "page n of m" known, so that both passes break pages at the same places.
class Layout {
public:
    Layout(QPdfWriter &writer, const Report &report, const QStringList &families)
        : m_writer(writer), m_report(report), m_families(families)
    {
        const QRect page = writer.pageLayout().paintRectPixels(kDpi);
        m_area = QRectF(0, 0, page.width(), page.height() - mm(10));  // room for the footer
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f;
        f.setFamilies(m_families);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_writer); }

    void start(QPainter *painter, int totalPages)
    {
        m_painter = painter;
        m_total = totalPages;
        m_page = 1;
        m_y = 0;
    }
    int page() const { return m_page; }

    void finish()
    {
        footer();
    }

    void title()
    {
        text(m_report.title, font(18, true), Qt::black, mm(2));
        if (!m_report.subtitle.isEmpty()) text(m_report.subtitle, font(10), QColor(0x55, 0x55, 0x55), mm(4));
    }

    // next: the block that follows, which a heading is kept on the same page with.
    void block(const ReportBlock &b, const ReportBlock *next)
    {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            if (m_y > 0) m_y += mm(4);
            ensure(metrics(font(13, true)).height() + (next && next->kind == ReportBlock::Kind::Chart ? kChartHeight : mm(20)));
            text(b.text, font(13, true), QColor(0x0d, 0x47, 0xa1), mm(2));
            break;
        case ReportBlock::Kind::Paragraph: text(b.text, font(9.5), Qt::black, mm(2)); break;
        // A sentence about the table (the HHI under the industries) starts no page of its own:
        // the table's last row goes over with it.
        case ReportBlock::Kind::Table:
            table(b.table, next && next->kind == ReportBlock::Kind::Paragraph ? textHeight(next->text, font(9.5)) : 0);
            break;
        case ReportBlock::Kind::Chart: chart(b.chart); break;
        }
    }

private:
    void newPage()
    {
        footer();
        if (m_painter) m_writer.newPage();
        ++m_page;
        m_y = 0;
    }
    void ensure(double height)
    {
        if (m_y > 0 && m_y + height > m_area.bottom()) newPage();
    }

    void footer()
    {
        if (!m_painter) return;
        const QFont f = font(8);
        m_painter->setFont(f);
        m_painter->setPen(QColor(0x66, 0x66, 0x66));
        const QRectF line(0, m_area.bottom() + mm(3), m_area.width(), metrics(f).height() * 1.2);
        m_painter->drawLine(QPointF(0, line.top() - mm(1)), QPointF(m_area.width(), line.top() - mm(1)));
        m_painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_report.workspaceName);
        m_painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, QLocale().toString(m_report.date, QLocale::LongFormat));
        m_painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, ReportWriter::tr("Page %1 of %2").arg(m_page).arg(m_total));
    }

    double textHeight(const QString &s, const QFont &f) const
    {
        return metrics(f).boundingRect(QRectF(0, 0, m_area.width(), 1e6), Qt::TextWordWrap, s).height();
    }

    void text(const QString &s, const QFont &f, const QColor &color, double after)
    {
        const double height = textHeight(s, f);
        ensure(height);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(0, m_y, m_area.width(), height + 1), Qt::TextWordWrap, s);
        }
        m_y += height + after;
    }

    // keepWithLast: the height of what must stay on the page of the table's last row.
    void table(const ReportTable &t, double keepWithLast)
    {
        const QFont normal = font(8.5), bold = font(8.5, true);
        const double rowHeight = metrics(normal).height() * 1.55;
        const int columns = t.headers.size();
        double weights = 0;
        for (int c = 0; c < columns; ++c) weights += c < t.widths.size() ? t.widths[c] : 1;
        QVector<double> x{0};
        for (int c = 0; c < columns; ++c) x.append(x.last() + m_area.width() * (c < t.widths.size() ? t.widths[c] : 1) / weights);
        const double pad = mm(1.2);

        auto row = [&](const QStringList &cells, bool header, bool emphasised, bool shaded) {
            if (!m_painter) return;
            if (header || shaded) m_painter->fillRect(QRectF(0, m_y, m_area.width(), rowHeight),
                                                      header ? QColor(0xe3, 0xea, 0xf2) : QColor(0xf6, 0xf7, 0xf9));
            const QFont &f = header || emphasised ? bold : normal;
            m_painter->setFont(f);
            m_painter->setPen(Qt::black);
            for (int c = 0; c < columns && c < cells.size(); ++c) {
                const QRectF cell(x[c] + pad, m_y, x[c + 1] - x[c] - 2 * pad, rowHeight);
                const bool right = c < t.numeric.size() && t.numeric[c];
                const QString shown = metrics(f).elidedText(cells[c], Qt::ElideRight, cell.width());
                m_painter->drawText(cell, (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, shown);
            }
            if (header) {
                m_painter->setPen(QPen(QColor(0x90, 0x9a, 0xa8), mm(0.2)));
                m_painter->drawLine(QPointF(0, m_y + rowHeight), QPointF(m_area.width(), m_y + rowHeight));
            }
        };
        ensure(rowHeight * qMin<qsizetype>(3, t.rows.size() + 1));
        row(t.headers, true, false, false);
        m_y += rowHeight;
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool last = r == t.rows.size() - 1;
            const double needed = rowHeight + (last && r > 0 ? mm(3) + keepWithLast : 0);
            if (m_y + needed > m_area.bottom()) {  // continue on the next page, under the header again
                newPage();
                row(t.headers, true, false, false);
                m_y += rowHeight;
            }
            row(t.rows[r], false, t.emphasised.contains(r), r % 2 == 1);
            m_y += rowHeight;
        }
        m_y += mm(3);
    }

    void chart(const ReportChart &c)
    {
        const double height = kChartHeight;
        ensure(height);
        if (m_painter) drawChart(c, QRectF(0, m_y, m_area.width(), height));
        m_y += height + mm(4);
    }

    void drawChart(const ReportChart &c, const QRectF &box)
    {
        QPainter &p = *m_painter;
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        const QFont titleFont = font(9.5, true), small = font(7.5);
        const double line = metrics(small).height();
        p.setFont(titleFont);
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left(), box.top(), box.width(), line * 1.6), Qt::AlignLeft | Qt::AlignVCenter, c.title);

        double low = 0, high = 0;
        for (const auto &s : c.series)
            for (double v : s.second) {
                low = qMin(low, v);
                high = qMax(high, v);
            }
        if (high == low) high = low + 1;
        const double step = niceStep(high - low, 5);
        low = std::floor(low / step) * step;
        high = std::ceil(high / step) * step;

        const bool bars = c.kind == ReportChart::Kind::Bars;
        // Bars are horizontal (long project names read along the left); lines run left to right.
        double labelWidth = 0;
        const QFontMetricsF fm = metrics(small);
        if (bars)
            for (const QString &l : c.labels) labelWidth = qMax(labelWidth, fm.horizontalAdvance(l));
        else
            for (double v = low; v <= high + step / 2; v += step) labelWidth = qMax(labelWidth, fm.horizontalAdvance(tickLabel(v)));
        labelWidth = qMin(labelWidth + mm(2), box.width() * 0.35);
        const QRectF plot(box.left() + labelWidth, box.top() + line * 2, box.width() - labelWidth - mm(2),
                          box.height() - line * 2 - line * (bars ? 2.2 : 4.6));
        p.setFont(small);

        auto valueAt = [&](double v) {  // value -> coordinate along the value axis
            return bars ? plot.left() + (v - low) / (high - low) * plot.width()
                        : plot.bottom() - (v - low) / (high - low) * plot.height();
        };
        // Grid and value labels.
        for (double v = low; v <= high + step / 2; v += step) {
            const double at = valueAt(v);
            p.setPen(QPen(v == 0 ? QColor(0x60, 0x60, 0x60) : QColor(0xdd, 0xdd, 0xdd), mm(0.15)));
            if (bars) {
                p.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
                p.setPen(QColor(0x44, 0x44, 0x44));
                p.drawText(QRectF(at - mm(10), plot.bottom() + mm(0.5), mm(20), line), Qt::AlignCenter, tickLabel(v));
            } else {
                p.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at));
                p.setPen(QColor(0x44, 0x44, 0x44));
                p.drawText(QRectF(box.left(), at - line / 2, labelWidth - mm(1.5), line), Qt::AlignRight | Qt::AlignVCenter, tickLabel(v));
            }
        }
        const int n = c.labels.size();
        if (bars) {
            const double band = n > 0 ? plot.height() / n : 0;
            for (int i = 0; i < n; ++i) {
                p.setPen(QColor(0x22, 0x22, 0x22));
                p.drawText(QRectF(box.left(), plot.top() + i * band, labelWidth - mm(1.5), band), Qt::AlignRight | Qt::AlignVCenter,
                           fm.elidedText(c.labels[i], Qt::ElideRight, labelWidth - mm(1.5)));
                const int sets = c.series.size();
                for (int s = 0; s < sets; ++s) {
                    const double v = i < c.series[s].second.size() ? c.series[s].second[i] : 0;
                    const double thick = band * 0.7 / sets;
                    const double top = plot.top() + i * band + band * 0.15 + s * thick;
                    const double a = valueAt(0), b = valueAt(v);
                    p.fillRect(QRectF(qMin(a, b), top, std::abs(b - a), thick), kPalette[s % kPalette.size()]);
                }
            }
            p.setPen(QColor(0x44, 0x44, 0x44));
            p.drawText(QRectF(plot.left(), plot.bottom() + line, plot.width(), line * 1.2), Qt::AlignCenter, c.unit);
        } else {
            const double dx = n > 1 ? plot.width() / (n - 1) : 0;
            const int every = qMax(1, int(std::ceil(n * fm.horizontalAdvance(QStringLiteral("0000 Q0 ")) / plot.width())));
            for (int i = 0; i < n; i += every) {
                p.save();
                p.translate(plot.left() + i * dx, plot.bottom() + mm(1));
                p.rotate(-45);
                p.drawText(QRectF(-mm(30), -line / 2, mm(30), line), Qt::AlignRight | Qt::AlignVCenter, c.labels[i]);
                p.restore();
            }
            for (int s = 0; s < c.series.size(); ++s) {
                QPainterPath path;
                for (int i = 0; i < n && i < c.series[s].second.size(); ++i) {
                    const QPointF point(plot.left() + i * dx, valueAt(c.series[s].second[i]));
                    if (i == 0) path.moveTo(point);
                    else path.lineTo(point);
                }
                p.setPen(QPen(kPalette[s % kPalette.size()], mm(0.5)));
                p.setBrush(Qt::NoBrush);
                p.drawPath(path);
            }
        }
        // Legend (and the unit of a line chart) under the plot.
        double lx = box.left() + labelWidth;
        const double ly = box.bottom() - line * 1.2;
        if (!bars) {
            p.setPen(QColor(0x44, 0x44, 0x44));
            const QString unit = c.unit + QStringLiteral("   ");
            p.drawText(QRectF(lx, ly, fm.horizontalAdvance(unit) + 1, line), Qt::AlignLeft | Qt::AlignVCenter, unit);
            lx += fm.horizontalAdvance(unit);
        }
        if (c.series.size() > 1 || !bars)
            for (int s = 0; s < c.series.size(); ++s) {
                p.fillRect(QRectF(lx, ly + line * 0.25, line * 0.8, line * 0.5), kPalette[s % kPalette.size()]);
                lx += line;
                p.setPen(QColor(0x22, 0x22, 0x22));
                p.drawText(QRectF(lx, ly, fm.horizontalAdvance(c.series[s].first) + 1, line), Qt::AlignLeft | Qt::AlignVCenter,
                           c.series[s].first);
                lx += fm.horizontalAdvance(c.series[s].first) + mm(4);
            }
        p.restore();
    }

    QPdfWriter &m_writer;
    const Report &m_report;
    QStringList m_families;
    QRectF m_area;
    QPainter *m_painter = nullptr;
    int m_page = 1;
    int m_total = 1;
    double m_y = 0;
};

}  // namespace

QStringList ReportWriter::fontFamilies()
{
    // Latin text from a Latin font: Qt's PDF text layer loses digits set in the CJK font's
    // Latin glyphs (pdftotext and copy-paste would miss them); Chinese falls back to the CJK font.
    const QStringList installed = QFontDatabase::families();
    QStringList families{QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()};
    for (const QString &latin : {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans")})
        if (installed.contains(latin)) {
            families = {latin};
            break;
        }
    for (const QString &cjk : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                               QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Source Han Sans SC")})
        if (installed.contains(cjk)) {
            families << cjk;
            break;
        }
    return families;
}

bool ReportWriter::write(const Report &report, QIODevice *out, QString *error, const Progress &progress)
{
    QPdfWriter writer(out);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Lepton Partner Studio"));

    Layout layout(writer, report, fontFamilies());
    auto next = [&report](int i) { return i + 1 < report.blocks.size() ? &report.blocks[i + 1] : nullptr; };
    // Pass 1: where the pages break.
    layout.start(nullptr, 0);
    layout.title();
    for (int i = 0; i < report.blocks.size(); ++i) layout.block(report.blocks[i], next(i));
    const int pages = layout.page();

    // Pass 2: paint.
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error) *error = tr("The PDF could not be started: %1").arg(out->errorString());
        return false;
    }
    layout.start(&painter, pages);
    layout.title();
    for (int i = 0; i < report.blocks.size(); ++i) {
        layout.block(report.blocks[i], next(i));
        if (progress && !progress(i + 1, report.blocks.size())) {
            painter.end();
            if (error) *error = tr("The export was cancelled.");
            return false;
        }
    }
    layout.finish();
    if (!painter.end()) {
        if (error) *error = tr("The PDF could not be written: %1").arg(out->errorString());
        return false;
    }
    return true;
}
