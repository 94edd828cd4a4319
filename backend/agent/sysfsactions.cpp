#include "sysfsactions.h"

#include "sysfsio.h"
#include "sysfsscanner.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

// Gives the actions' strings a context lupdate can see.
struct SysfsActionsText
{
    Q_DECLARE_TR_FUNCTIONS(SysfsActions)
};

namespace {
const QString vfioPci = QStringLiteral("vfio-pci");

Error refuse(int code, const QString &summary, const QString &detail = {})
{
    return Error{summary, detail, code};
}

Error invalidAddress(const QString &text)
{
    return refuse(SysfsActionError::InvalidArgument,
                  SysfsActionsText::tr("\"%1\" is not a PCI address like 0000:41:00.0").arg(text));
}

Error noFunction(const PciAddress &a)
{
    return refuse(SysfsActionError::NotFound,
                  SysfsActionsText::tr("There is no PCI function %1 on this host").arg(a.toString()));
}

// Mediated devices living on the function or on one of its VFs.
QStringList mdevsOn(const QString &root, const SysfsFunction &f)
{
    QStringList out;
    for (const SysfsMdev &m : SysfsScanner::scanMdevs(root))
        if (m.parent == f.address || f.virtFns.contains(m.parent))
            out.append(m.uuid);
    return out;
}

std::optional<int> readInt(const QString &path)
{
    const auto text = SysfsIo::read(path);
    return text ? SysfsScanner::parseInt(*text) : std::nullopt;
}
} // namespace

QJsonObject SysfsActionResult::toJson() const
{
    return QJsonObject{{u"action"_s, action},   {u"subject"_s, subject},
                       {u"before"_s, before},   {u"after"_s, after},
                       {u"changed"_s, changed}, {u"writes"_s, QJsonArray::fromStringList(writes)}};
}

SysfsActions::SysfsActions(QString root, SysfsWriter &writer, Log log)
    : m_root(std::move(root)), m_writer(writer), m_log(std::move(log))
{
}

void SysfsActions::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

Status SysfsActions::write(SysfsActionResult &r, const QString &path, const QByteArray &value,
                           const QString &failure)
{
    const QString step = QStringLiteral("%1 <- \"%2\"").arg(path, QString::fromUtf8(value).trimmed());
    log(QStringLiteral("%1 %2: %3").arg(r.action, r.subject, step));
    r.writes.append(step);
    auto s = m_writer.write(path, value);
    if (!s)
        return Error{failure, s.error().detail.isEmpty() ? s.error().summary : s.error().detail,
                     s.error().code};
    return s;
}

Result<SysfsFunction> SysfsActions::liveFunction(const QString &text) const
{
    const auto address = PciAddress::parse(text);
    if (!address)
        return invalidAddress(text);
    std::optional<SysfsFunction> f = SysfsScanner::scanFunction(m_root, *address);
    if (!f)
        return noFunction(*address);
    return std::move(*f);
}

Result<SysfsActionResult> SysfsActions::finish(Result<SysfsActionResult> r) const
{
    if (r)
        log(QStringLiteral("%1 %2: %3")
                .arg(r->action, r->subject,
                     r->changed ? QStringLiteral("done (%1 -> %2)").arg(r->before, r->after)
                                : QStringLiteral("nothing to do")));
    else
        log(QStringLiteral("refused or failed: %1").arg(r.error().toString()));
    return r;
}

