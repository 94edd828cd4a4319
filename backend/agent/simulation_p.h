// Shared by the two halves of the telemetry simulator: the host as it sees it, and the licences it invents.
#pragma once

#include "model/hostsnapshot.h"
#include "nvmlfacts.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Simulation {

quint64 mix(quint64 x);
// FNV-1a over UTF-16: stable across runs and machines, unlike qHash's per-process seed.
quint64 keyOf(QStringView s, quint64 salt = 0);
int roundPct(double x); // clamped to 0-100

struct Board
{
    QString name; // "A16", "H100 PCIe"
    quint64 fbMiB = 16 * 1024;
    double limitW = 250;
};

struct VgpuCtx
{
    const MediatedDevice *mdev = nullptr;
    const VirtualMachine *vm = nullptr;
    const MdevType *type = nullptr;
    bool running = false; // a paused VM keeps its vGPU but does no work
    quint64 key = 0;
    quint64 sizeMiB = 1024;
    int computeSlices = 0; // MIG-backed only
    bool display = true;   // Q, B and A series drive a remote desktop: the encoder works too
};

struct GpuCtx
{
    const PciDevice *dev = nullptr;
    Board board;
    quint64 key = 0;
    QList<VgpuCtx> vgpus;
    bool passthroughRunning = false;
    int vfTotal = 0;
    QList<quint64> runningVfKeys;
};

// One context per GPU of the host, in Topology::gpus() order, with the vGPUs NVML would list: those whose VM
// runs or is paused.
QList<GpuCtx> contexts(const HostSnapshot &s, quint64 seed);

struct Licence
{
    VgpuLicenseState state = VgpuLicenseState::Licensed;
    QDateTime expiry;
};

// Per present vGPU (by mdev uuid): most licensed for weeks, about one in five expiring within three days, and
// on a host with two or more the one with the lowest draw unlicensed, so that the demo always shows one.
QHash<QString, Licence> licences(quint64 seed, const QList<GpuCtx> &gpus, const QDateTime &time);

} // namespace Simulation
