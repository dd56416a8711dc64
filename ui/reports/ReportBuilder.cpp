#include "ui/reports/ReportBuilder.h"
#include "models/records/DateText.h"

#include "models/records/Choices.h"
#include "models/repositories/ContractRepository.h"
#include "models/analytics/DashboardSnapshot.h"
#include "models/repositories/PartnerRepository.h"
#include "models/analytics/ProjectAllocation.h"
#include "models/analytics/RiskRegister.h"
#include "models/repositories/ProjectRepository.h"
#include "models/analytics/SchemeComparison.h"
#include "models/storage/Workspace.h"

#include <QFileInfo>
#include <QMap>

namespace {

ReportTable moneyTable(const QStringList &headers, const QVector<int> &widths, int firstNumeric)
{
    ReportTable t;
    t.headers = headers;
    t.widths = widths;
    for (int c = 0; c < headers.size(); ++c) t.numeric.append(c >= firstNumeric);
    return t;
}

// Revenue, cost and profit per period as a line chart, in a readable unit.
ReportChart periodChart(const QString &title, const QVector<PeriodEconomics> &periods, const QString &currency)
{
    double largest = 0;
    for (const auto &p : periods)
        for (const Money &m : {p.figures.revenue(), p.figures.cost(), p.figures.profit()})
            largest = qMax(largest, std::abs(double(m.minorUnits())));
    const ChartScale scale = ChartScale::of(largest, currency);
    ReportChart c;
    c.kind = ReportChart::Kind::Lines;
    c.title = title;
    c.unit = scale.unit;
    QVector<double> revenue, cost, profit;
    for (const auto &p : periods) {
        c.labels << p.period.label();
        revenue << p.figures.revenue().minorUnits() / scale.divisor;
        cost << p.figures.cost().minorUnits() / scale.divisor;
        profit << p.figures.profit().minorUnits() / scale.divisor;
    }
    c.series = {{ReportBuilder::tr("Revenue"), revenue}, {ReportBuilder::tr("Cost"), cost}, {ReportBuilder::tr("Profit"), profit}};
    return c;
}

ReportChart barChart(const QString &title, const QString &seriesName, const QStringList &labels,
                     const QVector<qint64> &minorUnits, const QString &currency)
{
    double largest = 0;
    for (qint64 v : minorUnits) largest = qMax(largest, std::abs(double(v)));
    const ChartScale scale = ChartScale::of(largest, currency);
    ReportChart c;
    c.title = title;
    c.unit = scale.unit;
    c.labels = labels;
    QVector<double> values;
    for (qint64 v : minorUnits) values << v / scale.divisor;
    c.series = {{seriesName, values}};
    return c;
}

QStringList figuresRow(const QString &name, const ProfitAndLoss &f)
{
    return {name, f.revenue().toString(), f.cost().toString(), f.profit().toString(), f.roi() ? f.roi()->toPercentString() : QStringLiteral("–")};
}

}  // namespace

QString ReportBuilder::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Portfolio: return tr("Portfolio report");
    case Kind::PartnerStatement: return tr("Partner statement");
    case Kind::ProjectAllocation: break;
    }
    return tr("Project allocation statement");
}

std::optional<Report> ReportBuilder::build(Workspace &workspace, const Request &request, QString *error)
{
    Report report;
    report.workspaceName = QFileInfo(workspace.path()).completeBaseName();
    report.date = request.today;
    bool ok = false;
    switch (request.kind) {
    case Kind::Portfolio: ok = portfolio(workspace, request, report, error); break;
    case Kind::PartnerStatement: ok = partnerStatement(workspace, request, report, error); break;
    case Kind::ProjectAllocation: ok = projectStatement(workspace, request, report, error); break;
    }
    if (!ok) return std::nullopt;
    return report;
}

