// The workspace file: round trip, unknown sections kept, atomic replacement, damaged files kept aside.
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFileIsEmpty();
    void roundTrip();
    void keepsUnknownSections();
    void duplicateUriRefused();
    void damagedFileKeptAside_data();
    void damagedFileKeptAside();
    void unwritableLocationReported();
    void staleTemporariesRemoved();
};

static QString write(const QTemporaryDir &dir, const QByteArray &data)
{
    const QString path = dir.filePath(QStringLiteral("workspace.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

void TestWorkspace::missingFileIsEmpty()
{
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(ws.load().ok());
    QVERIFY(ws.connections().isEmpty());
}

void TestWorkspace::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/workspace.json"));
    Workspace ws(path);
    QVERIFY(ws.addConnection({QStringLiteral("qemu+ssh://root@gpu-01/system"), QStringLiteral("GPU 01"), {}}));
    QVERIFY(ws.addConnection({QStringLiteral("qemu:///system"), {}, QStringLiteral("localhost:7443")}));
    QVERIFY(ws.save().ok());
    Workspace again(path);
    QVERIFY(again.load().ok());
    QCOMPARE(again.connections(), ws.connections());
    QVERIFY(again.removeConnection(QStringLiteral("qemu:///system")));
    QVERIFY(!again.removeConnection(QStringLiteral("qemu:///system")));
    QVERIFY(again.save().ok());
    Workspace third(path);
    QVERIFY(third.load().ok());
    QCOMPARE(third.connections().size(), 1);
    QCOMPARE(third.connections().first().name, QStringLiteral("GPU 01"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files), QStringList{QStringLiteral("workspace.json")});
}

void TestWorkspace::keepsUnknownSections()
{
    QTemporaryDir dir;
    const QString path = write(dir, R"({"version":1,"connections":[{"uri":"test:///default"}],"licenceServers":[{"name":"dls"}]})");
    Workspace ws(path);
    QVERIFY(ws.load().ok());
    ws.addConnection({QStringLiteral("qemu:///system"), {}, {}});
    QVERIFY(ws.save().ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(u"licenceServers").toArray().first().toObject().value(u"name").toString(), QStringLiteral("dls"));
    QCOMPARE(root.value(u"connections").toArray().size(), 2);
}

void TestWorkspace::duplicateUriRefused()
{
    Workspace ws(QStringLiteral("/nonexistent/ws.json"));
    QVERIFY(ws.addConnection({QStringLiteral("qemu:///system"), {}, {}}));
    QVERIFY(!ws.addConnection({QStringLiteral("qemu:///system"), QStringLiteral("again"), {}}));
    QCOMPARE(ws.connections().size(), 1);
}

void TestWorkspace::damagedFileKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray(R"({"version":1,"connections":[{"uri":"qemu:///sys)");
    QTest::newRow("not an object") << QByteArray("[1,2,3]");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12);
    QTest::newRow("connections not a list") << QByteArray(R"({"version":1,"connections":{"uri":"x"}})");
    QTest::newRow("connection without uri") << QByteArray(R"({"version":1,"connections":[{"name":"x"}]})");
    QTest::newRow("newer format") << QByteArray(R"({"version":99,"connections":[]})");
}

void TestWorkspace::damagedFileKeptAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = write(dir, content);
    Workspace ws(path);
    const Status s = ws.load();
    QVERIFY(!s.ok());
    QVERIFY(ws.connections().isEmpty());
    QVERIFY(!s.error().detail.isEmpty());
    // The user's bytes survive, under a name the message gives.
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("workspace.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY2(s.error().summary.contains(aside.first()), qPrintable(s.error().summary));
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
    QVERIFY(!QFile::exists(path));
    // Saving afterwards writes a fresh, valid file and leaves the damaged one alone.
    ws.addConnection({QStringLiteral("qemu:///system"), {}, {}});
    QVERIFY(ws.save().ok());
    Workspace again(path);
    QVERIFY(again.load().ok());
    QCOMPARE(again.connections().size(), 1);
}

void TestWorkspace::unwritableLocationReported()
{
    QTemporaryDir dir;
    const QString blocker = write(dir, "x"); // a file where a folder would have to be
    Workspace ws(blocker + QStringLiteral("/workspace.json"));
    ws.addConnection({QStringLiteral("qemu:///system"), {}, {}});
    const Status s = ws.save();
    QVERIFY(!s.ok());
    QVERIFY(s.error().summary.contains(QStringLiteral("workspace.json")));
}

// A writer killed inside QSaveFile::commit() leaves its temporary "workspace.json.XXXXXX"; the next save
// removes those older than a minute and leaves everything else: a save in flight, the damaged files kept.
void TestWorkspace::staleTemporariesRemoved()
{
    QTemporaryDir dir;
    const auto make = [&](const QString &name, qint64 ageSecs) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"conn");
        f.flush(); // or closing would write it, and set the time anew
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSecs), QFileDevice::FileModificationTime));
    };
    make(QStringLiteral("workspace.json.Ab3xYz"), 3600);
    make(QStringLiteral("workspace.json.Q9w8e7"), 120);
    make(QStringLiteral("workspace.json.fresh1"), 0);
    make(QStringLiteral("workspace.json.corrupt-20240101-000000"), 3600);
    make(QStringLiteral("notes.json.Ab3xYz"), 3600);
    Workspace ws(dir.filePath(QStringLiteral("workspace.json")));
    ws.addConnection({QStringLiteral("qemu:///system"), {}, {}});
    QVERIFY(ws.save().ok());
    QDir d(dir.path());
    QCOMPARE(d.entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("notes.json.Ab3xYz"), QStringLiteral("workspace.json"),
                          QStringLiteral("workspace.json.corrupt-20240101-000000"),
                          QStringLiteral("workspace.json.fresh1")}));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
