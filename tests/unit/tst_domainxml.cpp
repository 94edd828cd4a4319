#include "libvirt/domainxml.h"

#include <QFile>
#include <QTest>

char *toString(const PciAddress &a)
{
    return qstrdup(qPrintable(a.isValid() ? a.toString() : QStringLiteral("(invalid)")));
}

namespace {
QString fixture(const char *name)
{
    QFile f(QStringLiteral(GPUVIRT_FIXTURES "/domain/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QString::fromUtf8(f.readAll());
}

QString errorText(const Result<VirtualMachine> &r)
{
    return r.ok() ? QString() : r.error().toString();
}
} // namespace

class tst_DomainXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mdevHostdev();
    void pciHostdev();
    void otherHostdevsIgnored();
    void vcpuCurrent();
    void memoryUnits_data();
    void memoryUnits();
    void badMemoryUnit();
    void malformed_data();
    void malformed();
    void missingUuid();
};

void tst_DomainXml::mdevHostdev()
{
    const auto r = DomainXml::parse(fixture("mdev-hostdev.xml"));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    const VirtualMachine &vm = *r;
    QCOMPARE(vm.name, QStringLiteral("vdi-pool-01"));
    QCOMPARE(vm.uuid, QStringLiteral("6a1c3f0e-2b7d-4c55-9e0a-1f2b3c4d5e6f"));
    QCOMPARE(vm.state, VmState::NoState);
    QCOMPARE(vm.vcpus, 4);
    QCOMPARE(vm.memoryKiB, quint64(8388608));
    QCOMPARE(vm.hostdevs.size(), 1);
    const Hostdev &h = vm.hostdevs[0];
    QCOMPARE(h.kind, Hostdev::Kind::Mdev);
    QCOMPARE(h.uuid, QStringLiteral("4b20d080-1b54-4048-85b3-a6a62d165c01"));
    QCOMPARE(h.model, QStringLiteral("vfio-pci"));
    QCOMPARE(h.managed, false);
    // The guest-side <address type='pci'> must not be taken for a host address.
    QVERIFY(!h.address.isValid());
}

void tst_DomainXml::pciHostdev()
{
    const auto r = DomainXml::parse(fixture("pci-hostdev.xml"));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->name, QStringLiteral("render-node"));
    QCOMPARE(r->vcpus, 16);
    QCOMPARE(r->memoryKiB, quint64(32) * 1024 * 1024);
    QCOMPARE(r->hostdevs.size(), 2);
    QCOMPARE(r->hostdevs[0].kind, Hostdev::Kind::Pci);
    QCOMPARE(r->hostdevs[0].address, PciAddress(0, 0x41, 0, 0));
    QCOMPARE(r->hostdevs[0].managed, true);
    QCOMPARE(r->hostdevs[0].uuid, QString());
    QCOMPARE(r->hostdevs[1].kind, Hostdev::Kind::Pci);
    QCOMPARE(r->hostdevs[1].address, PciAddress(0, 0x41, 0, 1));
    QCOMPARE(r->hostdevs[1].managed, false);
}

void tst_DomainXml::otherHostdevsIgnored()
{
    const auto r = DomainXml::parse(fixture("usb-hostdev.xml"));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->memoryKiB, quint64(2048 * 1024));
    // USB and SCSI are dropped; the VF after them is kept.
    QCOMPARE(r->hostdevs.size(), 1);
    QCOMPARE(r->hostdevs[0].kind, Hostdev::Kind::Pci);
    QCOMPARE(r->hostdevs[0].address, PciAddress(0, 0x83, 2, 1));

    const auto caps = DomainXml::parse(QStringLiteral(
        "<domain><name>ct</name><uuid>aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee</uuid><devices>"
        "<hostdev mode='capabilities' type='storage'><source><block>/dev/sdf1</block></source></hostdev>"
        "</devices></domain>"));
    QVERIFY(caps.ok());
    QVERIFY(caps->hostdevs.isEmpty());
}

void tst_DomainXml::vcpuCurrent()
{
    const auto r = DomainXml::parse(fixture("vcpu-current.xml"));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->vcpus, 2);
    // No unit attribute: KiB.
    QCOMPARE(r->memoryKiB, quint64(1048576));
    QVERIFY(r->hostdevs.isEmpty());
}

