#include "sysfssnapshot.h"

HostSnapshot snapshotFromSysfs(const SysfsFacts &facts, const QString &hostname)
{
    HostSnapshot s;
    s.hostname = hostname;
    s.agent.present = true;
    for (const SysfsFunction &f : facts.functions) {
        PciDevice d;
        d.address = f.address;
        d.nodeName = f.address.nodeDeviceName();
        d.classCode = f.classCode;
        d.vendorId = f.vendorId;
        d.productId = f.productId;
        d.driver = f.driver;
        d.numaNode = f.numaNode;
        d.iommuGroup = f.iommuGroup;
        d.iommuGroupMembers = f.iommuGroupMembers;
        d.link = f.link;
        d.physFunction = f.physFn;
        d.virtFunctions = f.virtFns;
        d.maxVirtFunctions = f.sriovTotalVfs;
        for (const SysfsMdevType &t : f.mdevTypes) {
            MdevType m;
            m.id = t.id;
            m.name = t.name;
            m.deviceApi = t.deviceApi;
            m.availableInstances = std::max(0, t.availableInstances);
            m.vgpu = VgpuTypeName::parse(t.name);
            d.mdevTypes.append(m);
        }
        if (!f.driver.isEmpty())
            s.agent.drivers.insert(f.address, f.driver);
        if (f.bootVga)
            s.agent.bootVga.append(f.address);
        s.pciDevices.insert(d.address, d);
    }
    for (const SysfsMdev &m : facts.mdevs) {
        MediatedDevice d;
        d.uuid = m.uuid;
        d.typeId = m.typeId;
        d.parent = m.parent;
        d.iommuGroup = m.iommuGroup;
        s.mdevs.insert(d.uuid, d);
    }
    return s;
}
