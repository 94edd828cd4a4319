#include "readinessmodel.h"

#include "agent/readinesstext.h"
#include "modelnames.h"

#include <QSet>

#include <algorithm>

ReadinessModel::ReadinessModel(Inventory *inventory, QObject *parent) : HostRowTableModel(inventory, parent)
{
    populate();
    // The report comes with the agent's status; product names and GPU-ness come with the snapshot. The diff
    // signals only the checks that changed, in the host whose report changed.
    inventory->followHosts(this,
                           Inventory::Change::Agent | Inventory::Change::Snapshot | Inventory::Change::Device,
                           [this](const QString &id) { resync(id); });
}

QString ReadinessModel::keyOf(const ReadinessCheck &check)
{
    return check.id + u'@' + (check.isHostCheck() ? QStringLiteral("host") : check.subject.toString());
}

std::vector<ReadinessRow> ReadinessModel::buildRows(const Inventory::Host &h) const
{
    std::vector<ReadinessRow> rows;
    const AgentStatus &agent = h.agent;
    if (!agent.readinessLoaded)
        return rows;
    const QString hostName = ModelNames::hostLabel(h);
    rows.reserve(size_t(agent.readiness.checks.size()));
    QSet<QString> seen;
    for (const ReadinessCheck &c : agent.readiness.checks) {
        ReadinessRow r;
        r.key = keyOf(c);
        if (seen.contains(r.key)) // an agent that repeats a check: the first one counts
            continue;
        seen.insert(r.key);
        r.check = c;
        r.hostName = hostName;
        if (!c.isHostCheck()) {
            r.product = ModelNames::productOf(h.snapshot, c.subject);
            const auto d = h.snapshot.pciDevices.constFind(c.subject);
            r.isGpu = d != h.snapshot.pciDevices.cend() && d->isGpu();
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

std::pair<int, int> ReadinessModel::changedColumns(const ReadinessRow &a, const ReadinessRow &b) const
{
    // Title and reason are made from the id and the arguments.
    const bool text = a.check.id != b.check.id || a.check.arguments != b.check.arguments ||
                      a.check.severity != b.check.severity;
    const bool differs[ColumnCount] = {a.check.severity != b.check.severity, a.hostName != b.hostName,
                                       a.check.subject != b.check.subject || a.product != b.product, text,
                                       text};
    const auto first = std::find(std::begin(differs), std::end(differs), true);
    if (first == std::end(differs))
        return {-1, -1};
    const auto last = std::find(std::rbegin(differs), std::rend(differs), true);
    return {int(first - std::begin(differs)), int(std::rend(differs) - last) - 1};
}

int ReadinessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ObjectRef ReadinessModel::refOf(const QString &hostId, const ReadinessRow &r) const
{
    if (r.check.isHostCheck())
        return {ObjectRef::Kind::Host, hostId, {}};
    return {r.isGpu ? ObjectRef::Kind::Gpu : ObjectRef::Kind::Function, hostId, r.check.subject.toString()};
}

QVariant ReadinessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Located at = rowAt(index.row());
    const ReadinessRow &r = *at.row;
    const ReadinessCheck &c = r.check;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return ReadinessText::severityText(c.severity);
        case HostColumn:
            return r.hostName;
        case SubjectColumn:
            return ReadinessText::subjectText(c);
        case TitleColumn:
            return ReadinessText::render(c).title;
        case ReasonColumn:
            return ReadinessText::render(c).reason;
        }
        break;
    case Qt::ToolTipRole:
        if (column == SubjectColumn && !r.product.isEmpty())
            return r.product;
        if (column == ReasonColumn)
            return ReadinessText::render(c).reason;
        break;
    case SortRole:
        switch (column) {
        case SeverityColumn:
            return int(c.severity);
        case HostColumn:
            return r.hostName;
        case SubjectColumn:
            return c.isHostCheck() ? QString() : c.subject.toString();
        case TitleColumn:
            return ReadinessText::render(c).title;
        case ReasonColumn:
            return ReadinessText::render(c).reason;
        }
        break;
    case ObjectRoles::KindRole:
        return int(refOf(*at.hostId, r).kind);
    case ObjectRoles::HostIdRole:
        return *at.hostId;
    case ObjectRoles::KeyRole:
        return refOf(*at.hostId, r).key;
    case ObjectRoles::RefRole:
        return QVariant::fromValue(refOf(*at.hostId, r));
    case ObjectRoles::SearchTextRole: {
        const ReadinessText t = ReadinessText::render(c);
        return ModelNames::searchText({r.hostName, c.id, ReadinessText::subjectText(c), r.product, t.title});
    }
    case ReadinessSeverityRole:
        return int(c.severity);
    case CheckIdRole:
        return c.id;
    case SubjectRole:
        return c.isHostCheck() ? QString() : c.subject.toString();
    case IsHostCheckRole:
        return c.isHostCheck();
    case ProductRole:
        return r.product;
    case TitleRole:
        return ReadinessText::render(c).title;
    case ReasonRole:
        return ReadinessText::render(c).reason;
    case RemedyRole:
        return ReadinessText::render(c).remedy;
    case RemedyLinesRole:
        return ReadinessText::render(c).lines;
    case ArgumentsRole:
        return c.arguments;
    case HostNameRole:
        return r.hostName;
    default:
        break;
    }
    return {};
}

QVariant ReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Result", "@title:column readiness check severity");
    case HostColumn:
        return tr("Host", "@title:column");
    case SubjectColumn:
        return tr("Subject", "@title:column what a readiness check is about: the host or a device");
    case TitleColumn:
        return tr("Check", "@title:column readiness check");
    case ReasonColumn:
        return tr("Finding", "@title:column what a readiness check found");
    }
    return {};
}

QHash<int, QByteArray> ReadinessModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ObjectRoles::names());
    names.insert({{SortRole, "sort"},
                  {ReadinessSeverityRole, "readinessSeverity"},
                  {CheckIdRole, "checkId"},
                  {SubjectRole, "subject"},
                  {IsHostCheckRole, "isHostCheck"},
                  {ProductRole, "product"},
                  {TitleRole, "title"},
                  {ReasonRole, "reason"},
                  {RemedyRole, "remedy"},
                  {RemedyLinesRole, "remedyLines"},
                  {ArgumentsRole, "arguments"},
                  {HostNameRole, "hostName"}});
    return names;
}

QModelIndex ReadinessModel::indexForCheck(const QString &hostId, const QString &checkId,
                                          const PciAddress &subject) const
{
    ReadinessCheck c;
    c.id = checkId;
    c.subject = subject;
    return indexForKey(hostId, keyOf(c));
}
