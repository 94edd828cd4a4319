#include "scheduler/timeslice.h"
#include "../support/sanitized.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

namespace {
constexpr double kEps = 1e-9;

SimVgpu vgpu(const QString &name, SimWorkload w, int maxInstances = 8, double frlCap = 100)
{
    SimVgpu v;
    v.name = name;
    v.workload = w;
    v.maxInstances = maxInstances;
    v.frameRateCapPercent = frlCap;
    return v;
}

SimConfig config(SchedulerSetting::Policy policy, QList<SimVgpu> vgpus, int timeSliceMs = 0, int durationMs = 2000)
{
    SimConfig c;
    c.vgpus = std::move(vgpus);
    c.scheduler.policy = policy;
    c.scheduler.timeSliceMs = timeSliceMs;
    c.durationMs = durationMs;
    return c;
}

SimResult run(const SimConfig &c)
{
    auto r = simulateTimeSlices(c);
    if (!r.ok())
        qFatal("simulation refused: %s", qPrintable(r.error().toString()));
    return std::move(r).value();
}

// Checks the invariants every result has, whatever the policy.
void checkInvariants(const SimConfig &c, const SimResult &r)
{
    QCOMPARE(r.vgpus.size(), c.vgpus.size());
    const qsizetype samples = r.busy.size();
    QCOMPARE(r.sampleStartMs.size(), samples);
    QCOMPARE(r.wasted.size(), samples);
    for (qsizetype w = 0; w < samples; ++w) {
        double sum = 0;
        for (const SimVgpuResult &v : r.vgpus) {
            QCOMPARE(v.share.size(), samples);
            QVERIFY(v.share[w] >= 0);
            QVERIFY(v.share[w] <= 1 + kEps);
            sum += v.share[w];
        }
        QVERIFY2(sum <= 1 + kEps, qPrintable(QStringLiteral("window %1 sums to %2").arg(w).arg(sum, 0, 'g', 17)));
        QVERIFY(std::abs(sum - r.busy[w]) < 1e-9);
        QVERIFY(r.busy[w] + r.wasted[w] <= 1 + kEps);
    }
}
} // namespace

class tst_TimeSlice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bestEffortIsWorkConserving_data();
    void bestEffortIsWorkConserving();
    void bestEffortNeverIdlesWithWorkQueued();
    void bestEffortSharesAmongGreedyVgpus();
    void equalShareIsEqualAmongRunningVgpus();
    void equalShareDoesNotGiveUnusedShareAway();
    void equalShareFollowsTheNumberOfRunningVgpus();
    void fixedShareIsConstantAtOneOverMaxInstances();
    void fixedShareRefusesMixedSizesAndOverflow();
    void sharesNeverExceedTheGpu();
    void worstWaitGrowsWithVgpusAndTimeSlice();
    void frameRateLimiter();
    void timeSliceDefaultsAndSetting();
    void burstWorkloadShowsInTheSeries();
    void deterministic();
    void refusesInvalidConfigurations_data();
    void refusesInvalidConfigurations();
    void fastEnough();
};

