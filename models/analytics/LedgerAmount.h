#pragma once
// One dated amount of a project's ledger as the analytics read it: money that came in (revenue)
// or went out (cost). A correction is an amount of the same kind with a negative sign.
// Deliberately free of the workspace records, so that the calculators need no database; whoever
// reads the ledger (repository, SQL aggregate, test) fills these in.
#include "models/records/Money.h"

#include <QDate>

struct LedgerAmount {
    enum class Kind { Revenue, Cost };
    QDate date;
    Kind kind = Kind::Revenue;
    Money amount;
};
