#include "model/topology.h"

#include <QTest>

char *toString(const PciAddress &a)
{
    return qstrdup(qPrintable(a.isValid() ? a.toString() : QStringLiteral("(invalid)")));
}

namespace {
PciAddress addr(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}

PciDevice device(const char *address, quint32 classCode, quint16 vendor, quint16 product, int group)
{
    PciDevice d;
    d.address = addr(address);
    d.nodeName = d.address.nodeDeviceName();
    d.classCode = classCode;
    d.vendorId = vendor;
    d.productId = product;
    d.iommuGroup = group;
    return d;
}

MdevType type(const char *id, const char *name, int available)
{
    MdevType t;
    t.id = QLatin1String(id);
    t.name = QLatin1String(name);
    t.deviceApi = QStringLiteral("vfio-pci");
    t.availableInstances = available;
    t.vgpu = VgpuTypeName::parse(t.name);
    return t;
}

const QString m1 = QStringLiteral("11111111-0000-4000-8000-000000000001");
const QString m2 = QStringLiteral("11111111-0000-4000-8000-000000000002");
const QString m3 = QStringLiteral("11111111-0000-4000-8000-000000000003");
const QString orphan = QStringLiteral("11111111-0000-4000-8000-0000000000ff");
const QString vm1 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString vm2 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");

// One host with: an RTX A6000 and its HDMI audio (group 14); a T4 with PF-level mdev types sharing group 20
// with a Mellanox NIC and a bridge; an A16 GPU whose vGPU types live on two VFs; an AMD PF with a VF in its
// own group 40; a pair of bridges alone in group 3; and a group 50 naming a function the snapshot lacks.
HostSnapshot host()
{
    HostSnapshot s;
    auto add = [&](const PciDevice &d) { s.pciDevices.insert(d.address, d); };

    PciDevice a6000 = device("0000:01:00.0", 0x030000, 0x10de, 0x2230, 14);
    a6000.iommuGroupMembers = {addr("0000:01:00.0"), addr("0000:01:00.1")};
    a6000.productName = QStringLiteral("GA102GL [RTX A6000]");
    add(a6000);
    PciDevice audio = device("0000:01:00.1", 0x040300, 0x10de, 0x1aef, 14);
    audio.iommuGroupMembers = a6000.iommuGroupMembers;
    add(audio);

    PciDevice t4 = device("0000:02:00.0", 0x030200, 0x10de, 0x1eb8, 20);
    t4.mdevTypes = {type("nvidia-222", "GRID T4-2Q", 7)};
    add(t4);
    add(device("0000:03:00.0", 0x020000, 0x15b3, 0x1017, 20));
    add(device("0000:00:03.0", 0x060400, 0x1022, 0x1483, 20));

    PciDevice a16 = device("0000:41:00.0", 0x030200, 0x10de, 0x25b6, 30);
    a16.virtFunctions = {addr("0000:41:00.4"), addr("0000:41:00.5")};
    a16.maxVirtFunctions = 16;
    add(a16);
    PciDevice vf4 = device("0000:41:00.4", 0x030200, 0x10de, 0x25b6, 31);
    vf4.physFunction = a16.address;
    vf4.mdevTypes = {type("nvidia-699", "NVIDIA A16-2Q", 0), type("nvidia-700", "NVIDIA A16-4Q", 0)};
    add(vf4);
    PciDevice vf5 = device("0000:41:00.5", 0x030200, 0x10de, 0x25b6, 32);
    vf5.physFunction = a16.address;
    vf5.mdevTypes = vf4.mdevTypes;
    add(vf5);
    // Two free VFs: each can still take one vGPU of either type.
    for (const char *free : {"0000:41:00.6", "0000:41:00.7"}) {
        PciDevice vf = device(free, 0x030200, 0x10de, 0x25b6, 33);
        vf.physFunction = a16.address;
        vf.mdevTypes = {type("nvidia-699", "NVIDIA A16-2Q", 1), type("nvidia-700", "NVIDIA A16-4Q", 1)};
        add(vf);
        a16.virtFunctions.append(vf.address);
    }
    s.pciDevices[a16.address].virtFunctions = a16.virtFunctions;

    PciDevice amd = device("0000:83:00.0", 0x038000, 0x1002, 0x6929, 40);
    amd.virtFunctions = {addr("0000:83:02.0")};
    add(amd);
    PciDevice amdVf = device("0000:83:02.0", 0x038000, 0x1002, 0x692f, 40);
    amdVf.physFunction = amd.address;
    add(amdVf);

    add(device("0000:40:01.0", 0x060000, 0x1022, 0x1482, 3)); // host bridge: not a PCI bridge, an endpoint
    add(device("0000:40:01.1", 0x060400, 0x1022, 0x1483, 3));
    add(device("0000:40:02.1", 0x060400, 0x1022, 0x1483, 4));
    add(device("0000:40:03.1", 0x060400, 0x1022, 0x1483, 4));

    PciDevice lonely = device("0000:c1:00.0", 0x030000, 0x10de, 0x26b9, 50);
    lonely.iommuGroupMembers = {addr("0000:c1:00.0"), addr("0000:c2:00.0")};
    add(lonely);

    auto mdev = [&](const QString &uuid, const char *parent, const char *typeId) {
        MediatedDevice m;
        m.uuid = uuid;
        m.parent = addr(parent);
        m.typeId = QLatin1String(typeId);
        s.mdevs.insert(uuid, m);
    };
    mdev(m1, "0000:41:00.4", "nvidia-699");
    mdev(m2, "0000:41:00.5", "nvidia-699");
    mdev(m3, "0000:02:00.0", "nvidia-222");
    MediatedDevice noParent; // on a parent that is no PCI function (an s390 channel device)
    noParent.uuid = orphan;
    noParent.typeId = QStringLiteral("vfio_ccw-io");
    s.mdevs.insert(orphan, noParent);

    VirtualMachine a;
    a.uuid = vm1;
    a.name = QStringLiteral("render");
    a.hostdevs = {Hostdev{Hostdev::Kind::Pci, addr("0000:01:00.0"), {}, {}, true},
                  Hostdev{Hostdev::Kind::Pci, addr("0000:01:00.1"), {}, {}, true}};
    s.vms.insert(a.uuid, a);
    VirtualMachine b;
    b.uuid = vm2;
    b.name = QStringLiteral("desktop");
    b.hostdevs = {Hostdev{Hostdev::Kind::Mdev, {}, m1, QStringLiteral("vfio-pci"), false}};
    s.vms.insert(b.uuid, b);
    return s;
}
} // namespace

