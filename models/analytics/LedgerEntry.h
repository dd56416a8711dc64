#pragma once
// One dated line of a project's ledger: money that came in (revenue) or went out (cost).
// A correction is an entry of the same kind with a negative amount.
#include "Money.h"

#include <QDate>

struct LedgerEntry {
    enum class Kind { Revenue, Cost };
    QDate date;
    Kind kind = Kind::Revenue;
    Money amount;
};
