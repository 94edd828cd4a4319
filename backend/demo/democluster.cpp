#include "democluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QXmlStreamReader>

namespace {
QList<PciAddress> bootVgaFor(const QJsonObject &facts, const QString &host)
{
    QList<PciAddress> out;
    const QJsonArray list = facts.value(host).toObject().value(QStringLiteral("bootVga")).toArray();
    for (const QJsonValue &v : list)
        if (auto a = PciAddress::parse(v.toString()))
            out.append(*a);
    return out;
}
} // namespace

Result<QList<DemoCluster::Host>> DemoCluster::extract(const QString &dir)
{
    QJsonObject facts;
    if (QFile f(QStringLiteral(":/demo/facts.json")); f.open(QIODevice::ReadOnly))
        facts = QJsonDocument::fromJson(f.readAll()).object();

    QList<Host> out;
    const QStringList files = QDir(QStringLiteral(":/demo")).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error{QCoreApplication::translate("DemoCluster", "The demo cluster is missing from this build"), {}};
    for (const QString &file : files) {
        QFile in(QStringLiteral(":/demo/") + file);
        if (!in.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("DemoCluster", "Cannot read the demo host %1").arg(file), in.errorString()};
        const QByteArray xml = in.readAll();
        Host h;
        h.name = file.chopped(4);
        h.path = QDir(dir).absoluteFilePath(file);
        QSaveFile outFile(h.path);
        if (!outFile.open(QIODevice::WriteOnly) || outFile.write(xml) != xml.size() || !outFile.commit())
            return Error{QCoreApplication::translate("DemoCluster", "Cannot write the demo host file %1").arg(h.path),
                         outFile.errorString()};
        h.uri = QStringLiteral("test://") + h.path;
        h.facts = simulatedFacts(xml, bootVgaFor(facts, h.name));
        out.append(h);
    }
    return out;
}

AgentFacts DemoCluster::simulatedFacts(const QByteArray &xml, const QList<PciAddress> &bootVga)
{
    AgentFacts facts;
    facts.present = true;
    facts.bootVga = bootVga;
    QXmlStreamReader r(xml);
    // Only <device><name>pci_…</name> … <driver><name>X</name></driver> pairs matter here.
    int depth = 0;
    int deviceDepth = -1;
    bool inDriver = false;
    QString deviceName, driver;
    bool bootVgaElement = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const auto name = r.name();
            if (name == u"device" && depth == 2) {
                deviceDepth = depth;
                deviceName.clear();
                driver.clear();
                bootVgaElement = false;
            } else if (deviceDepth > 0 && name == u"driver" && depth == deviceDepth + 1) {
                inDriver = true;
            } else if (deviceDepth > 0 && name == u"name" && depth == deviceDepth + 1) {
                deviceName = r.readElementText();
                --depth;
            } else if (deviceDepth > 0 && inDriver && name == u"name") {
                driver = r.readElementText();
                --depth;
            } else if (deviceDepth > 0 && name == u"boot_vga" && depth == deviceDepth + 1) {
                bootVgaElement = r.readElementText().trimmed() == u"1";
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (r.name() == u"driver")
                inDriver = false;
            if (depth == deviceDepth && r.name() == u"device") {
                if (auto a = PciAddress::fromNodeDeviceName(deviceName)) {
                    if (!driver.isEmpty())
                        facts.drivers.insert(*a, driver);
                    if (bootVgaElement && !facts.bootVga.contains(*a))
                        facts.bootVga.append(*a);
                }
                deviceDepth = -1;
            }
            --depth;
        }
    }
    return facts;
}

QList<LicenceServer> DemoCluster::licenceServers(const QDate &today)
{
    LicenceServer dls;
    dls.name = QStringLiteral("dls-hq");
    dls.kind = LicenceServerKind::Dls;
    dls.address = QStringLiteral("dls-hq.demo.invalid");
    dls.port = 443;
    dls.hosts = {QStringLiteral("vdi-a16-01"), QStringLiteral("vdi-l40s-01")};
    dls.entitlements = {{LicenseEdition::VPC, 48, today.addDays(21)},
                        {LicenseEdition::VWS, 10, today.addDays(400)},
                        {LicenseEdition::VApps, 20, today.addDays(400)}};
    dls.demo = true;

    LicenceServer cls;
    cls.name = QStringLiteral("cls-cloud");
    cls.kind = LicenceServerKind::Cls;
    cls.address = QStringLiteral("api.cls.demo.invalid");
    cls.port = 443;
    cls.hosts = {QStringLiteral("ws-rtx-01"), QStringLiteral("ml-a100-01"), QStringLiteral("ml-h100-01")};
    cls.entitlements = {{LicenseEdition::VWS, 8, today.addDays(300)},
                        {LicenseEdition::VCS, 16, today.addDays(300)}};
    cls.demo = true;

    LicenceServer legacy;
    legacy.name = QStringLiteral("legacy-lab");
    legacy.kind = LicenceServerKind::Legacy;
    legacy.address = QStringLiteral("flexnet.lab.demo.invalid");
    legacy.port = 7070;
    legacy.pools = {QStringLiteral("edge-*")};
    legacy.entitlements = {{LicenseEdition::VPC, 4, today.addDays(-40)}};
    legacy.demo = true;
    return {dls, cls, legacy};
}
