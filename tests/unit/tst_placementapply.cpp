// Placement to assignment requests: VM matching by name, and the conversion of every kind of placed item,
// each checked against the validator on the same snapshot.
#include "assign/assignmentvalidator.h"
#include "assignfixtures.h"
#include "scheduler/placementapply.h"

#include <QTest>

using namespace Fixtures;
using namespace Sched;
using Kind = AssignmentSource::Kind;

namespace {

PlacementRequest request(PlacementRequest::Kind kind, const QString &name = QStringLiteral("r"),
                         int count = 1)
{
    PlacementRequest r;
    r.name = name;
    r.count = count;
    r.kind = kind;
    return r;
}

PlacedItem placedOn(const QStringList &gpus, int slot = -1)
{
    PlacedItem item;
    item.request = QStringLiteral("r");
    item.placed = true;
    item.host = QStringLiteral("gpu-node-01");
    item.node = 0;
    item.gpuAddresses = gpus;
    item.slot = slot;
    return item;
}

AssignmentRequest single(const Result<QList<AssignmentRequest>> &r)
{
    if (!r)
        qWarning() << r.error().summary;
    return r && r->size() == 1 ? r->front() : AssignmentRequest{};
}

} // namespace

class TestPlacementApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idleVmsHoldNothing();
    void matchByName_data();
    void matchByName();
    void vgpuEqualSize();
    void vgpuMixedSize();
    void migSlot();
    void wholeGpuTakesItsGroup();
    void virtualFunction();
    void notConvertible();
};

void TestPlacementApply::idleVmsHoldNothing()
{
    QStringList names;
    for (const VirtualMachine &vm : PlacementApply::idleVms(assignHost()))
        names.append(vm.name);
    QCOMPARE(names, (QStringList{"idle-03", "tmp-05", "vdi-06", "ws-07"}));
}

void TestPlacementApply::matchByName_data()
{
    QTest::addColumn<QString>("vmName");
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("instance");
    QTest::addColumn<bool>("matches");
    QTest::newRow("single, same name") << "train"
                                       << "train" << 1 << 1 << true;
    QTest::newRow("single, numbered") << "train-1"
                                      << "train" << 1 << 1 << true;
    QTest::newRow("several, bare name") << "pool"
                                        << "pool" << 3 << 1 << false;
    QTest::newRow("n") << "pool-2"
                       << "pool" << 3 << 2 << true;
    QTest::newRow("nn") << "pool-02"
                        << "pool" << 3 << 2 << true;
    QTest::newRow("nnn") << "pool-002"
                         << "pool" << 3 << 2 << true;
    QTest::newRow("other instance") << "pool-03"
                                    << "pool" << 3 << 2 << false;
    QTest::newRow("four digits") << "pool-0002"
                                 << "pool" << 3 << 2 << false;
    QTest::newRow("prefix only") << "pool-2x"
                                 << "pool" << 3 << 2 << false;
}

void TestPlacementApply::matchByName()
{
    QFETCH(QString, vmName);
    QFETCH(QString, request);
    QFETCH(int, count);
    QFETCH(int, instance);
    QFETCH(bool, matches);
    HostSnapshot s = assignHost();
    const QString uuid = QStringLiteral("99999999-9999-4999-8999-999999999999");
    VirtualMachine v = vm(uuid, "x", VmState::Shutoff, 2, 4);
    v.name = vmName;
    s.vms.insert(uuid, v);
    QCOMPARE(PlacementApply::matchVm(s, request, count, instance), matches ? uuid : QString());
    // A VM that already holds a device is never the match.
    s.vms[uuid].hostdevs = {pciHostdev("0000:21:00.0")};
    QCOMPARE(PlacementApply::matchVm(s, request, count, instance), QString());
}

void TestPlacementApply::vgpuEqualSize()
{
    const HostSnapshot s = assignHost();
    PlacementRequest r = request(PlacementRequest::Kind::VgpuType);
    r.vgpuType = QStringLiteral("A16-2Q");
    PlacedItem item = placedOn({QStringLiteral("0000:41:00.0")}, 2);
    item.placementId = 4;
    const AssignmentRequest a = single(PlacementApply::toRequests(r, item, kHost, s, idle03));
    QCOMPARE(a.source.kind, Kind::VgpuType);
    QCOMPARE(a.source.hostId, kHost);
    QCOMPARE(a.source.address.toString(), QStringLiteral("0000:41:00.0"));
    QCOMPARE(a.source.typeId, QStringLiteral("nvidia-699"));
    QCOMPARE(a.source.placementId, -1); // equal-size: the driver places it
    QCOMPARE(a.targets.size(), 1);
    QCOMPARE(a.targets.front().vmUuid, idle03);
    QVERIFY(AssignmentValidator::validate(a, s).accepted());
    QCOMPARE(PlacementApply::whatText(r, item), QStringLiteral("A16-2Q"));
}

