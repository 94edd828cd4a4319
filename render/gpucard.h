// What one GPU card of the board shows, derived from a host snapshot: facts and texts, no geometry, no
// colours.
#pragma once

#include "agent/readiness.h"
#include "agent/telemetry.h"
#include "inventory/objectref.h"
#include "model/hostsnapshot.h"
#include "model/miglayout.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QStringList>

struct GpuCard
{
    Q_DECLARE_TR_FUNCTIONS(GpuBoardView)

public:
    enum class Body {
        TimeSliced,       // NVIDIA vGPU types that are not MIG-backed
        Mig,              // MIG-backed vGPU types
        VirtualFunctions, // SR-IOV VFs assigned like passthrough functions (AMD, Intel)
        PassthroughOnly,  // bound to vfio-pci, no vGPU
        NoVgpu,           // anything else without vGPU (host driver, unbound)
    };

    struct Holder
    {
        QString uuid; // empty: nobody holds it
        QString name;
        VmState state = VmState::NoState;
        friend bool operator==(const Holder &, const Holder &) = default;
    };
    struct Slice
    {
        QString uuid;
        QString typeId;
        QString typeName; // "A16-2Q"; the raw mdev type name when it is not an NVIDIA vGPU name
        std::optional<VgpuTypeName> vgpu;
        QString parent; // the PF or VF it lives on
        Holder holder;
        QString migProfile;                            // "3g.40gb"; MIG-backed only
        std::optional<MigLayout::Placement> placement; // MIG-backed only; nullopt when it does not fit
        friend bool operator==(const Slice &, const Slice &) = default;
    };
    struct MigOffer // a MIG-backed type the GPU can still create
    {
        QString typeId;
        QString typeName; // "A100-1-10C"
        MigLayout::Profile profile = MigLayout::Profile::G1_10;
        friend bool operator==(const MigOffer &, const MigOffer &) = default;
    };
    struct Vf
    {
        PciAddress address; // invalid for VFs the device could enable but has not
        int index = 0;      // virtfn<N>
        Holder holder;
        friend bool operator==(const Vf &, const Vf &) = default;
    };
    struct Companion
    {
        PciAddress address;
        QString product;
        QString driver;
        Holder holder;
        friend bool operator==(const Companion &, const Companion &) = default;
    };

    QString hostId;
    PciAddress address;
    QString title; // product name
    QString vendor;
    QStringList facts; // address, NUMA node, PCIe link, driver: shown as one flowing line
    QString driver;
    bool bootVga = false;
    int iommuGroup = -1;
    QList<PciAddress> groupPeers; // other members, when the group spans more than this device
    Holder assignedTo;            // the VM the whole GPU is passed through to
    Body body = Body::NoVgpu;

    // TimeSliced. The bar is drawn as `tiles` equal tiles when every slice has one size, else proportionally.
    int totalMB = 0;
    int sliceMB = 0; // the equal-size mode's fixed size; 0 before the first slice or with mixed sizes
    bool mixedSizes = false;
    int tiles = 0;
    QString freeTypeId; // the type more slices would be created of
    QString freeTypeName;
    QList<Slice> slices;       // by uuid: stable positions while VMs come and go; MIG instances too
    QList<MigOffer> migOffers; // Mig: smallest profile first; empty slots offer the first that fits

    // VirtualFunctions
    QList<Vf> vfs; // enabled ones first, then the ones that could be enabled
    int vfEnabled = 0;

    QList<Companion> companions;

    // The agent's latest figures, rounded so that a card changes (and repaints) only when what it shows does.
    struct Load
    {
        int gpuPct = -1; // -1: unknown
        int fbPct = -1;
        int temperatureC = -1000; // -1000: unknown
        int powerW = -1;
        friend bool operator==(const Load &, const Load &) = default;
    };
    std::optional<Load> load; // nullopt: no telemetry for this GPU

    // The agent's Warning/Error readiness checks about the GPU, its companions and its VFs
    // (gpucardreadiness.cpp).
    QList<ReadinessCheck> readiness;

    static GpuCard build(const QString &hostId, const HostSnapshot &s, const Topology::Holders &holders,
                         const QList<Topology::IommuGroup> &groups, const PciAddress &gpu);

    // Takes the checks about this card's functions from the host's readiness report (nothing without one).
    void attachReadiness(const ReadinessReport &report, bool loaded);
    std::optional<ReadinessSeverity> worstReadiness() const;
    // Takes this GPU's figures from the host's latest telemetry sample (none: no load bars).
    void attachTelemetry(const std::optional<TelemetrySample> &sample);
    QString loadText() const; // "Utilization 42 % · framebuffer 37 % · 61 °C · 180 W"; empty without load
    QString readinessText() const; // "Readiness:" and one line per check, for the badge's tooltip

    ObjectRef ref() const { return {ObjectRef::Kind::Gpu, hostId, address.toString()}; }
    int usedMB() const;
    int freeSlices() const { return std::max(0, tiles - int(slices.size())); }
    // Multi-line plain text for tooltips and screen readers; empty when the ref is not on this card.
    QString describe(const ObjectRef &ref) const;
    // "2 GB", "512 MB", in the user's locale.
    static QString sizeText(int mb);
    static QString stateText(const Holder &h);

    friend bool operator==(const GpuCard &, const GpuCard &) = default;

private:
    QString describeGpu() const;
    QString describeSlice(const Slice &slice) const;
};
