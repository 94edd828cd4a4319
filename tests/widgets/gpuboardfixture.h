// Hand-built host snapshots for the GPU board tests: one GPU of each kind the board draws differently.
#pragma once

#include "model/hostsnapshot.h"

namespace BoardFixture {

inline PciAddress addr(const char *s)
{
    return *PciAddress::parse(QString::fromLatin1(s));
}

inline PciDevice function(const char *address, quint16 vendor, quint16 product, const QString &name,
                          quint32 cls, const QString &driver, int group)
{
    PciDevice d;
    d.address = addr(address);
    d.nodeName = d.address.nodeDeviceName();
    d.classCode = cls;
    d.vendorId = vendor;
    d.productId = product;
    d.vendorName = vendor == 0x10de   ? QStringLiteral("NVIDIA Corporation")
                   : vendor == 0x1002 ? QStringLiteral("Advanced Micro Devices, Inc. [AMD/ATI]")
                                      : QStringLiteral("Intel Corporation");
    d.productName = name;
    d.driver = driver;
    d.iommuGroup = group;
    d.iommuGroupMembers = {d.address};
    d.link = {16, 16, 16, 16};
    return d;
}

inline MdevType vgpuType(const QString &id, const QString &name, int available)
{
    return {id, QStringLiteral("NVIDIA ") + name, QStringLiteral("vfio-pci"), available,
            VgpuTypeName::parse(name)};
}

inline VirtualMachine vm(const QString &uuid, const QString &name, VmState state, const Hostdev &dev)
{
    VirtualMachine v;
    v.uuid = uuid;
    v.name = name;
    v.state = state;
    v.vcpus = 4;
    v.memoryKiB = 8 << 20;
    v.hostdevs = {dev};
    return v;
}
inline Hostdev mdevDev(const QString &uuid)
{
    return {Hostdev::Kind::Mdev, {}, uuid, QStringLiteral("vfio-pci"), false};
}
inline Hostdev pciDev(const char *address)
{
    return {Hostdev::Kind::Pci, addr(address), {}, {}, true};
}

// SR-IOV VFs of a PF: count functions starting at function `first` of the PF's slot, each in its own group.
inline QList<PciDevice> addVfs(PciDevice &pf, int count, int first, quint32 cls, quint16 product, int group,
                               const QList<MdevType> &types)
{
    QList<PciDevice> out;
    for (int i = 0; i < count; ++i) {
        const int n = first + i;
        const PciAddress a(pf.address.domain(), pf.address.bus(), quint8(pf.address.slot() + n / 8),
                           quint8(n % 8));
        PciDevice vf =
            function(qPrintable(a.toString()), pf.vendorId, product, pf.productName + QStringLiteral(" VF"),
                     cls, QStringLiteral("nvidia"), group + i);
        vf.physFunction = pf.address;
        vf.mdevTypes = types;
        pf.virtFunctions.append(a);
        out.append(vf);
    }
    return out;
}

inline const QString Desk1 = QStringLiteral("0b1c9a8e-0000-4000-8000-000000000001");
inline const QString Desk2 = QStringLiteral("0b1c9a8e-0000-4000-8000-000000000002");
inline const QString Train = QStringLiteral("0b1c9a8e-0000-4000-8000-000000000003");
inline const QString Jupyter = QStringLiteral("0b1c9a8e-0000-4000-8000-000000000004");
inline const QString Cad = QStringLiteral("0b1c9a8e-0000-4000-8000-000000000005");
inline const QString Inference = QStringLiteral("0b1c9a8e-0000-4000-8000-000000000006");
inline const QString MdevA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
inline const QString MdevB = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
inline const QString Mig3g = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
inline const QString Mig1g = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

// One host with each kind of GPU the board draws differently.
inline HostSnapshot boardHost()
{
    HostSnapshot s;
    s.hostname = QStringLiteral("gpu-node-07");
    auto put = [&](const PciDevice &d) { s.pciDevices.insert(d.address, d); };

    // RTX A6000 with its HDMI audio function: boot VGA, host driver, no vGPU.
    put(function("0000:17:00.0", 0x10de, 0x2230, QStringLiteral("GA102GL [RTX A6000]"), 0x030000,
                 QStringLiteral("nvidia"), 20));
    put(function("0000:17:00.1", 0x10de, 0x1aef, QStringLiteral("GA102 High Definition Audio Controller"),
                 0x040300, QStringLiteral("snd_hda_intel"), 20));
    // Tesla T4 on vfio-pci, passed through whole; its IOMMU group also holds a NIC.
    PciDevice t4 = function("0000:3b:00.0", 0x10de, 0x1eb8, QStringLiteral("TU104GL [Tesla T4]"), 0x030200,
                            QStringLiteral("vfio-pci"), 30);
    PciDevice nic = function("0000:3c:00.0", 0x8086, 0x1572, QStringLiteral("Ethernet Controller X710"),
                             0x020000, QStringLiteral("i40e"), 30);
    t4.iommuGroupMembers = nic.iommuGroupMembers = {t4.address, nic.address};
    t4.link = {16, 16, 8, 16}; // trained below its maximum
    put(t4);
    put(nic);
    // A16 GPU with time-sliced vGPU on its VFs: two 2Q slices exist, so only 2 GB types are creatable.
    PciDevice a16 = function("0000:41:00.0", 0x10de, 0x25b6, QStringLiteral("GA107GL [A2 / A16]"), 0x030200,
                             QStringLiteral("nvidia"), 40);
    a16.maxVirtFunctions = 16;
    const QList<PciDevice> a16Vfs =
        addVfs(a16, 16, 4, 0x030200, 0x25b6, 100,
               {vgpuType("nvidia-698", "A16-1Q", 0), vgpuType("nvidia-699", "A16-2Q", 1),
                vgpuType("nvidia-700", "A16-4Q", 0), vgpuType("nvidia-705", "A16-2B", 1)});
    a16.numaNode = 0;
    put(a16);
    for (PciDevice vf : a16Vfs) {
        if (vf.address == addr("0000:41:00.4") || vf.address == addr("0000:41:00.5"))
            for (MdevType &t : vf.mdevTypes)
                t.availableInstances = 0;
        put(vf);
    }
    s.mdevs.insert(MdevA, {MdevA, QString(), QStringLiteral("nvidia-699"), addr("0000:41:00.4"), 100});
    s.mdevs.insert(MdevB, {MdevB, QString(), QStringLiteral("nvidia-699"), addr("0000:41:00.5"), 101});
    // A100 80GB in MIG mode: a 3g.40gb and a 1g.10gb instance.
    PciDevice a100 = function("0000:81:00.0", 0x10de, 0x20b5, QStringLiteral("GA100 [A100 PCIe 80GB]"),
                              0x030200, QStringLiteral("nvidia"), 80);
    a100.numaNode = 1;
    a100.maxVirtFunctions = 16;
    const QList<PciDevice> a100Vfs =
        addVfs(a100, 16, 4, 0x030200, 0x20b5, 200,
               {vgpuType("nvidia-474", "A100-1-10C", 1), vgpuType("nvidia-475", "A100-1-20C", 1),
                vgpuType("nvidia-476", "A100-2-20C", 1), vgpuType("nvidia-477", "A100-3-40C", 1),
                vgpuType("nvidia-478", "A100-4-40C", 0), vgpuType("nvidia-479", "A100-7-80C", 0)});
    put(a100);
    for (const PciDevice &vf : a100Vfs)
        put(vf);
    s.mdevs.insert(Mig3g, {Mig3g, QString(), QStringLiteral("nvidia-477"), addr("0000:81:00.4"), 200});
    s.mdevs.insert(Mig1g, {Mig1g, QString(), QStringLiteral("nvidia-474"), addr("0000:81:00.5"), 201});
    // AMD MxGPU: 4 of 8 VFs enabled, one passed through.
    PciDevice amd = function("0000:c1:00.0", 0x1002, 0x73a1, QStringLiteral("Navi 21 GL [Radeon PRO V620]"),
                             0x030000, QStringLiteral("gim"), 120);
    amd.maxVirtFunctions = 8;
    const QList<PciDevice> amdVfs = addVfs(amd, 4, 16, 0x038000, 0x73ae, 300, {});
    put(amd);
    for (PciDevice vf : amdVfs) {
        vf.driver = QStringLiteral("vfio-pci");
        put(vf);
    }

    auto addVm = [&](const VirtualMachine &v) { s.vms.insert(v.uuid, v); };
    addVm(vm(Desk1, QStringLiteral("vdi-desk-01"), VmState::Running, mdevDev(MdevA)));
    addVm(vm(Desk2, QStringLiteral("vdi-desk-02"), VmState::Shutoff, mdevDev(MdevB)));
    addVm(vm(Train, QStringLiteral("ml-train-01"), VmState::Running, mdevDev(Mig3g)));
    addVm(vm(Jupyter, QStringLiteral("jupyter-07"), VmState::Paused, mdevDev(Mig1g)));
    addVm(vm(Cad, QStringLiteral("cad-ws-03"), VmState::Running, pciDev("0000:c1:02.1")));
    addVm(vm(Inference, QStringLiteral("inference-01"), VmState::Running, pciDev("0000:3b:00.0")));
    return s;
}

inline HostSnapshot otherHost()
{
    HostSnapshot s;
    s.hostname = QStringLiteral("other-node");
    s.vms.insert(QStringLiteral("cccccccc-0000-4000-8000-000000000001"),
                 vm(QStringLiteral("cccccccc-0000-4000-8000-000000000001"), QStringLiteral("elsewhere"),
                    VmState::Running, mdevDev(QStringLiteral("dddddddd-0000-4000-8000-000000000001"))));
    return s;
}

} // namespace BoardFixture
