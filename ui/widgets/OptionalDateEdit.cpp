#include "ui/widgets/OptionalDateEdit.h"
#include "models/records/DateText.h"

namespace {
const QDate NoneDate(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(const QDate &date, const QString &noneText, QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(NoneDate);
    setSpecialValueText(noneText);
    setDisplayFormat(DateText::dateFormat());
    setOptionalDate(date);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == NoneDate ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() ? date : NoneDate);
}
