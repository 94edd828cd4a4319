// The demo cluster's resources and its simulated agent facts.
#include "demo/democluster.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDemoCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extractsEveryHost();
    void simulatedFacts();
    void unwritableDirectory();
};

void TestDemoCluster::extractsEveryHost()
{
    QTemporaryDir dir;
    auto hosts = DemoCluster::extract(dir.path());
    QVERIFY(hosts.ok());
    QStringList names;
    for (const auto &h : hosts.value()) {
        names << h.name;
        QVERIFY(QFile::exists(h.path));
        QCOMPARE(h.uri, QStringLiteral("test://") + h.path);
        QVERIFY(h.facts.present);
        QVERIFY2(!h.facts.drivers.isEmpty(), qPrintable(h.name));
    }
    for (const char *n : {"vdi-a16-01", "vdi-l40s-01", "ml-a100-01", "ml-h100-01", "gfx-mi-01", "media-flex-01", "edge-t4-01", "ws-rtx-01"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    // The workstation's only GPU is its boot VGA device.
    const auto ws = std::find_if(hosts->cbegin(), hosts->cend(), [](const DemoCluster::Host &h) { return h.name == u"ws-rtx-01"; });
    QCOMPARE(ws->facts.bootVga.size(), 1);
}

void TestDemoCluster::simulatedFacts()
{
    const QByteArray xml = R"(<node>
      <device><name>pci_0000_03_00_0</name><driver><name>nvidia</name></driver><boot_vga>1</boot_vga>
        <capability type='pci'><domain>0</domain><bus>3</bus><slot>0</slot><function>0</function></capability></device>
      <device><name>pci_0000_03_00_1</name><driver><name>snd_hda_intel</name></driver>
        <capability type='pci'><domain>0</domain><bus>3</bus><slot>0</slot><function>1</function></capability></device>
      <device><name>pci_0000_05_00_0</name><capability type='pci'/></device>
      <domain type='test'><name>vm</name><devices><driver><name>not-a-device</name></driver></devices></domain>
    </node>)";
    const AgentFacts f = DemoCluster::simulatedFacts(xml, {});
    QCOMPARE(f.drivers.size(), 2);
    QCOMPARE(f.drivers.value(PciAddress(0, 3, 0, 0)), QStringLiteral("nvidia"));
    QCOMPARE(f.drivers.value(PciAddress(0, 3, 0, 1)), QStringLiteral("snd_hda_intel"));
    QVERIFY(!f.drivers.contains(PciAddress(0, 5, 0, 0))); // nothing bound
    QCOMPARE(f.bootVga, QList<PciAddress>{PciAddress(0, 3, 0, 0)});
}

void TestDemoCluster::unwritableDirectory()
{
    auto hosts = DemoCluster::extract(QStringLiteral("/proc/nonexistent-dir"));
    QVERIFY(!hosts.ok());
    QVERIFY(hosts.error().summary.contains(QStringLiteral("/proc/nonexistent-dir")));
}

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
