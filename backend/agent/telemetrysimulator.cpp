// Simulated GPU telemetry for the demo: smooth deterministic curves keyed by seed, object and time.
#include "simulation_p.h"
#include "telemetry.h"

#include "model/miglayout.h"
#include "model/topology.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

using namespace Simulation;

namespace {
// ---- deterministic noise --------------------------------------------------------------------------------
double unit(quint64 seed, quint64 key, qint64 k)
{
    return double(mix(seed ^ mix(key ^ mix(quint64(k)))) >> 11) * 0x1.0p-53;
}

// Cosine interpolation between random knots `period` seconds apart: continuous, with no jumps.
double smooth(quint64 seed, quint64 key, double t, double period)
{
    const double x = t / period;
    const qint64 k = qint64(std::floor(x));
    const double f = x - double(k);
    const double s = (1 - std::cos(std::numbers::pi * f)) / 2;
    return unit(seed, key, k) * (1 - s) + unit(seed, key, k + 1) * s;
}

// Mostly 0, now and then a smooth hump up to 1: a burst of work in a guest.
double burst(quint64 seed, quint64 key, double t)
{
    constexpr double period = 12;
    const double x = t / period;
    const qint64 k = qint64(std::floor(x));
    const double f = x - double(k);
    const double s = (1 - std::cos(std::numbers::pi * f)) / 2;
    auto knot = [&](qint64 i) { return std::max(0.0, (unit(seed, key ^ 0xb0b5, i) - 0.82) / 0.18); };
    return knot(k) * (1 - s) + knot(k + 1) * s;
}

// ---- the host as the simulator sees it ------------------------------------------------------------------
Board boardOf(const HostSnapshot &s, const PciDevice &d)
{
    // Order matters: longer names first where one contains another ("A100" holds "A10").
    struct Row
    {
        const char *key;
        int gb;
        double watts;
    };
    static constexpr Row rows[] = {
        {"H200", 141, 600}, {"H100", 80, 350},     {"A100", 80, 300},     {"A4000", 16, 140},
        {"A30", 24, 165},   {"L40S", 48, 350},     {"L40", 48, 300},      {"L4", 24, 72},
        {"A40", 48, 300},   {"A16", 16, 62.5},     {"A10", 24, 150},      {"A2", 16, 60},
        {"T4", 16, 70},     {"RTX 6000", 48, 300}, {"Flex 170", 16, 150}, {"Flex 140", 12, 75},
        {"MI210", 64, 300}, {"MI25", 16, 300},     {"V620", 32, 300},
    };
    Board b;
    b.name = d.productName.isEmpty() ? QStringLiteral("GPU") : d.productName;
    for (const Row &r : rows) {
        if (d.productName.contains(QLatin1String(r.key), Qt::CaseInsensitive)) {
            b = Board{QString::fromLatin1(r.key), quint64(r.gb) * 1024, r.watts};
            break;
        }
    }
    // The vGPU types name the board exactly; their framebuffer table beats a guess from the product name.
    for (const Topology::GpuTypeOffer &o : Topology::typesOfGpu(s, d.address)) {
        if (!o.type.vgpu)
            continue;
        const GpuBoardInfo info = GpuBoardInfo::lookup(o.type.vgpu->board);
        if (info.framebufferMB > 0) {
            b.name = info.board;
            b.fbMiB = quint64(info.framebufferMB);
            break;
        }
    }
    return b;
}

const MdevType *typeOf(const HostSnapshot &s, const MediatedDevice &m)
{
    const auto parent = s.pciDevices.constFind(m.parent);
    if (parent == s.pciDevices.cend())
        return nullptr;
    for (const MdevType &t : parent->mdevTypes)
        if (t.id == m.typeId)
            return &t;
    return nullptr;
}

bool running(const VirtualMachine &vm)
{
    return vm.state == VmState::Running || vm.state == VmState::Blocked;
}

bool present(const VirtualMachine &vm)
{
    return running(vm) || vm.state == VmState::Paused || vm.state == VmState::Suspended;
}

// ---- load model -------------------------------------------------------------------------------------------
// A VDI guest: 5-20 % drifting, mostly at the low end, with bursts to 60 %. Five desktops keep a GPU about
// half busy; a dozen saturate it.
double guestLoad(quint64 seed, quint64 key, double t)
{
    const double drift = smooth(seed, key, t, 45);
    return std::min(60.0, 5 + 15 * drift * drift + 40 * burst(seed, key, t));
}

struct LoadAt
{
    double gpu = 0;      // percent of the physical GPU
    QList<double> vgpus; // percent, in g.vgpus order
};

LoadAt loadAt(quint64 seed, const GpuCtx &g, double t)
{
    LoadAt l;
    double timeSliced = 0, mig = 0;
    for (const VgpuCtx &v : g.vgpus) {
        const double u = v.running ? guestLoad(seed, v.key, t) : 0;
        l.vgpus.append(u);
        if (v.computeSlices > 0)
            mig += u * v.computeSlices / MigLayout::ComputeSlices;
        else
            timeSliced += u;
    }
    // Time-sliced vGPUs share one engine: together they cannot exceed it.
    if (timeSliced > 97) {
        const double f = 97 / timeSliced;
        for (qsizetype i = 0; i < l.vgpus.size(); ++i)
            if (g.vgpus[i].computeSlices == 0)
                l.vgpus[i] *= f;
        timeSliced = 97;
    }
    double vf = 0;
    for (quint64 k : g.runningVfKeys)
        vf += guestLoad(seed, k, t);
    if (g.vfTotal > 0)
        vf /= g.vfTotal;
    const double pass = g.passthroughRunning ? 20 + 70 * smooth(seed, g.key ^ 0x9a55, t, 60) : 0;
    const double idle = 0.8 * smooth(seed, g.key ^ 0x1d1e, t, 30);
    l.gpu = std::clamp(idle + timeSliced + mig + vf + pass, 0.0, 100.0);
    return l;
}

double tenth(double x)
{
    return std::round(x * 10) / 10;
}
} // namespace

