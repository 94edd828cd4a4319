#include "scheduler/rmpvmrl.h"

#include <QTest>


namespace {
SchedulerSetting setting(SchedulerSetting::Policy p, int ts = 0, int aa = 0, int hz = 0)
{
    SchedulerSetting s;
    s.policy = p;
    s.timeSliceMs = ts;
    s.averagingFactor = aa;
    s.frequencyHz = hz;
    return s;
}
} // namespace

class tst_RmPVMRL : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesDesignExamples_data();
    void decodesDesignExamples();
    void everyTimeSliceRoundTrips();
    void everyFrequencyFormRoundTrips();
    void encodeFillsDefaultAveragingFactor();
    void refusesInvalidValues_data();
    void refusesInvalidValues();
    void refusesInvalidSettings_data();
    void refusesInvalidSettings();
    void parsesText_data();
    void parsesText();
    void refusesBadText_data();
    void refusesBadText();
    void formats();
    void defaults();
    void policyKeys();
};

void tst_RmPVMRL::decodesDesignExamples_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("timeSliceMs");
    QTest::addColumn<int>("averagingFactor");
    QTest::addColumn<int>("frequencyHz");
    QTest::newRow("0x00 best effort") << 0x00u << int(SchedulerSetting::BestEffort) << 0 << 0 << 0;
    QTest::newRow("0x01 equal share") << 0x01u << int(SchedulerSetting::EqualShare) << 0 << 0 << 0;
    QTest::newRow("0x11 fixed share") << 0x11u << int(SchedulerSetting::FixedShare) << 0 << 0 << 0;
    QTest::newRow("equal 3 ms") << 0x00030001u << int(SchedulerSetting::EqualShare) << 3 << 0 << 0;
    QTest::newRow("equal 10 ms") << 0x000A0001u << int(SchedulerSetting::EqualShare) << 10 << 0 << 0;
    QTest::newRow("fixed 10 ms") << 0x000A0011u << int(SchedulerSetting::FixedShare) << 10 << 0 << 0;
    QTest::newRow("equal 1 ms") << 0x00010001u << int(SchedulerSetting::EqualShare) << 1 << 0 << 0;
    QTest::newRow("fixed 30 ms") << 0x001E0011u << int(SchedulerSetting::FixedShare) << 30 << 0 << 0;
    QTest::newRow("AA 33, 480 Hz, equal") << 0x211E0001u << int(SchedulerSetting::EqualShare) << 0 << 33 << 480;
    QTest::newRow("AA 33, 960 Hz, fixed") << 0x213C0011u << int(SchedulerSetting::FixedShare) << 0 << 33 << 960;
    QTest::newRow("AA 1, 63 Hz, best effort") << 0x0103F000u << int(SchedulerSetting::BestEffort) << 0 << 1 << 63;
    QTest::newRow("AA 60, 960 Hz, equal") << 0x3C3C0001u << int(SchedulerSetting::EqualShare) << 0 << 60 << 960;
}

void tst_RmPVMRL::decodesDesignExamples()
{
    QFETCH(quint32, value);
    QFETCH(int, policy);
    QFETCH(int, timeSliceMs);
    QFETCH(int, averagingFactor);
    QFETCH(int, frequencyHz);
    const auto decoded = decodeRmPVMRL(value);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    const SchedulerSetting expected = setting(SchedulerSetting::Policy(policy), timeSliceMs, averagingFactor, frequencyHz);
    QCOMPARE(decoded->policy, expected.policy);
    QCOMPARE(decoded->timeSliceMs, expected.timeSliceMs);
    QCOMPARE(decoded->averagingFactor, expected.averagingFactor);
    QCOMPARE(decoded->frequencyHz, expected.frequencyHz);
    const auto encoded = encodeRmPVMRL(*decoded);
    QVERIFY(encoded.ok());
    QCOMPARE(*encoded, value);
}

void tst_RmPVMRL::everyTimeSliceRoundTrips()
{
    for (auto p : {SchedulerSetting::EqualShare, SchedulerSetting::FixedShare}) {
        for (int ms = 0; ms <= 30; ++ms) {
            const SchedulerSetting s = setting(p, ms);
            const auto v = encodeRmPVMRL(s);
            QVERIFY(v.ok());
            QCOMPARE(*v, (quint32(ms) << 16) | RmPVMRL::policyBits(p));
            const auto back = decodeRmPVMRL(*v);
            QVERIFY(back.ok());
            QCOMPARE(*back, s);
        }
    }
    const auto be = encodeRmPVMRL(setting(SchedulerSetting::BestEffort));
    QVERIFY(be.ok());
    QCOMPARE(*be, 0u);
    QCOMPARE(*decodeRmPVMRL(0), setting(SchedulerSetting::BestEffort));
}