void tst_TimeSlice::bestEffortIsWorkConserving_data()
{
    QTest::addColumn<QList<double>>("percents");
    QTest::newRow("light") << QList<double>{10, 20, 5};
    QTest::newRow("exactly full") << QList<double>{50, 25, 25};
    QTest::newRow("overloaded") << QList<double>{80, 70, 10, 0};
    QTest::newRow("one greedy") << QList<double>{100};
    QTest::newRow("many small") << QList<double>{3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
    QTest::newRow("all idle") << QList<double>{0, 0};
}

void tst_TimeSlice::bestEffortIsWorkConserving()
{
    QFETCH(QList<double>, percents);
    QList<SimVgpu> vgpus;
    double total = 0;
    for (double p : percents) {
        vgpus.append(vgpu(QStringLiteral("vm%1").arg(vgpus.size()), SimWorkload::steady(p)));
        total += p / 100;
    }
    const SimConfig c = config(SchedulerSetting::BestEffort, vgpus);
    const SimResult r = run(c);
    checkInvariants(c, r);
    for (qsizetype w = 0; w < r.busy.size(); ++w) {
        double demand = 0;
        for (const auto &v : r.vgpus)
            demand += v.demand[w];
        QVERIFY(std::abs(demand - total) < 1e-9);
        QVERIFY2(std::abs(r.busy[w] - std::min(1.0, total)) < 1e-9,
                 qPrintable(QStringLiteral("window %1: busy %2, demand %3").arg(w).arg(r.busy[w]).arg(total)));
        QCOMPARE(r.wasted[w], 0.0);
    }
    // Under capacity every vGPU gets exactly what it asks.
    if (total <= 1) {
        for (qsizetype i = 0; i < percents.size(); ++i)
            QVERIFY(std::abs(r.vgpus[i].averageShare - percents[i] / 100) < 1e-9);
    }
}

void tst_TimeSlice::bestEffortNeverIdlesWithWorkQueued()
{
    // Overlapping bursts overload the GPU for a while; the backlog drains afterwards, never with the GPU idle.
    const SimConfig c = config(SchedulerSetting::BestEffort,
                               {vgpu("a", SimWorkload::burst(200, 80, 100)), vgpu("b", SimWorkload::burst(300, 120, 90)),
                                vgpu("c", SimWorkload::steady(15)), vgpu("d", SimWorkload::idle())},
                               0, 3000);
    const SimResult r = run(c);
    checkInvariants(c, r);
    double served = 0, offered = 0;
    for (qsizetype w = 0; w < r.busy.size(); ++w) {
        QCOMPARE(r.wasted[w], 0.0);
        for (const auto &v : r.vgpus) {
            served += v.share[w];
            offered += v.demand[w];
        }
    }
    QVERIFY(served <= offered + kEps);
    QVERIFY(served > 0.9 * offered); // the small backlog left at the end is the difference
    QCOMPARE(r.vgpus[3].averageShare, 0.0);
    QCOMPARE(r.vgpus[3].worstWaitMs, 0.0);
}

void tst_TimeSlice::bestEffortSharesAmongGreedyVgpus()
{
    const SimConfig c = config(SchedulerSetting::BestEffort,
                               {vgpu("small", SimWorkload::steady(10)), vgpu("g1", SimWorkload::steady(100)),
                                vgpu("g2", SimWorkload::steady(100))});
    const SimResult r = run(c);
    checkInvariants(c, r);
    // The small one gets all it asks; the two greedy ones split the rest (idle time goes to whoever has work).
    QVERIFY(std::abs(r.vgpus[0].averageShare - 0.10) < 0.005);
    QVERIFY(std::abs(r.vgpus[1].averageShare - 0.45) < 0.01);
    QVERIFY(std::abs(r.vgpus[2].averageShare - 0.45) < 0.01);
}

void tst_TimeSlice::equalShareIsEqualAmongRunningVgpus()
{
    // Four running vGPUs (the idle one does not count): each greedy one gets exactly 1/4.
    SimConfig c = config(SchedulerSetting::EqualShare,
                         {vgpu("g1", SimWorkload::steady(100)), vgpu("g2", SimWorkload::steady(60)),
                          vgpu("g3", SimWorkload::steady(100)), vgpu("idle", SimWorkload::idle()),
                          vgpu("g4", SimWorkload::burst(100, 100, 100))},
                         2);
    c.sampleMs = 80; // a whole number of rounds of 4 × 2 ms
    const SimResult r = run(c);
    checkInvariants(c, r);
    QVERIFY(!r.frameRateLimiterActive);
    for (qsizetype w = 0; w < r.busy.size(); ++w) {
        for (int i : {0, 1, 2, 4})
            QVERIFY2(std::abs(r.vgpus[i].share[w] - 0.25) < 1e-9,
                     qPrintable(QStringLiteral("%1 window %2: %3").arg(r.vgpus[i].name).arg(w).arg(r.vgpus[i].share[w])));
        QCOMPARE(r.vgpus[3].share[w], 0.0);
    }
}

void tst_TimeSlice::equalShareDoesNotGiveUnusedShareAway()
{
    SimConfig c = config(SchedulerSetting::EqualShare,
                         {vgpu("g1", SimWorkload::steady(100)), vgpu("small", SimWorkload::steady(10)),
                          vgpu("g2", SimWorkload::steady(100))},
                         2);
    c.sampleMs = 60;
    c.durationMs = 1980; // whole windows
    const SimResult r = run(c);
    checkInvariants(c, r);
    for (qsizetype w = 0; w < r.busy.size(); ++w) {
        // The light vGPU's work queues until its slice comes: the first window misses what is still queued at
        // its end; from then on each window ends in the same phase of the 6 ms round and the share is exact.
        const double tolerance = w == 0 ? 0.01 : 1e-9;
        QVERIFY(std::abs(r.vgpus[0].share[w] - 1.0 / 3) < 1e-9);
        QVERIFY(std::abs(r.vgpus[2].share[w] - 1.0 / 3) < 1e-9);
        QVERIFY(std::abs(r.vgpus[1].share[w] - 0.10) < tolerance);
        // The small one's unused 23 % stays idle although the greedy ones have work queued.
        QVERIFY(std::abs(r.busy[w] - (2.0 / 3 + 0.10)) < tolerance);
        QVERIFY(std::abs(r.wasted[w] - (1.0 / 3 - 0.10)) < tolerance);
    }
    // The same mix under best effort gives the unused share away.
    SimConfig be = c;
    be.scheduler.policy = SchedulerSetting::BestEffort;
    be.scheduler.timeSliceMs = 0;
    const SimResult rb = run(be);
    QVERIFY(rb.vgpus[0].averageShare > r.vgpus[0].averageShare + 0.1);
    QVERIFY(std::abs(rb.busy.first() - 1.0) < 1e-9);
}

void tst_TimeSlice::equalShareFollowsTheNumberOfRunningVgpus()
{
    for (int n = 1; n <= 8; ++n) {
        QList<SimVgpu> vgpus;
        for (int i = 0; i < n; ++i)
            vgpus.append(vgpu(QStringLiteral("vm%1").arg(i), SimWorkload::steady(100)));
        vgpus.append(vgpu("idle", SimWorkload::idle()));
        const SimConfig c = config(SchedulerSetting::EqualShare, vgpus, 1, 840);
        const SimResult r = run(c);
        checkInvariants(c, r);
        for (int i = 0; i < n; ++i)
            QVERIFY2(std::abs(r.vgpus[i].averageShare - 1.0 / n) < 0.002,
                     qPrintable(QStringLiteral("n=%1: %2").arg(n).arg(r.vgpus[i].averageShare)));
        QCOMPARE(r.vgpus[n].averageShare, 0.0);
    }
}

void tst_TimeSlice::fixedShareIsConstantAtOneOverMaxInstances()
{
    // A 4-per-GPU type: each vGPU gets 1/4 whatever the others do.
    const QList<SimVgpu> two{vgpu("g1", SimWorkload::steady(100), 4), vgpu("g2", SimWorkload::steady(100), 4)};
    QList<SimVgpu> four = two;
    four.append(vgpu("small", SimWorkload::steady(10), 4));
    four.append(vgpu("idle", SimWorkload::idle(), 4));
    QList<SimVgpu> one{two.first()};

    QList<QList<double>> firstSeries;
    for (const auto &vgpus : {one, two, four}) {
        SimConfig c = config(SchedulerSetting::FixedShare, vgpus, 2);
        c.sampleMs = 80; // a whole number of rounds of 4 × 2 ms
        const SimResult r = run(c);
        checkInvariants(c, r);
        for (qsizetype w = 0; w < r.busy.size(); ++w) {
            for (qsizetype i = 0; i < vgpus.size(); ++i) {
                const double expected = vgpus[i].workload.neverBusy() ? 0.0 : std::min(0.25, vgpus[i].workload.percent / 100);
                QVERIFY2(std::abs(r.vgpus[i].share[w] - expected) < (w == 0 ? 0.01 : 1e-9),
                         qPrintable(QStringLiteral("%1 of %2, window %3: %4")
                                        .arg(vgpus[i].name)
                                        .arg(vgpus.size())
                                        .arg(w)
                                        .arg(r.vgpus[i].share[w])));
            }
        }
        firstSeries.append(r.vgpus[0].share);
    }
    QCOMPARE(firstSeries[0], firstSeries[1]);
    QCOMPARE(firstSeries[0], firstSeries[2]);

    // A 16-per-GPU type: 1/16, default time slice 1 ms.
    SimConfig c16 = config(SchedulerSetting::FixedShare, {vgpu("g", SimWorkload::steady(100), 16)});
    c16.sampleMs = 160;
    const SimResult r16 = run(c16);
    QCOMPARE(r16.timeSliceUs, 1000);
    for (double s : r16.vgpus[0].share)
        QVERIFY(std::abs(s - 1.0 / 16) < 1e-9);
}

void tst_TimeSlice::fixedShareRefusesMixedSizesAndOverflow()
{
    auto mixed = simulateTimeSlices(config(SchedulerSetting::FixedShare,
                                           {vgpu("a", SimWorkload::steady(50), 4), vgpu("b", SimWorkload::steady(50), 8)}));
    QVERIFY(!mixed.ok());
    QVERIFY(mixed.error().detail.contains(QLatin1String("\"b\"")));
    QList<SimVgpu> five;
    for (int i = 0; i < 5; ++i)
        five.append(vgpu(QStringLiteral("vm%1").arg(i), SimWorkload::steady(50), 4));
    auto overflow = simulateTimeSlices(config(SchedulerSetting::FixedShare, five));
    QVERIFY(!overflow.ok());
    QVERIFY(overflow.error().detail.contains(QLatin1String("maxInstances")));
    // Best effort and equal share accept mixed sizes.
    QVERIFY(simulateTimeSlices(config(SchedulerSetting::EqualShare,
                                      {vgpu("a", SimWorkload::steady(50), 4), vgpu("b", SimWorkload::steady(50), 8)}))
                .ok());
}

void tst_TimeSlice::sharesNeverExceedTheGpu()
{
    QRandomGenerator rng(20261122);
    for (int round = 0; round < 24; ++round) {
        const auto policy = SchedulerSetting::Policy(round % 3);
        const int maxInstances = QList<int>{2, 4, 8, 16, 32}[rng.bounded(5)];
        const int n = 1 + rng.bounded(maxInstances);
        QList<SimVgpu> vgpus;
        for (int i = 0; i < n; ++i) {
            SimWorkload w;
            switch (rng.bounded(3)) {
            case 0: w = SimWorkload::idle(); break;
            case 1: w = SimWorkload::steady(rng.bounded(101)); break;
            default: {
                const int period = 10 + rng.bounded(300);
                w = SimWorkload::burst(period, rng.bounded(period + 1), rng.bounded(101));
            }
            }
            vgpus.append(vgpu(QStringLiteral("vm%1").arg(i), w, maxInstances, 10 + rng.bounded(91)));
        }
        SimConfig c = config(policy, vgpus, policy == SchedulerSetting::BestEffort ? 0 : rng.bounded(31), 500);
        c.frameRateLimiter = rng.bounded(2) == 1;
        c.sampleMs = 10 + rng.bounded(90);
        const SimResult r = run(c);
        checkInvariants(c, r);
        if (policy == SchedulerSetting::BestEffort) {
            for (double wasted : r.wasted)
                QCOMPARE(wasted, 0.0);
        }
        for (qsizetype i = 0; i < n; ++i) {
            QVERIFY(r.vgpus[i].averageShare <= r.vgpus[i].averageDemand + kEps);
            if (policy == SchedulerSetting::FixedShare) {
                // At most one slice per round of maxInstances slices (a last partial round counts whole).
                const double roundMs = double(r.timeSliceUs) * maxInstances / 1000;
                const double rounds = std::ceil(c.durationMs / roundMs);
                QVERIFY(r.vgpus[i].averageShare * c.durationMs <= rounds * r.timeSliceUs / 1000 + 1e-6);
            }
        }
    }
}

void tst_TimeSlice::worstWaitGrowsWithVgpusAndTimeSlice()
{
    auto worstWait = [](SchedulerSetting::Policy policy, int n, int sliceMs) {
        QList<SimVgpu> vgpus;
        for (int i = 0; i < n; ++i)
            vgpus.append(vgpu(QStringLiteral("vm%1").arg(i), SimWorkload::steady(i == 0 ? 5 : 100), 32));
        const SimResult r = run(config(policy, vgpus, sliceMs, 1000));
        return r.vgpus[0].worstWaitMs;
    };
    for (auto policy : {SchedulerSetting::EqualShare, SchedulerSetting::FixedShare}) {
        double previous = -1;
        for (int n : {2, 4, 8, 16}) {
            const double w = worstWait(policy, n, 2);
            // Equal share: the round has one slice per running vGPU. Fixed share: one per instance of the
            // type, held or not, so the wait does not depend on how many vGPUs there are.
            if (policy == SchedulerSetting::EqualShare)
                QVERIFY2(w > previous, qPrintable(QStringLiteral("n=%1: %2 ms after %3 ms").arg(n).arg(w).arg(previous)));
            else
                QVERIFY(previous < 0 || w == previous);
            previous = w;
        }
        previous = -1;
        for (int sliceMs : {1, 2, 5, 10, 30}) {
            const double w = worstWait(policy, 4, sliceMs);
            QVERIFY(w > previous);
            previous = w;
        }
    }
    // Equal share: a light vGPU waits for the others' slices, (n - 1) × time slice.
    QVERIFY(std::abs(worstWait(SchedulerSetting::EqualShare, 4, 5) - 15.0) < 0.011);
    // Fixed share waits for every slot of the type, held or not: (32 - 1) × time slice.
    QVERIFY(std::abs(worstWait(SchedulerSetting::FixedShare, 4, 2) - 62.0) < 0.011);

    // Best effort (time slice from the frequency form): grows with the number of greedy vGPUs too.
    double previous = -1;
    for (int n : {2, 4, 8}) {
        QList<SimVgpu> vgpus;
        for (int i = 0; i < n; ++i)
            vgpus.append(vgpu(QStringLiteral("vm%1").arg(i), SimWorkload::steady(i == 0 ? 5 : 100)));
        SimConfig c = config(SchedulerSetting::BestEffort, vgpus, 0, 1000);
        c.scheduler.frequencyHz = 480;
        const SimResult r = run(c);
        QCOMPARE(r.timeSliceUs, 2080);
        QVERIFY(r.vgpus[0].worstWaitMs > previous);
        QVERIFY(std::abs(r.vgpus[0].averageShare - 0.05) < 0.005); // it still gets all it asks
        previous = r.vgpus[0].worstWaitMs;
    }
}

void tst_TimeSlice::frameRateLimiter()
{
    const QList<SimVgpu> vgpus{vgpu("capped", SimWorkload::steady(100), 8, 30), vgpu("light", SimWorkload::steady(20), 8, 30)};
    SimConfig on = config(SchedulerSetting::BestEffort, vgpus);
    const SimResult r = run(on);
    QVERIFY(r.frameRateLimiterActive);
    QVERIFY(std::abs(r.vgpus[0].averageShare - 0.30) < 1e-9);
    QVERIFY(std::abs(r.vgpus[1].averageShare - 0.20) < 1e-9);
    QVERIFY(std::abs(r.busy.first() - 0.50) < 1e-9);

    SimConfig off = on;
    off.frameRateLimiter = false;
    const SimResult ro = run(off);
    QVERIFY(!ro.frameRateLimiterActive);
    QVERIFY(std::abs(ro.vgpus[0].averageShare - 0.80) < 1e-9);
    QVERIFY(std::abs(ro.busy.first() - 1.0) < 1e-9);

    // Equal and fixed share turn the limiter off.
    for (auto policy : {SchedulerSetting::EqualShare, SchedulerSetting::FixedShare}) {
        SimConfig c = on;
        c.scheduler.policy = policy;
        const SimResult re = run(c);
        QVERIFY(!re.frameRateLimiterActive);
        QVERIFY(re.vgpus[0].averageShare > 0.30 + 0.05 || policy == SchedulerSetting::FixedShare);
    }
}

void tst_TimeSlice::timeSliceDefaultsAndSetting()
{
    auto slice = [](int maxInstances, SchedulerSetting s) {
        SimConfig c = config(s.policy, {vgpu("a", SimWorkload::steady(50), maxInstances)}, 0, 100);
        c.scheduler = s;
        return run(c).timeSliceUs;
    };
    SchedulerSetting s;
    s.policy = SchedulerSetting::EqualShare;
    QCOMPARE(slice(8, s), 2000);
    QCOMPARE(slice(4, s), 2000);
    QCOMPARE(slice(16, s), 1000);
    QCOMPARE(slice(32, s), 1000);
    s.timeSliceMs = 10;
    QCOMPARE(slice(16, s), 10000);
    s.timeSliceMs = 0;
    s.frequencyHz = 960;
    QCOMPARE(slice(4, s), 1040);
    s.frequencyHz = 63;
    QCOMPARE(slice(4, s), 15870);
    // The setting comes straight from an RmPVMRL value.
    const auto decoded = decodeRmPVMRLText(u"0x000A0011");
    QVERIFY(decoded.ok());
    QCOMPARE(slice(4, *decoded), 10000);
    // An invalid setting is refused the way the codec refuses it.
    SchedulerSetting bad;
    bad.policy = SchedulerSetting::EqualShare;
    bad.timeSliceMs = 31;
    auto r = simulateTimeSlices(config(SchedulerSetting::EqualShare, {vgpu("a", SimWorkload::steady(50))}, 31));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().summary, encodeRmPVMRL(bad).error().summary);
}

