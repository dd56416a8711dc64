#include "models/demo/DemoWorkspace.h"

#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/storage/Transaction.h"
#include "models/storage/Workspace.h"

#include <QRandomGenerator>

namespace {

struct DemoPartner {
    const char *name;
    PartnerKind kind;
    Industry industry;
    const char *country;
    const char *city;
    const char *contact;
    const char *tags;
};

// Fictional organisations; any likeness to a real one is accidental.
const DemoPartner kPartners[] = {
    {"Lotus Valley Hospital Group", PartnerKind::Enterprise, Industry::Healthcare, "China", "Hangzhou", "Dr. Chen Yu", "medical imaging; patient triage"},
    {"杭州明眸影像科技", PartnerKind::Startup, Industry::Healthcare, "China", "Hangzhou", "王晓明", "medical imaging; computer vision"},
    {"Northbridge Institute of Medicine", PartnerKind::ResearchInstitute, Industry::Healthcare, "Germany", "Munich", "Prof. Anna Keller", "clinical trials; genomics"},
    {"Jade River Bank", PartnerKind::Enterprise, Industry::Finance, "Singapore", "Singapore", "Marcus Tan", "fraud detection; credit scoring"},
    {"Ledgerlight Analytics", PartnerKind::Startup, Industry::Finance, "United Kingdom", "London", "Priya Shah", "risk models; NLP"},
    {"深圳前海金融研究院", PartnerKind::ResearchInstitute, Industry::Finance, "China", "Shenzhen", "李静", "quantitative finance"},
    {"Ironleaf Manufacturing", PartnerKind::Enterprise, Industry::Manufacturing, "Germany", "Stuttgart", "Jonas Weber", "predictive maintenance; IoT"},
    {"苏州精工智造", PartnerKind::Enterprise, Industry::Manufacturing, "China", "Suzhou", "周强", "defect detection; robotics"},
    {"Polytechnic University of Arden", PartnerKind::University, Industry::Manufacturing, "Canada", "Toronto", "Prof. Liam Novak", "robotics; reinforcement learning"},
    {"Metro Transit Authority of Port Ellis", PartnerKind::Government, Industry::Transport, "Australia", "Melbourne", "Sarah Collins", "timetabling; passenger counting"},
    {"Swiftlane Mobility", PartnerKind::Startup, Industry::Transport, "United States", "Austin", "Diego Ramos", "route optimisation; IoT"},
    {"成都交通大数据中心", PartnerKind::Government, Industry::Transport, "China", "Chengdu", "刘洋", "traffic forecasting"},
    {"Brightpath Learning", PartnerKind::Startup, Industry::Education, "Ireland", "Dublin", "Aoife Murphy", "adaptive learning; NLP"},
    {"East Lake Normal University", PartnerKind::University, Industry::Education, "China", "Wuhan", "Prof. Zhao Lin", "education research; speech"},
    {"Municipal Schools Office of Larkfield", PartnerKind::Government, Industry::Education, "United Kingdom", "Leeds", "Tom Hughes", "school data"},
    {"Civic Sensor Works", PartnerKind::Startup, Industry::SmartCity, "Netherlands", "Rotterdam", "Femke de Vries", "IoT; air quality"},
    {"雄安智慧城市研究所", PartnerKind::ResearchInstitute, Industry::SmartCity, "China", "Xiong'an", "孙悦", "digital twins; IoT"},
    {"City of New Harwick", PartnerKind::Government, Industry::SmartCity, "United States", "Boston", "Angela Price", "open data; permits"},
    {"Harbor Freight Systems", PartnerKind::Enterprise, Industry::Logistics, "Singapore", "Singapore", "Lim Wei Jie", "warehouse vision; forecasting"},
    {"顺达冷链物流", PartnerKind::Enterprise, Industry::Logistics, "China", "Guangzhou", "陈芳", "cold chain; route optimisation"},
    {"Parcelpilot", PartnerKind::Startup, Industry::Logistics, "Poland", "Warsaw", "Kasia Nowak", "last-mile delivery"},
    {"Greenfield Agritech Cooperative", PartnerKind::Other, Industry::Agriculture, "Kenya", "Nairobi", "Grace Wanjiru", "crop monitoring; drones"},
    {"Institute for Arid Farming", PartnerKind::ResearchInstitute, Industry::Agriculture, "Spain", "Almería", "Dr. Lucía Ortega", "irrigation; remote sensing"},
    {"黑土地农业科技", PartnerKind::Startup, Industry::Agriculture, "China", "Harbin", "赵磊", "soil analytics; IoT"},
    {"Maple & Finch Stores", PartnerKind::Enterprise, Industry::Retail, "Canada", "Vancouver", "Olivia Grant", "demand forecasting; recommendation"},
    {"Cartwise", PartnerKind::Startup, Industry::Retail, "France", "Lyon", "Hugo Lambert", "checkout vision"},
    {"上海悦购连锁", PartnerKind::Enterprise, Industry::Retail, "China", "Shanghai", "黄蕾", "customer analytics"},
    {"Open Model Foundation", PartnerKind::Other, Industry::Other, "Switzerland", "Geneva", "Nora Fischer", "open models; benchmarks"},
    {"Southern Cross University of Technology", PartnerKind::University, Industry::Other, "Australia", "Sydney", "Prof. Ethan Moore", "machine learning theory"},
    {"Data Commons Agency", PartnerKind::Government, Industry::Other, "Estonia", "Tallinn", "Kristjan Tamm", "data governance"},
};

const char *const kContractTopics[] = {"Imaging AI co-development", "GPU cluster sharing", "Fraud model licence", "Traffic data exchange",
                                       "Series A participation", "Joint launch campaign", "Predictive maintenance pilot", "Learning analytics",
                                       "Digital twin research", "Cold-chain data pool", "Crop model licence", "Retail co-marketing",
                                       "Speech model R&D", "Sensor network sharing", "Credit model licence", "Logistics data sharing",
                                       "Agritech investment", "City launch programme", "Robotics lab", "Open benchmark"};

const char *const kProjectNames[] = {
    "CT triage assistant", "肺结节筛查", "Fraud radar", "Credit scoring v2", "Line-side defect camera", "Bearing wear forecaster",
    "Bus bunching predictor", "Ride demand heatmap", "Essay feedback tutor", "课堂语音分析", "Air quality twin", "Permit triage bot",
    "Warehouse vision", "冷链温度预警", "Last-mile ETA", "Drone crop survey", "Irrigation advisor", "Soil nutrient map",
    "Shelf gap detector", "Basket recommender", "会员流失预测", "Open eval suite", "Theory reading group", "Data catalogue", "Digital counter"};

void addOnce(QList<qint64> &ids, qint64 id)
{
    if (!ids.contains(id)) ids << id;
}

// A draft or a contract under negotiation binds no one yet: only planned projects run under it.
bool signedBy(ContractStatus status)
{
    return status != ContractStatus::Draft && status != ContractStatus::Negotiation;
}

// Whether a project in this status may run under a contract in that one: work starts once the
// contract is signed and ends (done or cancelled) once it has expired or been terminated.
bool fits(ProjectStatus project, ContractStatus contract)
{
    switch (project) {
    case ProjectStatus::Planned: return contract != ContractStatus::Expired && contract != ContractStatus::Terminated;
    case ProjectStatus::Running:
    case ProjectStatus::OnHold: return contract == ContractStatus::Active;
    case ProjectStatus::Done:
    case ProjectStatus::Cancelled: return signedBy(contract);
    }
    return false;
}

}  // namespace