class tst_Topology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gpus();
    void companions();
    void owningGpu();
    void mdevsOfGpu();
    void vgpuOnVirtualFunctions();
    void typesOfGpuSumsOverVfs();
    void typesOfGpuOnPf();
    void holders();
    void iommuGroups();
    void labels();
};

void tst_Topology::gpus()
{
    // VFs, the audio function, the NIC and bridges are not GPUs.
    QCOMPARE(Topology::gpus(host()),
             (QList<PciAddress>{addr("0000:01:00.0"), addr("0000:02:00.0"), addr("0000:41:00.0"),
                                addr("0000:83:00.0"), addr("0000:c1:00.0")}));
    QVERIFY(Topology::gpus(HostSnapshot{}).isEmpty());
}

void tst_Topology::companions()
{
    const HostSnapshot s = host();
    QCOMPARE(Topology::companionFunctions(s, addr("0000:01:00.0")), QList<PciAddress>{addr("0000:01:00.1")});
    // The A16's VFs share its slot but are not companions.
    QVERIFY(Topology::companionFunctions(s, addr("0000:41:00.0")).isEmpty());
    QVERIFY(Topology::companionFunctions(s, addr("0000:02:00.0")).isEmpty());
}

void tst_Topology::owningGpu()
{
    const HostSnapshot s = host();
    QCOMPARE(Topology::owningGpu(s, addr("0000:41:00.0")), addr("0000:41:00.0"));
    QCOMPARE(Topology::owningGpu(s, addr("0000:41:00.5")), addr("0000:41:00.0"));
    QCOMPARE(Topology::owningGpu(s, addr("0000:83:02.0")), addr("0000:83:00.0"));
    QCOMPARE(Topology::owningGpu(s, addr("0000:03:00.0")), PciAddress());
    QCOMPARE(Topology::owningGpu(s, addr("0000:01:00.1")), PciAddress());
    QCOMPARE(Topology::owningGpu(s, addr("0000:99:00.0")), PciAddress());
}

