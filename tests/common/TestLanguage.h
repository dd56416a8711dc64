#pragma once
// Keeps the Chinese translation installed for a whole test row, so that texts built later
// (a data file's row counts, results, try-it's answer) are translated as the app translates them.
// The test target defines LEPTON_QM_FILE, the built lepton_zh_CN.qm.
#include <QCoreApplication>
#include <QString>
#include <QTranslator>

class TestLanguage {
public:
    explicit TestLanguage(const QString &name)
    {
        if (name == QLatin1String("zh_CN") && m_translator.load(QStringLiteral(LEPTON_QM_FILE)))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~TestLanguage()
    {
        if (m_installed) QCoreApplication::removeTranslator(&m_translator);
    }
    TestLanguage(const TestLanguage &) = delete;
    TestLanguage &operator=(const TestLanguage &) = delete;
    bool installed() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};