Result<SysfsActionResult> SysfsActions::createMdev(const QString &parentText, const QString &typeId,
                                                   const QString &uuidText, std::optional<int> placementId)
{
    SysfsActionResult r{QStringLiteral("createMdev"), uuidText.toLower(), {}, {}, true, {}};
    if (placementId && (*placementId < 0 || *placementId > 1023))
        return finish(refuse(SysfsActionError::InvalidArgument,
                             SysfsActionsText::tr("%1 is not a vGPU placement ID").arg(*placementId)));
    if (!SysfsScanner::isUuid(uuidText))
        return finish(refuse(SysfsActionError::InvalidArgument,
                             SysfsActionsText::tr("\"%1\" is not a UUID").arg(uuidText)));
    const auto parent = PciAddress::parse(parentText);
    if (!parent)
        return finish(invalidAddress(parentText));
    if (typeId.isEmpty() || typeId.size() > 64 || typeId.contains(u'/') || typeId.startsWith(u'.'))
        return finish(refuse(SysfsActionError::InvalidArgument,
                             SysfsActionsText::tr("\"%1\" is not a mediated device type id").arg(typeId)));
    const QString dir = SysfsScanner::functionPath(m_root, *parent);
    if (!SysfsIo::isDir(dir))
        return finish(noFunction(*parent));
    if (SysfsScanner::scanMdev(m_root, r.subject))
        return finish(refuse(SysfsActionError::AlreadyExists,
                             SysfsActionsText::tr("A mediated device %1 already exists").arg(r.subject)));
    // The path is made from the live listing's entry, not from the caller's text.
    const QStringList types = SysfsIo::list(dir + QStringLiteral("/mdev_supported_types"));
    const qsizetype i = types.indexOf(typeId);
    if (i < 0)
        return finish(refuse(
            SysfsActionError::NotFound,
            types.isEmpty()
                ? SysfsActionsText::tr("%1 offers no mediated device types").arg(parent->toString())
                : SysfsActionsText::tr("%1 does not offer the type %2").arg(parent->toString(), typeId)));
    const QString typeDir = dir + QStringLiteral("/mdev_supported_types/") + types.at(i);
    const int available = readInt(typeDir + QStringLiteral("/available_instances")).value_or(0);
    if (available <= 0)
        return finish(refuse(SysfsActionError::Unavailable,
                             SysfsActionsText::tr("%1 cannot create another %2 now (no instances available)")
                                 .arg(parent->toString(), typeId)));
    if (auto s =
            write(r, typeDir + QStringLiteral("/create"), r.subject.toLatin1(),
                  SysfsActionsText::tr("The kernel refused to create the mediated device %1").arg(r.subject));
        !s)
        return finish(s.error());
    const auto made = SysfsScanner::scanMdev(m_root, r.subject);
    if (!made || made->parent != *parent)
        return finish(refuse(
            SysfsActionError::KernelDidNotAct,
            SysfsActionsText::tr("The kernel accepted the request but did not create the mediated device %1")
                .arg(r.subject),
            SysfsScanner::sysPath(m_root, u"/sys/bus/mdev/devices/") + r.subject));
    r.after = QStringLiteral("%1@%2").arg(types.at(i), parent->toString());
    if (placementId) {
        if (Status placed = place(r, *placementId); !placed) {
            // No vGPU left where the operator did not ask for it: the new mdev goes again.
            write(r,
                  SysfsScanner::sysPath(m_root, u"/sys/bus/mdev/devices/") + r.subject +
                      QStringLiteral("/remove"),
                  "1",
                  SysfsActionsText::tr("The kernel refused to remove the mediated device %1").arg(r.subject));
            return finish(placed.error());
        }
        r.after += QStringLiteral(" placement %1").arg(*placementId);
    }
    return finish(r);
}

Status SysfsActions::place(SysfsActionResult &r, int placementId)
{
    const QString file = SysfsScanner::sysPath(m_root, u"/sys/bus/mdev/devices/") + r.subject +
                         QStringLiteral("/nvidia/placement_id");
    if (!SysfsIo::exists(file))
        return refuse(
            SysfsActionError::Unavailable,
            SysfsActionsText::tr("The vGPU manager on this host does not take placement IDs (it has no %1)")
                .arg(QStringLiteral("nvidia/placement_id")));
    if (auto s = write(r, file, QByteArray::number(placementId),
                       SysfsActionsText::tr("The vGPU manager refused placement %1 for %2")
                           .arg(placementId)
                           .arg(r.subject));
        !s)
        return s;
    if (readInt(file) != placementId)
        return refuse(
            SysfsActionError::KernelDidNotAct,
            SysfsActionsText::tr("The vGPU manager accepted placement %1 for %2 but does not report it")
                .arg(placementId)
                .arg(r.subject),
            file);
    return Done{};
}

