// Reports: the tables a report holds, CSV quoting and files, the PDF and the board's PNG, written
// atomically with clear errors.
#include "boardimage.h"
#include "gpuboardfixture.h"
#include "gpuboardlayout.h"
#include "inventory/inventory.h"
#include "libvirt/statichostconnection.h"
#include "report/csvwriter.h"
#include "report/reportdata.h"
#include "reportpdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace BoardFixture;

class tst_Report : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tables();
    void licenceSection();
    void csvQuoting();
    void csvFiles();
    void csvErrors();
    void pdf();
    void pdfUnwritable();
    void png();

private:
    StaticHostConnectionFactory *m_factory = nullptr;
    Inventory *m_inventory = nullptr;
    QString m_host;
    QTemporaryDir m_dir;
};

namespace {
const QDateTime when(QDate(2026, 3, 1), QTime(9, 30));

int rowOf(const ReportTable &t, int column, const QString &value)
{
    for (int i = 0; i < t.rows.size(); ++i)
        if (t.rows[i].value(column) == value)
            return i;
    return -1;
}
} // namespace

void tst_Report::init()
{
    m_factory = new StaticHostConnectionFactory;
    m_factory->add(QStringLiteral("test:///board"), boardHost());
    m_inventory = new Inventory(m_factory);
    m_host = m_inventory->addHost(QStringLiteral("test:///board"), QStringLiteral("gpu-node-07"));
    QTRY_COMPARE(m_inventory->loadedHostCount(), 1);
    QVERIFY(m_dir.isValid());
}

void tst_Report::cleanup()
{
    delete m_inventory;
    delete m_factory;
}

void tst_Report::tables()
{
    const ReportData r = ReportData::build(*m_inventory, {}, when);
    QCOMPARE(r.cluster, QStringLiteral("gpu-node-07"));
    QCOMPARE(r.created, when);
    QVERIFY(!r.createdText.isEmpty());
    QStringList keys;
    for (const ReportTable &t : r.tables) {
        keys.append(t.key);
        for (const QStringList &row : t.rows)
            QCOMPARE(row.size(), t.headers.size()); // every row fills every column
    }
    QCOMPARE(keys, ReportData::tableKeys());

    const ReportTable &hosts = *r.table(QStringLiteral("hosts"));
    QCOMPARE(hosts.rows.size(), 1);
    QCOMPARE(hosts.rows[0][0], QStringLiteral("gpu-node-07"));
    QCOMPARE(hosts.rows[0][6], QStringLiteral("5")); // A6000, T4, A16, A100, V620
    const ReportTable &gpus = *r.table(QStringLiteral("gpus"));
    const int t4 = rowOf(gpus, 1, QStringLiteral("0000:3b:00.0"));
    QVERIFY(t4 >= 0);
    QCOMPARE(gpus.rows[t4][9], QStringLiteral("inference-01")); // passed through whole
    const int a16 = rowOf(gpus, 1, QStringLiteral("0000:41:00.0"));
    QVERIFY(gpus.rows[a16][7].contains(QStringLiteral("A16-2Q")));
    QVERIFY(gpus.rows[a16][8].startsWith(QStringLiteral("2 vGPU"))); // "2 vGPUs" once plurals are loaded

    const ReportTable &vgpus = *r.table(QStringLiteral("vgpus"));
    const int a = rowOf(vgpus, 3, MdevA);
    QVERIFY(a >= 0);
    QCOMPARE(vgpus.rows[a][1], QStringLiteral("0000:41:00.0")); // the GPU, not the VF it lives on
    QCOMPARE(vgpus.rows[a][4], QStringLiteral("A16-2Q"));
    QCOMPARE(vgpus.rows[a][5], QStringLiteral("2048"));
    QCOMPARE(vgpus.rows[a][7], QStringLiteral("vdi-desk-01"));
    QCOMPARE(vgpus.rows[a][8], QStringLiteral("Running"));
    QVERIFY(rowOf(vgpus, 3, QStringLiteral("0000:c1:02.1")) >= 0); // an AMD VF

    const ReportTable &vms = *r.table(QStringLiteral("vms"));
    const int train = rowOf(vms, 1, QStringLiteral("ml-train-01"));
    QCOMPARE(vms.rows[train][6], QStringLiteral("A100-3-40C on 0000:81:00.0"));
    QCOMPARE(vms.rows.size(), 6);

    // No agent: readiness is missing and the report says so.
    const ReportTable &readiness = *r.table(QStringLiteral("readiness"));
    QVERIFY(readiness.rows.isEmpty());
    QVERIFY(readiness.note.contains(QStringLiteral("gpu-node-07")));
}

