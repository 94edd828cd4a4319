#include "libvirtplantarget.h"

#include "nodedevicexml.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {
struct TargetText
{
    Q_DECLARE_TR_FUNCTIONS(LibvirtPlanTarget)
};

QString takeString(char *s)
{
    QString out = QString::fromUtf8(s);
    free(s);
    return out;
}

unsigned affectFlags(int affect)
{
    unsigned flags = 0;
    if (affect & PlanTarget::Live)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (affect & PlanTarget::Config)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    return flags;
}
} // namespace

Error LibvirtPlanTarget::lastError(const QString &summary) const
{
    const virError *e = virGetLastError();
    Error err{summary, e && e->message ? QString::fromUtf8(e->message) : QString(), e ? e->code : 0};
    virResetLastError();
    return err;
}

Result<virDomainPtr> LibvirtPlanTarget::domain(const QString &vmUuid) const
{
    virDomainPtr dom = virDomainLookupByUUIDString(m_conn, vmUuid.toLatin1().constData());
    if (!dom)
        return lastError(TargetText::tr("No virtual machine %1").arg(vmUuid));
    return dom;
}

Result<virNodeDevicePtr> LibvirtPlanTarget::pciDevice(const PciAddress &function) const
{
    virNodeDevicePtr dev =
        virNodeDeviceLookupByName(m_conn, function.nodeDeviceName().toLatin1().constData());
    if (!dev)
        return lastError(TargetText::tr("No PCI device %1").arg(function.toString()));
    return dev;
}

Result<QString> LibvirtPlanTarget::domainXml(const QString &vmUuid, bool inactive)
{
    Result<virDomainPtr> dom = domain(vmUuid);
    if (!dom)
        return dom.error();
    char *xml =
        virDomainGetXMLDesc(dom.value(), inactive ? VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE : 0);
    Result<QString> out =
        xml ? Result<QString>(takeString(xml))
            : Result<QString>(lastError(TargetText::tr("Cannot read the description of %1").arg(vmUuid)));
    virDomainFree(dom.value());
    return out;
}

Result<QString> LibvirtPlanTarget::defineDomain(const QString &xml)
{
    virDomainPtr dom = virDomainDefineXML(m_conn, xml.toUtf8().constData());
    if (!dom)
        return lastError(TargetText::tr("libvirt refused the configuration"));
    const QString name = QString::fromUtf8(virDomainGetName(dom));
    virDomainFree(dom);
    return QStringLiteral("virDomainDefineXML: %1 defined").arg(name);
}

Result<QString> LibvirtPlanTarget::attachDevice(const QString &vmUuid, const QString &deviceXml, int affect)
{
    Result<virDomainPtr> dom = domain(vmUuid);
    if (!dom)
        return dom.error();
    const int rc =
        virDomainAttachDeviceFlags(dom.value(), deviceXml.toUtf8().constData(), affectFlags(affect));
    Result<QString> out =
        rc == 0 ? Result<QString>(QStringLiteral("virDomainAttachDeviceFlags: attached"))
                : Result<QString>(lastError(TargetText::tr("libvirt could not attach the device")));
    virDomainFree(dom.value());
    return out;
}

Result<QString> LibvirtPlanTarget::detachDevice(const QString &vmUuid, const QString &deviceXml, int affect)
{
    Result<virDomainPtr> dom = domain(vmUuid);
    if (!dom)
        return dom.error();
    const int rc =
        virDomainDetachDeviceFlags(dom.value(), deviceXml.toUtf8().constData(), affectFlags(affect));
    Result<QString> out =
        rc == 0 ? Result<QString>(QStringLiteral("virDomainDetachDeviceFlags: detached"))
                : Result<QString>(lastError(TargetText::tr("libvirt could not detach the device")));
    virDomainFree(dom.value());
    return out;
}

Result<QString> LibvirtPlanTarget::createMdev(const PciAddress &parent, const QString &typeId,
                                              const QString &uuid)
{
    const QString xml =
        QStringLiteral("<device>\n  <parent>%1</parent>\n  <capability type='mdev'>\n"
                       "    <type id='%2'/>\n    <uuid>%3</uuid>\n  </capability>\n</device>\n")
            .arg(parent.nodeDeviceName(), typeId.toHtmlEscaped(), uuid);
    // Defined, then started: a persistent mdev comes back after the host reboots.
    virNodeDevicePtr dev = virNodeDeviceDefineXML(m_conn, xml.toUtf8().constData(), 0);
    if (!dev)
        return lastError(TargetText::tr("libvirt could not define the mdev"));
    const QString name = QString::fromUtf8(virNodeDeviceGetName(dev));
    if (virNodeDeviceCreate(dev, 0) < 0) {
        const Error e = lastError(TargetText::tr("libvirt could not start the mdev"));
        virNodeDeviceUndefine(dev, 0);
        virResetLastError();
        virNodeDeviceFree(dev);
        return e;
    }
    virNodeDeviceFree(dev);
    return QStringLiteral("virNodeDeviceDefineXML + virNodeDeviceCreate: %1").arg(name);
}

