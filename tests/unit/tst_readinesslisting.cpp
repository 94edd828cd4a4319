// The readiness report as gpuvirtctl prints it: problems first with the exact remedy lines, JSON carrying
// the rendered text next to the stable ids, counts per severity.
#include "agent/readinesslisting.h"
#include "agent/readinesstext.h"
#include "agent/sysfsscanner.h"
#include "sysfsfixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace SysfsFixtures;

class TestReadinessListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brokenHostErrorsFirst();
    void jsonCarriesTextAndCounts();

private:
    ReadinessReport brokenReport();
};

ReadinessReport TestReadinessListing::brokenReport()
{
    // The A16 host, but booted without the IOMMU and without vfio.
    QTemporaryDir dir;
    buildA16Host(dir.path());
    Result<SysfsFacts> facts = SysfsScanner::scanHost(dir.path());
    if (!facts.ok())
        return {};
    SysfsFacts f = facts.value();
    f.platform.iommuOnCmdline = false;
    f.platform.iommuUnits.clear();
    f.platform.iommuGroupCount = 0;
    f.platform.modules.removeIf([](const KernelModule &m) { return m.name.startsWith(u"vfio"); });
    return checkReadiness(f);
}

void TestReadinessListing::brokenHostErrorsFirst()
{
    const ReadinessReport report = brokenReport();
    QVERIFY(ReadinessListing::count(report, ReadinessSeverity::Error) > 0);
    const QString table = ReadinessListing::toTable(report, QStringLiteral("the agent gpu-07:7447"));
    const QStringList lines = table.split(u'\n');
    QVERIFY(lines.first().startsWith(QStringLiteral("Readiness of the agent gpu-07:7447, checked ")));
    QVERIFY(
        lines.first().contains(
            QStringLiteral("%1 error(s)").arg(ReadinessListing::count(report, ReadinessSeverity::Error))) ||
        lines.first().contains(u" error"));
    // Severity headings appear worst first.
    qsizetype lastRank = -1;
    const QStringList order{ReadinessText::severityText(ReadinessSeverity::Error),
                            ReadinessText::severityText(ReadinessSeverity::Warning),
                            ReadinessText::severityText(ReadinessSeverity::Info),
                            ReadinessText::severityText(ReadinessSeverity::Ok)};
    for (const QString &line : lines) {
        for (qsizetype rank = 0; rank < order.size(); ++rank) {
            if (line.startsWith(order[rank] + u' ')) {
                QVERIFY2(rank >= lastRank, qPrintable(line));
                lastRank = rank;
            }
        }
    }
    // The IOMMU check names the exact kernel parameter, on its own line.
    const ReadinessCheck *iommu = report.find(u"iommu.enabled");
    QVERIFY(iommu);
    QCOMPARE(iommu->severity, ReadinessSeverity::Error);
    const ReadinessText text = ReadinessText::render(*iommu);
    QVERIFY(table.contains(QStringLiteral("Error        Host          ") + text.title));
    QVERIFY(!text.lines.isEmpty());
    for (const QString &l : text.lines)
        QVERIFY2(lines.contains(QStringLiteral("        ") + l), qPrintable(l));
}

void TestReadinessListing::jsonCarriesTextAndCounts()
{
    const ReadinessReport report = brokenReport();
    const QJsonObject o = ReadinessListing::toJson(report, QStringLiteral("the tree /tmp/x"));
    QCOMPARE(o[u"formatVersion"].toInt(), 1);
    QCOMPARE(o[u"source"].toString(), QStringLiteral("the tree /tmp/x"));
    QCOMPARE(o[u"worst"].toString(), QStringLiteral("error"));
    const QJsonArray checks = o[u"checks"].toArray();
    QCOMPARE(checks.size(), report.checks.size());
    int errors = 0;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const ReadinessText text = ReadinessText::render(report.checks[i]);
        QCOMPARE(checks[i][u"id"].toString(), report.checks[i].id);
        QCOMPARE(checks[i][u"title"].toString(), text.title);
        QCOMPARE(checks[i][u"reason"].toString(), text.reason);
        QCOMPARE(checks[i][u"lines"].toArray().size(), text.lines.size());
        errors += checks[i][u"severity"].toString() == u"error" ? 1 : 0;
    }
    QCOMPARE(o[u"counts"][u"error"].toInt(), errors);
    // The stable part reads back as the same report (arguments compared as JSON: numbers have one type
    // there).
    const Result<ReadinessReport> back = ReadinessJson::fromJson(o);
    QVERIFY(back.ok());
    QCOMPARE(ReadinessJson::toJson(back.value())[u"checks"], ReadinessJson::toJson(report)[u"checks"]);
}

QTEST_GUILESS_MAIN(TestReadinessListing)
#include "tst_readinesslisting.moc"
