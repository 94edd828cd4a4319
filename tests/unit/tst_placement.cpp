// The placement engine: every constraint, each policy's character on small hand-made clusters, and the
// fragmentation-aware policy on a mix where the greedy ones strand capacity.
#include "fixturesnapshots.h"
#include "scheduler/placement.h"

#include <QJsonArray>
#include <QTest>

using namespace Sched;
using Kind = PlacementRequest::Kind;

namespace {

SchedGpu gpuOf(SchedCluster &c, const char *model, int framebufferGB = 0, bool mig = false)
{
    SchedGpu g;
    g.model = c.modelIndex(QString::fromLatin1(model));
    g.framebufferMB = framebufferGB * 1024;
    g.migCapable = mig;
    return g;
}

void addNode(SchedCluster &c, const char *host, int gpus, const char *model, int framebufferGB = 0,
             bool mig = false, qint64 cpuMilli = 0)
{
    SchedNode n;
    n.host = QString::fromLatin1(host);
    n.cpuMilli = cpuMilli;
    for (int i = 0; i < gpus; ++i) {
        n.gpus.append(gpuOf(c, model, framebufferGB, mig));
        n.companions.append(QStringList());
        n.offeredTypes.append(QStringList());
    }
    c.nodes.append(n);
}

PlacementRequest vgpu(const char *name, const char *type, int count = 1)
{
    PlacementRequest r;
    r.name = QString::fromLatin1(name);
    r.kind = Kind::VgpuType;
    r.vgpuType = QString::fromLatin1(type);
    r.count = count;
    return r;
}

PlacementRequest mig(const char *name, MigLayout::Profile p, int count = 1)
{
    PlacementRequest r;
    r.name = QString::fromLatin1(name);
    r.kind = Kind::MigProfile;
    r.migProfile = p;
    r.count = count;
    return r;
}

PlacementRequest whole(const char *name, int gpus, int count = 1)
{
    PlacementRequest r;
    r.name = QString::fromLatin1(name);
    r.kind = Kind::WholeGpus;
    r.gpus = gpus;
    r.count = count;
    return r;
}

PlacementRequest share(const char *name, int milli, int count = 1)
{
    PlacementRequest r;
    r.name = QString::fromLatin1(name);
    r.kind = Kind::MilliGpu;
    r.milli = milli;
    r.count = count;
    return r;
}

QStringList hostsOf(const PlacementResult &r)
{
    QStringList hosts;
    for (const PlacedItem &i : r.items)
        hosts.append(i.placed ? i.host : QString());
    return hosts;
}

} // namespace

class TestPlacement : public QObject
{
    Q_OBJECT
private slots:
    void equalSizeRefusesOtherSize()
    {
        SchedCluster c;
        addNode(c, "h1", 1, "A16", 16);
        const PlacementResult r = place(c, {vgpu("vdi", "A16-2Q"), vgpu("cad", "A16-4Q")}, Policy::BestFit);
        QVERIFY(r.items[0].placed);
        QCOMPARE(r.items[0].slot, 0);
        QVERIFY(!r.items[1].placed);
        QVERIFY2(r.items[1].reason.contains(QStringLiteral("same size")), qPrintable(r.items[1].reason));
        QVERIFY(r.items[1].reason.contains(QStringLiteral("2048 MB")));
        // A second GPU takes the other size: the rule is per GPU.
        addNode(c, "h2", 1, "A16", 16);
        const PlacementResult r2 = place(c, {vgpu("vdi", "A16-2Q"), vgpu("cad", "A16-4Q")}, Policy::BestFit);
        QVERIFY(r2.items[1].placed);
        QCOMPARE(r2.items[1].host, QStringLiteral("h2"));
    }

    void vgpuCeilingIs32()
    {
        SchedCluster c;
        addNode(c, "h1", 1, "L40S", 48); // 48 x 1 GB would fit, the ceiling says 32
        const PlacementResult r = place(c, {vgpu("pool", "L40S-1Q", 33)}, Policy::DepthFirst);
        QCOMPARE(r.totals.placed, 32);
        QCOMPARE(r.items[31].slot, 31);
        QVERIFY(!r.items[32].placed);
        QVERIFY2(r.items[32].reason.contains(QStringLiteral("32")), qPrintable(r.items[32].reason));
        // Framebuffer bounds it below the ceiling: 16 GB / 4 GB = 4.
        SchedCluster a16;
        addNode(a16, "h1", 1, "A16", 16);
        QCOMPARE(place(a16, {vgpu("pool", "A16-4Q", 5)}, Policy::DepthFirst).totals.placed, 4);
    }

