// Adding and removing a <hostdev> changes exactly those lines of a domain XML, and the preview's diff
// shows exactly them (checked against diff(1) where the machine has it).
#include "assign/domainxmledit.h"
#include "assign/linediff.h"
#include "libvirt/domainxml.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What the libvirt test driver answers for a VM without devices (virsh dumpxml --inactive --security-info).
const QString kTestDriverXml = QStringLiteral(R"(<domain type='test'>
  <name>build-fedora-01</name>
  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
  <memory unit='KiB'>8388608</memory>
  <currentMemory unit='KiB'>8388608</currentMemory>
  <vcpu placement='static'>4</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <boot dev='hd'/>
  </os>
  <clock offset='utc'/>
  <devices>
  </devices>
</domain>
)");

Hostdev pci(const char *a)
{
    Hostdev h;
    h.kind = Hostdev::Kind::Pci;
    h.address = *PciAddress::parse(QString::fromLatin1(a));
    h.managed = true;
    return h;
}

Hostdev mdev(const QString &uuid)
{
    Hostdev h;
    h.kind = Hostdev::Kind::Mdev;
    h.uuid = uuid;
    h.model = QStringLiteral("vfio-pci");
    return h;
}

QString fixture(const char *name)
{
    QFile f(QStringLiteral(GPUVIRT_FIXTURES "/domain/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList changedLines(const QString &before, const QString &after, LineDiff::Line::Kind kind)
{
    QStringList out;
    for (const LineDiff::Hunk &h : LineDiff::diff(before, after))
        for (const LineDiff::Line &l : h.lines)
            if (l.kind == kind)
                out.append(l.text);
    return out;
}
} // namespace

class TestDomainXmlEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostdevElements();
    void addsInsideEmptyDevices();
    void addsAfterSiblingsWithTheirIndent();
    void removesOnlyThatDevice();
    void roundTripIsByteForByte_data();
    void roundTripIsByteForByte();
    void refusesWhatCannotBe();
    void diffOfAnEdit();
    void diffHunksAndContext();
    void diffAgreesWithDiffUtility();
};

void TestDomainXmlEdit::hostdevElements()
{
    QCOMPARE(DomainXmlEdit::hostdevXml(pci("0000:41:00.1")),
             QStringLiteral("<hostdev mode='subsystem' type='pci' managed='yes'>\n  <source>\n"
                            "    <address domain='0x0000' bus='0x41' slot='0x00' function='0x1'/>\n  "
                            "</source>\n</hostdev>\n"));
    QCOMPARE(DomainXmlEdit::hostdevXml(mdev(QStringLiteral("c2177883-f1bb-47f0-914d-32a22e3a8804"))),
             QStringLiteral(
                 "<hostdev mode='subsystem' type='mdev' model='vfio-pci'>\n  <source>\n"
                 "    <address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/>\n  </source>\n</hostdev>\n"));
}

void TestDomainXmlEdit::addsInsideEmptyDevices()
{
    const Result<QString> after = DomainXmlEdit::addHostdev(kTestDriverXml, pci("0000:41:00.0"));
    QVERIFY(after);
    const QString expected =
        QString(kTestDriverXml)
            .replace(
                QStringLiteral("  <devices>\n  </devices>"),
                QStringLiteral(
                    "  <devices>\n    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n"
                    "        <address domain='0x0000' bus='0x41' slot='0x00' function='0x0'/>\n      "
                    "</source>\n"
                    "    </hostdev>\n  </devices>"));
    QCOMPARE(after.value(), expected);
    const Result<VirtualMachine> vm = DomainXml::parse(after.value());
    QVERIFY(vm);
    QCOMPARE(vm->hostdevs, QList<Hostdev>{pci("0000:41:00.0")});
}

void TestDomainXmlEdit::addsAfterSiblingsWithTheirIndent()
{
    const QString before = fixture("pci-hostdev.xml");
    QVERIFY(!before.isEmpty());
    const QString uuid = QStringLiteral("c2177883-f1bb-47f0-914d-32a22e3a8804");
    const Result<QString> after = DomainXmlEdit::addHostdev(before, mdev(uuid));
    QVERIFY(after);
    // Only new lines, all after the last sibling and before </devices>.
    QVERIFY(changedLines(before, after.value(), LineDiff::Line::Kind::Removed).isEmpty());
    QCOMPARE(changedLines(before, after.value(), LineDiff::Line::Kind::Added),
             (QStringList{QStringLiteral("    <hostdev mode='subsystem' type='mdev' model='vfio-pci'>"),
                          QStringLiteral("      <source>"),
                          QStringLiteral("        <address uuid='%1'/>").arg(uuid),
                          QStringLiteral("      </source>"), QStringLiteral("    </hostdev>")}));
    QVERIFY(after->indexOf(uuid) > after->lastIndexOf(QStringLiteral("function='0x1'")));
    QVERIFY(after->indexOf(uuid) < after->indexOf(QStringLiteral("</devices>")));
    const Result<VirtualMachine> vm = DomainXml::parse(after.value());
    QVERIFY(vm);
    QCOMPARE(vm->hostdevs.size(), 3);
    QCOMPARE(vm->hostdevs.back(), mdev(uuid));
}

void TestDomainXmlEdit::removesOnlyThatDevice()
{
    const QString before = fixture("pci-hostdev.xml");
    const Result<QString> after = DomainXmlEdit::removeHostdev(before, pci("0000:41:00.1"));
    QVERIFY(after);
    QVERIFY(changedLines(before, after.value(), LineDiff::Line::Kind::Added).isEmpty());
    const QStringList removed = changedLines(before, after.value(), LineDiff::Line::Kind::Removed);
    QCOMPARE(removed.size(), 6);
    QCOMPARE(removed.front(), QStringLiteral("    <hostdev mode='subsystem' type='pci' managed='no'>"));
    QVERIFY(removed.join(u'\n').contains(QStringLiteral("function='0x1'")));
    const Result<VirtualMachine> vm = DomainXml::parse(after.value());
    QVERIFY(vm);
    QCOMPARE(vm->hostdevs.size(), 1);
    QCOMPARE(vm->hostdevs.front().address, pci("0000:41:00.0").address);
    // The guest-side <address> of the other device is still there: only <source> identifies a device.
    QVERIFY(after->contains(QStringLiteral("bus='0x07'")));
}

void TestDomainXmlEdit::roundTripIsByteForByte_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("mdevDevice");
    QTest::newRow("test driver, empty devices") << kTestDriverXml << false;
    QTest::newRow("siblings") << fixture("pci-hostdev.xml") << true;
    QTest::newRow("mdev fixture") << fixture("mdev-hostdev.xml") << false;
    QTest::newRow("one line")
        << QStringLiteral("<domain type='kvm'><name>a</name><uuid>0f3e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b</uuid>"
                          "<devices><disk type='file'/></devices></domain>")
        << true;
    QTest::newRow("comments and CDATA")
        << QStringLiteral("<domain type=\"kvm\">\n\t<!-- hand edited -->\n\t<name>b</name>\n"
                          "\t<uuid>0f3e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5c</uuid>\n"
                          "\t<description><![CDATA[<devices> in text]]></description>\n\t<devices>\n"
                          "\t\t<disk type=\"file\"/> <!-- trailing -->\n\t</devices>\n</domain>\n")
        << false;
    QTest::newRow("empty element")
        << QStringLiteral("<domain>\n  <name>c</name>\n  <uuid>0f3e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5d</uuid>\n"
                          "  <devices/>\n</domain>\n")
        << false;
    QTest::newRow("no devices")
        << QStringLiteral("<domain>\n  <name>d</name>\n  <uuid>0f3e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5e</uuid>\n"
                          "</domain>\n")
        << true;
}