bool DemoWorkspace::fill(Workspace &workspace, QString *error, const QDate &today, quint32 seed)
{
    PartnerRepository partners(workspace);
    ContractRepository contracts(workspace);
    ProjectRepository projects(workspace);
    if (partners.count() > 0) {
        if (error) *error = tr("The workspace already has partners. Create a new workspace for the demo data.");
        return false;
    }
    QRandomGenerator random(seed);
    Transaction transaction(workspace.database());
    if (!transaction.isActive()) {
        if (error) *error = transaction.error();
        return false;
    }

    QList<qint64> partnerIds;
    const QList<PartnerTier> tiers = Choices::all<PartnerTier>();
    const QList<PartnerStatus> statuses = {PartnerStatus::Active, PartnerStatus::Active, PartnerStatus::Active,
                                           PartnerStatus::Prospect, PartnerStatus::Paused, PartnerStatus::Ended};
    for (int i = 0; i < int(std::size(kPartners)); ++i) {
        const DemoPartner &d = kPartners[i];
        Partner p;
        p.name = QString::fromUtf8(d.name);
        p.kind = d.kind;
        p.industry = d.industry;
        p.country = QString::fromUtf8(d.country);
        p.city = QString::fromUtf8(d.city);
        p.contactPerson = QString::fromUtf8(d.contact);
        p.email = QStringLiteral("contact%1@partner%1.example").arg(i + 1);
        p.website = QStringLiteral("https://partner%1.example").arg(i + 1);
        p.phone = QStringLiteral("+1 555 01%1").arg(i + 10);
        p.capabilityTags = QString::fromUtf8(d.tags).split(QStringLiteral("; "));
        p.tier = tiers.at(i % tiers.size());
        p.status = statuses.at(i % statuses.size());
        p.rating = 1 + int(random.bounded(5));
        p.notes = tr("Demo partner.");
        if (!partners.create(p, error)) return false;
        partnerIds << p.id;
    }

    // 20 contracts: i % 6 walks every cooperation mode, i % 5 every status.
    const QList<CooperationMode> modes = Choices::all<CooperationMode>();
    const QList<ContractStatus> contractStatuses = Choices::all<ContractStatus>();
    const QList<AllocationMethod> methods = Choices::all<AllocationMethod>();
    QList<Contract> made;
    for (int i = 0; i < 20; ++i) {
        Contract c;
        c.reference = QStringLiteral("LPS-%1-%2").arg(today.year() - 2 + i % 3).arg(i + 1, 3, 10, QLatin1Char('0'));
        c.title = QString::fromUtf8(kContractTopics[i]);
        c.mode = modes.at(i % modes.size());
        c.status = contractStatuses.at(i % contractStatuses.size());
        const int first = (i * 7) % partnerIds.size();
        c.partyIds = {partnerIds.at(first)};
        if (i % 3 != 0) addOnce(c.partyIds, partnerIds.at((first + 1 + i % 4) % partnerIds.size()));
        if (i % 4 == 1) addOnce(c.partyIds, partnerIds.at((first + 11) % partnerIds.size()));
        // Expired and terminated contracts lie in the past; active ones run on, and every third
        // active one is inside its notice period now; drafts and negotiations start in the coming weeks.
        c.startDate = today.addMonths(-6 - int(random.bounded(24)));
        c.endDate = c.status == ContractStatus::Expired || c.status == ContractStatus::Terminated
                        ? today.addDays(-10 - int(random.bounded(200)))
                        : today.addDays(i % 3 == 0 ? 10 + int(random.bounded(20)) : 200 + int(random.bounded(600)));
        if (c.endDate < c.startDate) c.startDate = c.endDate.addMonths(-12);
        if (!signedBy(c.status)) {
            c.startDate = today.addDays(15 + int(random.bounded(75)));
            c.endDate = c.startDate.addMonths(12 + int(random.bounded(12)));
        }
        c.noticePeriodDays = QList<int>{30, 60, 90}.at(i % 3);
        c.totalValue = Money(qint64(50 + random.bounded(950)) * 1000000, i % 4 == 0 ? QStringLiteral("USD") : QStringLiteral("CNY"));
        c.ndaSigned = i % 5 != 0;
        c.ipOwnershipTerms = i % 2 ? tr("Jointly owned; each party may use results internally.") : tr("Lepton owns models; partner owns its data.");
        if (c.mode == CooperationMode::DataSharing) {
            c.dataAllowedUse = tr("Model training and evaluation only.");
            c.anonymisationRequired = true;
            c.dataAccessExpiry = c.endDate;
        }
        c.allocationMethod = methods.at(i % methods.size());
        // Most partnerships create something together; not from `random`, so the other figures stay.
        c.pairSynergyBasisPoints = QList<int>{500, 1000, 250, 0}.at(i % 4);
        if (c.allocationMethod == AllocationMethod::FixedShares) {
            QJsonObject shares;
            const int each = 100 / int(c.partyIds.size() + 1);  // Lepton keeps the rest
            for (qint64 id : c.partyIds) shares.insert(QString::number(id), each);
            c.allocationParameters = QJsonObject{{QStringLiteral("shares"), shares}};
        }
        if (!contracts.create(c, error)) return false;
        made << c;
    }

    const QList<ProjectStatus> projectStatuses = {ProjectStatus::Running, ProjectStatus::Running, ProjectStatus::Done,
                                                  ProjectStatus::OnHold, ProjectStatus::Planned, ProjectStatus::Cancelled};
    const QList<ParticipantRole> roles = Choices::all<ParticipantRole>();
    const QDate ledgerStart = QDate(today.year(), today.month(), 1).addMonths(-23);
    for (int i = 0; i < 25; ++i) {
        Project p;
        p.status = projectStatuses.at(i % projectStatuses.size());
        // The next contract (from the i-th on) whose status allows the project's.
        int at = i % made.size();
        while (!fits(p.status, made.at(at).status)) at = (at + 1) % made.size();
        const Contract &c = made.at(at);
        p.name = QString::fromUtf8(kProjectNames[i]);
        p.industry = kPartners[(i * 6 / 5) % std::size(kPartners)].industry;
        p.contractId = i % 8 == 7 ? 0 : c.id;
        p.startDate = ledgerStart.addDays(-int(random.bounded(60)));
        if (p.contractId != 0) p.startDate = qMax(p.startDate, c.startDate);
        if (p.status == ProjectStatus::Planned) p.startDate = qMax(today.addDays(10 + int(random.bounded(60))), p.startDate);
        if (p.status == ProjectStatus::Done || p.status == ProjectStatus::Cancelled)
            p.endDate = qMax(today.addDays(-1 - int(random.bounded(30))), p.startDate.addMonths(3));
        const QString currency = c.totalValue.currency();
        QList<qint64> people = c.partyIds;
        addOnce(people, partnerIds.at((i * 5 + 3) % partnerIds.size()));
        int shareLeft = 10000;
        for (int k = 0; k < people.size() && k < 3; ++k) {
            Participant x;
            x.partnerId = people.at(k);
            x.role = roles.at((i + k) % roles.size());
            x.contribution = Money(qint64(20 + random.bounded(480)) * 100000, currency);
            x.fixedShareBasisPoints = qMin(shareLeft, 1500 + 500 * int(random.bounded(6)));
            shareLeft -= x.fixedShareBasisPoints;
            x.performanceScore = 50 + random.bounded(50);
            p.participants << x;
        }
        // A kick-off, a pilot and a final report, none done after today: a running project's pilot
        // is due soon or (every third one) overdue; a planned one has done nothing yet; a done one
        // did everything by its end; a cancelled one stopped after its kick-off.
        const QDate kickOff = p.startDate.addDays(14);
        switch (p.status) {
        case ProjectStatus::Planned:
            p.milestones = {{0, tr("Kick-off"), kickOff, {}}, {0, tr("Pilot live"), kickOff.addMonths(3), {}},
                            {0, tr("Final report"), kickOff.addMonths(9), {}}};
            break;
        case ProjectStatus::Done:
            p.milestones = {{0, tr("Kick-off"), kickOff, kickOff.addDays(-2)},
                            {0, tr("Pilot live"), p.endDate.addDays(-40), p.endDate.addDays(-41)},
                            {0, tr("Final report"), p.endDate, p.endDate}};
            break;
        case ProjectStatus::Cancelled: p.milestones = {{0, tr("Kick-off"), kickOff, kickOff.addDays(-2)}}; break;
        case ProjectStatus::Running:
        case ProjectStatus::OnHold:
            p.milestones = {{0, tr("Kick-off"), kickOff, kickOff.addDays(-2)},
                            {0, tr("Pilot live"), today.addDays(i % 3 == 0 ? -12 : 25), {}},
                            {0, tr("Final report"), today.addMonths(4), {}}};
            break;
        }
        if (!projects.create(p, error)) return false;

        // Monthly from its start until today (or its end): revenue grows from a base, cost runs at
        // 40-90 % of it. A planned project has none yet.
        const QDate last = p.endDate.isValid() ? qMin(p.endDate, today) : today;
        const qint64 base = qint64(20 + random.bounded(180)) * 100000;
        for (int month = 0; month < 24; ++month) {
            const QDate day = ledgerStart.addMonths(month).addDays(27);
            if (day < p.startDate || day > last) continue;
            const qint64 revenue = base + base * month * qint64(random.bounded(8)) / 100;
            const qint64 cost = revenue * qint64(40 + random.bounded(50)) / 100;
            LedgerEntry in{0, p.id, day, LedgerKind::Revenue, Money(revenue, currency), tr("Monthly service fee")};
            LedgerEntry out{0, p.id, day, LedgerKind::Cost, Money(cost, currency), tr("Compute and staff")};
            if (!projects.addLedgerEntry(in, error) || !projects.addLedgerEntry(out, error)) return false;
        }
    }
    return transaction.commit(error);
}