void tst_TimeSlice::burstWorkloadShowsInTheSeries()
{
    // Busy 50 ms every 200 ms at 80 %, alone on the GPU: windows of 50 ms alternate 0.8, 0, 0, 0.
    SimConfig c = config(SchedulerSetting::BestEffort, {vgpu("burst", SimWorkload::burst(200, 50, 80))}, 0, 1000);
    c.sampleMs = 50;
    const SimResult r = run(c);
    QCOMPARE(r.busy.size(), 20);
    for (qsizetype w = 0; w < 20; ++w)
        QVERIFY(std::abs(r.vgpus[0].share[w] - (w % 4 == 0 ? 0.8 : 0.0)) < 1e-9);
    QVERIFY(std::abs(r.vgpus[0].averageShare - 0.2) < 1e-9);
    QCOMPARE(r.sampleStartMs[3], 150.0);
    // A last window shorter than the others is averaged over its own length.
    c.durationMs = 1020;
    const SimResult partial = run(c);
    QCOMPARE(partial.busy.size(), 21);
    QVERIFY(std::abs(partial.vgpus[0].share.last() - 0.8) < 1e-9);
}

void tst_TimeSlice::deterministic()
{
    SimConfig c = config(SchedulerSetting::BestEffort,
                         {vgpu("a", SimWorkload::burst(170, 60, 90)), vgpu("b", SimWorkload::steady(35)),
                          vgpu("c", SimWorkload::burst(90, 45, 100)), vgpu("d", SimWorkload::idle())},
                         0, 1500);
    for (auto policy : {SchedulerSetting::BestEffort, SchedulerSetting::EqualShare, SchedulerSetting::FixedShare}) {
        c.scheduler.policy = policy;
        const SimResult a = run(c);
        const SimResult b = run(c);
        QCOMPARE(a.busy, b.busy);
        QCOMPARE(a.wasted, b.wasted);
        for (qsizetype i = 0; i < a.vgpus.size(); ++i) {
            QCOMPARE(a.vgpus[i].share, b.vgpus[i].share);
            QCOMPARE(a.vgpus[i].demand, b.vgpus[i].demand);
            QCOMPARE(a.vgpus[i].worstWaitMs, b.vgpus[i].worstWaitMs);
            QCOMPARE(a.vgpus[i].averageShare, b.vgpus[i].averageShare);
        }
    }
}

