// MIG profiles, legal start positions and the deterministic first-fit layout.
#include "model/miglayout.h"

#include <QTest>

using namespace MigLayout;

class TestMigLayout : public QObject
{
    Q_OBJECT

private:
    static QList<Placement> placedOf(const QList<std::optional<Placement>> &result)
    {
        QList<Placement> out;
        for (const auto &p : result)
            if (p)
                out.append(*p);
        return out;
    }
    static void verifyNoOverlap(const QList<Placement> &placed)
    {
        for (qsizetype i = 0; i < placed.size(); ++i)
            for (qsizetype j = i + 1; j < placed.size(); ++j)
                QVERIFY2(!overlaps(placed[i], placed[j]),
                         qPrintable(QStringLiteral("%1 vs %2").arg(i).arg(j)));
    }

private Q_SLOTS:
    void legalStarts_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("compute");
        QTest::addColumn<int>("memory");
        QTest::addColumn<QList<int>>("starts");
        QTest::newRow("1g.10gb") << int(Profile::G1_10) << "1g.10gb" << 1 << 1
                                 << QList<int>{0, 1, 2, 3, 4, 5, 6};
        QTest::newRow("1g.20gb") << int(Profile::G1_20) << "1g.20gb" << 1 << 2 << QList<int>{0, 2, 4, 6};
        QTest::newRow("2g.20gb") << int(Profile::G2_20) << "2g.20gb" << 2 << 2 << QList<int>{0, 2, 4};
        QTest::newRow("3g.40gb") << int(Profile::G3_40) << "3g.40gb" << 3 << 4 << QList<int>{0, 4};
        QTest::newRow("4g.40gb") << int(Profile::G4_40) << "4g.40gb" << 4 << 4 << QList<int>{0};
        QTest::newRow("7g.80gb") << int(Profile::G7_80) << "7g.80gb" << 7 << 8 << QList<int>{0};
    }
    void legalStarts()
    {
        QFETCH(int, profile);
        QFETCH(QString, name);
        QFETCH(int, compute);
        QFETCH(int, memory);
        QFETCH(QList<int>, starts);
        const ProfileInfo i = info(Profile(profile));
        QCOMPARE(i.name, name);
        QCOMPARE(i.computeSlices, compute);
        QCOMPARE(i.memorySlices, memory);
        QCOMPARE(i.starts, starts);
        // Every legal start keeps the instance inside the 8 memory and 7 compute slices.
        for (int s : starts) {
            QVERIFY(s + memory <= MemorySlices);
            QVERIFY(s + compute <= ComputeSlices);
        }
        QCOMPARE(firstFit({}, Profile(profile)), std::optional<int>(0));
    }

    void profileForTypeNames_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("board");
        QTest::addColumn<int>("profile"); // -1: none
        QTest::newRow("A100-1-10C") << "NVIDIA A100-1-10C" << 0 << int(Profile::G1_10);
        QTest::newRow("A100-1-20C") << "A100-1-20C" << 0 << int(Profile::G1_20);
        QTest::newRow("A100-2-20C") << "A100-2-20C" << 0 << int(Profile::G2_20);
        QTest::newRow("A100-3-40C") << "A100-3-40C" << 0 << int(Profile::G3_40);
        QTest::newRow("A100-4-40C") << "A100-4-40C" << 0 << int(Profile::G4_40);
        QTest::newRow("A100-7-80C") << "A100-7-80C" << 0 << int(Profile::G7_80);
        QTest::newRow("A100 40GB 1g.5gb") << "A100-1-5C" << 40 * 1024 << int(Profile::G1_10);
        QTest::newRow("H200 1g.18gb") << "H200X-1-18C" << 141 * 1024 << int(Profile::G1_10);
        QTest::newRow("H200 3g.71gb") << "H200X-3-71C" << 141 * 1024 << int(Profile::G3_40);
        QTest::newRow("time-sliced") << "A100-40C" << 0 << -1;
        QTest::newRow("odd shape") << "A100-5-40C" << 0 << -1;
    }
    void profileForTypeNames()
    {
        QFETCH(QString, type);
        QFETCH(int, board);
        QFETCH(int, profile);
        const auto t = VgpuTypeName::parse(type);
        QVERIFY(t);
        const auto p = profileFor(*t, board);
        if (profile < 0)
            QVERIFY(!p);
        else
            QCOMPARE(int(p.value_or(Profile::G7_80)), profile);
    }

    void threeThenFourFits()
    {
        const auto r = layout({Profile::G3_40, Profile::G4_40});
        QVERIFY(r[0] && r[1]);
        QCOMPARE(r[1]->start, 0); // the 4g.40gb can only start at 0, so it goes first
        QCOMPARE(r[0]->start, 4);
        verifyNoOverlap(placedOf(r));
        // Placing one by one in arrival order is not as lucky: first fit puts the 3g at 0.
        QCOMPARE(firstFit({Placement{Profile::G3_40, 0}}, Profile::G4_40), std::nullopt);
    }

    void twoFourDoNotFit()
    {
        const auto r = layout({Profile::G4_40, Profile::G4_40});
        QVERIFY(r[0]);
        QVERIFY(!r[1]);
        QCOMPARE(firstFit({Placement{Profile::G4_40, 0}}, Profile::G4_40), std::nullopt);
    }

    void sevenSmallFillIt()
    {
        const QList<Profile> seven(7, Profile::G1_10);
        const auto r = layout(seven);
        const QList<Placement> placed = placedOf(r);
        QCOMPARE(placed.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(r[i]->start, i); // equal sizes keep input order
        verifyNoOverlap(placed);
        for (Profile p : allProfiles())
            QCOMPARE(firstFit(placed, p), std::nullopt);
    }

    void atMostSevenInstances()
    {
        const auto r = layout(QList<Profile>(9, Profile::G1_10));
        QCOMPARE(placedOf(r).size(), MaxInstances);
        QVERIFY(!r[7] && !r[8]);
    }

    void oneG20LimitedToFour()
    {
        const auto r = layout(QList<Profile>(5, Profile::G1_20));
        const QList<Placement> placed = placedOf(r);
        QCOMPARE(placed.size(), 4);
        QList<int> starts;
        for (const Placement &p : placed)
            starts.append(p.start);
        QCOMPARE(starts, (QList<int>{0, 2, 4, 6}));
        QVERIFY(!r[4]);
        verifyNoOverlap(placed);
    }

    void mixedLayoutIsLargestFirstAndStable()
    {
        const QList<Profile> in{Profile::G1_10, Profile::G3_40, Profile::G2_20, Profile::G1_10};
        const auto r = layout(in);
        QCOMPARE(r, layout(in));  // deterministic
        QCOMPARE(r[1]->start, 0); // 3g.40gb first, at 0..3
        QCOMPARE(r[2]->start, 4); // 2g.20gb at 4..5
        QCOMPARE(r[0]->start, 6); // the 1g.10gb instances fill what is left, in input order
        QVERIFY(!r[3]);           // slice 7 has memory but no compute slice of its own
        verifyNoOverlap(placedOf(r));
    }

    void wholeGpuExcludesEverything()
    {
        const QList<Placement> placed{Placement{Profile::G7_80, 0}};
        for (Profile p : allProfiles())
            QCOMPARE(firstFit(placed, p), std::nullopt);
    }

    void noOverlapForAnySequence()
    {
        // Every sequence of up to four profiles: whatever is placed never overlaps and respects the tables.
        const QList<Profile> all = allProfiles();
        const int n = int(all.size());
        for (int len = 1; len <= 4; ++len) {
            int combos = 1;
            for (int i = 0; i < len; ++i)
                combos *= n;
            for (int c = 0; c < combos; ++c) {
                QList<Profile> seq;
                for (int i = 0, v = c; i < len; ++i, v /= n)
                    seq.append(all[v % n]);
                const QList<Placement> placed = placedOf(layout(seq));
                QVERIFY(!placed.isEmpty());
                verifyNoOverlap(placed);
                for (const Placement &p : placed)
                    QVERIFY(info(p.profile).starts.contains(p.start));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMigLayout)
#include "tst_miglayout.moc"
