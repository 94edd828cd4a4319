// Demand against entitlement: leases per edition from the vGPU series, per server by whom it serves, the
// preview's planned vGPUs as a second series, NVML's licence states, and every warning the panel shows.
#include "fixturesnapshots.h"
#include "licensing/licencedemand.h"
#include "licensing/licenceusagehistory.h"
#include "scheduler/placement.h"

#include <QJsonArray>
#include <QTest>

using namespace Fixtures;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// One A16 with vGPUs of every series; VM n holds the mdev n.
HostSnapshot host(const QString &name, const QList<std::tuple<const char *, const char *, VmState>> &guests)
{
    HostSnapshot s;
    s.hostname = name;
    PciDevice a16 = pci("0000:41:00.0", 0x030200, 0x10de, 0x25b6, "NVIDIA Corporation", "A16", 40, "nvidia");
    a16.mdevTypes = {mdevType("nvidia-697", "NVIDIA A16-1B", 8), mdevType("nvidia-699", "NVIDIA A16-2Q", 8),
                     mdevType("nvidia-701", "NVIDIA A16-2A", 8), mdevType("nvidia-702", "NVIDIA A16-4C", 8)};
    add(s, a16);
    int n = 0;
    for (const auto &[vmName, typeId, state] : guests) {
        ++n;
        const QString id = uuid(n + (name.size() * 100));
        s.mdevs.insert(id, mdev(id, "0000:41:00.0", typeId, 100 + n));
        VirtualMachine v = vm(id, vmName, state, 2, 4);
        v.hostdevs = {mdevHostdev(id)};
        s.vms.insert(v.uuid, v);
    }
    return s;
}

LicenceServer server(const char *name, QList<Entitlement> ents, QStringList hosts = {},
                     QStringList pools = {})
{
    LicenceServer s;
    s.name = QString::fromLatin1(name);
    s.address = QStringLiteral("dls.example.test");
    s.entitlements = ents;
    s.hosts = hosts;
    s.pools = pools;
    return s;
}

NvmlFacts nvmlFor(const HostSnapshot &s, const QMap<QString, NvmlLicense> &byVmName)
{
    NvmlFacts f;
    f.available = true;
    NvmlGpu g;
    for (const VirtualMachine &v : s.vms) {
        if (!byVmName.contains(v.name))
            continue;
        NvmlVgpu nv;
        nv.vmId = v.uuid;
        nv.mdevUuid = v.hostdevs.value(0).uuid;
        nv.license = byVmName.value(v.name);
        g.vgpus.append(nv);
    }
    f.gpus.append(g);
    return f;
}

const LicenceWarning *findWarning(const LicenceDemand &d, LicenceWarning::Kind kind,
                                  const QString &server = {})
{
    for (const LicenceWarning &w : d.warnings)
        if (w.kind == kind && (server.isEmpty() || w.server == server))
            return &w;
    return nullptr;
}
} // namespace

class TestLicenceDemand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editionPerSeries();
    void sumsPerEditionAcrossTheFleet();
    void perServerByHostPoolAndCatchAll();
    void plannedVgpusAreASecondSeries();
    void nvmlStatesGiveUnlicensedAndExpiring();
    void expiryAndReachabilityWarnings();
    void unservedGuestsWarned();
    void jsonShape();
    void historyIsABoundedRing();
};

void TestLicenceDemand::editionPerSeries()
{
    QCOMPARE(LicenceDemand::editionForTypes({QStringLiteral("A16-2Q")}), LicenseEdition::VWS);
    QCOMPARE(LicenceDemand::editionForTypes({QStringLiteral("NVIDIA A16-1B")}), LicenseEdition::VPC);
    QCOMPARE(LicenceDemand::editionForTypes({QStringLiteral("A16-2A")}), LicenseEdition::VApps);
    QCOMPARE(LicenceDemand::editionForTypes({QStringLiteral("A100-3-40C")}), LicenseEdition::VCS);
    // One guest, one lease: the highest edition it needs.
    QCOMPARE(LicenceDemand::editionForTypes({QStringLiteral("A16-1B"), QStringLiteral("A16-2Q")}),
             LicenseEdition::VWS);
    QCOMPARE(LicenceDemand::editionForTypes({QStringLiteral("not-a-vgpu")}), LicenseEdition::None);
}