void tst_TimeSlice::refusesInvalidConfigurations_data()
{
    QTest::addColumn<SimConfig>("c");
    QTest::addColumn<QString>("field");
    const SimConfig ok = config(SchedulerSetting::BestEffort, {vgpu("a", SimWorkload::steady(50))});
    SimConfig c = ok;
    c.vgpus[0].workload = SimWorkload::steady(150);
    QTest::newRow("percent 150") << c << "steady percent";
    c = ok;
    c.vgpus[0].workload = SimWorkload::burst(100, 120, 50);
    QTest::newRow("busy > period") << c << "busyMs";
    c.vgpus[0].workload = SimWorkload::burst(0, 0, 50);
    QTest::newRow("period 0") << c << "periodMs";
    c.vgpus[0].workload = SimWorkload::burst(100, 20, -1);
    QTest::newRow("busy percent -1") << c << "percentWhileBusy";
    c = ok;
    c.vgpus[0].maxInstances = 0;
    QTest::newRow("maxInstances 0") << c << "maxInstances";
    c = ok;
    c.vgpus[0].frameRateCapPercent = 0;
    QTest::newRow("frame-rate cap 0") << c << "frameRateCapPercent";
    c = ok;
    for (int i = 0; i < 32; ++i)
        c.vgpus.append(vgpu(QStringLiteral("x%1").arg(i), SimWorkload::steady(1), 32));
    QTest::newRow("33 vGPUs") << c << "vgpus";
    c = ok;
    c.durationMs = 0;
    QTest::newRow("duration 0") << c << "durationMs";
    c = ok;
    c.sampleMs = 0;
    QTest::newRow("sample 0") << c << "sampleMs";
    c = ok;
    c.sampleMs = c.durationMs + 1;
    QTest::newRow("sample > duration") << c << "sampleMs";
    c = ok;
    c.resolutionUs = 7;
    QTest::newRow("resolution 7 µs") << c << "resolutionUs";
    c = ok;
    c.scheduler.timeSliceMs = 5;
    QTest::newRow("time slice with best effort") << c << "TT";
    c = ok;
    c.scheduler.policy = SchedulerSetting::EqualShare;
    c.scheduler.frequencyHz = 1000;
    QTest::newRow("frequency 1000 Hz") << c << "FFF";
}

void tst_TimeSlice::refusesInvalidConfigurations()
{
    QFETCH(SimConfig, c);
    QFETCH(QString, field);
    const auto r = simulateTimeSlices(c);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().summary.isEmpty());
    QVERIFY2(r.error().detail.contains(field), qPrintable(r.error().detail));
}

void tst_TimeSlice::fastEnough()
{
    QList<SimVgpu> vgpus;
    for (int i = 0; i < 32; ++i)
        vgpus.append(vgpu(QStringLiteral("vm%1").arg(i), i % 3 ? SimWorkload::steady(4 * (i % 7)) : SimWorkload::burst(100, 30, 90), 32));
    QElapsedTimer timer;
    timer.start();
    const SimResult r = run(config(SchedulerSetting::BestEffort, vgpus, 0, 10000));
    QCOMPARE(r.busy.size(), 100);
#ifndef GPUVIRT_SANITIZED // under a sanitizer the time says nothing about the product (sanitized.h)
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
#endif
    qDebug("32 vGPUs, 10 s simulated at 10 µs steps: %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(tst_TimeSlice)
#include "tst_timeslice.moc"
