// The demo's NVML facts: what a driver would report for the simulated host, numbers taken from the telemetry.
#include "simulation_p.h"
#include "telemetry.h"

#include "model/miglayout.h"
#include "model/topology.h"

#include <QUuid>

#include <algorithm>

using namespace Simulation;

namespace {
// NVML's GPU instance profile ids on A100/H100 80GB.
uint migProfileId(MigLayout::Profile p)
{
    switch (p) {
    case MigLayout::Profile::G1_10:
        return 19;
    case MigLayout::Profile::G1_20:
        return 15;
    case MigLayout::Profile::G2_20:
        return 14;
    case MigLayout::Profile::G3_40:
        return 9;
    case MigLayout::Profile::G4_40:
        return 5;
    case MigLayout::Profile::G7_80:
        return 0;
    }
    return 0;
}

QString simulatedUuid(quint64 seed, quint64 key)
{
    const QByteArray bytes = QByteArray::number(mix(seed ^ key), 16) + QByteArray::number(mix(key + 1), 16);
    return QUuid::createUuidV5(QUuid(), bytes).toString(QUuid::WithoutBraces);
}
} // namespace

NvmlFacts TelemetrySimulator::facts(const HostSnapshot &host, const QDateTime &time) const
{
    NvmlFacts f;
    f.available = true;
    f.simulated = true;
    f.collectedAt = QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
    f.driverVersion = QStringLiteral("550.90.07 (simulated)");
    f.nvmlVersion = QStringLiteral("12.550.90.07 (simulated)");
    f.cudaDriverVersion = 12040;
    const TelemetrySample sample = this->sample(host, time);
    const QList<GpuCtx> gpus = contexts(host, m_seed);
    const QHash<QString, Licence> licence = licences(m_seed, gpus, time);
    int index = 0;
    for (const GpuCtx &g : gpus) {
        // NVML sees NVIDIA GPUs that the NVIDIA driver holds; one bound to vfio-pci is invisible to it.
        if (g.dev->vendorId != 0x10de || Topology::driverOf(host, g.dev->address) == u"vfio-pci")
            continue;
        const GpuSample *s = sample.gpu(g.dev->address);
        NvmlGpu n;
        n.index = index++;
        n.name = QStringLiteral("NVIDIA %1").arg(g.board.name);
        n.uuid = QStringLiteral("GPU-") + simulatedUuid(m_seed, g.key);
        n.address = g.dev->address;
        n.busId = g.dev->address.toString();
        n.memoryTotalMiB = s->fbTotalMiB;
        n.memoryUsedMiB = s->fbUsedMiB;
        n.gpuUtil = s->gpuUtil;
        n.memUtil = s->memUtil;
        n.encoderUtil = s->encoderUtil;
        n.temperatureC = s->temperatureC;
        n.powerW = s->powerW;
        n.powerLimitW = s->powerLimitW;
        const QList<Topology::GpuTypeOffer> types = Topology::typesOfGpu(host, g.dev->address);
        const bool vgpuHost = !types.isEmpty();
        n.virtualizationMode = vgpuHost ? QStringLiteral("hostVgpu") : QStringLiteral("none");
        if (vgpuHost)
            n.hostVgpuMode = Topology::vgpuOnVirtualFunctions(host, g.dev->address)
                                 ? QStringLiteral("sriov")
                                 : QStringLiteral("nonSriov");
        const bool migTypes = std::any_of(types.cbegin(), types.cend(), [](const Topology::GpuTypeOffer &o) {
            return o.type.vgpu && o.type.vgpu->migBacked;
        });
        if (GpuBoardInfo::lookup(g.board.name).migCapable || migTypes) {
            n.migEnabled = n.migPendingEnabled = migTypes;
        } else {
            for (const char *key : {"migEnabled", "migPendingEnabled"})
                n.errors.insert(QLatin1String(key), NvmlError{3, QStringLiteral("Not Supported")});
        }
        if (migTypes) { // a GPU in MIG mode has no whole-GPU utilization, as a real one answers
            n.gpuUtil = n.memUtil = std::nullopt;
            for (const char *key : {"gpuUtil", "memUtil"})
                n.errors.insert(QLatin1String(key), NvmlError{3, QStringLiteral("Not Supported")});
        }
        // MIG-backed vGPUs sit in GPU instances laid out like the console's own MIG view.
        QList<MigLayout::Profile> profiles;
        QList<int> giOfVgpu(g.vgpus.size(), -1);
        for (qsizetype i = 0; i < g.vgpus.size(); ++i) {
            const VgpuCtx &v = g.vgpus[i];
            if (v.computeSlices == 0 || !v.type)
                continue;
            if (const auto p = MigLayout::profileFor(*v.type->vgpu, int(g.board.fbMiB))) {
                giOfVgpu[i] = int(profiles.size());
                profiles.append(*p);
            }
        }
        const auto placed = MigLayout::layout(profiles);
        for (qsizetype k = 0; k < placed.size(); ++k) {
            if (!placed[k])
                continue;
            const MigLayout::ProfileInfo info = MigLayout::info(placed[k]->profile);
            n.gpuInstances.append({uint(k + 1), migProfileId(info.profile), info.name, info.computeSlices,
                                   g.board.fbMiB * quint64(info.memorySlices) / MigLayout::MemorySlices,
                                   placed[k]->start, info.memorySlices});
        }
        for (qsizetype i = 0; i < g.vgpus.size(); ++i) {
            const VgpuCtx &v = g.vgpus[i];
            const VgpuSample &vs = s->vgpus[i];
            NvmlVgpu nv;
            nv.instance = uint(1000 * (n.index + 1) + i);
            if (v.type) {
                nv.type = v.type->name;
                const qsizetype dash = v.type->id.lastIndexOf(u'-');
                bool ok = false;
                const uint id = v.type->id.mid(dash + 1).toUInt(&ok);
                if (ok)
                    nv.typeId = id;
            }
            nv.framebufferMiB = v.sizeMiB;
            nv.vmId = v.vm->uuid;
            nv.vmIdType = QStringLiteral("uuid");
            nv.uuid = simulatedUuid(m_seed, v.key);
            nv.mdevUuid = v.mdev->uuid;
            nv.fbUsedMiB = vs.fbUsedMiB;
            const Licence l = licence.value(v.mdev->uuid);
            nv.license = NvmlLicense{
                l.state, l.expiry.isValid() ? QStringLiteral("valid") : QStringLiteral("notAvailable"),
                l.expiry};
            if (giOfVgpu[i] >= 0 && placed[giOfVgpu[i]])
                nv.gpuInstanceId = uint(giOfVgpu[i] + 1);
            nv.gpuUtil = vs.gpuUtil;
            nv.memUtil = roundPct(0.5 * vs.gpuUtil.value_or(0));
            nv.encoderUtil = vs.encoderUtil;
            nv.decoderUtil = 0;
            n.vgpus.append(nv);
        }
        if (vgpuHost && !migTypes) {
            // The default: best effort, 2 ms slices when a type allows at most 8 vGPUs per GPU, else 1 ms.
            int maxInstances = 0;
            for (const Topology::GpuTypeOffer &o : types)
                maxInstances = std::max(maxInstances, o.maxInstances);
            n.scheduler = NvmlScheduler{QStringLiteral("bestEffort"), QStringLiteral("default"), std::nullopt,
                                        maxInstances > 8 ? 1000000ULL : 2000000ULL};
        }
        f.gpus.append(n);
    }
    return f;
}
