// A SysfsWriter for generated trees: it writes the attribute like the kernel's writer, then does what
// the kernel would have done (create or remove the mdev, rebind the driver, add or remove VFs), with the
// kernel's refusals (EUSERS without instances, EBUSY when changing a non-zero VF count, ERANGE above
// sriov_totalvfs, ENOENT without a PF driver). The demo's in-process agents and the tests use it.
// Not emulated: NVIDIA's equal-size rule across a GPU (only the created type's count, or for a VF every
// type on it, goes down), and module loading (a driver binds only when its directory exists).
#pragma once

#include "sysfsfacts.h"
#include "sysfstreebuilder.h"
#include "sysfswriter.h"

#include <QHash>

class SysfsKernelEmulator final : public SysfsWriter
{
public:
    explicit SysfsKernelEmulator(QString root);
    Status write(const QString &path, const QByteArray &value) override;

private:
    Status createMdev(const QString &path, const PciAddress &parent, const QString &type,
                      const QByteArray &value);
    Status removeMdev(const QString &path, const QString &uuid, const QByteArray &value);
    Status unbind(const QString &path, const QString &driver, const QByteArray &value);
    Status probe(const QString &path, const QByteArray &value);
    Status setNumVfs(const QString &path, const PciAddress &pf, const QByteArray &value);
    Status setVgpuType(const QString &path, const PciAddress &vf, const QByteArray &value);
    Status refuse(const QString &path, int error) const;
    Status effect(Status s) const; // a builder failure, as the write's failure

    QString m_root;
    SysfsTreeBuilder m_tree;
    QHash<PciAddress, QString> m_lastDriver;            // the driver a function had before an unbind
    QHash<PciAddress, QList<SysfsMdevType>> m_vfTypes;  // by PF: what its VFs offered before disabling
    QHash<QString, QHash<QString, int>> m_availability; // by mdev uuid: type counts before it was made
};
