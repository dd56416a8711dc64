#include "ui/widgets/Mnemonic.h"

#include <QRegularExpression>

QString Mnemonic::plain(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&[^)]\\)|&(?=.)"));
    static const QRegularExpression ending(QStringLiteral("(\\.\\.\\.|…|:|：)$"));
    return QString(text).remove(accelerator).trimmed().remove(ending).trimmed();
}

QChar Mnemonic::key(const QString &text)
{
    const int at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toUpper() : QChar();
}
