#include "model/vgputype.h"

#include <QTest>

class tst_VgpuType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void editions();
    void boardLookup();
    void maxInstances_data();
    void maxInstances();
};

void tst_VgpuType::parseValid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("board");
    QTest::addColumn<int>("framebufferMB");
    QTest::addColumn<QString>("series");
    QTest::addColumn<bool>("mig");
    QTest::addColumn<int>("slices");
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("A16-2Q") << "A16-2Q"
                            << "A16" << 2048 << "Q" << false << 0 << "vWS"
                            << "A16-2Q";
    QTest::newRow("NVIDIA prefix") << "NVIDIA A16-2Q"
                                   << "A16" << 2048 << "Q" << false << 0 << "vWS"
                                   << "A16-2Q";
    QTest::newRow("GRID prefix, 512 MB") << "GRID M60-0Q"
                                         << "M60" << 512 << "Q" << false << 0 << "vWS"
                                         << "M60-0Q";
    QTest::newRow("B series") << "A16-1B"
                              << "A16" << 1024 << "B" << false << 0 << "vPC"
                              << "A16-1B";
    QTest::newRow("A series") << "NVIDIA L40S-48A"
                              << "L40S" << 49152 << "A" << false << 0 << "vApps"
                              << "L40S-48A";
    QTest::newRow("time-sliced C") << "L40S-24C"
                                   << "L40S" << 24576 << "C" << false << 0 << "vCS"
                                   << "L40S-24C";
    QTest::newRow("MIG A100-3-40C") << "A100-3-40C"
                                    << "A100" << 40960 << "C" << true << 3 << "vCS"
                                    << "A100-3-40C";
    QTest::newRow("MIG with prefix") << "NVIDIA H100-1-10C"
                                     << "H100" << 10240 << "C" << true << 1 << "vCS"
                                     << "H100-1-10C";
    QTest::newRow("hyphenated board") << "RTX6000-Ada-4Q"
                                      << "RTX6000-Ada" << 4096 << "Q" << false << 0 << "vWS"
                                      << "RTX6000-Ada-4Q";
    QTest::newRow("surrounding space") << "  A16-16Q "
                                       << "A16" << 16384 << "Q" << false << 0 << "vWS"
                                       << "A16-16Q";
}

void tst_VgpuType::parseValid()
{
    QFETCH(QString, name);
    QFETCH(QString, board);
    QFETCH(int, framebufferMB);
    QFETCH(QString, series);
    QFETCH(bool, mig);
    QFETCH(int, slices);
    QFETCH(QString, edition);
    QFETCH(QString, canonical);

    const auto t = VgpuTypeName::parse(name);
    QVERIFY(t.has_value());
    QCOMPARE(t->board, board);
    QCOMPARE(t->framebufferMB, framebufferMB);
    QCOMPARE(VgpuTypeName::seriesLetter(t->series), series);
    QCOMPARE(t->migBacked, mig);
    QCOMPARE(t->computeSlices, slices);
    QCOMPARE(VgpuTypeName::editionKey(t->edition()), edition);
    QCOMPARE(t->canonicalName(), canonical);
}

void tst_VgpuType::parseInvalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown series") << "A16-2X";
    QTest::newRow("empty") << "";
    QTest::newRow("eight MIG slices") << "A100-9-40C";
    QTest::newRow("zero MIG slices") << "A100-0-40C";
    QTest::newRow("MIG profile not C") << "A100-3-40Q";
    QTest::newRow("no board") << "-2Q";
    QTest::newRow("no size") << "A16-Q";
    QTest::newRow("no hyphen") << "A162Q";
    QTest::newRow("lower-case series") << "A16-2q";
    QTest::newRow("four-digit size") << "A16-2048Q";
    QTest::newRow("trailing junk") << "A16-2Q (vWS)";
    QTest::newRow("other vendor's mdev") << "i915-GVTg_V5_4";
}

void tst_VgpuType::parseInvalid()
{
    QFETCH(QString, name);
    QVERIFY2(!VgpuTypeName::parse(name).has_value(), qPrintable(name));
}

void tst_VgpuType::editions()
{
    QCOMPARE(VgpuTypeName::editionFor(VgpuSeries::Q), LicenseEdition::VWS);
    QCOMPARE(VgpuTypeName::editionFor(VgpuSeries::B), LicenseEdition::VPC);
    QCOMPARE(VgpuTypeName::editionFor(VgpuSeries::A), LicenseEdition::VApps);
    QCOMPARE(VgpuTypeName::editionFor(VgpuSeries::C), LicenseEdition::VCS);
    QCOMPARE(VgpuTypeName::editionFor(VgpuSeries::Unknown), LicenseEdition::None);
    QCOMPARE(VgpuTypeName::editionKey(LicenseEdition::None), QString());
    QCOMPARE(VgpuTypeName::seriesLetter(VgpuSeries::Unknown), QString());
}

void tst_VgpuType::boardLookup()
{
    const GpuBoardInfo a16 = GpuBoardInfo::lookup(u"a16");
    QCOMPARE(a16.board, QStringLiteral("A16"));
    QCOMPARE(a16.framebufferMB, 16384);
    QCOMPARE(a16.migCapable, false);
    const GpuBoardInfo a100 = GpuBoardInfo::lookup(u"A100");
    QCOMPARE(a100.framebufferMB, 81920);
    QCOMPARE(a100.migCapable, true);
    const GpuBoardInfo unknown = GpuBoardInfo::lookup(u"Z99");
    QCOMPARE(unknown.board, QStringLiteral("Z99"));
    QCOMPARE(unknown.framebufferMB, 0);
}

void tst_VgpuType::maxInstances_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("max");
    QTest::newRow("A16-2Q") << "A16-2Q" << 8;
    QTest::newRow("A16-1Q") << "A16-1Q" << 16;
    QTest::newRow("A16-0B is capped at 32") << "A16-0B" << 32;
    QTest::newRow("L40S-1Q: 48 would fit, 32 is the ceiling") << "L40S-1Q" << 32;
    QTest::newRow("L40S-48Q") << "L40S-48Q" << 1;
    QTest::newRow("A100-3-40C") << "A100-3-40C" << 2;
    QTest::newRow("A100-1-20C: memory bound") << "A100-1-20C" << 4;
    QTest::newRow("A100-1-10C: compute bound") << "A100-1-10C" << 7;
    QTest::newRow("A100-7-80C") << "A100-7-80C" << 1;
    QTest::newRow("unknown board") << "Z99-2Q" << 0;
}

void tst_VgpuType::maxInstances()
{
    QFETCH(QString, name);
    QFETCH(int, max);
    const auto t = VgpuTypeName::parse(name);
    QVERIFY(t.has_value());
    QCOMPARE(maxInstancesPerGpu(*t), max);
}

QTEST_APPLESS_MAIN(tst_VgpuType)
#include "tst_vgputype.moc"
