// Which steps a plan has, in which order, through which path, for each kind of request, VM state and host.
#include "assign/assignmentplanner.h"
#include "assign/domainxmledit.h"
#include "assignfixtures.h"
#include "libvirt/domainxml.h"

#include <QJsonObject>
#include <QTest>

using namespace Fixtures;
using Kind = AssignmentSource::Kind;
using Step = PlanStep::Kind;

namespace {
AssignmentPlanner::Options numbered()
{
    AssignmentPlanner::Options o;
    o.planId = QStringLiteral("plan-1");
    auto n = std::make_shared<int>(0);
    o.newMdevUuid = [n] {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(++*n, 12, 10, QLatin1Char('0'));
    };
    return o;
}

Result<AssignmentPlan> makePlan(const AssignmentRequest &r, const HostSnapshot &s)
{
    return AssignmentPlanner::plan(r, kHost, s, HostCapabilities::of(s), xmlOf(s), numbered());
}

QList<Step> kinds(const AssignmentPlan &p)
{
    QList<Step> out;
    for (const PlanStep &s : p.steps)
        out.append(s.kind);
    return out;
}

QList<Hostdev> hostdevsAfter(const AssignmentPlan &p, const QString &vm)
{
    for (const DomainChange &d : p.domains)
        if (d.vmUuid == vm)
            return DomainXml::parse(d.after)->hostdevs;
    return {};
}
} // namespace

class TestAssignPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passthroughToStoppedVm();
    void acceptedOfferGoesAlong();
    void runningVmGetsLiveAttachWhereItWorks();
    void transientVmOnlyLive();
    void oneNewMdevPerVm();
    void mdevThroughAgentWhereLibvirtCannot();
    void mixedSizeCarriesPlacement();
    void migInstanceBeforeItsMdev();
    void existingMdev();
    void release();
    void refusedOrUnreadable();
    void inverses();
    void textAndJson();
};

void TestAssignPlanner::passthroughToStoppedVm()
{
    const HostSnapshot s = assignHost();
    const Result<AssignmentPlan> p =
        makePlan(request(source(Kind::PciFunction, QStringLiteral("0000:21:00.0")), {idle03}), s);
    QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
    QCOMPARE(p->id, QStringLiteral("plan-1"));
    QCOMPARE(p->hostName, QStringLiteral("gpu-node-01"));
    // The audio function stays on the host, so it leaves snd_hda_intel first; then the VM's configuration.
    QCOMPARE(kinds(*p), (QList<Step>{Step::BindVfio, Step::DefineConfig}));
    QCOMPARE(p->steps[0].address, addr("0000:21:00.1"));
    QCOMPARE(p->steps[0].driver, QStringLiteral("snd_hda_intel"));
    QCOMPARE(p->steps[0].via, PlanStep::Via::Libvirt);
    QCOMPARE(p->steps[1].previousXml, xmlOf(s).value(idle03));
    QCOMPARE(p->domains.size(), 1);
    QCOMPARE(p->domains[0].vmName, QStringLiteral("idle-03"));
    QCOMPARE(p->domains[0].after, p->steps[1].xml);
    QCOMPARE(hostdevsAfter(*p, idle03), QList<Hostdev>{pciHostdev("0000:21:00.0")});
    QVERIFY(p->domains[0].diff().contains(
        QStringLiteral("+        <address domain='0x0000' bus='0x21' slot='0x00' function='0x0'/>")));
    QVERIFY(p->verdict.has(AssignmentRule::GroupMemberToVfio)); // the preview shows the warning
}

void TestAssignPlanner::acceptedOfferGoesAlong()
{
    AssignmentRequest r = request(source(Kind::PciFunction, QStringLiteral("0000:21:00.0")), {idle03});
    r.alsoAssign = {addr("0000:21:00.1")};
    const Result<AssignmentPlan> p = makePlan(r, assignHost());
    QVERIFY(p);
    QCOMPARE(kinds(*p), QList<Step>{Step::DefineConfig});
    QCOMPARE(hostdevsAfter(*p, idle03),
             (QList<Hostdev>{pciHostdev("0000:21:00.0"), pciHostdev("0000:21:00.1")}));
}

