#pragma once
// Fills a Report from the workspace: the portfolio report (totals and cooperation benefit per
// currency, revenue and cost by quarter, every project's profit, industries, ecosystem stability
// month by month, ecosystem health),
// a partner's statement (its partnership risk with the reasons, its contracts, the projects it
// takes part in and its share of each by the contract's scheme) and a project's allocation statement (the split, every scheme side by
// side, the ledger by quarter). Reads through the analytics (SQL aggregates, ProjectAllocation),
// on whatever thread opened the workspace.
#include "ui/reports/Report.h"
#include "models/analytics/PortfolioTotals.h"

#include <QCoreApplication>
#include <optional>

class EcosystemStability;
class Workspace;

class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    enum class Kind { Portfolio, PartnerStatement, ProjectAllocation };
    struct Request {
        Kind kind = Kind::Portfolio;
        qint64 recordId = 0;  // the partner or project
        QDate today = QDate::currentDate();
        int maxProjects = 0;  // rows of the portfolio's project table; 0: every project
        Rate expectedReturn = PortfolioTotals::defaultExpectedReturn();  // r of the cooperation benefit
    };

    static std::optional<Report> build(Workspace &workspace, const Request &request, QString *error = nullptr);
    static QString kindName(Kind kind);

private:
    static bool portfolio(Workspace &workspace, const Request &request, Report &report, QString *error);
    // The months of ecosystem stability in one currency: the trend, two charts and a table.
    static void stability(const EcosystemStability &stability, const QString &currency, Report &report);
    static bool partnerStatement(Workspace &workspace, const Request &request, Report &report, QString *error);
    static bool projectStatement(Workspace &workspace, const Request &request, Report &report, QString *error);
};
