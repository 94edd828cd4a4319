#include "libvirt/nodedevicexml.h"

#include <QFile>
#include <QTest>

// Readable failure messages for addresses, found by QCOMPARE through argument-dependent lookup.
char *toString(const PciAddress &a)
{
    return qstrdup(qPrintable(a.isValid() ? a.toString() : QStringLiteral("(invalid)")));
}

namespace {
QString fixture(const char *name)
{
    QFile f(QStringLiteral(GPUVIRT_FIXTURES "/nodedev/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QString::fromUtf8(f.readAll());
}

PciAddress addr(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}
} // namespace

class tst_NodeDeviceXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void a16PhysicalFunction();
    void a16VirtualFunctionWithTypes();
    void mdev();
    void mdevOldLibvirt();
    void mdevParentFromNameOnly();
    void amdSriov();
    void intelFlexVf();
    void hdmiAudio();
    void bridge();
    void usbIsOther();
    void noIommuGroupNoClass();
    void vendorQuirk();
    void hexAndDecimal_data();
    void hexAndDecimal();
    void mdevTypesBesidePciCapability();
    void unknownElementsSkipped();
    void malformed_data();
    void malformed();
    void malformedDetailHasPosition();
};

void tst_NodeDeviceXml::a16PhysicalFunction()
{
    const auto r = NodeDeviceXml::parse(fixture("a16-pf.xml"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->kind, NodeDeviceInfo::Kind::Pci);
    QCOMPARE(r->name, QStringLiteral("pci_0000_41_00_0"));
    QCOMPARE(r->parent, QStringLiteral("pci_0000_40_01_1"));
    const PciDevice &d = r->pci;
    QCOMPARE(d.address, addr("0000:41:00.0"));
    QCOMPARE(d.nodeName, QStringLiteral("pci_0000_41_00_0"));
    QCOMPARE(d.parentName, QStringLiteral("pci_0000_40_01_1"));
    QCOMPARE(d.classCode, 0x030200u);
    QCOMPARE(d.vendorId, quint16(0x10de));
    QCOMPARE(d.productId, quint16(0x25b6));
    QCOMPARE(d.vendorName, QStringLiteral("NVIDIA Corporation"));
    QCOMPARE(d.productName, QStringLiteral("GA107GL [A2 / A16]"));
    QCOMPARE(d.driver, QStringLiteral("nvidia"));
    QCOMPARE(d.numaNode, 1);
    QCOMPARE(d.iommuGroup, 30);
    QCOMPARE(d.iommuGroupMembers, QList<PciAddress>{addr("0000:41:00.0")});
    QCOMPARE(d.maxVirtFunctions, 16);
    QCOMPARE(d.virtFunctions,
             (QList<PciAddress>{addr("0000:41:00.4"), addr("0000:41:00.5"), addr("0000:41:01.3")}));
    QVERIFY(!d.physFunction.has_value());
    QVERIFY(d.mdevTypes.isEmpty());
    QCOMPARE(d.link, (PcieLink{16, 16, 8, 8}));
    QVERIFY(d.isGpu());
}

void tst_NodeDeviceXml::a16VirtualFunctionWithTypes()
{
    const auto r = NodeDeviceXml::parse(fixture("a16-vf.xml"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->kind, NodeDeviceInfo::Kind::Pci);
    const PciDevice &d = r->pci;
    QCOMPARE(d.address, addr("0000:41:00.4"));
    QCOMPARE(d.physFunction, std::optional<PciAddress>(addr("0000:41:00.0")));
    QVERIFY(d.isVirtualFunction());
    QVERIFY(!d.isGpu());
    QCOMPARE(d.maxVirtFunctions, 0);
    QVERIFY(d.virtFunctions.isEmpty());
    QCOMPARE(d.iommuGroup, 31);
    QCOMPARE(d.mdevTypes.size(), 3);

    const MdevType &t0 = d.mdevTypes[0];
    QCOMPARE(t0.id, QStringLiteral("nvidia-699"));
    QCOMPARE(t0.name, QStringLiteral("NVIDIA A16-2Q"));
    QCOMPARE(t0.deviceApi, QStringLiteral("vfio-pci"));
    QCOMPARE(t0.availableInstances, 1);
    QVERIFY(t0.vgpu.has_value());
    QCOMPARE(t0.vgpu->board, QStringLiteral("A16"));
    QCOMPARE(t0.vgpu->framebufferMB, 2048);
    QCOMPARE(t0.vgpu->series, VgpuSeries::Q);

    QCOMPARE(d.mdevTypes[1].id, QStringLiteral("nvidia-700"));
    QCOMPARE(d.mdevTypes[1].availableInstances, 0);
    QCOMPARE(d.mdevTypes[1].vgpu->framebufferMB, 4096);

    // A type whose name is not an NVIDIA vGPU name is kept, without the parsed name.
    QCOMPARE(d.mdevTypes[2].id, QStringLiteral("nvidia-x-unknown"));
    QCOMPARE(d.mdevTypes[2].availableInstances, 3);
    QVERIFY(!d.mdevTypes[2].vgpu.has_value());
}

void tst_NodeDeviceXml::mdev()
{
    const auto r = NodeDeviceXml::parse(fixture("mdev.xml"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->kind, NodeDeviceInfo::Kind::Mdev);
    QCOMPARE(r->parent, QStringLiteral("pci_0000_41_00_4"));
    const MediatedDevice &m = r->mdev;
    QCOMPARE(m.uuid, QStringLiteral("4b20d080-1b54-4048-85b3-a6a62d165c01"));
    QCOMPARE(m.nodeName, QStringLiteral("mdev_4B20D080_1B54_4048_85B3_A6A62D165C01_0000_41_00_4"));
    QCOMPARE(m.typeId, QStringLiteral("nvidia-699"));
    QCOMPARE(m.parent, addr("0000:41:00.4"));
    QCOMPARE(m.iommuGroup, 200);
}

void tst_NodeDeviceXml::mdevOldLibvirt()
{
    const auto r = NodeDeviceXml::parse(fixture("mdev-old.xml"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->kind, NodeDeviceInfo::Kind::Mdev);
    QCOMPARE(r->mdev.uuid, QStringLiteral("d2441d39-495e-4243-ad9f-beb3f14c23d9"));
    QCOMPARE(r->mdev.typeId, QStringLiteral("nvidia-63"));
    QCOMPARE(r->mdev.parent, addr("0000:0a:00.0"));
    QCOMPARE(r->mdev.iommuGroup, 12);
}

void tst_NodeDeviceXml::mdevParentFromNameOnly()
{
    // <parent_addr> wins over <parent> when both are there; each alone is enough.
    const QString both =
        QStringLiteral("<device><name>mdev_x</name><parent>pci_0000_41_00_4</parent><capability type='mdev'>"
                       "<type id='nvidia-699'/><uuid>4b20d080-1b54-4048-85b3-a6a62d165c01</uuid>"
                       "<parent_addr>0000:41:00.5</parent_addr></capability></device>");
    auto r = NodeDeviceXml::parse(both);
    QVERIFY(r.ok());
    QCOMPARE(r->mdev.parent, addr("0000:41:00.5"));

    const QString addrOnly =
        QStringLiteral("<device><name>mdev_x</name><parent>computer</parent><capability type='mdev'>"
                       "<type id='nvidia-699'/><uuid>4b20d080-1b54-4048-85b3-a6a62d165c01</uuid>"
                       "<parent_addr>0000:41:00.6</parent_addr></capability></device>");
    r = NodeDeviceXml::parse(addrOnly);
    QVERIFY(r.ok());
    QCOMPARE(r->mdev.parent, addr("0000:41:00.6"));

    // An mdev on a non-PCI parent (s390 channel subsystem) is still an mdev, with no PCI parent.
    const QString css =
        QStringLiteral("<device><name>mdev_x</name><parent>css_0_0_0052</parent><capability type='mdev'>"
                       "<type id='vfio_ccw-io'/><uuid>4b20d080-1b54-4048-85b3-a6a62d165c01</uuid>"
                       "<parent_addr>0.0.0052</parent_addr><iommuGroup number='0'/></capability></device>");
    r = NodeDeviceXml::parse(css);
    QVERIFY(r.ok());
    QCOMPARE(r->kind, NodeDeviceInfo::Kind::Mdev);
    QVERIFY(!r->mdev.parent.isValid());
    QCOMPARE(r->mdev.iommuGroup, 0);
}

void tst_NodeDeviceXml::amdSriov()
{
    const auto r = NodeDeviceXml::parse(fixture("amd-pf.xml"));
    QVERIFY(r.ok());
    const PciDevice &d = r->pci;
    QCOMPARE(d.address, addr("0000:83:00.0"));
    QCOMPARE(d.vendorId, quint16(0x1002));
    QCOMPARE(d.productId, quint16(0x6929));
    QCOMPARE(d.classCode, 0x038000u);
    QCOMPARE(d.driver, QStringLiteral("gim"));
    QCOMPARE(d.maxVirtFunctions, 16);
    QCOMPARE(d.virtFunctions, (QList<PciAddress>{addr("0000:83:02.0"), addr("0000:83:02.1")}));
    QCOMPARE(d.numaNode, 0);
    QCOMPARE(d.iommuGroup, 47);
    // Fractional GT/s.
    QCOMPARE(d.link, (PcieLink{8, 16, 2.5, 16}));
    QVERIFY(d.isGpu());
}

void tst_NodeDeviceXml::intelFlexVf()
{
    const auto r = NodeDeviceXml::parse(fixture("intel-flex-vf.xml"));
    QVERIFY(r.ok());
    const PciDevice &d = r->pci;
    QCOMPARE(d.address, addr("0000:4d:00.1"));
    QCOMPARE(d.vendorId, quint16(0x8086));
    QCOMPARE(d.productId, quint16(0x56c0));
    QCOMPARE(d.productName, QStringLiteral("Data Center GPU Flex 170"));
    QCOMPARE(d.physFunction, std::optional<PciAddress>(addr("0000:4d:00.0")));
    QCOMPARE(d.driver, QStringLiteral("vfio-pci"));
    QCOMPARE(d.iommuGroup, 112);
    QCOMPARE(d.link, PcieLink{});
    QVERIFY(d.isDisplay());
    QVERIFY(!d.isGpu());
}

void tst_NodeDeviceXml::hdmiAudio()
{
    const auto r = NodeDeviceXml::parse(fixture("hdmi-audio.xml"));
    QVERIFY(r.ok());
    const PciDevice &d = r->pci;
    QCOMPARE(d.address, addr("0000:01:00.1"));
    QCOMPARE(d.classCode, 0x040300u);
    QVERIFY(d.isAudio());
    QVERIFY(!d.isGpu());
    QCOMPARE(d.iommuGroup, 14);
    QCOMPARE(d.iommuGroupMembers, (QList<PciAddress>{addr("0000:01:00.0"), addr("0000:01:00.1")}));
    QCOMPARE(d.numaNode, -1);
    QCOMPARE(d.driver, QStringLiteral("snd_hda_intel"));
}

void tst_NodeDeviceXml::bridge()
{
    const auto r = NodeDeviceXml::parse(fixture("bridge.xml"));
    QVERIFY(r.ok());
    QCOMPARE(r->kind, NodeDeviceInfo::Kind::Pci);
    QCOMPARE(r->parent, QStringLiteral("computer"));
    QCOMPARE(r->pci.address, addr("0000:40:01.1"));
    QVERIFY(r->pci.isBridge());
    QCOMPARE(r->pci.iommuGroup, 3);
    QCOMPARE(r->pci.iommuGroupMembers.size(), 2);
}

void tst_NodeDeviceXml::usbIsOther()
{
    const auto r = NodeDeviceXml::parse(fixture("usb.xml"));
    QVERIFY(r.ok());
    QCOMPARE(r->kind, NodeDeviceInfo::Kind::Other);
    QCOMPARE(r->name, QStringLiteral("usb_1_5"));
    QCOMPARE(r->parent, QStringLiteral("usb_usb1"));
    // Nothing of the USB device (its driver included) leaks into the PCI fields.
    QCOMPARE(r->pci, PciDevice{});
    QCOMPARE(r->mdev, MediatedDevice{});
}

void tst_NodeDeviceXml::noIommuGroupNoClass()
{
    const auto r = NodeDeviceXml::parse(fixture("no-iommu.xml"));
    QVERIFY(r.ok());
    const PciDevice &d = r->pci;
    QCOMPARE(d.address, addr("0000:00:02.0"));
    QCOMPARE(d.classCode, 0u);
    QCOMPARE(d.iommuGroup, -1);
    QVERIFY(d.iommuGroupMembers.isEmpty());
    QCOMPARE(d.numaNode, -1);
    QCOMPARE(d.driver, QString());
    QCOMPARE(d.link, PcieLink{});
    QCOMPARE(d.maxVirtFunctions, 0);
}

void tst_NodeDeviceXml::vendorQuirk()
{
    const auto r = NodeDeviceXml::parse(fixture("vendor-quirk.xml"));
    QVERIFY(r.ok());
    QCOMPARE(r->pci.productId, quint16(0x26b9));
    QCOMPARE(r->pci.productName, QString());
    QCOMPARE(r->pci.vendorName, QStringLiteral("NVIDIA Corporation"));
    QCOMPARE(r->pci.address, addr("0000:c1:00.0"));
}

void tst_NodeDeviceXml::hexAndDecimal_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("bus");
    QTest::addColumn<QString>("slot");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("expected");
    QTest::newRow("decimal") << "0"
                             << "193"
                             << "31"
                             << "7"
                             << "0000:c1:1f.7";
    QTest::newRow("hex") << "0x0000"
                         << "0xc1"
                         << "0x1f"
                         << "0x7"
                         << "0000:c1:1f.7";
    QTest::newRow("upper-case hex") << "0X0001"
                                    << "0XC1"
                                    << "0x1F"
                                    << "0x7"
                                    << "0001:c1:1f.7";
    QTest::newRow("leading zero is decimal") << "0"
                                             << "065"
                                             << "010"
                                             << "0"
                                             << "0000:41:0a.0";
    QTest::newRow("spaces around") << " 0 "
                                   << "\n65\n"
                                   << "0"
                                   << "0"
                                   << "0000:41:00.0";
}

void tst_NodeDeviceXml::hexAndDecimal()
{
    QFETCH(QString, domain);
    QFETCH(QString, bus);
    QFETCH(QString, slot);
    QFETCH(QString, function);
    QFETCH(QString, expected);
    const QString xml = QStringLiteral("<device><name>n</name><capability type='pci'><domain>%1</domain>"
                                       "<bus>%2</bus><slot>%3</slot><function>%4</function>"
                                       "<capability type='phys_function'><address domain='%1' bus='%2' "
                                       "slot='%3' function='%4'/></capability></capability></device>")
                            .arg(domain, bus, slot, function);
    const auto r = NodeDeviceXml::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->pci.address.toString(), expected);
    QCOMPARE(r->pci.physFunction->toString(), expected);
}

void tst_NodeDeviceXml::mdevTypesBesidePciCapability()
{
    const QString xml = QStringLiteral(
        "<device><name>pci_0000_41_00_0</name><capability type='pci'><class>0x030200</class>"
        "<domain>0</domain><bus>65</bus><slot>0</slot><function>0</function>"
        "<vendor id='0x10de'/></capability>"
        "<capability type='mdev_types'><type id='nvidia-63'><name>GRID M60-0Q</name>"
        "<deviceAPI>vfio-pci</deviceAPI><availableInstances>16</availableInstances></type></capability>"
        "</device>");
    const auto r = NodeDeviceXml::parse(xml);
    QVERIFY(r.ok());
    QCOMPARE(r->pci.mdevTypes.size(), 1);
    QCOMPARE(r->pci.mdevTypes[0].id, QStringLiteral("nvidia-63"));
    QCOMPARE(r->pci.mdevTypes[0].availableInstances, 16);
    QCOMPARE(r->pci.mdevTypes[0].vgpu->framebufferMB, 512);
    QCOMPARE(r->pci.mdevTypes[0].vgpu->board, QStringLiteral("M60"));
}

void tst_NodeDeviceXml::unknownElementsSkipped()
{
    const QString xml = QStringLiteral(
        "<?xml version='1.0'?><device><name>pci_0000_41_00_0</name><future><deep><deeper/></deep></future>"
        "<capability type='pci'><domain>0</domain><bus>65</bus><slot>0</slot><function>0</function>"
        "<capability type='vpd'><name>Board</name><fields access='readonly'><part_number>X</part_number>"
        "</fields></capability><newThing a='1'>text<child/></newThing>"
        "<product id='0x25b6'>A16<!-- comment --></product><numa node='bogus'/></capability>"
        "<capability type='something_new'/></device>");
    const auto r = NodeDeviceXml::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->pci.address, addr("0000:41:00.0"));
    QCOMPARE(r->pci.productName, QStringLiteral("A16"));
    QCOMPARE(r->pci.numaNode, -1);
}

void tst_NodeDeviceXml::malformed_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("detailContains");
    QTest::newRow("truncated") << fixture("truncated.xml") << "Premature end of document";
    QTest::newRow("pci without bus") << fixture("no-bus.xml") << "<bus>";
    QTest::newRow("garbage") << fixture("garbage.xml") << "";
    QTest::newRow("empty") << QString() << "";
    QTest::newRow("wrong root") << QStringLiteral("<domain><name>x</name></domain>") << "expected <device>";
    QTest::newRow("trailing content") << QStringLiteral("<device><name>x</name></device><device/>") << "";
    QTest::newRow("mismatched tags") << QStringLiteral("<device><name>x</nam></device>") << "";
    QTest::newRow("function out of range")
        << QStringLiteral("<device><name>x</name><capability type='pci'><domain>0</domain><bus>1</bus>"
                          "<slot>0</slot><function>8</function></capability></device>")
        << "<function>";
    QTest::newRow("slot out of range")
        << QStringLiteral("<device><name>x</name><capability type='pci'><domain>0</domain><bus>1</bus>"
                          "<slot>0x20</slot><function>0</function></capability></device>")
        << "<slot>";
    QTest::newRow("bus not a number")
        << QStringLiteral("<device><name>x</name><capability type='pci'><domain>0</domain><bus>4l</bus>"
                          "<slot>0</slot><function>0</function></capability></device>")
        << "<bus>";
    QTest::newRow("bad VF address")
        << QStringLiteral(
               "<device><name>x</name><capability type='pci'><domain>0</domain><bus>1</bus>"
               "<slot>0</slot><function>0</function><capability type='virt_functions'>"
               "<address domain='0x0000' bus='0x01' slot='0x00'/></capability></capability></device>")
        << "<address>";
    QTest::newRow("mdev without uuid")
        << QStringLiteral("<device><name>mdev_x</name><parent>pci_0000_41_00_4</parent>"
                          "<capability type='mdev'><type id='nvidia-699'/></capability></device>")
        << "<uuid>";
    QTest::newRow("mdev with bad uuid")
        << QStringLiteral("<device><name>mdev_x</name><capability type='mdev'><type id='nvidia-699'/>"
                          "<uuid>4b20d080-1b54-4048-85b3-a6a62d165c0</uuid></capability></device>")
        << "<uuid>";
}

void tst_NodeDeviceXml::malformed()
{
    QFETCH(QString, xml);
    QFETCH(QString, detailContains);
    const auto r = NodeDeviceXml::parse(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().summary, QStringLiteral("Malformed node device description"));
    QVERIFY(!r.error().detail.isEmpty());
    QVERIFY2(r.error().detail.contains(detailContains), qPrintable(r.error().detail));
}

void tst_NodeDeviceXml::malformedDetailHasPosition()
{
    // truncated.xml ends after line 7; the reader reports where it gave up.
    const auto r = NodeDeviceXml::parse(fixture("truncated.xml"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().detail, QStringLiteral("8:0: Premature end of document."));
    const auto g = NodeDeviceXml::parse(QStringLiteral("<device>\n  <name>x</name>\n  <oops></device>"));
    QVERIFY(!g.ok());
    QCOMPARE(g.error().detail, QStringLiteral("3:17: Opening and ending tag mismatch."));
    // Our own findings carry the position too: the end of the pci capability that lacks the bus.
    const auto b = NodeDeviceXml::parse(fixture("no-bus.xml"));
    QVERIFY(!b.ok());
    QCOMPARE(b.error().detail,
             QStringLiteral("11:15: <capability type='pci'> of pci_0000_41_00_0 has no valid <bus>"));
}

QTEST_APPLESS_MAIN(tst_NodeDeviceXml)
#include "tst_nodedevicexml.moc"