    void migLegalStartsWithoutOverlap()
    {
        SchedCluster c;
        addNode(c, "h1", 1, "A100", 80, true);
        using P = MigLayout::Profile;
        const PlacementResult r =
            place(c, {mig("a", P::G4_40), mig("b", P::G3_40), mig("c", P::G1_10)}, Policy::BestFit);
        QCOMPARE(r.items[0].slot, 0);
        QCOMPARE(r.items[1].slot, 4); // 3g.40gb's legal starts are 0 and 4
        QVERIFY(!r.items[2].placed);
        QVERIFY2(r.items[2].reason.contains(QStringLiteral("1g.10gb")), qPrintable(r.items[2].reason));

        const PlacementResult twos = place(c, {mig("x", P::G2_20, 4)}, Policy::BestFit);
        QCOMPARE(twos.totals.placed, 3);
        QCOMPARE((QList<int>{twos.items[0].slot, twos.items[1].slot, twos.items[2].slot}),
                 (QList<int>{0, 2, 4}));

        // At most seven instances, even though eight memory slices exist.
        QCOMPARE(place(c, {mig("y", P::G1_10, 8)}, Policy::BestFit).totals.placed, 7);
        // A 1g.20gb at 6 leaves no legal start for a 3g.40gb at 4: no overlap.
        const PlacementResult r3 =
            place(c, {mig("p", P::G1_20), mig("q", P::G3_40), mig("s", P::G3_40)}, Policy::BestFit);
        QCOMPARE(r3.items[0].slot, 0);
        QCOMPARE(r3.items[1].slot, 4);
        QVERIFY(!r3.items[2].placed);
        // Time-sliced boards take no MIG.
        SchedCluster t4;
        addNode(t4, "h1", 1, "T4", 16);
        QVERIFY(!place(t4, {mig("z", P::G1_10)}, Policy::BestFit).items[0].placed);
    }

    void wholeGpuNeedsAFreeGpu()
    {
        SchedCluster c;
        addNode(c, "h1", 2, "T4", 16);
        const PlacementResult r =
            place(c, {share("s", 100), whole("w1", 1), whole("w2", 1)}, Policy::DepthFirst);
        QVERIFY(r.items[1].placed);
        QCOMPARE(r.items[1].gpuIndexes, QList<int>{1});
        QVERIFY(!r.items[2].placed);
        QVERIFY2(r.items[2].reason.contains(QStringLiteral("entirely free")), qPrintable(r.items[2].reason));
    }

    void multiGpuStaysOnOneNode()
    {
        SchedCluster c;
        addNode(c, "h1", 2, "G2");
        addNode(c, "h2", 2, "G2");
        const PlacementResult r = place(c, {whole("three", 3), whole("two", 2)}, Policy::BreadthFirst);
        QVERIFY(!r.items[0].placed); // four free GPUs, but never three on one node
        QVERIFY2(r.items[0].reason.contains(QStringLiteral("3")), qPrintable(r.items[0].reason));
        QVERIFY(r.items[1].placed);
        QCOMPARE(r.items[1].gpuIndexes, (QList<int>{0, 1}));
        QCOMPARE(r.totals.gpusFree, 2);
    }

    void gpuSpecFiltersModels()
    {
        SchedCluster c;
        addNode(c, "t4-node", 1, "T4");
        addNode(c, "v100-node", 1, "V100M16");
        PlacementRequest r = share("s", 500);
        r.gpuModels = {QStringLiteral("V100M16"), QStringLiteral("V100M32")};
        const PlacementResult ok = place(c, {r}, Policy::BreadthFirst);
        QCOMPARE(ok.items[0].host, QStringLiteral("v100-node"));
        r.gpuModels = {QStringLiteral("A100")};
        const PlacementResult none = place(c, {r}, Policy::BreadthFirst);
        QVERIFY(!none.items[0].placed);
        QVERIFY2(none.items[0].reason.contains(QStringLiteral("model")), qPrintable(none.items[0].reason));
    }

