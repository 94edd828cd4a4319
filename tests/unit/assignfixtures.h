// The GPU host of fixturesnapshots.h with what assignment tests need besides: an A100 in MIG mode (one
// 3g.40gb instance at slice 4, placed by the agent), an L40S in mixed-size mode (an 8Q at placement 8), a
// Quadro RTX 8000 with time-sliced vGPU types on its PF, a transient running VM, a running VM without
// devices and a stopped VM bound to NUMA node 1.
#pragma once

#include "fixturesnapshots.h"

#include "assign/assignmentrequest.h"
#include "assign/domainxmledit.h"

namespace Fixtures {

inline const QString tmp05 = QStringLiteral("55555555-5555-4555-8555-555555555555"); // running, transient
inline const QString vdi06 = QStringLiteral("66666666-6666-4666-8666-666666666666"); // running, nothing
inline const QString ws07 = QStringLiteral("77777777-7777-4777-8777-777777777777");  // shut off, NUMA node 1
inline const QString migHeld =
    QStringLiteral("cccccccc-cccc-4ccc-8ccc-ccccccccccc3"); // A100-3-40C at slice 4
inline const QString mixedHeld = QStringLiteral("dddddddd-dddd-4ddd-8ddd-ddddddddddd4"); // L40S-8Q at 8

inline void addGpuWithVfs(HostSnapshot &s, const char *pf, quint16 product, const char *name, int group,
                          int numa, const QList<MdevType> &types)
{
    PciDevice gpu = pci(pf, 0x030200, 0x10de, product, "NVIDIA Corporation", name, group, "nvidia");
    gpu.numaNode = numa;
    gpu.maxVirtFunctions = 4;
    for (int fn = 4; fn < 8; ++fn) {
        PciDevice vf = gpu;
        vf.address = PciAddress(gpu.address.domain(), gpu.address.bus(), gpu.address.slot(), quint8(fn));
        vf.nodeName = vf.address.nodeDeviceName();
        vf.iommuGroup = group + fn;
        vf.iommuGroupMembers = {vf.address};
        vf.maxVirtFunctions = 0;
        vf.physFunction = gpu.address;
        vf.mdevTypes = types;
        gpu.virtFunctions.append(vf.address);
        add(s, vf);
    }
    add(s, gpu);
}

// A VF that holds an mdev has no room left for another.
inline void occupy(HostSnapshot &s, const QString &uuid, const char *vf, const char *typeId, int group)
{
    s.mdevs.insert(uuid, mdev(uuid, vf, typeId, group));
    for (MdevType &t : s.pciDevices[addr(vf)].mdevTypes)
        t.availableInstances = 0;
}

inline HostSnapshot assignHost()
{
    HostSnapshot s = gpuHost();
    for (const char *a : {"0000:41:00.0", "0000:41:00.4", "0000:41:00.5", "0000:41:00.6", "0000:41:00.7"})
        s.pciDevices[addr(a)].numaNode = 0;
    s.pciDevices[addr("0000:21:00.0")].numaNode = 0;

    addGpuWithVfs(
        s, "0000:c1:00.0", 0x20b5, "A100 80GB PCIe", 70, 1,
        {mdevType("nvidia-699", "NVIDIA A100-1-10C", 1), mdevType("nvidia-700", "NVIDIA A100-2-20C", 1),
         mdevType("nvidia-701", "NVIDIA A100-3-40C", 1), mdevType("nvidia-702", "NVIDIA A100-7-80C", 1)});
    occupy(s, migHeld, "0000:c1:00.4", "nvidia-701", 90);
    s.agent.migStarts.insert(migHeld, 4);

    addGpuWithVfs(s, "0000:a1:00.0", 0x26b9, "L40S", 100, 0,
                  {mdevType("nvidia-1150", "NVIDIA L40S-4Q", 1), mdevType("nvidia-1151", "NVIDIA L40S-8Q", 1),
                   mdevType("nvidia-1152", "NVIDIA L40S-24Q", 1)});
    occupy(s, mixedHeld, "0000:a1:00.4", "nvidia-1151", 91);
    MixedSizeGpu mixed;
    mixed.placementSize = {{QStringLiteral("nvidia-1150"), 4},
                           {QStringLiteral("nvidia-1151"), 8},
                           {QStringLiteral("nvidia-1152"), 24}};
    for (int id = 0; id < 48; id += 4)
        mixed.placementIds[QStringLiteral("nvidia-1150")].append(id);
    for (int id = 0; id < 48; id += 8)
        mixed.placementIds[QStringLiteral("nvidia-1151")].append(id);
    mixed.placementIds[QStringLiteral("nvidia-1152")] = {0, 24};
    s.agent.mixedSize.insert(addr("0000:a1:00.0"), mixed);
    s.agent.placementIds.insert(mixedHeld, 8);

    PciDevice rtx =
        pci("0000:81:00.0", 0x030000, 0x10de, 0x1e30, "NVIDIA Corporation", "Quadro RTX 8000", 80, "nvidia");
    rtx.numaNode = 1;
    rtx.mdevTypes = {mdevType("nvidia-400", "GRID RTX8000-1B", 40),
                     mdevType("nvidia-401", "GRID RTX8000-2Q", 24)};
    add(s, rtx);

    VirtualMachine t = vm(tmp05, "tmp-05", VmState::Running, 2, 4);
    t.persistent = false;
    VirtualMachine v6 = vm(vdi06, "vdi-06", VmState::Running, 4, 8);
    VirtualMachine w7 = vm(ws07, "ws-07", VmState::Shutoff, 8, 16);
    w7.numaNodes = {1};
    for (const VirtualMachine &v : {t, v6, w7})
        s.vms.insert(v.uuid, v);
    return s;
}

inline const QString kHost = QStringLiteral("h1"); // the inventory id requests name

inline AssignmentSource source(AssignmentSource::Kind kind, const QString &address,
                               const QString &typeId = {})
{
    AssignmentSource s;
    s.kind = kind;
    s.hostId = kHost;
    s.address = *PciAddress::parse(address);
    s.typeId = typeId;
    return s;
}

inline AssignmentSource mdevSource(const QString &uuid)
{
    AssignmentSource s;
    s.kind = AssignmentSource::Kind::Mdev;
    s.hostId = kHost;
    s.mdevUuid = uuid;
    return s;
}

inline AssignmentRequest request(const AssignmentSource &s, const QStringList &vms)
{
    QList<AssignmentTarget> targets;
    for (const QString &vm : vms)
        targets.append({kHost, vm});
    return AssignmentRequest::assign(s, targets);
}

// What the test driver would answer for a fixture VM: its devices, in libvirt's layout.
inline QString xmlFor(const VirtualMachine &vm)
{
    QString xml = QStringLiteral("<domain type='test'>\n  <name>%1</name>\n  <uuid>%2</uuid>\n"
                                 "  <memory unit='KiB'>%3</memory>\n  <vcpu placement='static'>%4</vcpu>\n"
                                 "  <devices>\n  </devices>\n</domain>\n")
                      .arg(vm.name, vm.uuid)
                      .arg(vm.memoryKiB)
                      .arg(vm.vcpus);
    for (const Hostdev &h : vm.hostdevs)
        xml = DomainXmlEdit::addHostdev(xml, h).value();
    return xml;
}

inline QMap<QString, QString> xmlOf(const HostSnapshot &s)
{
    QMap<QString, QString> out;
    for (const VirtualMachine &vm : s.vms)
        out.insert(vm.uuid, xmlFor(vm));
    return out;
}

} // namespace Fixtures