void TestAssignPlanner::runningVmGetsLiveAttachWhereItWorks()
{
    HostSnapshot s = assignHost();
    const AssignmentRequest r =
        request(source(Kind::VirtualFunction, QStringLiteral("0000:83:02.1")), {vdi06});
    Result<AssignmentPlan> p = makePlan(r, s);
    QVERIFY(p);
    QCOMPARE(kinds(*p), (QList<Step>{Step::DefineConfig, Step::AttachLive}));
    QCOMPARE(p->steps[1].hostdev, pciHostdev("0000:83:02.1"));
    QCOMPARE(p->steps[1].vmName, QStringLiteral("vdi-06"));

    // The test driver cannot attach live: the configuration only, for the next start.
    s.hypervisor = QStringLiteral("TEST 9.0.0");
    p = makePlan(r, s);
    QVERIFY(p);
    QCOMPARE(kinds(*p), QList<Step>{Step::DefineConfig});
    QVERIFY(p->verdict.has(AssignmentRule::NextStart));

    // Asked for the next start: no live step even on QEMU.
    s = assignHost();
    AssignmentRequest later = r;
    later.when = AssignmentRequest::When::NextStart;
    p = makePlan(later, s);
    QCOMPARE(kinds(*p), QList<Step>{Step::DefineConfig});
}

void TestAssignPlanner::transientVmOnlyLive()
{
    const Result<AssignmentPlan> p = makePlan(
        request(source(Kind::VirtualFunction, QStringLiteral("0000:83:02.1")), {tmp05}), assignHost());
    QVERIFY(p);
    QCOMPARE(kinds(*p), QList<Step>{Step::AttachLive});
}

void TestAssignPlanner::oneNewMdevPerVm()
{
    const Result<AssignmentPlan> p =
        makePlan(request(source(Kind::VgpuType, QStringLiteral("0000:41:00.0"), QStringLiteral("nvidia-699")),
                         {idle03, ws07}),
                 assignHost());
    QVERIFY(p);
    // Both mdevs first (the host has room or the VMs are untouched), then each VM's configuration.
    QCOMPARE(kinds(*p),
             (QList<Step>{Step::CreateMdev, Step::CreateMdev, Step::DefineConfig, Step::DefineConfig}));
    QCOMPARE(p->steps[0].address, addr("0000:41:00.6"));
    QCOMPARE(p->steps[1].address, addr("0000:41:00.7"));
    QCOMPARE(p->steps[0].via, PlanStep::Via::Libvirt);
    QCOMPARE(p->steps[0].typeName, QStringLiteral("A16-2Q"));
    const QString first = QStringLiteral("00000000-0000-4000-8000-000000000001");
    const QString second = QStringLiteral("00000000-0000-4000-8000-000000000002");
    QCOMPARE(p->steps[0].mdevUuid, first);
    QCOMPARE(p->steps[1].mdevUuid, second);
    QCOMPARE(hostdevsAfter(*p, idle03), QList<Hostdev>{mdevHostdev(first)});
    QCOMPARE(hostdevsAfter(*p, ws07), QList<Hostdev>{mdevHostdev(second)});
    QCOMPARE(p->domains.size(), 2);
    QCOMPARE(p->summary(), QStringLiteral("Assign A16-2Q to idle-03, ws-07"));
}

void TestAssignPlanner::mdevThroughAgentWhereLibvirtCannot()
{
    HostSnapshot s = assignHost();
    s.hypervisor = QStringLiteral("TEST 9.0.0");
    const Result<AssignmentPlan> p =
        makePlan(request(source(Kind::VgpuType, QStringLiteral("0000:41:00.7"), QStringLiteral("nvidia-699")),
                         {idle03}),
                 s);
    QVERIFY(p);
    QCOMPARE(kinds(*p), (QList<Step>{Step::CreateMdev, Step::DefineConfig}));
    QCOMPARE(p->steps[0].via, PlanStep::Via::Agent);
    QCOMPARE(p->steps[0].address, addr("0000:41:00.7"));
    QCOMPARE(p->steps[1].via, PlanStep::Via::Libvirt); // the define is libvirt's even on the test driver
}