    void antiAffinitySpreadsAGroup()
    {
        SchedCluster c;
        addNode(c, "h1", 4, "T4");
        addNode(c, "h2", 4, "T4");
        PlacementRequest r = share("db", 100, 3);
        r.antiAffinity = QStringLiteral("db-replicas");
        const PlacementResult res = place(c, {r}, Policy::DepthFirst); // would pack all on h1 otherwise
        QVERIFY(res.items[0].placed && res.items[1].placed);
        QVERIFY(res.items[0].host != res.items[1].host);
        QVERIFY(!res.items[2].placed);
        QVERIFY2(res.items[2].reason.contains(QStringLiteral("db-replicas")),
                 qPrintable(res.items[2].reason));
    }

    void hostsNumaCpuConstraints()
    {
        SchedCluster c;
        addNode(c, "h1", 2, "T4", 16, false, 4000);
        addNode(c, "h2", 2, "T4", 16, false, 4000);
        c.nodes[1].gpus[1].numaNode = 1;
        PlacementRequest r = share("s", 100, 2);
        r.cpuMilli = 3000;
        r.hosts = {QStringLiteral("h1")};
        const PlacementResult cpu = place(c, {r}, Policy::DepthFirst);
        QVERIFY(cpu.items[0].placed);
        QVERIFY(!cpu.items[1].placed); // h1 has 1000 millicores left
        QVERIFY2(cpu.items[1].reason.contains(QStringLiteral("CPU")), qPrintable(cpu.items[1].reason));
        PlacementRequest n = share("n", 100);
        n.numaNode = 1;
        const PlacementResult numa = place(c, {n}, Policy::DepthFirst);
        QCOMPARE(numa.items[0].host, QStringLiteral("h2"));
        QCOMPARE(numa.items[0].gpuIndexes, QList<int>{1});
    }

