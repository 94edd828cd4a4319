// The audit log reads back every complete record past torn and corrupt lines, and keeps records whole with
// writers on several threads. (Writers SIGKILLed mid-record: tests/durability/tst_killwrites.)
#include "assign/auditlog.h"
#include "assign/planreport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

namespace {
PlanReport report(const QString &plan, const QString &host, const QString &vm, PlanReport::Result result)
{
    PlanReport r;
    r.planId = plan;
    r.hostId = QStringLiteral("h1");
    r.hostName = host;
    r.action = QStringLiteral("assign");
    r.summary = QStringLiteral("Assign A16-2Q to %1").arg(vm);
    r.vms = {QStringLiteral("uuid-") + vm};
    r.vmNames = {vm};
    r.started = r.finished = QDateTime::currentDateTimeUtc();
    r.result = result;
    StepReport s;
    s.step.kind = PlanStep::Kind::CreateMdev;
    s.step.mdevUuid = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    s.outcome =
        result == PlanReport::Result::Applied ? StepReport::Outcome::Done : StepReport::Outcome::Undone;
    s.detail = QStringLiteral("mdev_aaaaaaaa\nwith a newline in libvirt's words");
    r.steps = {s};
    return r;
}

void append(QFile &f, const QByteArray &bytes)
{
    QVERIFY(f.open(QIODevice::Append));
    f.write(bytes);
    f.close();
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsRecordsAsLines();
    void filters();
    void missingFileIsEmpty();
    void tornAndCorruptLinesAreSkipped();
    void severalThreadsAppend();
};

void TestAuditLog::appendsRecordsAsLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/audit.jsonl"));
    AuditLog log(path);
    const QDateTime t = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00.000Z"), Qt::ISODateWithMs);
    QVERIFY(log.append(AuditLog::record(report(QStringLiteral("p1"), QStringLiteral("vdi-a16-01"),
                                               QStringLiteral("vdi-01"), PlanReport::Result::Applied),
                                        QStringLiteral("alice@ws-17"), t)));
    QVERIFY(log.append(report(QStringLiteral("p2"), QStringLiteral("vdi-a16-01"), QStringLiteral("vdi-02"),
                              PlanReport::Result::RolledBack),
                       QStringLiteral("bob")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QCOMPARE(all.count('\n'), 2); // one line a record, the newline in a detail escaped
    QVERIFY(all.endsWith('\n'));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u); // who did what on which host is not for everyone

    const auto read = log.read();
    QVERIFY(read);
    QCOMPARE(read->records.size(), 2);
    const AuditRecord &r = read->records[0];
    QCOMPARE(r.time, t);
    QCOMPARE(r.operatorIdentity, QStringLiteral("alice@ws-17"));
    QCOMPARE(r.host, QStringLiteral("vdi-a16-01"));
    QCOMPARE(r.planId, QStringLiteral("p1"));
    QCOMPARE(r.action, QStringLiteral("assign"));
    QCOMPARE(r.vmNames, QStringList{QStringLiteral("vdi-01")});
    QCOMPARE(r.result, QStringLiteral("applied"));
    QCOMPARE(r.json.value(u"v").toInt(), 1);
    const QJsonObject step = r.json.value(u"steps").toArray().at(0).toObject();
    QCOMPARE(step.value(u"kind").toString(), QStringLiteral("create-mdev"));
    QCOMPARE(step.value(u"detail").toString(),
             QStringLiteral("mdev_aaaaaaaa\nwith a newline in libvirt's words"));
    QCOMPARE(read->records[1].result, QStringLiteral("rolled-back"));
    QVERIFY(read->skippedLines.isEmpty());
    QVERIFY(!read->tornTail);
}

void TestAuditLog::filters()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00Z"), Qt::ISODate);
    int n = 0;
    for (const char *host : {"vdi-a16-01", "ml-a100-01"})
        for (const char *vm : {"vdi-01", "ml-train"})
            for (auto result : {PlanReport::Result::Applied, PlanReport::Result::RolledBack}) {
                QVERIFY(log.append(
                    AuditLog::record(report(QStringLiteral("p%1").arg(n), QString::fromLatin1(host),
                                            QString::fromLatin1(vm), result),
                                     QStringLiteral("op"), t0.addSecs(60 * n))));
                ++n;
            }
    auto count = [&](const AuditFilter &f) { return log.read(f)->records.size(); };
    QCOMPARE(count({}), 8);
    QCOMPARE(count({QStringLiteral("ML-A100-01"), {}, {}, {}, {}}), 4);
    QCOMPARE(count({QStringLiteral("h1"), {}, {}, {}, {}}), 8); // the inventory id works too
    QCOMPARE(count({{}, QStringLiteral("ml-train"), {}, {}, {}}), 4);
    QCOMPARE(count({{}, QStringLiteral("uuid-vdi-01"), {}, {}, {}}), 4);
    QCOMPARE(count({{}, {}, t0.addSecs(60 * 2), t0.addSecs(60 * 5), {}}), 3);
    QCOMPARE(count({{}, {}, {}, {}, QStringLiteral("rolled-back")}), 4);
    QCOMPARE(
        count({QStringLiteral("vdi-a16-01"), QStringLiteral("vdi-01"), {}, {}, QStringLiteral("applied")}),
        1);
    QCOMPARE(
        log.read({QStringLiteral("vdi-a16-01"), QStringLiteral("vdi-01"), {}, {}, QStringLiteral("applied")})
            ->records[0]
            .planId,
        QStringLiteral("p0"));
}

