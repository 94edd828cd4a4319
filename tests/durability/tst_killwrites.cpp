// The workspace and the audit log survive their writer being SIGKILLed at random moments: after every kill
// the workspace is whole, either the generation the writer last acknowledged or the one it was saving, and
// the audit log still holds every acknowledged record, each complete and in order, with at most one torn
// line per kill. The writer is tests/support/killwriter; it acknowledges each write through a pipe.
//   GPUVIRT_KILL_TRIALS=1000 ctest -R tst_killwrites      (default 50 trials per file)
#include "assign/auditlog.h"
#include "killwriterdata.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {
int trials()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("GPUVIRT_KILL_TRIALS", &ok);
    return ok && n > 0 ? n : 50;
}

quint32 seed()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("GPUVIRT_KILL_SEED", &ok);
    return ok ? quint32(s) : QRandomGenerator::global()->generate();
}

// Where writes are cheap (tmpfs), a writer spends its time inside writes, so that is where kills land.
std::unique_ptr<QTemporaryDir> scratchDir()
{
    auto shm = std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/tst_killwrites-XXXXXX"));
    return shm->isValid() ? std::move(shm) : std::make_unique<QTemporaryDir>();
}

struct Killed
{
    QList<int> acks;  // what the writer acknowledged, in order
    bool crashed = false; // it died of the kill, not of its own accord
    QByteArray err;
};

// Starts the writer, waits for a random number (0–3) of acknowledgements, lets it run on for a random
// 0–3 ms and SIGKILLs it.
Killed runAndKill(const QStringList &args, QRandomGenerator &rng)
{
    Killed k;
    QProcess child;
    child.start(QStringLiteral(KILLWRITER_PATH), args);
    if (!child.waitForStarted(10000))
        return k;
    const int want = int(rng.bounded(4));
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (out.count('\n') < want && child.state() == QProcess::Running && waited.elapsed() < 20000) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
    }
    const qint64 spinNs = qint64(rng.bounded(3000)) * 1000;
    QElapsedTimer spin;
    spin.start();
    while (spin.nsecsElapsed() < spinNs) {
    }
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(10000);
    k.crashed = child.exitStatus() == QProcess::CrashExit;
    out += child.readAllStandardOutput();
    k.err = child.readAllStandardError();
    for (const QByteArray &line : out.split('\n'))
        if (!line.isEmpty())
            k.acks.append(line.toInt());
    return k;
}
} // namespace

class TestKillWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workspaceSurvivesKills();
    void auditLogSurvivesKills();
};

void TestKillWrites::workspaceSurvivesKills()
{
    const auto dir = scratchDir();
    const QString path = dir->filePath(QStringLiteral("workspace.json"));
    const quint32 s = seed();
    QRandomGenerator rng(s);
    qInfo("seed %u (GPUVIRT_KILL_SEED), %d trials", s, trials());
    int generation = 0; // the file does not exist yet
    int acknowledged = 0, unacknowledgedDone = 0;
    for (int trial = 0; trial < trials(); ++trial) {
        const Killed k = runAndKill({QStringLiteral("workspace"), path}, rng);
        QVERIFY2(k.crashed, k.err.constData());
        for (int i = 0; i < k.acks.size(); ++i)
            QCOMPARE(k.acks[i], generation + 1 + i);
        const int last = k.acks.isEmpty() ? generation : k.acks.last();
        acknowledged += int(k.acks.size());

        Workspace w(path);
        const Status loaded = w.load();
        if (!loaded.ok())
            QFAIL(qPrintable(QStringLiteral("trial %1: %2 (%3)").arg(trial).arg(loaded.error().summary, loaded.error().detail)));
        QCOMPARE(QFileInfo::exists(path), last > 0); // never missing once written
        const int now = KillWriter::generation(w.connections());
        QVERIFY2(now == last || now == last + 1,
                 qPrintable(QStringLiteral("trial %1: acknowledged %2, file holds %3").arg(trial).arg(last).arg(now)));
        if (now == last + 1)
            ++unacknowledgedDone; // killed between the rename and the acknowledgement
        generation = now;
    }
    // A kill inside QSaveFile::commit() can leave its temporary file; the next save after a minute removes
    // it, so that crashes do not pile them up next to the workspace. (Aged here rather than waited for.)
    QDir d(dir->path());
    const QStringList left = d.entryList(QDir::Files | QDir::Hidden);
    qInfo("%d kills, %d saves acknowledged, %d saves done but unacknowledged; temporaries left: %lld", trials(),
          acknowledged, unacknowledgedDone, qlonglong(left.size() - 1));
    QVERIFY(left.size() - 1 <= trials());
    for (const QString &name : left) {
        QFile f(d.filePath(name));
        QVERIFY(f.open(QIODevice::Append));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    Workspace w(path);
    QVERIFY(w.load().ok());
    QVERIFY(w.save().ok());
    QCOMPARE(d.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("workspace.json")});
}