Result<SysfsActionResult> SysfsActions::removeMdev(const QString &uuidText)
{
    SysfsActionResult r{QStringLiteral("removeMdev"), uuidText.toLower(), {}, {}, true, {}};
    if (!SysfsScanner::isUuid(uuidText))
        return finish(refuse(SysfsActionError::InvalidArgument,
                             SysfsActionsText::tr("\"%1\" is not a UUID").arg(uuidText)));
    const auto existing = SysfsScanner::scanMdev(m_root, r.subject);
    if (!existing)
        return finish(
            refuse(SysfsActionError::NotFound,
                   SysfsActionsText::tr("There is no mediated device %1 on this host").arg(r.subject)));
    r.before = QStringLiteral("%1@%2").arg(existing->typeId, existing->parent.toString());
    const QString dir = SysfsScanner::sysPath(m_root, u"/sys/bus/mdev/devices/") + r.subject;
    if (auto s =
            write(r, dir + QStringLiteral("/remove"), "1",
                  SysfsActionsText::tr("The kernel refused to remove the mediated device %1").arg(r.subject));
        !s)
        return finish(s.error());
    if (SysfsIo::exists(dir))
        return finish(refuse(
            SysfsActionError::KernelDidNotAct,
            SysfsActionsText::tr("The kernel accepted the request but the mediated device %1 still exists "
                                 "(a running virtual machine may hold it)")
                .arg(r.subject),
            dir));
    return finish(r);
}

Result<SysfsActionResult> SysfsActions::bindVfio(const QString &text)
{
    SysfsActionResult r{QStringLiteral("bindVfio"), text, {}, vfioPci, true, {}};
    const Result<SysfsFunction> f = liveFunction(text);
    if (!f)
        return finish(f.error());
    const PciAddress address = f->address;
    r.subject = address.toString();
    if (f->isBridge())
        return finish(refuse(
            SysfsActionError::InvalidArgument,
            SysfsActionsText::tr("%1 is a PCI bridge; bridges cannot be passed through").arg(r.subject)));
    r.before = f->driver;
    if (f->driver == vfioPci) {
        r.changed = false;
        return finish(r);
    }
    if (const QStringList m = mdevsOn(m_root, *f); !m.isEmpty())
        return finish(refuse(
            SysfsActionError::Busy,
            SysfsActionsText::tr("%1 holds %n mediated device(s); remove them first", nullptr, int(m.size()))
                .arg(r.subject),
            m.join(u' ')));
    if (f->sriovNumVfs > 0)
        return finish(refuse(SysfsActionError::Busy,
                             SysfsActionsText::tr("%1 has %n virtual function(s) enabled; disable them first",
                                                  nullptr, f->sriovNumVfs)
                                 .arg(r.subject)));
    const QString dir = SysfsScanner::functionPath(m_root, address);
    const QString probe = SysfsScanner::sysPath(m_root, u"/sys/bus/pci/drivers_probe");
    const QString failure = SysfsActionsText::tr("Binding %1 to vfio-pci failed").arg(r.subject);
    // Undo what was done so far so the function is not left without a driver.
    const auto restore = [&](Error e) {
        log(QStringLiteral("%1 %2: undoing: %3/driver_override <- \"\", %4 <- \"%2\"")
                .arg(r.action, r.subject, dir, probe));
        const bool ok = m_writer.write(dir + QStringLiteral("/driver_override"), "\n").ok() &&
                        m_writer.write(probe, r.subject.toLatin1()).ok();
        const auto now = SysfsScanner::scanFunction(m_root, address);
        e.detail +=
            ok ? QStringLiteral("; override cleared, now bound to \"%1\"").arg(now ? now->driver : QString())
               : QStringLiteral("; clearing the override failed too");
        return finish(e);
    };
    if (auto s = write(r, dir + QStringLiteral("/driver_override"), "vfio-pci", failure); !s)
        return finish(s.error());
    if (!f->driver.isEmpty()) {
        if (auto s = write(r, dir + QStringLiteral("/driver/unbind"), r.subject.toLatin1(), failure); !s)
            return restore(s.error());
        const auto unbound = SysfsScanner::scanFunction(m_root, address);
        if (unbound && !unbound->driver.isEmpty())
            return restore(refuse(
                SysfsActionError::KernelDidNotAct,
                SysfsActionsText::tr("The kernel did not unbind %1 from %2").arg(r.subject, f->driver), dir));
    }
    if (auto s = write(r, probe, r.subject.toLatin1(), failure); !s)
        return restore(s.error());
    const auto bound = SysfsScanner::scanFunction(m_root, address);
    if (!bound || bound->driver != vfioPci)
        return restore(
            refuse(SysfsActionError::KernelDidNotAct,
                   SysfsActionsText::tr(
                       "vfio-pci did not take %1; is the vfio-pci module loaded (modprobe vfio-pci)?")
                       .arg(r.subject),
                   QStringLiteral("driver: \"%1\"").arg(bound ? bound->driver : QString())));
    return finish(r);
}