void tst_Report::licenceSection()
{
    const ReportData r = ReportData::build(*m_inventory, {}, when);
    const ReportTable &l = *r.table(QStringLiteral("licences"));
    QVERIFY(l.note.contains(QStringLiteral("No licence servers configured")));
    QCOMPARE(l.rows.size(), 2);
    const int vcs = rowOf(l, 1, QStringLiteral("A100-1-10C, A100-3-40C"));
    QVERIFY(vcs >= 0);
    QCOMPARE(l.rows[vcs][2], QStringLiteral("2")); // two vGPUs held
    QCOMPARE(l.rows[vcs][3], QStringLiteral("1")); // one VM running (the other is paused)
    const int vws = rowOf(l, 1, QStringLiteral("A16-2Q"));
    QCOMPARE(l.rows[vws][2], QStringLiteral("2"));
    QCOMPARE(l.rows[vws][3], QStringLiteral("1"));

    // The licence backend's own section replaces the estimate.
    LicenceSummary mine{QStringLiteral("1 server"), {QStringLiteral("Server")}, {{QStringLiteral("dls-01")}}};
    const ReportData r2 = ReportData::build(*m_inventory, mine, when);
    const ReportTable &l2 = *r2.table(QStringLiteral("licences"));
    QCOMPARE(l2.note, QStringLiteral("1 server"));
    QCOMPARE(l2.rows, (QList<QStringList>{{QStringLiteral("dls-01")}}));
}

void tst_Report::csvQuoting()
{
    QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
    QCOMPARE(CsvWriter::field(QString()), QString());
    ReportTable t{
        QStringLiteral("x"),
        {},
        {},
        {QStringLiteral("名称"), QStringLiteral("Note")},
        {{QStringLiteral("桌面-01"), QStringLiteral("a, \"b\"")}, {QString(), QStringLiteral("c")}}};
    const QByteArray plain = CsvWriter::encode(t, false);
    QCOMPARE(plain, QStringLiteral("名称,Note\r\n桌面-01,\"a, \"\"b\"\"\"\r\n,c\r\n").toUtf8());
    const QByteArray bom = CsvWriter::encode(t, true);
    QVERIFY(bom.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bom.mid(3), plain);
}

void tst_Report::csvFiles()
{
    const ReportData r = ReportData::build(*m_inventory, {}, when);
    const Result<QStringList> all = CsvWriter::writeTables(r, m_dir.path(), {}, false);
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all->size(), 6);
    QFile gpus(m_dir.filePath(QStringLiteral("gpus.csv")));
    QVERIFY(gpus.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = gpus.readAll().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("Host,PCI address,Product,Vendor,Driver,IOMMU group,NUMA node,vGPU types,"
                        "vGPUs,Passed through to\r"));
    QCOMPARE(lines.size(), r.table(QStringLiteral("gpus"))->rows.size() + 2); // header, rows, final empty
    // The A16's list of types holds commas: it is quoted.
    bool quoted = false;
    for (const QByteArray &l : lines)
        quoted = quoted || (l.contains("0000:41:00.0") && l.contains("\"A16-"));
    QVERIFY(quoted);

    const Result<QStringList> one = CsvWriter::writeTables(r, m_dir.path(), {QStringLiteral("vms")}, true);
    QVERIFY(one.ok());
    QCOMPARE(one->size(), 1);
    QFile vms(one->first());
    QVERIFY(vms.open(QIODevice::ReadOnly));
    QVERIFY(vms.readAll().startsWith("\xEF\xBB\xBFHost,VM,UUID"));
}