bool ReportBuilder::portfolio(Workspace &workspace, const Request &request, Report &report, QString *error)
{
    report.title = tr("Portfolio report");
    const PortfolioQueries queries(workspace.database());
    const auto currencies = queries.currencies({}, error);
    if (!currencies) return false;
    report.subtitle = tr("All projects and partners of the workspace, as of %1. Amounts in different currencies are "
                         "reported separately.")
                          .arg(QLocale().toString(request.today, QLocale::LongFormat));
    std::optional<DashboardSnapshot> health;
    for (const QString &currency : *currencies) {
        DashboardRequest r;
        r.currency = currency;
        r.today = request.today;
        r.expectedReturn = request.expectedReturn;
        r.leadingProjects = 10;
        r.sharedProjects = 0;
        const auto s = DashboardSnapshot::compute(workspace, r, error);
        if (!s) return false;
        if (!health) health = s;
        report.heading(tr("Totals in %1").arg(currency));
        ReportTable totals = moneyTable({tr("Figure"), tr("Amount")}, {3, 2}, 1);
        if (s->totals) {
            const PortfolioTotals &t = *s->totals;
            totals.rows = {{tr("Revenue (R)"), t.totalRevenue().toString()},
                           {tr("Cost (C)"), t.totalCost().toString()},
                           {tr("Profit, sum of project profits (R − C)"), t.totalProfit().toString()},
                           {tr("Expected return on cost (r × C, r = %1)").arg(t.expectedReturn().toPercentString()), t.expectedReturnOnCost().toString()},
                           {tr("Cooperation benefit (E = R − C + r × C)"), t.cooperationBenefit().toString()},
                           {tr("Projects"), QString::number(t.projectCount())},
                           {tr("Projects losing money"), QString::number(t.losingProjectCount())}};
            totals.emphasised = {2, 4};
        }
        report.table(totals);
        report.chart(periodChart(tr("Revenue, cost and profit by quarter (%1)").arg(currency), s->periods, currency));
        QStringList names;
        QVector<qint64> profits;
        for (const auto &p : s->leadingProjects) {
            names << p.key;
            profits << p.figures.profit().minorUnits();
        }
        report.chart(barChart(tr("The %n most profitable project(s)", "", names.size()), tr("Profit"), names, profits, currency));

        report.heading(tr("Projects in %1, most profitable first").arg(currency));
        const auto projects = queries.byProject({}, currency, PortfolioQueries::Rank::MostProfitableFirst, request.maxProjects, error);
        if (!projects) return false;
        ReportTable table = moneyTable({tr("Project"), tr("Revenue"), tr("Cost"), tr("Profit"), tr("ROI")}, {4, 4, 4, 4, 2}, 1);
        for (const auto &p : *projects) table.rows.append(figuresRow(p.key, p.figures));
        if (s->totals) {
            table.rows.append({tr("Total"), s->totals->totalRevenue().toString(), s->totals->totalCost().toString(),
                               s->totals->totalProfit().toString(), QString()});
            table.emphasised = {int(table.rows.size()) - 1};
        }
        report.table(table);

        report.heading(tr("Industries in %1").arg(currency));
        ReportTable industries = moneyTable({tr("Industry"), tr("Revenue"), tr("Cost"), tr("Profit"), tr("ROI")}, {4, 4, 4, 4, 2}, 1);
        for (const auto &i : s->industries) industries.rows.append(figuresRow(Choices::labelForKey<Industry>(i.key), i.figures));
        report.table(industries);
        if (s->concentration)
            report.paragraph(tr("Revenue concentration by partner: HHI %1, %2.").arg(s->concentration->hhi()).arg(s->concentration->label()));
        if (s->stability) stability(*s->stability, currency, report);
    }
    if (!health) {
        report.paragraph(tr("The workspace has no ledger entries yet."));
        return true;
    }
    report.heading(tr("Ecosystem health"));
    ReportTable table = moneyTable({tr("Indicator"), tr("Value")}, {4, 2}, 1);
    table.rows = {{tr("Partners active"), QString::number(health->partners.active)},
                  {tr("Partners ended"), QString::number(health->partners.ended)},
                  {tr("Contracts ending within 30 days"), QString::number(health->expiring.within30)},
                  {tr("Contracts ending within 60 days"), QString::number(health->expiring.within60)},
                  {tr("Contracts ending within 90 days"), QString::number(health->expiring.within90)},
                  {tr("Overdue milestones"), QString::number(health->overdueMilestones)}};
    for (const auto &g : health->pipeline)
        table.rows.append({tr("Contracts with status \"%1\"").arg(Choices::labelForKey<ContractStatus>(g.key)), QString::number(g.contracts)});
    report.table(table);
    return true;
}

void ReportBuilder::stability(const EcosystemStability &stability, const QString &currency, Report &report)
{
    report.heading(tr("Ecosystem stability by month (%1)").arg(currency));
    report.paragraph(stability.trend());
    if (!stability.hasSeries()) return;
    ReportChart partners;
    partners.kind = ReportChart::Kind::Lines;
    partners.title = tr("Partnerships by month");
    partners.unit = tr("partners");
    ReportChart concentration = partners;
    concentration.title = tr("Revenue concentration by month, months with revenue");
    concentration.unit = tr("HHI, 0 to 10000");
    concentration.labels.clear();
    QVector<double> active, started, ended, hhi;
    ReportTable table = moneyTable({tr("Month"), tr("Active partners"), tr("New"), tr("Ended"), tr("HHI"), tr("Largest share")},
                                   {2, 3, 2, 2, 2, 3}, 1);
    for (const auto &m : stability.months()) {
        const QString month = ReportingPeriod(ReportingPeriod::Length::Month, m.first).label();
        partners.labels << month;
        active << m.active;
        started << m.started;
        ended << m.ended;
        // A month without revenue has no index: left out of the line rather than drawn as 0.
        if (m.concentration) {
            concentration.labels << month;
            hhi << double(m.concentration->hhi());
        }
        table.rows.append({month, QString::number(m.active), QString::number(m.started), QString::number(m.ended),
                           m.concentration ? QString::number(m.concentration->hhi()) : QStringLiteral("–"),
                           m.concentration ? QLocale().toString(m.largestShare, 'f', 1) + QLatin1Char('%') : QStringLiteral("–")});
    }
    // In the report's palette of blue, red and green: ended in red, new in green.
    partners.series = {{tr("Active partners"), active}, {tr("Ended partnerships"), ended}, {tr("New partnerships"), started}};
    concentration.series = {{tr("HHI"), hhi}};
    report.chart(partners);
    if (concentration.labels.size() >= 2) report.chart(concentration);
    report.table(table);
}

