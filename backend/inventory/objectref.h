// Names one thing in the cluster across views: selection sync, drag sources, filter results.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>

struct ObjectRef
{
    enum class Kind { None, Host, Gpu, Function, Mdev, Vm, MdevType, IommuGroup };
    Kind kind = Kind::None;
    QString hostId;
    // Gpu/Function: PCI address "0000:41:00.0"; Mdev/Vm: uuid; IommuGroup: group number;
    // MdevType: "<gpu address>/<type id>".
    QString key;

    bool isValid() const { return kind != Kind::None; }
    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
};
Q_DECLARE_METATYPE(ObjectRef)

// Roles every cluster item model publishes, so views can map a row to the thing it shows.
namespace ObjectRoles {
enum : int {
    KindRole = 0x0100 + 1, // int(ObjectRef::Kind)
    HostIdRole,
    KeyRole,
    RefRole,               // QVariant::fromValue(ObjectRef)
    SearchTextRole,        // every name the row can be found by, for the filter box
    FirstModelRole = 0x0100 + 32 // models number their own roles from here
};
// Names of the roles above, for every model's roleNames().
QHash<int, QByteArray> names();
}