void tst_RmPVMRL::everyFrequencyFormRoundTrips()
{
    int checked = 0;
    for (auto p : {SchedulerSetting::BestEffort, SchedulerSetting::EqualShare, SchedulerSetting::FixedShare}) {
        for (int aa = 1; aa <= 60; ++aa) {
            for (int hz = 63; hz <= 960; hz += (hz < 70 || hz > 950) ? 1 : 37) {
                const SchedulerSetting s = setting(p, 0, aa, hz);
                const auto v = encodeRmPVMRL(s);
                QVERIFY(v.ok());
                QCOMPARE(*v >> 24, quint32(aa));
                QCOMPARE((*v >> 12) & 0xFFFu, quint32(hz));
                QCOMPARE(*v & 0xFFFu, quint32(RmPVMRL::policyBits(p)));
                const auto back = decodeRmPVMRL(*v);
                QVERIFY2(back.ok(), qPrintable(RmPVMRL::format(*v)));
                QCOMPARE(*back, s);
                ++checked;
            }
        }
    }
    QVERIFY(checked > 3 * 60 * 20);
}

void tst_RmPVMRL::encodeFillsDefaultAveragingFactor()
{
    const auto v = encodeRmPVMRL(setting(SchedulerSetting::EqualShare, 0, 0, 480));
    QVERIFY(v.ok());
    QCOMPARE(*v, 0x211E0001u);
    QCOMPARE(decodeRmPVMRL(*v)->averagingFactor, RmPVMRL::kDefaultAveragingFactor);
}

void tst_RmPVMRL::refusesInvalidValues_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("field"); // the detail must name it
    QTest::newRow("TT=0x1F (31 ms)") << 0x001F0001u << "TT";
    QTest::newRow("TT=0xFF") << 0x00FF0011u << "TT";
    QTest::newRow("TT with best effort") << 0x00030000u << "TT";
    QTest::newRow("AA=0 with a frequency") << 0x001E1001u << "AA";
    QTest::newRow("AA=0, FFF=480 in the low nibble") << 0x0001F001u << "AA";
    QTest::newRow("AA=61") << 0x3D1E0001u << "AA";
    QTest::newRow("AA=0xFF") << 0xFF1E0001u << "AA";
    QTest::newRow("FFF=62") << 0x2103E001u << "FFF";
    QTest::newRow("FFF=961") << 0x213C1001u << "FFF";
    QTest::newRow("FFF=0") << 0x21000001u << "FFF";
    QTest::newRow("PP=0x02") << 0x02u << "PP";
    QTest::newRow("PP=0x10") << 0x10u << "PP";
    QTest::newRow("PP=0x21") << 0x00030021u << "PP";
    QTest::newRow("PP=0xFF") << 0xFFFFFFFFu << "PP";
    QTest::newRow("reserved bits") << 0x00000101u << "reserved";
    QTest::newRow("reserved bits, frequency form") << 0x211E0F01u << "reserved";
}

void tst_RmPVMRL::refusesInvalidValues()
{
    QFETCH(quint32, value);
    QFETCH(QString, field);
    const auto r = decodeRmPVMRL(value);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().summary.isEmpty());
    QVERIFY(!r.error().summary.contains(QLatin1Char('\n')));
    QVERIFY2(r.error().detail.contains(field), qPrintable(r.error().detail));
    QVERIFY2(r.error().detail.contains(RmPVMRL::format(value)), qPrintable(r.error().detail));
    // Text form gives the same refusal.
    const auto t = decodeRmPVMRLText(RmPVMRL::format(value));
    QVERIFY(!t.ok());
    QCOMPARE(t.error().summary, r.error().summary);
}

void tst_RmPVMRL::refusesInvalidSettings_data()
{
    QTest::addColumn<SchedulerSetting>("s");
    QTest::addColumn<QString>("field");
    QTest::newRow("TT=31") << setting(SchedulerSetting::EqualShare, 31) << "TT";
    QTest::newRow("TT=-1") << setting(SchedulerSetting::FixedShare, -1) << "TT";
    QTest::newRow("TT with best effort") << setting(SchedulerSetting::BestEffort, 5) << "TT";
    QTest::newRow("AA=61") << setting(SchedulerSetting::EqualShare, 0, 61, 480) << "AA";
    QTest::newRow("AA=-1") << setting(SchedulerSetting::EqualShare, 0, -1, 480) << "AA";
    QTest::newRow("FFF=62") << setting(SchedulerSetting::EqualShare, 0, 33, 62) << "FFF";
    QTest::newRow("FFF=961") << setting(SchedulerSetting::FixedShare, 0, 33, 961) << "FFF";
    QTest::newRow("AA without frequency") << setting(SchedulerSetting::FixedShare, 0, 20, 0) << "FFF";
    QTest::newRow("time slice and frequency") << setting(SchedulerSetting::EqualShare, 3, 33, 480) << "time slice";
    QTest::newRow("unknown policy") << setting(SchedulerSetting::Policy(7)) << "policy";
}