void tst_Topology::mdevsOfGpu()
{
    const HostSnapshot s = host();
    QCOMPARE(Topology::mdevsOfGpu(s, addr("0000:41:00.0")), (QList<QString>{m1, m2}));
    QCOMPARE(Topology::mdevsOfGpu(s, addr("0000:02:00.0")), QList<QString>{m3});
    QVERIFY(Topology::mdevsOfGpu(s, addr("0000:01:00.0")).isEmpty());
    // An mdev with no PCI parent belongs to no GPU, not to "the invalid GPU".
    QVERIFY(Topology::mdevsOfGpu(s, PciAddress()).isEmpty());
}

void tst_Topology::vgpuOnVirtualFunctions()
{
    const HostSnapshot s = host();
    QVERIFY(Topology::vgpuOnVirtualFunctions(s, addr("0000:41:00.0")));
    QVERIFY(!Topology::vgpuOnVirtualFunctions(s, addr("0000:02:00.0")));
    QVERIFY(!Topology::vgpuOnVirtualFunctions(s, addr("0000:83:00.0")));
    QVERIFY(!Topology::vgpuOnVirtualFunctions(s, addr("0000:99:00.0")));
}

void tst_Topology::typesOfGpuSumsOverVfs()
{
    const QList<Topology::GpuTypeOffer> offers = Topology::typesOfGpu(host(), addr("0000:41:00.0"));
    QCOMPARE(offers.size(), 2);
    QCOMPARE(offers[0].type.id, QStringLiteral("nvidia-699"));
    QCOMPARE(offers[0].type.name, QStringLiteral("NVIDIA A16-2Q"));
    QCOMPARE(offers[0].type.availableInstances, 2); // 0 on .4 and .5 (taken) + 1 on .6 + 1 on .7
    QCOMPARE(offers[0].created, 2);
    QCOMPARE(offers[0].maxInstances, 8);
    QCOMPARE(offers[1].type.id, QStringLiteral("nvidia-700"));
    QCOMPARE(offers[1].type.availableInstances, 2);
    QCOMPARE(offers[1].created, 0);
    QCOMPARE(offers[1].maxInstances, 4);
    QVERIFY(Topology::typesOfGpu(host(), addr("0000:99:00.0")).isEmpty());
}

void tst_Topology::typesOfGpuOnPf()
{
    const QList<Topology::GpuTypeOffer> offers = Topology::typesOfGpu(host(), addr("0000:02:00.0"));
    QCOMPARE(offers.size(), 1);
    QCOMPARE(offers[0].type.id, QStringLiteral("nvidia-222"));
    QCOMPARE(offers[0].type.availableInstances, 7);
    QCOMPARE(offers[0].created, 1);
    QCOMPARE(offers[0].maxInstances, 8); // T4: 16 GB / 2 GB
    QVERIFY(Topology::typesOfGpu(host(), addr("0000:01:00.0")).isEmpty());
}

void tst_Topology::holders()
{
    const Topology::Holders h = Topology::holders(host());
    QCOMPARE(h.pci.size(), 2);
    QCOMPARE(h.pci.value(addr("0000:01:00.0")), vm1);
    QCOMPARE(h.pci.value(addr("0000:01:00.1")), vm1);
    QCOMPARE(h.mdev.size(), 1);
    QCOMPARE(h.mdev.value(m1), vm2);
    QVERIFY(!h.mdev.contains(m2));
}