bool ReportBuilder::partnerStatement(Workspace &workspace, const Request &request, Report &report, QString *error)
{
    const auto partner = PartnerRepository(workspace).find(request.recordId, error);
    if (!partner) {
        if (error && error->isEmpty()) *error = tr("The partner no longer exists; choose another one.");
        return false;
    }
    report.title = tr("Partner statement: %1").arg(partner->name);
    report.subtitle = tr("%1 · %2 · %3 · as of %4")
                          .arg(Choices::label(partner->kind), Choices::label(partner->industry), Choices::label(partner->status),
                               QLocale().toString(request.today, QLocale::LongFormat));

    report.heading(tr("Partnership risk"));
    const auto risk = RiskRegister(workspace.database()).find(RiskRegister::Kind::Partner, partner->id, error);
    if (!risk && error && !error->isEmpty()) return false;
    report.paragraph(risk ? tr("Risk level: %1.").arg(PartnershipRisk::label(risk->level))
                          : tr("Not assessed yet: open the workspace in the app once to assess it."));
    if (risk && !risk->reasons.isEmpty()) {
        ReportTable rt;
        rt.headers = QStringList{tr("Reason"), tr("Weight")};
        rt.widths = {8, 2};
        rt.numeric = {false, false};
        for (const RiskReason &r : risk->reasons) rt.rows.append({r.text, r.serious ? tr("serious") : tr("moderate")});
        report.table(rt);
    }

    report.heading(tr("Contracts"));
    const QList<Contract> contracts = ContractRepository(workspace).contractsOf(partner->id, error);
    ReportTable ct = moneyTable({tr("Reference"), tr("Title"), tr("Status"), tr("Ends"), tr("Allocation"), tr("Value")}, {3, 4, 2, 2, 3, 3}, 5);
    for (const Contract &c : contracts)
        ct.rows.append({c.reference, c.title, Choices::label(c.status), DateText::date(c.endDate),
                        Choices::label(c.allocationMethod), c.totalValue.toString()});
    if (ct.rows.isEmpty()) report.paragraph(tr("No contracts."));
    else report.table(ct);

    report.heading(tr("Share of each project's profit"));
    report.paragraph(tr("Each project's profit over its whole ledger, shared by the scheme its contract names; the "
                        "shares of all participants add up to the profit exactly."));
    const QList<Project> projects = ProjectRepository(workspace).projectsOf(partner->id, error);
    ReportTable pt = moneyTable({tr("Project"), tr("Scheme"), tr("Project profit"), tr("Share"), tr("Received")}, {4, 3, 3, 2, 3}, 2);
    QMap<QString, qint64> received;  // per currency
    QStringList names;
    QVector<qint64> amounts;
    for (const Project &p : projects) {
        QString why;
        const auto allocation = ProjectAllocation::read(workspace, p.id, {}, &why);
        std::optional<Allocation> split = allocation ? allocation->chosen(&why) : std::nullopt;
        if (!split) {
            pt.rows.append({p.name, allocation ? Choices::label(allocation->scheme()) : QString(), QString(), QString(), why});
            continue;
        }
        const int at = allocation->partnerIds().indexOf(partner->id);
        const Money profit = allocation->figures().profit();
        const Money amount = at >= 0 ? split->amounts[at] : Money(0, profit.currency());
        const auto share = profit.isZero() ? std::nullopt : Rate::fraction(amount.minorUnits(), profit.minorUnits());
        pt.rows.append({p.name, Choices::label(allocation->scheme()), profit.toString(),
                        share ? share->toPercentString() : QStringLiteral("–"), amount.toString()});
        received[amount.currency()] += amount.minorUnits();
        if (names.size() < 15) {
            names << p.name;
            amounts << amount.minorUnits();
        }
    }
    for (auto it = received.begin(); it != received.end(); ++it) {
        pt.rows.append({tr("Total received in %1").arg(it.key()), QString(), QString(), QString(), Money(it.value(), it.key()).toString()});
        pt.emphasised.append(pt.rows.size() - 1);
    }
    if (projects.isEmpty()) report.paragraph(tr("The partner takes part in no project."));
    else report.table(pt);
    if (received.size() == 1 && !names.isEmpty())
        report.chart(barChart(tr("Received per project"), tr("Received"), names, amounts, received.firstKey()));
    return true;
}