void TestAuditLog::missingFileIsEmpty()
{
    QTemporaryDir dir;
    const auto read = AuditLog(dir.filePath(QStringLiteral("none.jsonl"))).read();
    QVERIFY(read);
    QVERIFY(read->records.isEmpty());
    // A log that cannot be written says so.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Status st = AuditLog(dir.filePath(QStringLiteral("file/audit.jsonl"))).append(QJsonObject{});
    QVERIFY(!st);
    QVERIFY(!st.error().summary.isEmpty());
    QVERIFY(!st.error().detail.isEmpty());
}

void TestAuditLog::tornAndCorruptLinesAreSkipped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    AuditLog log(path);
    QVERIFY(log.append(QJsonObject{{QStringLiteral("seq"), 1}}));
    QFile f(path);
    append(f, QByteArray("{\"seq\": 2, \"summ")); // the writer died here
    auto read = log.read();
    QCOMPARE(read->records.size(), 1);
    QVERIFY(read->tornTail);
    QVERIFY(read->skippedLines.isEmpty());

    // The next record starts a line of its own; the torn one stays one bad line.
    QVERIFY(log.append(QJsonObject{{QStringLiteral("seq"), 3}}));
    append(f, QByteArray("not json at all\n"));
    QVERIFY(log.append(QJsonObject{{QStringLiteral("seq"), 4}}));
    read = log.read();
    QVERIFY(!read->tornTail);
    QCOMPARE(read->skippedLines, (QList<int>{2, 4}));
    QList<int> seqs;
    for (const AuditRecord &r : read->records)
        seqs.append(r.json.value(u"seq").toInt());
    QCOMPARE(seqs, (QList<int>{1, 3, 4}));
}

void TestAuditLog::severalThreadsAppend()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    log.setWriteChunkForTesting(5); // many write calls per record: interleaving would show
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&log, t] {
            for (int i = 0; i < 50; ++i)
                log.append(QJsonObject{{QStringLiteral("thread"), t},
                                       {QStringLiteral("i"), i},
                                       {QStringLiteral("pad"), QString(200, u'y')}});
        }));
        threads.back()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    const auto read = log.read();
    QCOMPARE(read->records.size(), 200);
    QVERIFY(read->skippedLines.isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestAuditLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditlog.moc"
