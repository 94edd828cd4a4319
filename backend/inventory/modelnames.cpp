#include "modelnames.h"

#include "model/topology.h"

#include <QLocale>

namespace ModelNames {

QString hostLabel(const Inventory::Host &host)
{
    return host.displayName.isEmpty() ? host.uri : host.displayName;
}

QString typeLabel(const MdevType &type)
{
    if (type.vgpu)
        return type.vgpu->canonicalName();
    if (const auto parsed = VgpuTypeName::parse(type.name))
        return parsed->canonicalName();
    return type.name.isEmpty() ? type.id : type.name;
}

const MdevType *typeOf(const HostSnapshot &s, const MediatedDevice &mdev)
{
    const auto parent = s.pciDevices.constFind(mdev.parent);
    if (parent == s.pciDevices.cend())
        return nullptr;
    for (const MdevType &t : parent->mdevTypes)
        if (t.id == mdev.typeId)
            return &t;
    return nullptr;
}

QString mdevTypeLabel(const HostSnapshot &s, const MediatedDevice &mdev)
{
    const MdevType *t = typeOf(s, mdev);
    return t ? typeLabel(*t) : mdev.typeId;
}

QString productOf(const HostSnapshot &s, const PciAddress &address)
{
    const auto it = s.pciDevices.constFind(address);
    return it == s.pciDevices.cend() ? QString() : Topology::productLabel(*it);
}

QString sizeText(quint64 bytes)
{
    int unitShift = 0;
    while (unitShift < 60 && (bytes >> (unitShift + 10)) > 0)
        unitShift += 10;
    const bool whole = unitShift == 0 || (bytes & ((quint64(1) << unitShift) - 1)) == 0;
    return QLocale().formattedDataSize(qint64(bytes), whole ? 0 : 1, QLocale::DataSizeIecFormat);
}

QString searchText(std::initializer_list<QString> words)
{
    QString out;
    for (const QString &w : words) {
        if (w.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u' ';
        out += w;
    }
    return out;
}

} // namespace ModelNames