bool ReportBuilder::projectStatement(Workspace &workspace, const Request &request, Report &report, QString *error)
{
    const auto allocation = ProjectAllocation::read(workspace, request.recordId, {}, error);
    if (!allocation) return false;
    const ProjectAllocationInput &in = allocation->input();
    const ProfitAndLoss f = allocation->figures();
    const QString currency = f.currency();
    report.title = tr("Project allocation statement: %1").arg(allocation->projectName());
    report.subtitle = (allocation->contractReference().isEmpty()
                           ? tr("No contract: shared in proportion to contribution")
                           : tr("Contract %1 · scheme: %2").arg(allocation->contractReference(), Choices::label(allocation->scheme()))) +
                      tr(" · as of %1").arg(QLocale().toString(request.today, QLocale::LongFormat));

    report.heading(tr("Profit"));
    ReportTable figures = moneyTable({tr("Figure"), tr("Amount")}, {3, 2}, 1);
    figures.rows = {{tr("Revenue"), f.revenue().toString()}, {tr("Cost"), f.cost().toString()},
                    {tr("Profit to share"), f.profit().toString()}, {tr("ROI"), f.roiText()}};
    figures.emphasised = {2};
    report.table(figures);

    report.heading(tr("Split by the contract's scheme: %1").arg(Choices::label(allocation->scheme())));
    QString why;
    const auto chosen = allocation->chosen(&why);
    if (!chosen) {
        report.paragraph(tr("The scheme does not apply: %1").arg(why));
    } else {
        ReportTable split = moneyTable({tr("Participant"), tr("Contribution"), tr("Share"), tr("Receives")}, {4, 3, 2, 3}, 1);
        qint64 total = 0;
        QStringList names;
        QVector<qint64> amounts;
        for (int i = 0; i < in.participants.size(); ++i) {
            const qint64 amount = chosen->amounts[i].minorUnits();
            total += amount;
            const auto share = f.profit().isZero() ? std::nullopt : Rate::fraction(amount, f.profit().minorUnits());
            split.rows.append({in.participants[i].name, in.participants[i].contribution.toString(),
                               share ? share->toPercentString() : QStringLiteral("–"), chosen->amounts[i].toString()});
            names << in.participants[i].name;
            amounts << amount;
        }
        split.rows.append({tr("Total"), QString(), QString(), Money(total, currency).toString()});
        split.emphasised = {int(split.rows.size()) - 1};
        report.table(split);
        if (!chosen->note.isEmpty()) report.paragraph(chosen->note);
        report.chart(barChart(tr("What each participant receives"), tr("Receives"), names, amounts, currency));
    }

    report.heading(tr("Every scheme side by side"));
    const SchemeComparison comparison = SchemeComparison::compare(in);
    ReportTable table;
    table.headers << tr("Participant");
    table.widths << 4;
    table.numeric << false;
    for (const auto &c : comparison.columns()) {
        table.headers << c.title;
        table.widths << 3;
        table.numeric << true;
    }
    for (int i = 0; i < in.participants.size(); ++i) {
        QStringList row{in.participants[i].name};
        for (const auto &c : comparison.columns()) row << (c.allocation ? c.allocation->amounts[i].toString() : QStringLiteral("–"));
        table.rows.append(row);
    }
    report.table(table);
    for (const auto &c : comparison.columns())
        if (!c.allocation) report.paragraph(tr("%1 does not apply: %2").arg(c.title, c.error));
    if (!in.game) report.paragraph(allocation->defaultGameExplanation());  // edited values are no longer that game

    const PortfolioQueries queries(workspace.database());
    PortfolioQueries::Filter filter;
    filter.projectId = allocation->projectId();
    const auto periods = queries.periods(ReportingPeriod::Length::Quarter, filter, currency, error);
    if (!periods) return false;
    if (!periods->isEmpty()) {
        report.heading(tr("Ledger by quarter"));
        report.chart(periodChart(tr("Revenue, cost and profit by quarter (%1)").arg(currency), *periods, currency));
        ReportTable ledger = moneyTable({tr("Quarter"), tr("Revenue"), tr("Cost"), tr("Profit"), tr("ROI")}, {3, 3, 3, 3, 2}, 1);
        for (const auto &p : *periods) ledger.rows.append(figuresRow(p.period.label(), p.figures));
        report.table(ledger);
    }
    return true;
}