    void breadthFirstSpreadsDepthFirstConsolidates()
    {
        SchedCluster c;
        for (const char *h : {"h1", "h2", "h3"})
            addNode(c, h, 2, "T4");
        const QList<PlacementRequest> reqs{whole("w", 1, 3)};
        QCOMPARE(hostsOf(place(c, reqs, Policy::BreadthFirst)),
                 (QStringList{QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3")}));
        const PlacementResult df = place(c, reqs, Policy::DepthFirst);
        QCOMPARE(hostsOf(df),
                 (QStringList{QStringLiteral("h1"), QStringLiteral("h1"), QStringLiteral("h2")}));
        QCOMPARE(df.totals.gpusTouched, 3);
        QCOMPARE(df.totals.gpusFree, 3);

        // Shares: depth-first stacks them on one GPU, breadth-first gives each its own node.
        const PlacementResult dfs = place(c, {share("s", 300, 3)}, Policy::DepthFirst);
        QCOMPARE(dfs.totals.gpusTouched, 1);
        const PlacementResult bfs = place(c, {share("s", 300, 3)}, Policy::BreadthFirst);
        QCOMPARE(bfs.totals.gpusTouched, 3);
        QCOMPARE(hostsOf(bfs).size(), 3);
        QVERIFY(hostsOf(bfs)[0] != hostsOf(bfs)[1] && hostsOf(bfs)[1] != hostsOf(bfs)[2]);
    }

    void bestFitTakesTheTightestGpu()
    {
        SchedCluster c;
        addNode(c, "roomy", 1, "T4");
        addNode(c, "tight", 1, "T4");
        c.nodes[0].gpus[0].mode = GpuMode::Shared;
        c.nodes[0].gpus[0].milliUsed = 200;
        c.nodes[1].gpus[0].mode = GpuMode::Shared;
        c.nodes[1].gpus[0].milliUsed = 600;
        QCOMPARE(place(c, {share("s", 400)}, Policy::BestFit).items[0].host, QStringLiteral("tight"));
        QCOMPARE(place(c, {share("s", 400)}, Policy::BreadthFirst).items[0].host, QStringLiteral("roomy"));
    }

    void fragmentationAwarePlacesAtLeastAsMuch()
    {
        // 300 then 700 then a whole GPU: spreading the shares strands both GPUs; FGD puts the 700 beside
        // the 300 because the other choice leaves free capacity no whole-GPU task can use.
        SchedCluster c;
        addNode(c, "h1", 2, "T4");
        addNode(c, "h2", 1, "T4");
        const QList<PlacementRequest> mix{share("a", 300), share("b", 700), share("c", 500),
                                          whole("d", 1),   share("e", 500), whole("f", 2)};
        const PlacementResult fgd = place(c, mix, Policy::FragmentationAware);
        for (Policy p : allPolicies()) {
            const PlacementResult other = place(c, mix, p);
            QVERIFY2(fgd.totals.allocatedGpus >= other.totals.allocatedGpus, qPrintable(policyKey(p)));
            QVERIFY(other.totals.placed <= fgd.totals.placed);
        }
        QVERIFY(place(c, mix, Policy::BreadthFirst).totals.allocatedGpus < fgd.totals.allocatedGpus);
        QCOMPARE(fgd.totals.fragmentationGpus, 0.0);
        QVERIFY(fragmentationGpus(place(c, mix, Policy::BreadthFirst).after, mix) > 0);
    }

    void fromSnapshotsKnowsWhatExists()
    {
        // The fixture host: A16 with two A16-2Q vGPUs on VFs, a T4 held by a VM, a V620 with one VF held,
        // an RTX A4000 free with its audio function.
        const SchedCluster c = SchedCluster::fromSnapshots({Fixtures::gpuHost()});
        QCOMPARE(c.nodes.size(), 1);
        const SchedNode &n = c.nodes[0];
        QCOMPARE(n.gpus.size(), 4);
        const PlacementResult r =
            place(c,
                  {vgpu("big", "A16-4Q"), vgpu("small", "A16-2Q"), whole("pt", 1), whole("pt2", 1),
                   [] {
                       PlacementRequest v;
                       v.name = QStringLiteral("vf");
                       v.kind = Kind::VirtualFunction;
                       return v;
                   }()},
                  Policy::BestFit);
        QVERIFY(!r.items[0].placed);
        QVERIFY2(r.items[0].reason.contains(QStringLiteral("same size")), qPrintable(r.items[0].reason));
        QVERIFY(r.items[1].placed);
        QCOMPARE(r.items[1].gpuAddresses, QStringList{QStringLiteral("0000:41:00.0")});
        QCOMPARE(r.items[1].slot, 2);
        QCOMPARE(r.items[2].gpuAddresses, QStringList{QStringLiteral("0000:21:00.0")});
        QVERIFY(!r.items[3].placed); // the T4 is held, the others are carved up
        QCOMPARE(r.items[4].gpuAddresses, QStringList{QStringLiteral("0000:83:00.0")});
        QCOMPARE(r.items[4].slot, 1);
    }

    void mixedSizeTakesSizesSideBySide()
    {
        SchedCluster c;
        addNode(c, "h1", 1, "L40S", 48);
        c.assumeMixedSizeWhereEmpty();
        const PlacementResult r =
            place(c, {vgpu("a", "L40S-4Q"), vgpu("b", "L40S-8Q"), vgpu("c", "L40S-2Q")}, Policy::BestFit);
        QCOMPARE(r.totals.placed, 3);
        // Placement IDs in 512 MB slots, each a multiple of the type's size, none overlapping.
        QCOMPARE((QList<int>{r.items[0].placementId, r.items[1].placementId, r.items[2].placementId}),
                 (QList<int>{0, 16, 8}));
        QCOMPARE(r.items[1].placementSize, 16);
        QVERIFY(r.items[0].mixedSize);
        QCOMPARE(r.items[1].slot, 16); // in mixed-size mode the slot is the placement ID
        const QJsonObject b = toJson(r).value(QStringLiteral("placements")).toArray()[1].toObject();
        QCOMPARE(b.value(QStringLiteral("placementId")).toInt(), 16);
        QCOMPARE(b.value(QStringLiteral("vgpuMode")).toString(), QStringLiteral("mixed-size"));
        // The same requests in equal-size mode: the first fixes the size.
        SchedCluster eq;
        addNode(eq, "h1", 1, "L40S", 48);
        const PlacementResult e = place(eq, {vgpu("a", "L40S-4Q"), vgpu("b", "L40S-8Q")}, Policy::BestFit);
        QVERIFY(!e.items[1].placed);
        QCOMPARE(toJson(e)
                     .value(QStringLiteral("placements"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("vgpuMode"))
                     .toString(),
                 QStringLiteral("equal-size"));
    }

    void mixedSizeNeedsAFreePlacementId()
    {
        SchedCluster c;
        addNode(c, "h1", 1, "L40S", 48);
        c.assumeMixedSizeWhereEmpty();
        const PlacementResult r =
            place(c, {vgpu("s", "L40S-2Q"), vgpu("l", "L40S-24Q"), vgpu("m", "L40S-16Q")}, Policy::BestFit);
        QVERIFY(r.items[1].placed);
        QCOMPARE(r.items[1].placementId, 48);
        QVERIFY(!r.items[2].placed); // 22 GB free, but not at 0, 32 or 64
        QVERIFY2(r.items[2].reason.contains(QStringLiteral("placement ID")), qPrintable(r.items[2].reason));
        QVERIFY2(r.items[2].reason.contains(QStringLiteral("22528 MB")), qPrintable(r.items[2].reason));
        // The stranded framebuffer is fragmentation for a mix that asks for 16 GB vGPUs.
        QVERIFY(fragmentationGpus(r.after, {vgpu("m", "L40S-16Q")}) > 0.4);
    }

    void mixedSizeInferredFromSnapshot()
    {
        // Two vGPUs of different sizes on one GPU: it is in mixed-size mode, and they are laid out.
        HostSnapshot s = Fixtures::gpuHost();
        PciDevice &a16 = s.pciDevices[Fixtures::addr("0000:41:00.0")];
        QVERIFY(!a16.virtFunctions.isEmpty());
        PciDevice &vf = s.pciDevices[a16.virtFunctions.last()];
        vf.mdevTypes.append(Fixtures::mdevType("nvidia-700", "NVIDIA A16-4Q", 1));
        s.mdevs.insert(QStringLiteral("cccccccc-cccc-4ccc-8ccc-ccccccccccc3"),
                       Fixtures::mdev(QStringLiteral("cccccccc-cccc-4ccc-8ccc-ccccccccccc3"),
                                      qPrintable(vf.address.toString()), "nvidia-700", 90));
        const SchedCluster c = SchedCluster::fromSnapshots({s});
        const auto it = std::find_if(c.nodes[0].gpus.cbegin(), c.nodes[0].gpus.cend(), [](const SchedGpu &g) {
            return g.address.toString() == u"0000:41:00.0";
        });
        QVERIFY(it != c.nodes[0].gpus.cend());
        const SchedGpu &g = *it;
        QCOMPARE(g.vgpus.mode, VgpuPlacement::Mode::MixedSize);
        QCOMPARE(g.vgpus.count, 3);
        QCOMPARE(g.vgpus.occupied.taken(), 8 + 4 + 4); // 4Q at 0, the 2Qs at 8 and 12
        const PlacementResult r = place(c, {vgpu("big", "A16-4Q")}, Policy::BestFit);
        QVERIFY(r.items[0].placed);
        QCOMPARE(r.items[0].placementId, 16);
    }

    void jsonShape()
    {
        SchedCluster c;
        addNode(c, "h1", 1, "A100", 80, true);
        const PlacementResult r =
            place(c, {mig("m", MigLayout::Profile::G7_80, 2)}, Policy::FragmentationAware);
        const QJsonObject o = toJson(r);
        QCOMPARE(o.value(QStringLiteral("policy")).toString(), QStringLiteral("fragmentation-aware"));
        const QJsonArray items = o.value(QStringLiteral("placements")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toObject().value(QStringLiteral("host")).toString(), QStringLiteral("h1"));
        QCOMPARE(items[0].toObject().value(QStringLiteral("slot")).toInt(), 0);
        QVERIFY(items[1].toObject().contains(QStringLiteral("reason")));
        const QJsonObject t = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(t.value(QStringLiteral("placed")).toInt(), 1);
        QCOMPARE(t.value(QStringLiteral("gpusFree")).toInt(), 0);
    }

    void policyKeysRoundTrip()
    {
        for (Policy p : allPolicies())
            QCOMPARE(policyFromKey(policyKey(p)), std::optional<Policy>(p));
        QCOMPARE(policyFromKey(u"binpack"), std::optional<Policy>(Policy::DepthFirst));
        QVERIFY(!policyFromKey(u"random"));
    }
};

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
