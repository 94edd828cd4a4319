// What a plan asks of the host agent where libvirt cannot act: mdevs on hosts whose libvirt has no mdev
// support (or with a mixed-size placement id), vfio-pci binding without libvirt, and MIG GPU instances.
// Implemented on the agent client; the executor calls it on the host's worker thread, and every call blocks
// until the agent answers or gives up. A success carries the agent's words for the plan's report.
#pragma once

#include "core/result.h"
#include "model/miglayout.h"
#include "model/pciaddress.h"

class AgentActions
{
public:
    virtual ~AgentActions() = default;
    // placementId < 0: none (equal-size mode).
    virtual Result<QString> createMdev(const PciAddress &parent, const QString &typeId, const QString &uuid,
                                       int placementId) = 0;
    virtual Result<QString> removeMdev(const PciAddress &parent, const QString &uuid) = 0;
    virtual Result<QString> bindVfio(const PciAddress &function) = 0;
    // driver: the one the function had before; empty: let the kernel probe.
    virtual Result<QString> restoreDriver(const PciAddress &function, const QString &driver) = 0;
    virtual Result<QString> createMigInstance(const PciAddress &gpu, MigLayout::Profile profile,
                                              int start) = 0;
    virtual Result<QString> removeMigInstance(const PciAddress &gpu, MigLayout::Profile profile,
                                              int start) = 0;
    // Writes a licence client configuration token into one of the directories the agent allows.
    virtual Result<QString> pushToken(const QString &directory, const QString &fileName,
                                      const QByteArray &content);
    // After a call failed with `failure`: true when the agent may have acted all the same (the link broke
    // or the answer did not come in time).
    virtual bool outcomeUnknown(const Error &failure) const
    {
        Q_UNUSED(failure);
        return false;
    }
};
