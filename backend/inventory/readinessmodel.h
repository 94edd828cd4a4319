// The readiness checks of every host as one table (host block after host block, each in the agent's
// order: host checks first, then per device): severity, host, subject, title, reason; the remedy in roles.
#pragma once

#include "agent/readiness.h"
#include "hostrowtablemodel.h"
#include "objectref.h"

struct ReadinessRow
{
    QString key; // "<check id>@<subject address>", "@host" for a host check
    ReadinessCheck check;
    QString hostName;
    QString product;    // the subject's product name; empty for a host check or an unknown function
    bool isGpu = false; // the subject is a GPU (the ObjectRef kind other views select)
    friend bool operator==(const ReadinessRow &, const ReadinessRow &) = default;
};

class ReadinessModel final : public HostRowTableModel<ReadinessRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessModel)
public:
    enum Column { SeverityColumn, HostColumn, SubjectColumn, TitleColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // the cell's raw value (same number in every table model)
        SortRole = ObjectRoles::FirstModelRole,
        ReadinessSeverityRole, // int ReadinessSeverity; named like the IOMMU model's, for the presentation
        CheckIdRole,           // "vfio.modules", "gpu.bootVga" …
        SubjectRole,           // "0000:41:00.0"; empty for a host check
        IsHostCheckRole,       // bool
        ProductRole,           // the subject's product name
        TitleRole,             // translated
        ReasonRole,            // translated
        RemedyRole,            // translated prose with the exact lines; empty when nothing needs doing
        RemedyLinesRole, // QStringList: the exact lines alone (kernel parameters, config lines, commands)
        ArgumentsRole,   // QVariantMap: the check's raw arguments
        HostNameRole,    // the host's label
    };
    Q_ENUM(Role)

    explicit ReadinessModel(Inventory *inventory, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of one check; an invalid subject names a host check.
    QModelIndex indexForCheck(const QString &hostId, const QString &checkId,
                              const PciAddress &subject = {}) const;
    static QString keyOf(const ReadinessCheck &check);

protected:
    std::vector<ReadinessRow> buildRows(const Inventory::Host &host) const override;
    std::pair<int, int> changedColumns(const ReadinessRow &current, const ReadinessRow &fresh) const override;

private:
    ObjectRef refOf(const QString &hostId, const ReadinessRow &row) const;
};