void TestPlacementApply::vgpuMixedSize()
{
    const HostSnapshot s = assignHost();
    PlacementRequest r = request(PlacementRequest::Kind::VgpuType);
    r.vgpuType = QStringLiteral("L40S-8Q");
    PlacedItem item = placedOn({QStringLiteral("0000:a1:00.0")}, 16);
    item.placementId = 16;
    item.mixedSize = true;
    const AssignmentRequest a = single(PlacementApply::toRequests(r, item, kHost, s, idle03));
    QCOMPARE(a.source.kind, Kind::VgpuType);
    QCOMPARE(a.source.typeId, QStringLiteral("nvidia-1151"));
    QCOMPARE(a.source.placementId, 16);
    QVERIFY(AssignmentValidator::validate(a, s).accepted());
}

void TestPlacementApply::migSlot()
{
    const HostSnapshot s = assignHost();
    PlacementRequest r = request(PlacementRequest::Kind::MigProfile);
    r.migProfile = MigLayout::Profile::G3_40;
    const PlacedItem item = placedOn({QStringLiteral("0000:c1:00.0")}, 0);
    const AssignmentRequest a = single(PlacementApply::toRequests(r, item, kHost, s, idle03));
    QCOMPARE(a.source.kind, Kind::MigSlot);
    QCOMPARE(a.source.typeId, QStringLiteral("nvidia-701"));
    QCOMPARE(a.source.migStart, 0);
    QVERIFY(AssignmentValidator::validate(a, s).accepted());
    QCOMPARE(PlacementApply::whatText(r, item), QStringLiteral("3g.40gb at slice 0"));
}

void TestPlacementApply::wholeGpuTakesItsGroup()
{
    const HostSnapshot s = assignHost();
    const PlacementRequest r = request(PlacementRequest::Kind::WholeGpus);
    const AssignmentRequest a =
        single(PlacementApply::toRequests(r, placedOn({QStringLiteral("0000:21:00.0")}), kHost, s, ws07));
    QCOMPARE(a.source.kind, Kind::PciFunction);
    QCOMPARE(a.source.address.toString(), QStringLiteral("0000:21:00.0"));
    QCOMPARE(a.alsoAssign, QList<PciAddress>{addr("0000:21:00.1")});
    const AssignmentVerdict v = AssignmentValidator::validate(a, s);
    QVERIFY2(v.accepted(), qPrintable(v.summary()));
    QVERIFY(v.offers.isEmpty());

    // Two GPUs for one VM: one request each.
    const auto two = PlacementApply::toRequests(
        r, placedOn({QStringLiteral("0000:21:00.0"), QStringLiteral("0000:81:00.0")}), kHost, s, ws07);
    QVERIFY(two);
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(1).source.address.toString(), QStringLiteral("0000:81:00.0"));
}

void TestPlacementApply::virtualFunction()
{
    const HostSnapshot s = assignHost();
    const PlacementRequest r = request(PlacementRequest::Kind::VirtualFunction);
    // Index 2 is free: that VF.
    AssignmentRequest a = single(
        PlacementApply::toRequests(r, placedOn({QStringLiteral("0000:83:00.0")}, 2), kHost, s, idle03));
    QCOMPARE(a.source.kind, Kind::VirtualFunction);
    QCOMPARE(a.source.address.toString(), QStringLiteral("0000:83:02.2"));
    QVERIFY(AssignmentValidator::validate(a, s).accepted());
    // Index 0 is held by cad-02: the first free one instead.
    a = single(
        PlacementApply::toRequests(r, placedOn({QStringLiteral("0000:83:00.0")}, 0), kHost, s, idle03));
    QCOMPARE(a.source.address.toString(), QStringLiteral("0000:83:02.1"));
}

void TestPlacementApply::notConvertible()
{
    const HostSnapshot s = assignHost();
    PlacementRequest milli = request(PlacementRequest::Kind::MilliGpu);
    milli.milli = 250;
    QVERIFY(!PlacementApply::toRequests(milli, placedOn({QStringLiteral("0000:21:00.0")}), kHost, s, idle03));

    PlacementRequest vgpu = request(PlacementRequest::Kind::VgpuType);
    vgpu.vgpuType = QStringLiteral("A16-16Q");
    const auto notOffered =
        PlacementApply::toRequests(vgpu, placedOn({QStringLiteral("0000:41:00.0")}), kHost, s, idle03);
    QVERIFY(!notOffered);
    QVERIFY2(notOffered.error().summary.contains(u"A16-16Q"), qPrintable(notOffered.error().summary));

    PlacedItem unplaced = placedOn({});
    unplaced.placed = false;
    QVERIFY(
        !PlacementApply::toRequests(request(PlacementRequest::Kind::WholeGpus), unplaced, kHost, s, idle03));
    // No VM chosen, or one of another host.
    QVERIFY(!PlacementApply::toRequests(request(PlacementRequest::Kind::WholeGpus),
                                        placedOn({QStringLiteral("0000:21:00.0")}), kHost, s, QString()));
    QVERIFY(!PlacementApply::toRequests(request(PlacementRequest::Kind::WholeGpus),
                                        placedOn({QStringLiteral("0000:21:00.0")}), kHost, s,
                                        QStringLiteral("00000000-0000-4000-8000-000000000000")));
}

QTEST_GUILESS_MAIN(TestPlacementApply)
#include "tst_placementapply.moc"
