// What is already taken on one GPU of a snapshot: time-sliced vGPUs and the size the first one fixed,
// mixed-size placements, MIG instances and where they sit, VFs and the whole GPU held by VMs. The placement
// engine and the assignment validator both read a GPU's state through this, so they agree on it.
#pragma once

#include "hostsnapshot.h"
#include "miglayout.h"
#include "topology.h"

struct GpuUsage
{
    QList<Topology::GpuTypeOffer> offers;
    QString board;              // the board its vGPU types name ("A16"); empty when it offers none
    int boardFramebufferMB = 0; // the whole GPU's framebuffer; 0 when unknown

    // Time-sliced vGPUs on the GPU and its VFs.
    int vgpus = 0;
    int vgpuFramebufferMB = 0; // fixed by the first vGPU (equal-size mode); 0 while there is none
    int vgpuMaxInstances = 0;  // the largest per-type maximum among the types created; 0 when unknown
    bool mixedSize = false;    // the agent says the GPU is in mixed-size mode
    struct Range
    {
        QString mdev;
        int id = 0;   // first placement unit
        int size = 0; // units taken
    };
    QList<Range> placements; // mixed-size mode: where the existing vGPUs sit (as far as the agent says)

    // MIG-backed vGPUs: where the agent says each instance sits, the rest laid out around them.
    QList<MigLayout::Placement> mig;
    quint8 migMask() const;

    // SR-IOV.
    bool vgpuOnVfs = false; // one vGPU per VF (NVIDIA Ampere and later)
    int vfTotal = 0;        // VFs enabled
    int vfsHeld = 0;        // VFs passed through to VMs

    QString wholeHolder; // uuid of the VM the GPU itself is passed through to

    static GpuUsage of(const HostSnapshot &s, const Topology::Holders &holders, const PciAddress &gpu);
};