void TestAssignPlanner::mixedSizeCarriesPlacement()
{
    AssignmentSource src =
        source(Kind::VgpuType, QStringLiteral("0000:a1:00.0"), QStringLiteral("nvidia-1150"));
    src.placementId = 16;
    const Result<AssignmentPlan> p = makePlan(request(src, {idle03}), assignHost());
    QVERIFY(p);
    QCOMPARE(p->steps[0].kind, Step::CreateMdev);
    QCOMPARE(p->steps[0].placementId, 16);
    QCOMPARE(p->steps[0].via, PlanStep::Via::Agent);
}

void TestAssignPlanner::migInstanceBeforeItsMdev()
{
    AssignmentSource src =
        source(Kind::MigSlot, QStringLiteral("0000:c1:00.0"), QStringLiteral("nvidia-700"));
    src.migStart = 2;
    const Result<AssignmentPlan> p = makePlan(request(src, {idle03}), assignHost());
    QVERIFY(p);
    QCOMPARE(kinds(*p), (QList<Step>{Step::CreateMigInstance, Step::CreateMdev, Step::DefineConfig}));
    QCOMPARE(p->steps[0].via, PlanStep::Via::Agent);
    QCOMPARE(p->steps[0].address, addr("0000:c1:00.0"));
    QCOMPARE(p->steps[0].migProfile, MigLayout::Profile::G2_20);
    QCOMPARE(p->steps[0].migStart, 2);
    QCOMPARE(p->steps[1].address, addr("0000:c1:00.5"));
}

void TestAssignPlanner::existingMdev()
{
    AssignmentSource src;
    src.kind = Kind::Mdev;
    src.hostId = kHost;
    src.mdevUuid = sliceFree;
    const Result<AssignmentPlan> p = makePlan(request(src, {idle03}), assignHost());
    QVERIFY(p);
    QCOMPARE(kinds(*p), QList<Step>{Step::DefineConfig});
    QCOMPARE(hostdevsAfter(*p, idle03), QList<Hostdev>{mdevHostdev(sliceFree)});
}

void TestAssignPlanner::release()
{
    HostSnapshot s = assignHost();
    // A PCI function off a running VM: unplugged live, then forgotten by the configuration.
    s.vms[vdi06].hostdevs = {pciHostdev("0000:83:02.1")};
    Result<AssignmentPlan> p =
        makePlan(AssignmentRequest::releaseFrom({kHost, vdi06}, pciHostdev("0000:83:02.1")), s);
    QVERIFY(p);
    QCOMPARE(p->action, AssignmentPlan::Action::Release);
    QCOMPARE(kinds(*p), (QList<Step>{Step::DetachLive, Step::DefineConfig}));
    QVERIFY(hostdevsAfter(*p, vdi06).isEmpty());

    // A vGPU off a stopped VM, and the mdev removed from the host.
    s.vms[idle03].hostdevs = {mdevHostdev(sliceFree)};
    p = makePlan(AssignmentRequest::releaseFrom({kHost, idle03}, mdevHostdev(sliceFree), true), s);
    QVERIFY(p);
    QCOMPARE(kinds(*p), (QList<Step>{Step::DefineConfig, Step::RemoveMdev}));
    QCOMPARE(p->steps[1].mdevUuid, sliceFree);
    QCOMPARE(p->steps[1].address, addr("0000:41:00.5"));
    QCOMPARE(p->steps[1].typeId, QStringLiteral("nvidia-699"));
}

