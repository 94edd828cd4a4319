#include "libvirt/pciids.h"
#include "../support/sanitized.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

class tst_PciIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureFile();
    void stopsAtClassSection();
    void missingFile();
    void reloadReplaces();
    void crlfLineEnds();
    void systemFile();
};

void tst_PciIds::fixtureFile()
{
    PciIds ids;
    QVERIFY(ids.isEmpty());
    QVERIFY(ids.load(QStringLiteral(GPUVIRT_FIXTURES "/pciids/pci.ids")));
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids.vendorName(0x10de), QStringLiteral("NVIDIA Corporation"));
    QCOMPARE(ids.vendorName(0x1002), QStringLiteral("Advanced Micro Devices, Inc. [AMD/ATI]"));
    QCOMPARE(ids.deviceName(0x10de, 0x25b6), QStringLiteral("GA107GL [A2 / A16]"));
    QCOMPARE(ids.deviceName(0x10de, 0x1aef), QStringLiteral("GA102 High Definition Audio Controller"));
    QCOMPARE(ids.deviceName(0x1002, 0x6929), QStringLiteral("Tonga XT GL [FirePro S7150]"));
    // Trailing blanks are not part of the name.
    QCOMPARE(ids.deviceName(0x8086, 0x56c0), QStringLiteral("Data Center GPU Flex 170"));
    // Devices are keyed by vendor: the same device id under another vendor is another device.
    QCOMPARE(ids.deviceName(0x8086, 0x25b6), QString());
    QCOMPARE(ids.vendorName(0x15b3), QString());
    // Subsystem lines (two tabs) are not devices: "10de 14a9  A16" must not show up as device 0x10de.
    QCOMPARE(ids.deviceName(0x10de, 0x10de), QString());
    // The devices of an unreadable vendor line are not filed under the vendor before it.
    QCOMPARE(ids.deviceName(0x10de, 0x0001), QString());
    QCOMPARE(ids.deviceName(0x8086, 0x0001), QString());
}

void tst_PciIds::stopsAtClassSection()
{
    PciIds ids;
    QVERIFY(ids.load(QStringLiteral(GPUVIRT_FIXTURES "/pciids/pci.ids")));
    // The "ffff" vendor after the "C " lines is not read.
    QCOMPARE(ids.vendorName(0xffff), QString());
    QCOMPARE(ids.deviceName(0x8086, 0x0d26), QStringLiteral("Crystal Well Integrated Graphics Controller"));
}

void tst_PciIds::missingFile()
{
    PciIds ids;
    QVERIFY(!ids.load(QStringLiteral(GPUVIRT_FIXTURES "/pciids/does-not-exist.ids")));
    QVERIFY(ids.isEmpty());
    QCOMPARE(ids.vendorName(0x10de), QString());
}

void tst_PciIds::reloadReplaces()
{
    PciIds ids;
    QVERIFY(ids.load(QStringLiteral(GPUVIRT_FIXTURES "/pciids/pci.ids")));
    QVERIFY(!ids.load(QStringLiteral(GPUVIRT_FIXTURES "/pciids/does-not-exist.ids")));
    // A failed load leaves nothing stale behind.
    QVERIFY(ids.isEmpty());
    QCOMPARE(ids.deviceName(0x10de, 0x25b6), QString());
}

void tst_PciIds::crlfLineEnds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pci.ids"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // No newline at the very end, and a UTF-8 name.
    f.write("10de  NVIDIA Corporation\r\n\t25b6  GA107GL [A2 / A16]\r\n1234  Caf\xc3\xa9 Systems\r\n\tabcd  "
            "Last");
    f.close();
    PciIds ids;
    QVERIFY(ids.load(path));
    QCOMPARE(ids.vendorName(0x10de), QStringLiteral("NVIDIA Corporation"));
    QCOMPARE(ids.deviceName(0x10de, 0x25b6), QStringLiteral("GA107GL [A2 / A16]"));
    QCOMPARE(ids.vendorName(0x1234), QStringLiteral("Caf\u00e9 Systems"));
    QCOMPARE(ids.deviceName(0x1234, 0xabcd), QStringLiteral("Last"));
}

void tst_PciIds::systemFile()
{
    const QString path = PciIds::systemPath();
    if (path.isEmpty())
        QSKIP("no pci.ids on this system");
    QVERIFY(QFile::exists(path));
    // Best of three, so that a busy build machine does not fail a test about our own cost.
    PciIds ids;
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        QVERIFY(ids.load(path));
        best = std::min(best, t.elapsed());
    }
    qInfo("loaded %s in %lld ms", qPrintable(path), best);
#ifndef GPUVIRT_SANITIZED // under a sanitizer the time says nothing about the product (sanitized.h)
    QVERIFY2(best < 100, qPrintable(QString::number(best)));
#endif
    QCOMPARE(ids.vendorName(0x10de), QStringLiteral("NVIDIA Corporation"));
    QVERIFY(!ids.deviceName(0x10de, 0x25b6).isEmpty());
    QVERIFY(ids.deviceName(0x10de, 0x25b6).contains(QStringLiteral("A16")));
}

QTEST_APPLESS_MAIN(tst_PciIds)
#include "tst_pciids.moc"
