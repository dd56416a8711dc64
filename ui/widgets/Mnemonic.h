#pragma once
// The accelerator of a menu or label text: "&Name:" and the Chinese "名称(&N)：" both use N.
// plain() is the text without it (and without a trailing colon or ellipsis), for toolbar
// buttons and for naming a field in a sentence.
#include <QChar>
#include <QString>

class Mnemonic {
public:
    static QString plain(const QString &text);
    static QChar key(const QString &text);  // upper case; null when the text has none
};