Result<SysfsActionResult> SysfsActions::unbindVfio(const QString &text)
{
    SysfsActionResult r{QStringLiteral("unbindVfio"), text, {}, {}, true, {}};
    const Result<SysfsFunction> f = liveFunction(text);
    if (!f)
        return finish(f.error());
    const PciAddress address = f->address;
    r.subject = address.toString();
    r.before = r.after = f->driver;
    if (f->driver != vfioPci && f->driverOverride != vfioPci) {
        r.changed = false;
        return finish(r);
    }
    const QString dir = SysfsScanner::functionPath(m_root, address);
    const QString failure = SysfsActionsText::tr("Releasing %1 from vfio-pci failed").arg(r.subject);
    if (auto s = write(r, dir + QStringLiteral("/driver_override"), "\n", failure); !s)
        return finish(s.error());
    if (f->driver == vfioPci)
        if (auto s = write(r, dir + QStringLiteral("/driver/unbind"), r.subject.toLatin1(), failure); !s)
            return finish(s.error());
    // Unbound now, or left unbound by an override vfio-pci never took: let the host driver probe it.
    if (f->driver == vfioPci || f->driver.isEmpty())
        if (auto s = write(r, SysfsScanner::sysPath(m_root, u"/sys/bus/pci/drivers_probe"),
                           r.subject.toLatin1(), failure);
            !s)
            return finish(s.error());
    const auto now = SysfsScanner::scanFunction(m_root, address);
    if (!now || now->driver == vfioPci || now->driverOverride == vfioPci)
        return finish(refuse(SysfsActionError::KernelDidNotAct,
                             SysfsActionsText::tr("The kernel left %1 on vfio-pci").arg(r.subject), dir));
    r.after = now->driver; // empty when no host driver claims it
    return finish(r);
}

