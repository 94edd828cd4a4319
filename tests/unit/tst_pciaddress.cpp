#include "model/pciaddress.h"

#include <QHash>
#include <QMap>
#include <QTest>

class tst_PciAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void nodeDeviceName_data();
    void nodeDeviceName();
    void nodeDeviceNameInvalid_data();
    void nodeDeviceNameInvalid();
    void constructorValidity();
    void ordering();
    void sameSlot();
    void hashing();
};

void tst_PciAddress::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("domain");
    QTest::addColumn<int>("bus");
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("function");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("full") << "0000:41:00.0" << 0 << 0x41 << 0 << 0 << "0000:41:00.0";
    QTest::newRow("short form gets domain 0") << "41:00.4" << 0 << 0x41 << 0 << 4 << "0000:41:00.4";
    QTest::newRow("upper-case hex is lowered")
        << "00AB:C1:1F.7" << 0xab << 0xc1 << 0x1f << 7 << "00ab:c1:1f.7";
    QTest::newRow("highest slot and function")
        << "ffff:ff:1f.7" << 0xffff << 0xff << 0x1f << 7 << "ffff:ff:1f.7";
    QTest::newRow("non-zero domain") << "0001:00:00.0" << 1 << 0 << 0 << 0 << "0001:00:00.0";
}

void tst_PciAddress::parseValid()
{
    QFETCH(QString, text);
    QFETCH(int, domain);
    QFETCH(int, bus);
    QFETCH(int, slot);
    QFETCH(int, function);
    QFETCH(QString, canonical);

    const auto a = PciAddress::parse(text);
    QVERIFY(a.has_value());
    QVERIFY(a->isValid());
    QCOMPARE(int(a->domain()), domain);
    QCOMPARE(int(a->bus()), bus);
    QCOMPARE(int(a->slot()), slot);
    QCOMPARE(int(a->function()), function);
    QCOMPARE(a->toString(), canonical);
    // The canonical spelling reads back to the same address.
    QCOMPARE(PciAddress::parse(a->toString()), a);
}

void tst_PciAddress::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("function 8") << "0000:41:00.8";
    QTest::newRow("slot 0x20") << "0000:41:20.0";
    QTest::newRow("non-hex bus") << "zz:00.0";
    QTest::newRow("non-hex in domain") << "00g0:41:00.0";
    QTest::newRow("trailing junk") << "0000:41:00.0x";
    QTest::newRow("trailing space") << "0000:41:00.0 ";
    QTest::newRow("leading space") << " 0000:41:00.0";
    QTest::newRow("short trailing junk") << "41:00.0 ";
    QTest::newRow("wrong separators") << "0000-41-00-0";
    QTest::newRow("dot and colon swapped") << "0000:41.00:0";
    QTest::newRow("one-digit bus") << "0000:4:00.0";
    QTest::newRow("node device name") << "pci_0000_41_00_0";
    QTest::newRow("sign in field") << "0000:+1:00.0";
    QTest::newRow("five-digit domain") << "10000:00:00.0";
}

void tst_PciAddress::parseInvalid()
{
    QFETCH(QString, text);
    QVERIFY2(!PciAddress::parse(text).has_value(), qPrintable(text));
}

void tst_PciAddress::nodeDeviceName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::newRow("gpu") << "pci_0000_41_00_0"
                         << "0000:41:00.0";
    QTest::newRow("vf") << "pci_0000_41_01_3"
                        << "0000:41:01.3";
    QTest::newRow("domain") << "pci_0001_c1_1f_7"
                            << "0001:c1:1f.7";
}

void tst_PciAddress::nodeDeviceName()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    const auto a = PciAddress::fromNodeDeviceName(name);
    QVERIFY(a.has_value());
    QCOMPARE(a->toString(), address);
    QCOMPARE(a->nodeDeviceName(), name);
}

void tst_PciAddress::nodeDeviceNameInvalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("no prefix") << "0000_41_00_0";
    QTest::newRow("usb") << "usb_1_5";
    QTest::newRow("mdev") << "mdev_4b20d080_1b54_4048_85b3_a6a62d165c01_0000_41_00_4";
    QTest::newRow("sysfs spelling") << "pci_0000:41:00.0";
    QTest::newRow("function 8") << "pci_0000_41_00_8";
    QTest::newRow("trailing junk") << "pci_0000_41_00_0_1";
    QTest::newRow("upper-case prefix") << "PCI_0000_41_00_0";
}

void tst_PciAddress::nodeDeviceNameInvalid()
{
    QFETCH(QString, name);
    QVERIFY2(!PciAddress::fromNodeDeviceName(name).has_value(), qPrintable(name));
}

void tst_PciAddress::constructorValidity()
{
    QVERIFY(!PciAddress().isValid());
    QVERIFY(PciAddress(0, 0, 0, 0).isValid());
    QVERIFY(!PciAddress(0, 0x41, 32, 0).isValid());
    QVERIFY(!PciAddress(0, 0x41, 0, 8).isValid());
    // A default address is not the valid 0000:00:00.0.
    QVERIFY(PciAddress() != PciAddress(0, 0, 0, 0));
    QCOMPARE(PciAddress(0, 0x41, 0, 4).toString(), QStringLiteral("0000:41:00.4"));
    QCOMPARE(PciAddress(0, 0x41, 0, 4).nodeDeviceName(), QStringLiteral("pci_0000_41_00_4"));
}

void tst_PciAddress::ordering()
{
    const PciAddress a(0, 0x41, 0, 0), b(0, 0x41, 0, 4), c(0, 0x41, 1, 0), d(1, 0x00, 0, 0);
    QVERIFY(a < b);
    QVERIFY(b < c);
    QVERIFY(c < d);
    QMap<PciAddress, int> m{{d, 4}, {b, 2}, {c, 3}, {a, 1}};
    QCOMPARE(m.keys(), (QList<PciAddress>{a, b, c, d}));
}

void tst_PciAddress::sameSlot()
{
    QVERIFY(PciAddress(0, 1, 0, 0).sameSlot(PciAddress(0, 1, 0, 1)));
    QVERIFY(!PciAddress(0, 1, 0, 0).sameSlot(PciAddress(0, 1, 1, 0)));
    QVERIFY(!PciAddress(0, 1, 0, 0).sameSlot(PciAddress(0, 2, 0, 0)));
    QVERIFY(!PciAddress(0, 1, 0, 0).sameSlot(PciAddress(1, 1, 0, 0)));
}

void tst_PciAddress::hashing()
{
    QHash<PciAddress, QString> h;
    h.insert(PciAddress(0, 0x41, 0, 0), QStringLiteral("gpu"));
    h.insert(PciAddress(0, 0x41, 0, 1), QStringLiteral("audio"));
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.value(*PciAddress::parse(u"0000:41:00.1")), QStringLiteral("audio"));
}

QTEST_APPLESS_MAIN(tst_PciAddress)
#include "tst_pciaddress.moc"