void tst_Topology::iommuGroups()
{
    const QList<Topology::IommuGroup> groups = Topology::iommuGroups(host());
    QList<int> ids;
    for (const auto &g : groups)
        ids.append(g.id);
    QCOMPARE(ids, (QList<int>{3, 4, 14, 20, 30, 31, 32, 33, 40, 50}));

    auto group = [&](int id) {
        return *std::find_if(groups.cbegin(), groups.cend(), [&](const auto &g) { return g.id == id; });
    };
    // A host bridge (class 0x0600) is an endpoint, a PCI bridge (0x0604) is not: one device.
    QCOMPARE(group(3).members, (QList<PciAddress>{addr("0000:40:01.0"), addr("0000:40:01.1")}));
    QCOMPARE(group(3).sharedAcrossDevices, false);
    QCOMPARE(group(3).containsGpu, false);
    // Only bridges: nothing shared.
    QCOMPARE(group(4).members.size(), 2);
    QCOMPARE(group(4).sharedAcrossDevices, false);
    // GPU with its own audio function: one device.
    QCOMPARE(group(14).members, (QList<PciAddress>{addr("0000:01:00.0"), addr("0000:01:00.1")}));
    QCOMPARE(group(14).sharedAcrossDevices, false);
    QCOMPARE(group(14).containsGpu, true);
    // GPU with a NIC (and a bridge, ignored): must be flagged.
    QCOMPARE(group(20).members,
             (QList<PciAddress>{addr("0000:00:03.0"), addr("0000:02:00.0"), addr("0000:03:00.0")}));
    QCOMPARE(group(20).sharedAcrossDevices, true);
    QCOMPARE(group(20).containsGpu, true);
    QCOMPARE(group(30).members, QList<PciAddress>{addr("0000:41:00.0")});
    QCOMPARE(group(30).containsGpu, true);
    // A VF alone: no GPU (VFs are not GPUs), not shared.
    QCOMPARE(group(31).containsGpu, false);
    QCOMPARE(group(31).sharedAcrossDevices, false);
    // Two VFs of one card in one group (no ACS between them): still one card.
    QCOMPARE(group(33).members, (QList<PciAddress>{addr("0000:41:00.6"), addr("0000:41:00.7")}));
    QCOMPARE(group(33).sharedAcrossDevices, false);
    // A PF and its own VF on another slot are one card.
    QCOMPARE(group(40).members, (QList<PciAddress>{addr("0000:83:00.0"), addr("0000:83:02.0")}));
    QCOMPARE(group(40).sharedAcrossDevices, false);
    // A member libvirt names but the snapshot does not describe may be anything: flagged.
    QCOMPARE(group(50).members, (QList<PciAddress>{addr("0000:c1:00.0"), addr("0000:c2:00.0")}));
    QCOMPARE(group(50).sharedAcrossDevices, true);
}

void tst_Topology::labels()
{
    const HostSnapshot s = host();
    QCOMPARE(Topology::productLabel(s.pciDevices[addr("0000:01:00.0")]),
             QStringLiteral("GA102GL [RTX A6000]"));
    QCOMPARE(Topology::productLabel(s.pciDevices[addr("0000:c1:00.0")]), QStringLiteral("10de:26b9"));
    QCOMPARE(Topology::vendorLabel(s.pciDevices[addr("0000:c1:00.0")]), QStringLiteral("10de"));
    PciDevice named = s.pciDevices[addr("0000:c1:00.0")];
    named.vendorName = QStringLiteral("NVIDIA Corporation");
    QCOMPARE(Topology::vendorLabel(named), QStringLiteral("NVIDIA Corporation"));
}

QTEST_APPLESS_MAIN(tst_Topology)
#include "tst_topology.moc"