void tst_DomainXml::memoryUnits_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("value");
    QTest::addColumn<quint64>("kib");
    QTest::newRow("b") << "b"
                       << "2048" << quint64(2);
    QTest::newRow("bytes, rounded up") << "bytes"
                                       << "1025" << quint64(2);
    QTest::newRow("KB") << "KB"
                        << "1024" << quint64(1000);
    QTest::newRow("KB rounded up") << "KB"
                                   << "1" << quint64(1);
    QTest::newRow("k") << "k"
                       << "512" << quint64(512);
    QTest::newRow("KiB") << "KiB"
                         << "512" << quint64(512);
    QTest::newRow("MB") << "MB"
                        << "1024" << quint64(1000000);
    QTest::newRow("M") << "M"
                       << "3" << quint64(3072);
    QTest::newRow("MiB") << "MiB"
                         << "3" << quint64(3072);
    QTest::newRow("GB") << "GB"
                        << "1" << quint64(976563); // 976562.5 rounded up
    QTest::newRow("G") << "G"
                       << "2" << quint64(2097152);
    QTest::newRow("GiB") << "GiB"
                         << "2" << quint64(2097152);
    QTest::newRow("TB") << "TB"
                        << "1" << quint64(976562500);
    QTest::newRow("T") << "T"
                       << "1" << quint64(1073741824);
    QTest::newRow("TiB") << "TiB"
                         << "1" << quint64(1073741824);
    QTest::newRow("case-insensitive like libvirt") << "gib"
                                                   << "1" << quint64(1048576);
    QTest::newRow("hex value") << "KiB"
                               << "0x400" << quint64(1024);
}

void tst_DomainXml::memoryUnits()
{
    QFETCH(QString, unit);
    QFETCH(QString, value);
    QFETCH(quint64, kib);
    const QString xml =
        QStringLiteral("<domain><name>m</name><uuid>aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee</uuid>"
                       "<memory unit='%1'>%2</memory><vcpu>1</vcpu></domain>")
            .arg(unit, value);
    const auto r = DomainXml::parse(xml);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->memoryKiB, kib);
}

void tst_DomainXml::badMemoryUnit()
{
    for (const char *unit : {"parsecs", "KiBB", "Q", "iB"}) {
        const QString xml =
            QStringLiteral("<domain><name>m</name><uuid>aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee</uuid>"
                           "<memory unit='%1'>1</memory></domain>")
                .arg(QLatin1String(unit));
        const auto r = DomainXml::parse(xml);
        QVERIFY2(!r.ok(), unit);
        QCOMPARE(r.error().summary, QStringLiteral("Malformed domain description"));
        QVERIFY2(r.error().detail.contains(QStringLiteral("unit")), qPrintable(r.error().detail));
    }
    // Overflowing quint64 bytes is an error, not a wrapped small number.
    const auto big = DomainXml::parse(
        QStringLiteral("<domain><name>m</name><uuid>aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee</uuid>"
                       "<memory unit='EiB'>100</memory></domain>"));
    QVERIFY(!big.ok());
}

void tst_DomainXml::malformed_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("detail");
    QTest::newRow("unclosed hostdev") << fixture("malformed.xml") << "8:12: Opening and ending tag mismatch.";
    QTest::newRow("empty") << QString() << "1:0: Premature end of document.";
    QTest::newRow("wrong root") << QStringLiteral("<device/>") << "1:9: expected <domain>, found <device>";
    QTest::newRow("missing name") << QStringLiteral(
                                         "<domain><uuid>aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee</uuid></domain>")
                                  << "1:66: domain has no <name>";
    QTest::newRow("bad vcpu") << QStringLiteral(
                                     "<domain><name>v</name><uuid>aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee</uuid>"
                                     "<vcpu>four</vcpu></domain>")
                              << "1:88: invalid <vcpu>";
    QTest::newRow("pci hostdev without source")
        << QStringLiteral("<domain><name>v</name><uuid>aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee</uuid><devices>"
                          "<hostdev mode='subsystem' type='pci'><source><address domain='0x0000' bus='0x41' "
                          "slot='0x00' function='0x8'/></source></hostdev></devices></domain>")
        << "1:208: pci <hostdev> without a valid source address";
    QTest::newRow("mdev hostdev without uuid")
        << QStringLiteral("<domain><name>v</name><uuid>aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee</uuid><devices>"
                          "<hostdev mode='subsystem' type='mdev'><source/></hostdev></devices></domain>")
        << "1:137: mdev <hostdev> without a valid source uuid";
}

void tst_DomainXml::malformed()
{
    QFETCH(QString, xml);
    QFETCH(QString, detail);
    const auto r = DomainXml::parse(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().summary, QStringLiteral("Malformed domain description"));
    QCOMPARE(r.error().detail, detail);
}

void tst_DomainXml::missingUuid()
{
    const auto r = DomainXml::parse(fixture("missing-uuid.xml"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().summary, QStringLiteral("Malformed domain description"));
    QCOMPARE(r.error().detail, QStringLiteral("5:9: domain anonymous has no valid <uuid>"));
}

QTEST_APPLESS_MAIN(tst_DomainXml)
#include "tst_domainxml.moc"