void TestLicenceDemand::sumsPerEditionAcrossTheFleet()
{
    const HostSnapshot a = host(QStringLiteral("vdi-a"), {{"pool-a-1", "nvidia-697", VmState::Running},
                                                          {"pool-a-2", "nvidia-697", VmState::Running},
                                                          {"pool-a-3", "nvidia-697", VmState::Shutoff},
                                                          {"cad-1", "nvidia-699", VmState::Running}});
    const HostSnapshot b = host(QStringLiteral("vdi-b"), {{"apps-1", "nvidia-701", VmState::Paused},
                                                          {"ml-1", "nvidia-702", VmState::Running},
                                                          {"cad-2", "nvidia-699", VmState::Shutoff}});
    const QList<LicenceServer> servers{
        server("dls-1", {{LicenseEdition::VPC, 2, {}}, {LicenseEdition::VWS, 5, {}}}),
        server("dls-2",
               {{LicenseEdition::VPC, 4, QDate(2026, 1, 1)}, // expired: does not count
                {LicenseEdition::VCS, 1, QDate(2027, 1, 1)}},
               {QStringLiteral("nowhere")})};
    const LicenceDemand d =
        LicenceDemand::compute({{QStringLiteral("h1"), QStringLiteral("vdi-a"), &a, nullptr},
                                {QStringLiteral("h2"), QStringLiteral("vdi-b"), &b, nullptr}},
                               servers, {}, {}, kNow);
    QCOMPARE(d.guests.size(), 7);
    const EditionCount vpc = d.fleet.value(LicenseEdition::VPC);
    QCOMPARE(vpc.assigned, 3);
    QCOMPARE(vpc.running, 2);
    QCOMPARE(vpc.entitled, 2);
    QVERIFY(vpc.overSubscribed());
    const EditionCount vws = d.fleet.value(LicenseEdition::VWS);
    QCOMPARE(vws.assigned, 2);
    QCOMPARE(vws.running, 1);
    QCOMPARE(vws.entitled, 5);
    QVERIFY(!vws.overSubscribed());
    QCOMPARE(d.fleet.value(LicenseEdition::VApps).assigned, 1);
    QCOMPARE(d.fleet.value(LicenseEdition::VApps).running, 1); // paused still holds its lease
    QCOMPARE(d.fleet.value(LicenseEdition::VCS).entitled, 1);
    // Over-subscribed across the fleet, but nothing runs beyond the entitlement: a warning, not critical.
    const LicenceWarning *w = nullptr;
    for (const LicenceWarning &x : d.warnings)
        if (x.kind == LicenceWarning::Kind::OverSubscribed && x.server.isEmpty() &&
            x.edition == LicenseEdition::VPC)
            w = &x;
    QVERIFY(w);
    QVERIFY(!w->critical);
    QVERIFY2(w->text.contains(QStringLiteral("3 guests assigned")), qPrintable(w->text));
}

void TestLicenceDemand::perServerByHostPoolAndCatchAll()
{
    const HostSnapshot a = host(QStringLiteral("vdi-a"), {{"pool-a-1", "nvidia-697", VmState::Running},
                                                          {"pool-b-1", "nvidia-697", VmState::Running},
                                                          {"cad-1", "nvidia-699", VmState::Running}});
    const HostSnapshot b = host(QStringLiteral("vdi-b"), {{"cad-2", "nvidia-699", VmState::Running}});
    const QList<LicenceServer> servers{
        server("catch-all", {{LicenseEdition::VWS, 1, {}}}),
        server("pool-b", {{LicenseEdition::VPC, 1, {}}}, {}, {QStringLiteral("pool-b-*")}),
        server("host-a", {{LicenseEdition::VPC, 1, {}}, {LicenseEdition::VWS, 1, {}}},
               {QStringLiteral("VDI-A")})};
    const LicenceDemand d =
        LicenceDemand::compute({{QStringLiteral("h1"), QStringLiteral("vdi-a"), &a, nullptr},
                                {QStringLiteral("h2"), QStringLiteral("vdi-b"), &b, nullptr}},
                               servers, {}, {}, kNow);
    // pool-b-1 matches the pool before its host's server (registry order among specific servers: pool-b
    // first); pool-a-1 and cad-1 go to host-a; cad-2 to the catch-all.
    QCOMPARE(d.perServer[QStringLiteral("pool-b")][LicenseEdition::VPC].assigned, 1);
    QCOMPARE(d.perServer[QStringLiteral("host-a")][LicenseEdition::VPC].assigned, 1);
    QCOMPARE(d.perServer[QStringLiteral("host-a")][LicenseEdition::VWS].assigned, 1);
    QCOMPARE(d.perServer[QStringLiteral("catch-all")][LicenseEdition::VWS].assigned, 1);
    QCOMPARE(d.perServer[QStringLiteral("catch-all")][LicenseEdition::VPC].assigned, 0);
    for (const LicenceGuest &g : d.guests)
        if (g.vmName == u"cad-2")
            QCOMPARE(g.server, QStringLiteral("catch-all"));
    QVERIFY(!findWarning(d, LicenceWarning::Kind::OverSubscribed));
}