namespace Simulation {

quint64 mix(quint64 x)
{
    // splitmix64's finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a over UTF-16: stable across runs and machines, unlike qHash's per-process seed.
quint64 keyOf(QStringView s, quint64 salt)
{
    quint64 h = 0xcbf29ce484222325ULL ^ salt;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

int roundPct(double x)
{
    return int(std::lround(std::clamp(x, 0.0, 100.0)));
}

QList<GpuCtx> contexts(const HostSnapshot &s, quint64 seed)
{
    const Topology::Holders holders = Topology::holders(s);
    auto vmOf = [&](const QString &uuid) -> const VirtualMachine * {
        const auto it = s.vms.constFind(uuid);
        return it == s.vms.cend() ? nullptr : &*it;
    };
    QList<GpuCtx> out;
    for (const PciAddress &a : Topology::gpus(s)) {
        GpuCtx g;
        g.dev = &*s.pciDevices.constFind(a);
        g.board = boardOf(s, *g.dev);
        g.key = keyOf(a.toString(), seed);
        for (const QString &uuid : Topology::mdevsOfGpu(s, a)) {
            const VirtualMachine *vm = vmOf(holders.mdev.value(uuid));
            if (!vm || !present(*vm))
                continue; // NVML lists a vGPU only while its VM runs
            VgpuCtx v;
            v.mdev = &*s.mdevs.constFind(uuid);
            v.vm = vm;
            v.running = running(*vm);
            v.key = keyOf(uuid, seed);
            v.type = typeOf(s, *v.mdev);
            if (v.type && v.type->vgpu) {
                v.sizeMiB = quint64(std::max(512, v.type->vgpu->framebufferMB));
                v.computeSlices = v.type->vgpu->migBacked ? std::max(1, v.type->vgpu->computeSlices) : 0;
                v.display = v.type->vgpu->series != VgpuSeries::C;
            }
            g.vgpus.append(v);
        }
        if (const VirtualMachine *vm = vmOf(holders.pci.value(a)))
            g.passthroughRunning = running(*vm);
        g.vfTotal = int(g.dev->virtFunctions.size());
        for (const PciAddress &vf : g.dev->virtFunctions)
            if (const VirtualMachine *vm = vmOf(holders.pci.value(vf)); vm && running(*vm))
                g.runningVfKeys.append(keyOf(vf.toString(), seed));
        out.append(g);
    }
    return out;
}

// Per present vGPU (by mdev uuid): most licensed for weeks, about one in five expiring within three days, and
// on a host with two or more the one with the lowest draw unlicensed, so that the demo always shows one.
QHash<QString, Licence> licences(quint64 seed, const QList<GpuCtx> &gpus, const QDateTime &time)
{
    QList<const VgpuCtx *> all;
    for (const GpuCtx &g : gpus)
        for (const VgpuCtx &v : g.vgpus)
            all.append(&v);
    const QDateTime day = QDateTime(time.toUTC().date(), QTime(0, 0), Qt::UTC); // expiries move once a day
    QHash<QString, Licence> out;
    const VgpuCtx *unlicensed = nullptr;
    for (const VgpuCtx *v : all) {
        const double draw = unit(seed, v->key, 0x11c);
        if (all.size() >= 2 && (!unlicensed || draw < unit(seed, unlicensed->key, 0x11c)))
            unlicensed = v;
        Licence l;
        if (draw < 0.2)
            l.expiry = day.addSecs(qint64(86400 * (1 + 2 * unit(seed, v->key, 0xe4))));
        else
            l.expiry = day.addDays(30 + qint64(60 * unit(seed, v->key, 0xe5)));
        out.insert(v->mdev->uuid, l);
    }
    if (unlicensed)
        out[unlicensed->mdev->uuid] = Licence{VgpuLicenseState::Unlicensed, {}};
    return out;
}

} // namespace Simulation

TelemetrySample TelemetrySimulator::sample(const HostSnapshot &host, const QDateTime &time) const
{
    TelemetrySample out;
    out.time = QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
    out.simulated = true;
    const double t = double(time.toMSecsSinceEpoch()) / 1000.0;
    const QList<GpuCtx> gpus = contexts(host, m_seed);
    const QHash<QString, Licence> licence = licences(m_seed, gpus, time);
    for (const GpuCtx &g : gpus) {
        const LoadAt now = loadAt(m_seed, g, t);
        // The die heats and cools over a minute; power follows within seconds.
        static constexpr std::pair<double, double> thermal[] = {
            {0, 0.35}, {15, 0.25}, {30, 0.2}, {45, 0.12}, {60, 0.08}};
        double warm = 0;
        for (const auto &[ago, weight] : thermal)
            warm += weight * (ago == 0 ? now.gpu : loadAt(m_seed, g, t - ago).gpu);
        const double recent = 0.6 * now.gpu + 0.4 * loadAt(m_seed, g, t - 3).gpu;

        GpuSample s;
        s.address = g.dev->address;
        s.gpuUtil = roundPct(now.gpu);
        s.memUtil = roundPct(0.55 * now.gpu + 4 * smooth(m_seed, g.key ^ 0x3e3, t, 20));
        s.temperatureC = int(std::lround(35 + 45 * warm / 100 + smooth(m_seed, g.key ^ 0x7e, t, 25)));
        s.temperatureC = std::clamp(*s.temperatureC, 35, 80);
        s.powerLimitW = g.board.limitW;
        s.powerW = tenth(g.board.limitW * (0.12 + 0.78 * recent / 100));
        s.fbTotalMiB = g.board.fbMiB;

        double encoder = 0;
        quint64 reserved = g.board.fbMiB / 200; // the driver's own
        for (qsizetype i = 0; i < g.vgpus.size(); ++i) {
            const VgpuCtx &v = g.vgpus[i];
            VgpuSample vs;
            vs.mdevUuid = v.mdev->uuid;
            vs.vmName = v.vm->name;
            vs.vmUuid = v.vm->uuid;
            vs.gpuUtil = roundPct(now.vgpus[i]);
            const double enc =
                v.display ? now.vgpus[i] * (0.2 + 0.15 * smooth(m_seed, v.key ^ 0xe2c, t, 30)) : 0;
            vs.encoderUtil = roundPct(enc);
            encoder += v.computeSlices > 0 ? enc * v.computeSlices / MigLayout::ComputeSlices : enc;
            const double used =
                0.25 + 0.5 * smooth(m_seed, v.key ^ 0xfb, t, 90) + 0.15 * burst(m_seed, v.key, t);
            vs.fbUsedMiB = std::min<quint64>(quint64(double(v.sizeMiB) * std::min(used, 0.95)), v.sizeMiB);
            const Licence l = licence.value(v.mdev->uuid);
            vs.license = l.state;
            vs.licenseExpiry = l.expiry;
            reserved += v.sizeMiB; // a vGPU's framebuffer is reserved on the GPU while it exists
            s.vgpus.append(vs);
        }
        for (quint64 k : g.runningVfKeys)
            encoder += guestLoad(m_seed, k, t) * 0.25 / std::max(1, g.vfTotal);
        s.encoderUtil = roundPct(encoder);
        quint64 used = reserved;
        if (g.passthroughRunning)
            used += quint64(double(g.board.fbMiB) * (0.2 + 0.6 * smooth(m_seed, g.key ^ 0xfb, t, 120)));
        s.fbUsedMiB = std::min(used, g.board.fbMiB);
        out.gpus.append(s);
    }
    return out;
}