void tst_Report::csvErrors()
{
    const ReportData r = ReportData::build(*m_inventory, {}, when);
    const Result<QStringList> unknown =
        CsvWriter::writeTables(r, m_dir.path(), {QStringLiteral("nope")}, false);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().summary.contains(QStringLiteral("nope")));
    const Result<QStringList> missing =
        CsvWriter::writeTables(r, m_dir.filePath(QStringLiteral("no/such")), {}, false);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().summary.contains(QStringLiteral("does not exist")));
    // A path whose parent is a file cannot be written; the error names the path.
    QFile blocker(m_dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString bad = m_dir.filePath(QStringLiteral("file/hosts.csv"));
    const Status s = CsvWriter::writeTable(*r.table(QStringLiteral("hosts")), bad, false);
    QVERIFY(!s.ok());
    QVERIFY(s.error().summary.contains(bad));
}

void tst_Report::pdf()
{
    const ReportData r = ReportData::build(*m_inventory, {}, when);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QList<int> seen;
    ReportPdf::Options options;
    options.font = QGuiApplication::font();
    options.progress = [&seen](int p) {
        seen.append(p);
        return true;
    };
    const Status s = ReportPdf::write(r, *m_inventory, path, options);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY2(pdf.size() > 20000, QByteArray::number(pdf.size()));
    // Pages: title, hosts+GPUs, the board, vGPUs+VMs, readiness+licences at least.
    const qsizetype pages =
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
    QVERIFY2(pages >= 5, QByteArray::number(pages));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 100);

    // Cancelled: nothing is written, an existing file stays as it was.
    options.progress = [](int) { return false; };
    const Status cancelled = ReportPdf::write(r, *m_inventory, path, options);
    QVERIFY(!cancelled.ok());
    QCOMPARE(QFileInfo(path).size(), pdf.size());
}

void tst_Report::pdfUnwritable()
{
    const ReportData r = ReportData::build(*m_inventory, {}, when);
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/report.pdf"));
    const Status s = ReportPdf::write(r, *m_inventory, path, {});
    QVERIFY(!s.ok());
    QVERIFY(s.error().summary.contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFile::exists(path));
}

void tst_Report::png()
{
    const QFont font = QGuiApplication::font();
    const QImage image = BoardImage::render(*m_inventory, m_host, 1000, font, BoardImage::printPalette(), 2);
    QVERIFY(!image.isNull());
    GpuBoardLayout board;
    QVERIFY(BoardImage::layout(board, *m_inventory, m_host, 1000, font, BoardImage::printPalette()));
    QCOMPARE(image.size(), board.contentSize() * 2);
    QVERIFY(board.contentSize().width() <= 1000 && board.contentSize().width() > 900);
    QVERIFY(board.columns() >= 2);
    const QString path = m_dir.filePath(QStringLiteral("board.png"));
    QVERIFY(BoardImage::savePng(image, path).ok());
    const QImage read(path);
    QCOMPARE(read.size(), image.size());
    // Something is drawn: not one flat colour.
    QVERIFY(read.pixel(20, 20) != read.pixel(read.width() / 4, read.height() / 4) ||
            read.pixel(20, 20) != read.pixel(read.width() / 2, 60));
    // Nothing to draw, or nowhere to write it: errors, not files.
    QVERIFY(!BoardImage::savePng(QImage(), m_dir.filePath(QStringLiteral("none.png"))).ok());
    QVERIFY(!BoardImage::savePng(image, m_dir.filePath(QStringLiteral("no/dir/board.png"))).ok());
    QVERIFY(BoardImage::render(*m_inventory, QStringLiteral("h99"), 1000, font, BoardImage::printPalette())
                .isNull());
}

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