void TestKillWrites::auditLogSurvivesKills()
{
    const auto dir = scratchDir();
    const quint32 s = seed();
    QRandomGenerator rng(s);
    qInfo("seed %u (GPUVIRT_KILL_SEED), %d trials", s, trials());
    constexpr int RunsPerFile = 50; // reading a file is checked after every kill: keep each one small
    QMap<int, int> kept;            // run -> records it left in the current file
    const bool tmpfs = dir->path().startsWith(u"/dev/shm/");
    int acknowledged = 0, torn = 0;
    for (int trial = 0; trial < trials(); ++trial) {
        const QString path = dir->filePath(QStringLiteral("audit-%1.jsonl").arg(trial / RunsPerFile));
        if (trial % RunsPerFile == 0)
            kept.clear();
        // Small pieces make a kill inside a record likely (a real append is one write() of the record).
        const int chunk = 1 + int(rng.bounded(8));
        const Killed k = runAndKill({QStringLiteral("audit"), path, QString::number(trial), QString::number(chunk)}, rng);
        QVERIFY2(k.crashed, k.err.constData());
        for (int i = 0; i < k.acks.size(); ++i)
            QCOMPARE(k.acks[i], i);
        acknowledged += int(k.acks.size());

        const auto read = AuditLog(path).read();
        if (!QFileInfo::exists(path)) {
            QVERIFY(k.acks.isEmpty());
            continue;
        }
        QVERIFY(read);
        QMap<int, QList<int>> seqs;
        for (const AuditRecord &r : read->records) {
            const int run = r.json.value(u"run").toInt(-1), seq = r.json.value(u"seq").toInt(-1);
            QCOMPARE(r.json, KillWriter::auditRecord(run, seq)); // complete and exactly as written
            seqs[run].append(seq);
        }
        // This run: every acknowledged record, in order, and perhaps the one it was writing.
        const QList<int> mine = seqs.value(trial);
        QVERIFY2(mine.size() == k.acks.size() || mine.size() == k.acks.size() + 1,
                 qPrintable(QStringLiteral("trial %1: %2 acknowledged, %3 in the log").arg(trial).arg(k.acks.size()).arg(mine.size())));
        for (int i = 0; i < mine.size(); ++i)
            QCOMPARE(mine[i], i);
        kept[trial] = int(mine.size());
        // Earlier runs: nothing lost or changed by the later writers.
        for (auto it = kept.cbegin(); it != kept.cend(); ++it)
            QCOMPARE(seqs.value(it.key()).size(), it.value());
        const int tornHere = int(read->skippedLines.size()) + (read->tornTail ? 1 : 0);
        QVERIFY(tornHere <= int(kept.size())); // at most one torn line per kill
        if (trial % RunsPerFile == RunsPerFile - 1 || trial == trials() - 1)
            torn += tornHere;
    }
    qInfo("%d kills, %d records acknowledged, %d kills left a torn record", trials(), acknowledged, torn);
    // The point is kills inside a record: on tmpfs (no fsync wait) some must have landed there.
    if (tmpfs && trials() >= 20)
        QVERIFY(torn > 0);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // A thousand kills on a busy machine outlast Qt Test's five minutes per function.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(qMax(300, trials() * 3) * 1000));
    TestKillWrites test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_killwrites.moc"