Result<SysfsActionResult> SysfsActions::setSriovNumVfs(const QString &text, int count)
{
    SysfsActionResult r{QStringLiteral("setSriovNumVfs"), text, {}, QString::number(count), true, {}};
    const Result<SysfsFunction> f = liveFunction(text);
    if (!f)
        return finish(f.error());
    const PciAddress address = f->address;
    r.subject = address.toString();
    if (f->sriovTotalVfs <= 0)
        return finish(refuse(SysfsActionError::InvalidArgument,
                             SysfsActionsText::tr("%1 does not support SR-IOV").arg(r.subject)));
    if (count < 0 || count > f->sriovTotalVfs)
        return finish(refuse(SysfsActionError::InvalidArgument,
                             SysfsActionsText::tr("%1 supports 0 to %2 virtual functions, not %3")
                                 .arg(r.subject)
                                 .arg(f->sriovTotalVfs)
                                 .arg(count)));
    r.before = QString::number(f->sriovNumVfs);
    if (count == f->sriovNumVfs) {
        r.changed = false;
        return finish(r);
    }
    if (const QStringList m = mdevsOn(m_root, *f); !m.isEmpty())
        return finish(refuse(
            SysfsActionError::Busy,
            SysfsActionsText::tr("The virtual functions of %1 hold %n mediated device(s); remove them first",
                                 nullptr, int(m.size()))
                .arg(r.subject),
            m.join(u' ')));
    for (const PciAddress &vf : f->virtFns)
        if (const auto v = SysfsScanner::scanFunction(m_root, vf); v && v->driver == vfioPci)
            return finish(refuse(SysfsActionError::Busy,
                                 SysfsActionsText::tr("The virtual function %1 is bound to vfio-pci (a "
                                                      "virtual machine may use it); release it first")
                                     .arg(vf.toString())));
    const QString path = SysfsScanner::functionPath(m_root, address) + QStringLiteral("/sriov_numvfs");
    const QString failure = SysfsActionsText::tr("Setting the virtual functions of %1 failed").arg(r.subject);
    if (f->sriovNumVfs != 0 && count != 0) {
        if (auto s = write(r, path, "0", failure); !s)
            return finish(s.error());
        if (readInt(path) != 0)
            return finish(refuse(
                SysfsActionError::KernelDidNotAct,
                SysfsActionsText::tr("The kernel did not disable the virtual functions of %1").arg(r.subject),
                path));
    }
    if (auto s = write(r, path, QByteArray::number(count), failure); !s) {
        Error e = s.error();
        if (f->sriovNumVfs != 0 && count != 0)
            e.summary =
                SysfsActionsText::tr("The virtual functions of %1 were disabled, but enabling %2 failed")
                    .arg(r.subject)
                    .arg(count);
        return finish(e);
    }
    // The kernel creates the VFs before the write returns: the count and the virtfnN links must agree.
    const auto now = SysfsScanner::scanFunction(m_root, address);
    if (!now || now->sriovNumVfs != count || now->virtFns.size() != count)
        return finish(refuse(SysfsActionError::KernelDidNotAct,
                             SysfsActionsText::tr("The kernel did not set %1 virtual functions on %2")
                                 .arg(count)
                                 .arg(r.subject),
                             QStringLiteral("%1 reads %2, %3 virtfn links")
                                 .arg(path)
                                 .arg(now ? now->sriovNumVfs : -1)
                                 .arg(now ? now->virtFns.size() : -1)));
    return finish(r);
}

Result<SysfsActionResult> SysfsActions::setVgpuType(const QString &text, int typeId)
{
    SysfsActionResult r{QStringLiteral("setVgpuType"), text, {}, QString::number(typeId), true, {}};
    const Result<SysfsFunction> f = liveFunction(text);
    if (!f)
        return finish(f.error());
    const PciAddress address = f->address;
    r.subject = address.toString();
    if (!f->hasNvidiaVgpu)
        return finish(refuse(SysfsActionError::InvalidArgument,
                             SysfsActionsText::tr("%1 has no NVIDIA vGPU type setting").arg(r.subject)));
    r.before = QString::number(f->currentVgpuType);
    if (typeId == f->currentVgpuType) {
        r.changed = false;
        return finish(r);
    }
    if (typeId < 0)
        return finish(refuse(SysfsActionError::InvalidArgument,
                             SysfsActionsText::tr("%1 is not a vGPU type id").arg(typeId)));
    if (typeId > 0) {
        if (f->currentVgpuType != 0)
            return finish(refuse(SysfsActionError::Busy,
                                 SysfsActionsText::tr("%1 already has the vGPU type %2; clear it first")
                                     .arg(r.subject)
                                     .arg(f->currentVgpuType)));
        const bool listed = std::any_of(f->creatableVgpuTypes.cbegin(), f->creatableVgpuTypes.cend(),
                                        [&](const SysfsVgpuType &t) { return t.id == typeId; });
        if (!listed)
            return finish(refuse(
                SysfsActionError::NotFound,
                SysfsActionsText::tr("%1 cannot create the vGPU type %2 now").arg(r.subject).arg(typeId)));
    }
    const QString path =
        SysfsScanner::functionPath(m_root, address) + QStringLiteral("/nvidia/current_vgpu_type");
    if (auto s = write(r, path, QByteArray::number(typeId),
                       SysfsActionsText::tr("Setting the vGPU type of %1 failed").arg(r.subject));
        !s)
        return finish(s.error());
    if (readInt(path) != typeId)
        return finish(refuse(
            SysfsActionError::KernelDidNotAct,
            SysfsActionsText::tr("The kernel did not set the vGPU type %1 on %2").arg(typeId).arg(r.subject),
            path));
    return finish(r);
}

Status KernelSysfsWriter::write(const QString &path, const QByteArray &value)
{
    return SysfsIo::write(path, value);
}