void TestAssignPlanner::refusedOrUnreadable()
{
    HostSnapshot s = assignHost();
    Result<AssignmentPlan> p =
        makePlan(request(source(Kind::PciFunction, QStringLiteral("0000:02:00.0")), {idle03}), s);
    QVERIFY(!p);
    QCOMPARE(p.error().detail, QStringLiteral("boot-vga"));
    QVERIFY(p.error().summary.contains(u"0000:02:00.0"));

    // The VM's XML could not be read: no plan, and the error names the VM.
    p = AssignmentPlanner::plan(request(source(Kind::PciFunction, QStringLiteral("0000:81:00.0")), {idle03}),
                                kHost, s, HostCapabilities::of(s), {}, numbered());
    QVERIFY(!p);
    QVERIFY(p.error().summary.contains(u"idle-03"));

    // The XML already has the device (the snapshot was behind): refused, not doubled.
    QMap<QString, QString> xml = xmlOf(s);
    xml[idle03] = DomainXmlEdit::addHostdev(xml[idle03], pciHostdev("0000:81:00.0")).value();
    p = AssignmentPlanner::plan(request(source(Kind::PciFunction, QStringLiteral("0000:81:00.0")), {idle03}),
                                kHost, s, HostCapabilities::of(s), xml, numbered());
    QVERIFY(!p);
}

void TestAssignPlanner::inverses()
{
    const Result<AssignmentPlan> p =
        makePlan(request(source(Kind::MigSlot, QStringLiteral("0000:c1:00.0"), QStringLiteral("nvidia-699")),
                         {idle03}),
                 assignHost());
    QVERIFY(p);
    const QList<std::pair<Step, Step>> pairs{{Step::CreateMdev, Step::RemoveMdev},
                                             {Step::CreateMigInstance, Step::RemoveMigInstance},
                                             {Step::BindVfio, Step::RestoreDriver},
                                             {Step::AttachLive, Step::DetachLive}};
    for (const auto &[a, b] : pairs) {
        PlanStep s;
        s.kind = a;
        QCOMPARE(s.inverse().kind, b);
        QCOMPARE(s.inverse().inverse(), s);
    }
    const PlanStep define = p->steps.back();
    QCOMPARE(define.inverse().xml, define.previousXml);
    QCOMPARE(define.inverse().previousXml, define.xml);

    const AssignmentPlan undo = p->inverse();
    QCOMPARE(undo.action, AssignmentPlan::Action::Undo);
    QCOMPARE(undo.undoes, p->id);
    QVERIFY(undo.id != p->id);
    QCOMPARE(kinds(undo), (QList<Step>{Step::DefineConfig, Step::RemoveMdev, Step::RemoveMigInstance}));
    QCOMPARE(undo.domains[0].before, p->domains[0].after);
    QCOMPARE(undo.domains[0].after, p->domains[0].before);
    QVERIFY(undo.summary().contains(p->summary()));
}

void TestAssignPlanner::textAndJson()
{
    const Result<AssignmentPlan> p =
        makePlan(request(source(Kind::PciFunction, QStringLiteral("0000:21:00.0")), {idle03}), assignHost());
    QVERIFY(p);
    QCOMPARE(p->steps[0].description(), QStringLiteral("Bind 0000:21:00.1 to vfio-pci (through libvirt)"));
    QCOMPARE(p->steps[0].inverse().description(),
             QStringLiteral("Give 0000:21:00.1 back to snd_hda_intel (through libvirt)"));
    QCOMPARE(p->steps[1].description(),
             QStringLiteral("Save the configuration of idle-03 (through libvirt)"));
    const QJsonObject j = p->steps[0].toJson();
    QCOMPARE(j.value(u"kind").toString(), QStringLiteral("bind-vfio"));
    QCOMPARE(j.value(u"via").toString(), QStringLiteral("libvirt"));
    QCOMPARE(j.value(u"address").toString(), QStringLiteral("0000:21:00.1"));
    QCOMPARE(j.value(u"driver").toString(), QStringLiteral("snd_hda_intel"));
    QCOMPARE(p->summary(), QStringLiteral("Assign 0000:21:00.0 to idle-03"));
}

QTEST_GUILESS_MAIN(TestAssignPlanner)
#include "tst_assignplanner.moc"
