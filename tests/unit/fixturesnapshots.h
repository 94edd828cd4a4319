// A realistic GPU host for the item model tests: an A16 with vGPU on its VFs (two slices, one held by a
// running VM), a T4 passed through whose IOMMU group it shares with a NIC, an AMD V620 with MxGPU VFs (one
// held), an RTX A4000 with its HDMI audio function, and the BMC's boot display.
#pragma once

#include "model/hostsnapshot.h"

namespace Fixtures {

inline const QString vdi01 =
    QStringLiteral("11111111-1111-4111-8111-111111111111"); // running, holds sliceHeld
inline const QString cad02 =
    QStringLiteral("22222222-2222-4222-8222-222222222222"); // running, holds an AMD VF
inline const QString mlTrain =
    QStringLiteral("33333333-3333-4333-8333-333333333333"); // shut off, holds the T4
inline const QString idle03 =
    QStringLiteral("44444444-4444-4444-8444-444444444444"); // shut off, holds nothing
inline const QString sliceHeld = QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1"); // A16-2Q on 41:00.4
inline const QString sliceFree = QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2"); // A16-2Q on 41:00.5

inline PciAddress addr(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}

inline PciDevice pci(const char *address, quint32 classCode, quint16 vendor, quint16 product,
                     const char *vendorName, const char *productName, int group, const char *driver)
{
    PciDevice d;
    d.address = addr(address);
    d.nodeName = d.address.nodeDeviceName();
    d.parentName = QStringLiteral("computer");
    d.classCode = classCode;
    d.vendorId = vendor;
    d.productId = product;
    d.vendorName = QString::fromLatin1(vendorName);
    d.productName = QString::fromLatin1(productName);
    d.iommuGroup = group;
    d.iommuGroupMembers = {d.address};
    d.driver = QString::fromLatin1(driver);
    return d;
}

inline MdevType mdevType(const char *id, const char *name, int available)
{
    MdevType t;
    t.id = QString::fromLatin1(id);
    t.name = QString::fromLatin1(name);
    t.deviceApi = QStringLiteral("vfio-pci");
    t.availableInstances = available;
    t.vgpu = VgpuTypeName::parse(t.name);
    return t;
}

inline VirtualMachine vm(const QString &uuid, const char *name, VmState state, int vcpus, quint64 memoryGiB)
{
    VirtualMachine v;
    v.uuid = uuid;
    v.name = QString::fromLatin1(name);
    v.state = state;
    v.vcpus = vcpus;
    v.memoryKiB = memoryGiB * 1024 * 1024;
    return v;
}

inline Hostdev pciHostdev(const char *address)
{
    Hostdev h;
    h.kind = Hostdev::Kind::Pci;
    h.address = addr(address);
    h.managed = true;
    return h;
}

inline Hostdev mdevHostdev(const QString &uuid)
{
    Hostdev h;
    h.kind = Hostdev::Kind::Mdev;
    h.uuid = uuid;
    h.model = QStringLiteral("vfio-pci");
    return h;
}

inline MediatedDevice mdev(const QString &uuid, const char *parent, const char *typeId, int group)
{
    MediatedDevice m;
    m.uuid = uuid;
    m.parent = addr(parent);
    m.typeId = QString::fromLatin1(typeId);
    m.nodeName =
        QStringLiteral("mdev_%1_%2").arg(QString(uuid).replace(u'-', u'_'), m.parent.nodeDeviceName().mid(4));
    m.iommuGroup = group;
    return m;
}

inline void add(HostSnapshot &s, const PciDevice &d)
{
    s.pciDevices.insert(d.address, d);
}

inline HostSnapshot gpuHost(const QString &hostname = QStringLiteral("gpu-node-01"))
{
    HostSnapshot s;
    s.hostname = hostname;
    s.hypervisor = QStringLiteral("QEMU 7.2.0");
    s.libvirtVersion = QStringLiteral("9.0.0");
    s.memoryKiB = quint64(512) * 1024 * 1024;
    s.cpus = 64;

    // The T4's slot sits behind a root port without ACS: its group also holds the NIC.
    PciDevice bridge = pci("0000:00:1c.0", 0x060400, 0x8086, 0xa110, "Intel Corporation", "PCIe Root Port #1",
                           30, "pcieport");
    PciDevice nic = pci("0000:05:00.0", 0x020000, 0x8086, 0x1563, "Intel Corporation",
                        "Ethernet Controller X550", 30, "ixgbe");
    PciDevice t4 =
        pci("0000:06:00.0", 0x030200, 0x10de, 0x1eb8, "NVIDIA Corporation", "Tesla T4", 30, "vfio-pci");
    const QList<PciAddress> group30{bridge.address, nic.address, t4.address};
    for (PciDevice *d : {&bridge, &nic, &t4}) {
        d->iommuGroupMembers = group30;
        add(s, *d);
    }

    add(s, pci("0000:02:00.0", 0x030000, 0x1a03, 0x2000, "ASPEED Technology, Inc.", "ASPEED Graphics Family",
               12, "ast"));

    PciDevice a4000 =
        pci("0000:21:00.0", 0x030000, 0x10de, 0x24b0, "NVIDIA Corporation", "RTX A4000", 20, "nvidia");
    PciDevice hdmi = pci("0000:21:00.1", 0x040300, 0x10de, 0x228b, "NVIDIA Corporation",
                         "GA104 High Definition Audio Controller", 20, "snd_hda_intel");
    a4000.iommuGroupMembers = hdmi.iommuGroupMembers = {a4000.address, hdmi.address};
    add(s, a4000);
    add(s, hdmi);

    // A16: one vGPU per SR-IOV VF; a VF with an mdev has no room left.
    PciDevice a16 = pci("0000:41:00.0", 0x030200, 0x10de, 0x25b6, "NVIDIA Corporation", "A16", 40, "nvidia");
    a16.maxVirtFunctions = 16;
    for (int fn = 4; fn < 8; ++fn) {
        const QByteArray address = QByteArray("0000:41:00.") + QByteArray::number(fn);
        PciDevice vf = pci(address.constData(), 0x030200, 0x10de, 0x25b6, "NVIDIA Corporation", "A16",
                           37 + fn, "nvidia");
        vf.physFunction = a16.address;
        const int free = fn >= 6 ? 1 : 0;
        vf.mdevTypes = {mdevType("nvidia-697", "NVIDIA A16-1B", free),
                        mdevType("nvidia-699", "NVIDIA A16-2Q", free),
                        mdevType("nvidia-700", "NVIDIA A16-4Q", free)};
        a16.virtFunctions.append(vf.address);
        add(s, vf);
    }
    add(s, a16);
    s.mdevs.insert(sliceHeld, mdev(sliceHeld, "0000:41:00.4", "nvidia-699", 60));
    s.mdevs.insert(sliceFree, mdev(sliceFree, "0000:41:00.5", "nvidia-699", 61));

    // AMD MxGPU: plain VFs, each assigned like a function.
    PciDevice v620 = pci("0000:83:00.0", 0x038000, 0x1002, 0x73a1, "Advanced Micro Devices, Inc. [AMD/ATI]",
                         "Radeon Pro V620", 50, "gim");
    v620.maxVirtFunctions = 4;
    for (int fn = 0; fn < 4; ++fn) {
        const QByteArray address = QByteArray("0000:83:02.") + QByteArray::number(fn);
        PciDevice vf =
            pci(address.constData(), 0x038000, 0x1002, 0x73ae, "Advanced Micro Devices, Inc. [AMD/ATI]",
                "Radeon Pro V620 MxGPU", 51 + fn, "vfio-pci");
        vf.physFunction = v620.address;
        v620.virtFunctions.append(vf.address);
        add(s, vf);
    }
    add(s, v620);

    VirtualMachine v1 = vm(vdi01, "vdi-01", VmState::Running, 4, 8);
    v1.hostdevs = {mdevHostdev(sliceHeld)};
    VirtualMachine v2 = vm(cad02, "cad-02", VmState::Running, 8, 16);
    v2.hostdevs = {pciHostdev("0000:83:02.0")};
    VirtualMachine v3 = vm(mlTrain, "ml-train", VmState::Shutoff, 8, 32);
    v3.hostdevs = {pciHostdev("0000:06:00.0")};
    VirtualMachine v4 = vm(idle03, "idle-03", VmState::Shutoff, 2, 4);
    for (const VirtualMachine &v : {v1, v2, v3, v4})
        s.vms.insert(v.uuid, v);

    s.agent.present = true;
    s.agent.bootVga = {addr("0000:02:00.0")};
    s.agent.drivers.insert(addr("0000:41:00.0"), QStringLiteral("nvidia"));
    return s;
}

} // namespace Fixtures