void TestDomainXmlEdit::roundTripIsByteForByte()
{
    QFETCH(QString, xml);
    QFETCH(bool, mdevDevice);
    QVERIFY(!xml.isEmpty());
    const Hostdev h =
        mdevDevice ? mdev(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001")) : pci("0000:c1:00.4");
    const Result<QString> added = DomainXmlEdit::addHostdev(xml, h);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    const Result<VirtualMachine> vm = DomainXml::parse(added.value());
    QVERIFY2(vm, qPrintable(added.value()));
    QVERIFY(vm->hostdevs.contains(h));
    const Result<QString> removed = DomainXmlEdit::removeHostdev(added.value(), h);
    QVERIFY(removed);
    // Where a whole element had to be written (no <devices> before), removal leaves an empty <devices>.
    if (xml.contains(u"<devices>") || xml.contains(u"<devices "))
        QCOMPARE(removed.value(), xml);
    else
        QVERIFY(DomainXml::parse(removed.value())->hostdevs.isEmpty());
}

void TestDomainXmlEdit::refusesWhatCannotBe()
{
    const QString xml = fixture("pci-hostdev.xml");
    const Result<QString> twice = DomainXmlEdit::addHostdev(xml, pci("0000:41:00.0"));
    QVERIFY(!twice);
    QVERIFY(twice.error().summary.contains(u"0000:41:00.0"));
    QVERIFY(!DomainXmlEdit::removeHostdev(xml, pci("0000:41:00.2")));
    QVERIFY(!DomainXmlEdit::removeHostdev(xml, mdev(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"))));
    QVERIFY(!DomainXmlEdit::addHostdev(fixture("malformed.xml"), pci("0000:41:00.2")));
    QVERIFY(
        !DomainXmlEdit::addHostdev(QStringLiteral("<network><name>x</name></network>"), pci("0000:41:00.2")));
    QVERIFY(!DomainXmlEdit::addHostdev(xml + QStringLiteral("<trailing/>"), pci("0000:41:00.2")));
    // An mdev is found whatever the case of its uuid.
    const Result<QString> withMdev =
        DomainXmlEdit::addHostdev(xml, mdev(QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000b")));
    QVERIFY(DomainXmlEdit::removeHostdev(
        QString(withMdev.value()).replace(QStringLiteral("0000000b"), QStringLiteral("0000000B")),
        mdev(QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000b"))));
}

void TestDomainXmlEdit::diffOfAnEdit()
{
    const Result<QString> after = DomainXmlEdit::addHostdev(kTestDriverXml, pci("0000:41:00.0"));
    const QString diff = LineDiff::unified(kTestDriverXml, after.value(), QStringLiteral("vm (before)"),
                                           QStringLiteral("vm (after)"));
    QCOMPARE(diff,
             QStringLiteral("--- vm (before)\n+++ vm (after)\n@@ -10,5 +10,10 @@\n"
                            "   </os>\n   <clock offset='utc'/>\n   <devices>\n"
                            "+    <hostdev mode='subsystem' type='pci' managed='yes'>\n+      <source>\n"
                            "+        <address domain='0x0000' bus='0x41' slot='0x00' function='0x0'/>\n"
                            "+      </source>\n+    </hostdev>\n   </devices>\n </domain>\n"));
    QVERIFY(LineDiff::unified(kTestDriverXml, kTestDriverXml).isEmpty());
    QVERIFY(LineDiff::diff(kTestDriverXml, kTestDriverXml).isEmpty());
}

void TestDomainXmlEdit::diffHunksAndContext()
{
    QStringList lines;
    for (int i = 1; i <= 30; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    const QString a = lines.join(u'\n') + u'\n';
    QStringList far = lines;
    far[2] = QStringLiteral("changed 3");
    far[25] = QStringLiteral("changed 26");
    const QList<LineDiff::Hunk> two = LineDiff::diff(a, far.join(u'\n') + u'\n');
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].oldStart, 1);
    QCOMPARE(two[0].oldCount, 6);
    QCOMPARE(two[1].oldStart, 23);
    QCOMPARE(two[1].newCount, 7);
    QStringList near = lines;
    near[9] = QStringLiteral("changed 10");
    near[15] = QStringLiteral("changed 16");
    QCOMPARE(LineDiff::diff(a, near.join(u'\n') + u'\n').size(), 1);
    // Line numbers of both sides on each line.
    const LineDiff::Hunk h = LineDiff::diff(a, near.join(u'\n') + u'\n').front();
    for (const LineDiff::Line &l : h.lines) {
        if (l.kind == LineDiff::Line::Kind::Removed)
            QCOMPARE(l.text, lines[l.oldLine - 1]);
        else
            QCOMPARE(l.text, near[l.newLine - 1]);
    }
    // Everything added to nothing.
    QCOMPARE(LineDiff::unified(QString(), QStringLiteral("x\n")),
             QStringLiteral("--- before\n+++ after\n@@ -0,0 +1,1 @@\n+x\n"));
}

void TestDomainXmlEdit::diffAgreesWithDiffUtility()
{
    const QString diffTool = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (diffTool.isEmpty())
        QSKIP("diff(1) is not installed");
    QTemporaryDir dir;
    QRandomGenerator rng(4711);
    for (int round = 0; round < 40; ++round) {
        // Unique lines, so that the common subsequence is unique and both tools must agree line for line.
        QStringList a, b;
        int next = 0;
        for (int i = 0; i < 40; ++i)
            a.append(QStringLiteral("<line n='%1'/>").arg(next++));
        for (const QString &l : std::as_const(a)) {
            const quint32 r = rng.bounded(10);
            if (r == 0)
                continue; // removed
            if (r == 1)
                b.append(QStringLiteral("<new n='%1'/>").arg(next++));
            b.append(l);
        }
        const QString before = a.join(u'\n') + u'\n', after = b.join(u'\n') + u'\n';
        for (const auto &[name, text] :
             {std::pair{QStringLiteral("a"), before}, std::pair{QStringLiteral("b"), after}}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QProcess p;
        p.start(diffTool, {QStringLiteral("-u"), QStringLiteral("--label=a"), QStringLiteral("--label=b"),
                           dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))});
        QVERIFY(p.waitForFinished(10000));
        QString expected = QString::fromUtf8(p.readAllStandardOutput());
        // diff(1) omits the count when it is 1 ("@@ -3 +3,2 @@"); ours always writes it.
        static const QRegularExpression one(QStringLiteral("([-+]\\d+)(?=[ @])(?!,)"));
        QStringList fixedLines;
        for (const QString &line : expected.split(u'\n')) {
            if (line.startsWith(u"@@"))
                fixedLines.append(QString(line).replace(one, QStringLiteral("\\1,1")));
            else
                fixedLines.append(line);
        }
        expected = fixedLines.join(u'\n');
        QCOMPARE(LineDiff::unified(before, after, QStringLiteral("a"), QStringLiteral("b")), expected);
    }
}

QTEST_GUILESS_MAIN(TestDomainXmlEdit)
#include "tst_domainxmledit.moc"