void TestLicenceDemand::plannedVgpusAreASecondSeries()
{
    const HostSnapshot a = host(QStringLiteral("vdi-a"), {{"pool-a-1", "nvidia-697", VmState::Running}});
    const QList<LicenceServer> servers{server("dls", {{LicenseEdition::VPC, 2, {}}})};
    const QList<PlannedVgpu> planned{
        {QStringLiteral("vdi-a"), QStringLiteral("pool-a-2"), QStringLiteral("A16-1B")},
        {QStringLiteral("vdi-a"), QStringLiteral("pool-a-3"), QStringLiteral("A16-1B")},
        {QStringLiteral("vdi-a"), QStringLiteral("gpu"), QStringLiteral("passthrough")}};
    const LicenceDemand d = LicenceDemand::compute(
        {{QStringLiteral("h1"), QStringLiteral("vdi-a"), &a, nullptr}}, servers, {}, planned, kNow);
    const EditionCount vpc = d.fleet.value(LicenseEdition::VPC);
    QCOMPARE(vpc.assigned, 1);
    QCOMPARE(vpc.planned, 2);
    QVERIFY(!vpc.overSubscribed());
    QVERIFY(vpc.overSubscribedWithPreview());
    const LicenceWarning *w =
        findWarning(d, LicenceWarning::Kind::OverSubscribedWithPreview, QStringLiteral("dls"));
    QVERIFY(w);
    QVERIFY2(w->text.contains(QStringLiteral("would need 3")), qPrintable(w->text));

    // From a placement preview: vGPU requests only, instance names as the apply dialog matches them.
    Sched::PlacementRequest vgpu;
    vgpu.name = QStringLiteral("pool-c");
    vgpu.count = 2;
    vgpu.kind = Sched::PlacementRequest::Kind::VgpuType;
    vgpu.vgpuType = QStringLiteral("A16-2Q");
    Sched::PlacementRequest whole;
    whole.name = QStringLiteral("train");
    whole.kind = Sched::PlacementRequest::Kind::WholeGpus;
    Sched::PlacementResult result;
    for (int i = 0; i < 2; ++i) {
        Sched::PlacedItem item;
        item.request = vgpu.name;
        item.instance = i;
        item.placed = true;
        item.host = QStringLiteral("vdi-a");
        result.items.append(item);
    }
    Sched::PlacedItem unplaced;
    unplaced.request = vgpu.name;
    unplaced.instance = 2;
    result.items.append(unplaced);
    Sched::PlacedItem trained;
    trained.request = whole.name;
    trained.placed = true;
    result.items.append(trained);
    const QList<PlannedVgpu> fromPreview = LicenceDemand::plannedFrom(result, {vgpu, whole});
    QCOMPARE(fromPreview.size(), 2);
    QCOMPARE(fromPreview[1].vmName, QStringLiteral("pool-c-2"));
    QCOMPARE(fromPreview[1].vgpuType, QStringLiteral("A16-2Q"));
}

