#pragma once
// A date that may be left empty (an open-ended project, data access that never expires, a
// milestone not done yet): the earliest date of the range stands for "none" and says so.
#include <QDateEdit>

class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    OptionalDateEdit(const QDate &date, const QString &noneText, QWidget *parent = nullptr);
    QDate optionalDate() const;  // null for "none"
    void setOptionalDate(const QDate &date);
};