void tst_RmPVMRL::refusesInvalidSettings()
{
    QFETCH(SchedulerSetting, s);
    QFETCH(QString, field);
    const auto r = encodeRmPVMRL(s);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().summary.isEmpty());
    QVERIFY2(r.error().detail.contains(field), qPrintable(r.error().detail));
}

void tst_RmPVMRL::parsesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("value");
    QTest::newRow("0x01") << "0x01" << 0x01u;
    QTest::newRow("01") << "01" << 0x01u;
    QTest::newRow("11 is hex") << "11" << 0x11u;
    QTest::newRow("0x11") << "0x11" << 0x11u;
    QTest::newRow("0X upper") << "0X000A0001" << 0x000A0001u;
    QTest::newRow("lower-case digits") << "0x000a0001" << 0x000A0001u;
    QTest::newRow("no prefix") << "00030001" << 0x00030001u;
    QTest::newRow("short no prefix") << "a0011" << 0x000A0011u;
    QTest::newRow("blanks") << "  0x211E0001\t" << 0x211E0001u;
    QTest::newRow("registry form") << "RmPVMRL=0x00030011" << 0x00030011u;
    QTest::newRow("registry form, blanks") << "RmPVMRL = 0x01" << 0x01u;
    QTest::newRow("leading zeros beyond 8 digits") << "0x0000000000000011" << 0x11u;
    QTest::newRow("zero") << "0x0" << 0u;
    QTest::newRow("max") << "0xFFFFFFFF" << 0xFFFFFFFFu;
}

void tst_RmPVMRL::parsesText()
{
    QFETCH(QString, text);
    QFETCH(quint32, value);
    const auto r = RmPVMRL::parseText(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(*r, value);
}

void tst_RmPVMRL::refusesBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("only prefix") << "0x";
    QTest::newRow("not hex") << "0x0G";
    QTest::newRow("decimal point") << "1.5";
    QTest::newRow("negative") << "-1";
    QTest::newRow("too wide") << "0x100000000";
    QTest::newRow("other key") << "RmFoo=0x01";
    QTest::newRow("key without =") << "RmPVMRL 0x01";
}

void tst_RmPVMRL::refusesBadText()
{
    QFETCH(QString, text);
    const auto r = RmPVMRL::parseText(text);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().summary.isEmpty());
    QVERIFY(!r.error().detail.isEmpty());
}

void tst_RmPVMRL::formats()
{
    QCOMPARE(RmPVMRL::format(0x000A0001u), QStringLiteral("0x000A0001"));
    QCOMPARE(RmPVMRL::format(0x01u), QStringLiteral("0x00000001"));
    QCOMPARE(RmPVMRL::format(0x211E0011u), QStringLiteral("0x211E0011"));
    for (quint32 v : {0u, 0x11u, 0x00030001u, 0x3C3C0011u, 0xFFFFFFFFu})
        QCOMPARE(*RmPVMRL::parseText(RmPVMRL::format(v)), v);
}

void tst_RmPVMRL::defaults()
{
    QCOMPARE(defaultTimeSliceMs(1), 2);
    QCOMPARE(defaultTimeSliceMs(4), 2);
    QCOMPARE(defaultTimeSliceMs(8), 2);
    QCOMPARE(defaultTimeSliceMs(9), 1);
    QCOMPARE(defaultTimeSliceMs(16), 1);
    QCOMPARE(defaultTimeSliceMs(32), 1);
    QCOMPARE(defaultFrequencyHz(8), 480);
    QCOMPARE(defaultFrequencyHz(16), 960);
    QCOMPARE(effectiveTimeSliceUs(setting(SchedulerSetting::EqualShare), 8), 2000);
    QCOMPARE(effectiveTimeSliceUs(setting(SchedulerSetting::EqualShare), 16), 1000);
    QCOMPARE(effectiveTimeSliceUs(setting(SchedulerSetting::FixedShare, 10), 16), 10000);
    QCOMPARE(effectiveTimeSliceUs(setting(SchedulerSetting::EqualShare, 0, 33, 480), 16), 2083);
    QCOMPARE(effectiveTimeSliceUs(setting(SchedulerSetting::EqualShare, 0, 33, 960), 4), 1042);
}

void tst_RmPVMRL::policyKeys()
{
    for (auto p : {SchedulerSetting::BestEffort, SchedulerSetting::EqualShare, SchedulerSetting::FixedShare}) {
        QCOMPARE(RmPVMRL::policyFromKey(RmPVMRL::policyKey(p)), p);
        QVERIFY(!RmPVMRL::policyDisplayName(p).isEmpty());
    }
    QVERIFY(!RmPVMRL::policyFromKey(u"round-robin").has_value());
}

QTEST_GUILESS_MAIN(tst_RmPVMRL)
#include "tst_rmpvmrl.moc"