virNodeDevicePtr LibvirtPlanTarget::findMdev(const PciAddress &parent, const QString &uuid) const
{
    // Names differ across libvirt versions (mdev_<uuid>, mdev_<uuid>_<parent>): look for the uuid.
    virNodeDevicePtr *devs = nullptr;
    const int n = virConnectListAllNodeDevices(m_conn, &devs,
                                               VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV |
                                                   VIR_CONNECT_LIST_NODE_DEVICES_ACTIVE |
                                                   VIR_CONNECT_LIST_NODE_DEVICES_INACTIVE);
    virNodeDevicePtr found = nullptr;
    for (int i = 0; i < n; ++i) {
        char *xml = found ? nullptr : virNodeDeviceGetXMLDesc(devs[i], 0);
        if (xml) {
            const Result<NodeDeviceInfo> info = NodeDeviceXml::parse(takeString(xml));
            if (info && info->kind == NodeDeviceInfo::Kind::Mdev && info->mdev.uuid == uuid.toLower() &&
                (!parent.isValid() || info->mdev.parent == parent)) {
                found = devs[i];
                continue;
            }
        }
        virNodeDeviceFree(devs[i]);
    }
    free(devs);
    return found;
}

Result<QString> LibvirtPlanTarget::removeMdev(const PciAddress &parent, const QString &uuid)
{
    virNodeDevicePtr dev = findMdev(parent, uuid);
    if (!dev)
        return lastError(TargetText::tr("No mdev %1 on %2").arg(uuid, parent.toString()));
    QStringList done;
    Result<QString> out = QString();
    if (virNodeDeviceIsActive(dev) == 1) {
        if (virNodeDeviceDestroy(dev) < 0)
            out = lastError(TargetText::tr("libvirt could not stop the mdev"));
        else
            done.append(QStringLiteral("virNodeDeviceDestroy"));
    }
    if (out && virNodeDeviceIsPersistent(dev) == 1) {
        if (virNodeDeviceUndefine(dev, 0) < 0)
            out = lastError(TargetText::tr("libvirt could not undefine the mdev"));
        else
            done.append(QStringLiteral("virNodeDeviceUndefine"));
    }
    virNodeDeviceFree(dev);
    if (!out)
        return out;
    return done.join(QStringLiteral(" + ")) + QStringLiteral(": ") + uuid;
}

Result<QString> LibvirtPlanTarget::detachFromHost(const PciAddress &function)
{
    Result<virNodeDevicePtr> dev = pciDevice(function);
    if (!dev)
        return dev.error();
    const int rc = virNodeDeviceDetachFlags(dev.value(), "vfio", 0);
    Result<QString> out =
        rc == 0
            ? Result<QString>(QStringLiteral("virNodeDeviceDetachFlags(vfio): %1").arg(function.toString()))
            : Result<QString>(lastError(
                  TargetText::tr("libvirt could not bind %1 to vfio-pci").arg(function.toString())));
    virNodeDeviceFree(dev.value());
    return out;
}

Result<QString> LibvirtPlanTarget::reattachToHost(const PciAddress &function)
{
    Result<virNodeDevicePtr> dev = pciDevice(function);
    if (!dev)
        return dev.error();
    const int rc = virNodeDeviceReAttach(dev.value());
    Result<QString> out =
        rc == 0 ? Result<QString>(QStringLiteral("virNodeDeviceReAttach: %1").arg(function.toString()))
                : Result<QString>(lastError(
                      TargetText::tr("libvirt could not give %1 back to the host").arg(function.toString())));
    virNodeDeviceFree(dev.value());
    return out;
}

bool LibvirtPlanTarget::outcomeUnknown(const Error &failure)
{
    Q_UNUSED(failure);
    // A refusal comes on a live connection. A broken one may have broken after libvirtd acted (the daemon
    // wrote the configuration, then died before it answered).
    return virConnectIsAlive(m_conn) != 1;
}