void TestLicenceDemand::nvmlStatesGiveUnlicensedAndExpiring()
{
    const HostSnapshot a = host(QStringLiteral("vdi-a"), {{"ok-1", "nvidia-697", VmState::Running},
                                                          {"bad-1", "nvidia-697", VmState::Running},
                                                          {"soon-1", "nvidia-699", VmState::Running},
                                                          {"off-1", "nvidia-699", VmState::Shutoff}});
    const NvmlFacts nvml = nvmlFor(
        a, {{QStringLiteral("ok-1"), {VgpuLicenseState::Licensed, QStringLiteral("valid"), kNow.addDays(20)}},
            {QStringLiteral("bad-1"),
             {VgpuLicenseState::UnlicensedRestricted, QStringLiteral("notAvailable"), {}}},
            {QStringLiteral("soon-1"),
             {VgpuLicenseState::Licensed, QStringLiteral("valid"), kNow.addSecs(3600)}}});
    const QList<LicenceServer> servers{
        server("dls", {{LicenseEdition::VPC, 5, {}}, {LicenseEdition::VWS, 5, {}}})};
    const LicenceDemand d = LicenceDemand::compute(
        {{QStringLiteral("h1"), QStringLiteral("vdi-a"), &a, &nvml}}, servers, {}, {}, kNow);
    QCOMPARE(d.fleet.value(LicenseEdition::VPC).licensed, 1);
    QCOMPARE(d.fleet.value(LicenseEdition::VWS).licensed, 1);
    const QList<LicenceGuest> attention = d.unlicensedOrExpiring();
    QCOMPARE(attention.size(), 2);
    QCOMPARE(attention[0].vmName, QStringLiteral("bad-1"));
    QVERIFY(attention[0].unlicensed());
    QCOMPARE(attention[1].vmName, QStringLiteral("soon-1"));
    const LicenceWarning *unlicensed = findWarning(d, LicenceWarning::Kind::Unlicensed);
    QVERIFY(unlicensed && unlicensed->critical);
    QCOMPARE(unlicensed->guest, QStringLiteral("bad-1"));
    QVERIFY(unlicensed->text.contains(QStringLiteral("unlicensedRestricted")));
    const LicenceWarning *soon = findWarning(d, LicenceWarning::Kind::LeaseExpiring);
    QVERIFY(soon && !soon->critical);
    QCOMPARE(soon->guest, QStringLiteral("soon-1"));
    // Critical warnings come first.
    QVERIFY(d.warnings.first().critical);
}

void TestLicenceDemand::expiryAndReachabilityWarnings()
{
    const HostSnapshot a = host(QStringLiteral("vdi-a"), {{"pool-a-1", "nvidia-697", VmState::Running}});
    QList<LicenceServer> servers{server("dls-main", {{LicenseEdition::VPC, 5, kNow.date().addDays(10)},
                                                     {LicenseEdition::VWS, 2, kNow.date().addDays(-1)},
                                                     {LicenseEdition::VApps, 9, kNow.date().addDays(90)}}),
                                 server("dls-idle", {}, {QStringLiteral("other-host")})};
    QHash<QString, LicenceProbeResult> probes;
    LicenceProbeResult down;
    down.state = LicenceProbeResult::State::Refused;
    probes.insert(QStringLiteral("dls-main"), down);
    LicenceProbeResult idle;
    idle.state = LicenceProbeResult::State::Reachable;
    idle.tls = true;
    idle.certificate = LicenceProbeResult::Certificate{};
    idle.certificate->notAfter = kNow.addDays(12);
    probes.insert(QStringLiteral("dls-idle"), idle);
    const LicenceDemand d = LicenceDemand::compute(
        {{QStringLiteral("h1"), QStringLiteral("vdi-a"), &a, nullptr}}, servers, probes, {}, kNow);
    const LicenceWarning *unreachable = findWarning(d, LicenceWarning::Kind::ServerUnreachable);
    QVERIFY(unreachable && unreachable->critical);
    QCOMPARE(unreachable->server, QStringLiteral("dls-main"));
    QVERIFY2(unreachable->text.contains(QStringLiteral("1 running guest")), qPrintable(unreachable->text));
    int expiring = 0, expired = 0;
    for (const LicenceWarning &w : d.warnings)
        if (w.kind == LicenceWarning::Kind::EntitlementExpiring)
            (w.critical ? expired : expiring)++;
    QCOMPARE(expiring, 1); // vPC in 10 days; vApps in 90 days is not yet worth a warning
    QCOMPARE(expired, 1);  // vWS yesterday
    const LicenceWarning *cert =
        findWarning(d, LicenceWarning::Kind::CertificateExpiring, QStringLiteral("dls-idle"));
    QVERIFY(cert && !cert->critical);
    QVERIFY2(cert->text.contains(QStringLiteral("in 12 day")), qPrintable(cert->text));
    // vApps has no guests and is entitled; vWS has none entitled today and none assigned: no more.
    int overSubscribed = 0;
    for (const LicenceWarning &x : d.warnings)
        overSubscribed += x.kind == LicenceWarning::Kind::OverSubscribed;
    QCOMPARE(overSubscribed, 0);
    // An unreachable server that serves nobody running is not worth a warning.
    probes[QStringLiteral("dls-idle")].state = LicenceProbeResult::State::TimedOut;
    const LicenceDemand again = LicenceDemand::compute(
        {{QStringLiteral("h1"), QStringLiteral("vdi-a"), &a, nullptr}}, servers, probes, {}, kNow);
    QVERIFY(!findWarning(again, LicenceWarning::Kind::ServerUnreachable, QStringLiteral("dls-idle")));
}

