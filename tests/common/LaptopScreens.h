#pragma once
// The window sizes and languages a page is checked at: the common laptop screens (1366x768) and
// a small one (1024x700), in English and Chinese. For a data function with these two columns.
#include <QSize>
#include <QString>
#include <QtTest>

inline void addLaptopScreenRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("English 1366x768") << "en" << QSize(1366, 768);
    QTest::newRow("English 1024x700") << "en" << QSize(1024, 700);
    QTest::newRow("Chinese 1366x768") << "zh_CN" << QSize(1366, 768);
    QTest::newRow("Chinese 1024x700") << "zh_CN" << QSize(1024, 700);
}
