#pragma once
// Combo boxes and filter choices built from the data layer's vocabularies (Choices), so every
// list and form offers the same translated labels and stores the same keys.
#include "models/records/Choices.h"
#include "ui/records/RecordList.h"

#include <QComboBox>

namespace ChoiceCombo {

// Items show the translated label and carry the stored key.
template <typename E>
void fill(QComboBox *combo)
{
    for (E value : Choices::all<E>()) combo->addItem(Choices::label(value), Choices::key(value));
}

template <typename E>
void select(QComboBox *combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(Choices::key(value))));
}

template <typename E>
E selected(const QComboBox *combo, E fallback)
{
    return Choices::fromKey<E>(combo->currentData().toString()).value_or(fallback);
}

// A filter combo's value as the model's optional choice: no value = no restriction.
template <typename E>
std::optional<E> optional(const QVariant &value)
{
    return value.isValid() ? Choices::fromKey<E>(value.toString()) : std::nullopt;
}

// "All <things>" followed by every value, for a list's filter combo.
template <typename E>
QList<RecordList::Choice> filterChoices(const QString &allLabel)
{
    QList<RecordList::Choice> choices{{allLabel, QVariant()}};
    for (E value : Choices::all<E>()) choices.append({Choices::label(value), Choices::key(value)});
    return choices;
}

}  // namespace ChoiceCombo
