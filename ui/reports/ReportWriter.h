#pragma once
// Lays a Report out on A4 pages and writes it as PDF to any QIODevice (a file, or a QBuffer in
// tests): vector charts drawn with QPainter, tables that continue across pages with their
// header row repeated, and a footer with the workspace name, the date and "page n of m".
// Uses no widgets, so it may run on a worker thread. Chinese text falls back to a font family
// with Chinese glyphs (Noto Sans CJK, from fonts-noto-cjk), so names in Chinese print correctly.
#include "ui/reports/Report.h"

#include <QCoreApplication>
#include <functional>

class QIODevice;

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // progress(done, total) after each block; returning false cancels (write() then fails).
    using Progress = std::function<bool(int done, int total)>;

    static bool write(const Report &report, QIODevice *out, QString *error = nullptr, const Progress &progress = {});
    // The families reports are set in: a Latin one, then one with Chinese glyphs.
    static QStringList fontFamilies();
};
