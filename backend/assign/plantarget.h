// The libvirt operations a plan needs, on one host. Real: LibvirtPlanTarget on the host's worker thread;
// StaticHostConnection has an in-memory one; tests inject failures through their own.
#pragma once

#include "core/result.h"
#include "model/pciaddress.h"

class PlanTarget
{
public:
    enum Affect { Live = 0x1, Config = 0x2 }; // VIR_DOMAIN_AFFECT_LIVE / _CONFIG

    virtual ~PlanTarget() = default;
    // Every call blocks. A success carries what libvirt made or said (a node device name, "defined") for the
    // plan's report; a failure the libvirt error as the detail.

    // inactive: the persistent configuration with secrets (INACTIVE | SECURE), what a define writes back.
    virtual Result<QString> domainXml(const QString &vmUuid, bool inactive) = 0;
    virtual Result<QString> defineDomain(const QString &xml) = 0;
    virtual Result<QString> attachDevice(const QString &vmUuid, const QString &deviceXml, int affect) = 0;
    virtual Result<QString> detachDevice(const QString &vmUuid, const QString &deviceXml, int affect) = 0;
    // A persistent mdev through the node-device API (virNodeDeviceDefineXML + virNodeDeviceCreate).
    virtual Result<QString> createMdev(const PciAddress &parent, const QString &typeId,
                                       const QString &uuid) = 0;
    virtual Result<QString> removeMdev(const PciAddress &parent, const QString &uuid) = 0;
    // virNodeDeviceDetachFlags(…, "vfio") and virNodeDeviceReAttach.
    virtual Result<QString> detachFromHost(const PciAddress &function) = 0;
    virtual Result<QString> reattachToHost(const PciAddress &function) = 0;
    // After a call failed with `failure`: true when it may have taken effect all the same (the connection
    // broke while libvirt was at it). The plan's runner then checks the host once it is back.
    virtual bool outcomeUnknown(const Error &failure)
    {
        Q_UNUSED(failure);
        return false;
    }
};