void TestLicenceDemand::unservedGuestsWarned()
{
    const HostSnapshot a = host(QStringLiteral("vdi-a"), {{"pool-a-1", "nvidia-697", VmState::Running},
                                                          {"pool-a-2", "nvidia-697", VmState::Running}});
    const LicenceDemand d =
        LicenceDemand::compute({{QStringLiteral("h1"), QStringLiteral("vdi-a"), &a, nullptr}},
                               {server("elsewhere", {}, {QStringLiteral("vdi-z")})}, {}, {}, kNow);
    const LicenceWarning *w = findWarning(d, LicenceWarning::Kind::Unserved);
    QVERIFY(w && w->critical);
    QVERIFY2(w->text.startsWith(QStringLiteral("2 running guest")), qPrintable(w->text));
}

void TestLicenceDemand::jsonShape()
{
    const HostSnapshot a = host(QStringLiteral("vdi-a"), {{"pool-a-1", "nvidia-697", VmState::Running}});
    const LicenceDemand d =
        LicenceDemand::compute({{QStringLiteral("h1"), QStringLiteral("vdi-a"), &a, nullptr}},
                               {server("dls", {{LicenseEdition::VPC, 1, {}}})}, {}, {}, kNow);
    const QJsonObject o = d.toJson();
    QCOMPARE(o.value(QStringLiteral("computedAt")).toString(), QStringLiteral("2026-03-01T12:00:00Z"));
    const QJsonObject vpc =
        o.value(QStringLiteral("fleet")).toObject().value(QStringLiteral("vPC")).toObject();
    QCOMPARE(vpc.value(QStringLiteral("assigned")).toInt(), 1);
    QCOMPARE(vpc.value(QStringLiteral("entitled")).toInt(), 1);
    QCOMPARE(vpc.value(QStringLiteral("overSubscribed")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("fleet")).toObject().keys(),
             (QStringList{QStringLiteral("vApps"), QStringLiteral("vCS"), QStringLiteral("vPC"),
                          QStringLiteral("vWS")}));
    const QJsonObject guest = o.value(QStringLiteral("guests")).toArray().first().toObject();
    QCOMPARE(guest.value(QStringLiteral("vm")).toString(), QStringLiteral("pool-a-1"));
    QCOMPARE(guest.value(QStringLiteral("edition")).toString(), QStringLiteral("vPC"));
    QCOMPARE(guest.value(QStringLiteral("server")).toString(), QStringLiteral("dls"));
    QCOMPARE(guest.value(QStringLiteral("vgpuType")).toString(), QStringLiteral("A16-1B"));
}

void TestLicenceDemand::historyIsABoundedRing()
{
    LicenceUsageHistory h(3);
    for (int i = 0; i < 5; ++i) {
        LicenceUsageSample s;
        s.time = kNow.addSecs(i);
        s.inUse.insert(LicenseEdition::VPC, i);
        h.add(s);
    }
    QCOMPARE(h.size(), 3);
    const QList<LicenceUsageSample> samples = h.samples();
    QCOMPARE(samples.size(), 3);
    QCOMPARE(samples[0].inUse.value(LicenseEdition::VPC), 2);
    QCOMPARE(samples[2].inUse.value(LicenseEdition::VPC), 4);
    QVERIFY(samples[0].time < samples[1].time);
}

QTEST_GUILESS_MAIN(TestLicenceDemand)
#include "tst_licencedemand.moc"
