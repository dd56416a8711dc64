#pragma once
// The content of a printed report, independent of how it is laid out: headings, paragraphs,
// tables and charts in reading order. ReportBuilder fills it from the workspace; ReportWriter
// lays it out on PDF pages. Plain values, so it crosses threads by copy.
#include "models/records/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cmath>

struct ReportTable {
    QStringList headers;
    QVector<QStringList> rows;
    QVector<int> widths;       // relative column widths, one per column
    QVector<bool> numeric;     // right-aligned columns
    QVector<int> emphasised;   // rows printed in bold (totals)
};

// Money for a chart axis in major units, or in thousands or millions when amounts are large, so
// that axis labels stay short (the tables and tooltips show exact amounts).
struct ChartScale {
    double divisor = 1;  // minor units per axis unit
    QString unit;        // "thousand CNY"

    static ChartScale of(double largestMinorUnits, const QString &currency)
    {
        const double decimals = std::pow(10.0, Money::decimals(currency));
        // Axis labels keep three digits: past a thousand million they would read "3e+04".
        if (largestMinorUnits >= 1e9 * decimals)
            return {1e9 * decimals, QCoreApplication::translate("ChartScale", "billion %1").arg(currency)};
        if (largestMinorUnits >= 1e6 * decimals)
            return {1e6 * decimals, QCoreApplication::translate("ChartScale", "million %1").arg(currency)};
        if (largestMinorUnits >= 1e4 * decimals)
            return {1e3 * decimals, QCoreApplication::translate("ChartScale", "thousand %1").arg(currency)};
        return {decimals, currency};
    }
};

struct ReportChart {
    enum class Kind { Bars, Lines };
    Kind kind = Kind::Bars;
    QString title;
    QString unit;               // the value axis, e.g. "thousand CNY"
    QStringList labels;         // categories (bars) or periods (lines)
    QVector<QPair<QString, QVector<double>>> series;  // name and one value per label
};

struct ReportBlock {
    enum class Kind { Heading, Paragraph, Table, Chart };
    Kind kind = Kind::Paragraph;
    QString text;
    ReportTable table;
    ReportChart chart;
};

struct Report {
    QString title;
    QString subtitle;
    QString workspaceName;  // in every page's footer
    QDate date;             // in every page's footer
    QVector<ReportBlock> blocks;

    void heading(const QString &text) { blocks.append({ReportBlock::Kind::Heading, text, {}, {}}); }
    void paragraph(const QString &text) { blocks.append({ReportBlock::Kind::Paragraph, text, {}, {}}); }
    void table(const ReportTable &t) { blocks.append({ReportBlock::Kind::Table, {}, t, {}}); }
    void chart(const ReportChart &c) { blocks.append({ReportBlock::Kind::Chart, {}, {}, c}); }
};
