// The request editor's model: edits go through the request files' rules, refused edits leave the row as
// it was and say why, rows come and go with the usual model signals.
#include "scheduler/requestlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Sched;
using Kind = PlacementRequest::Kind;
using M = RequestListModel;

class TestRequestListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsAreValidated()
    {
        RequestListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.insertRows(0, 1));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0, M::NameColumn).data().toString(), QStringLiteral("request-1"));
        QCOMPARE(m.index(0, M::SizeColumn).data().toString(), QStringLiteral("A16-2Q"));
        QVERIFY(m.index(0, M::ProblemRole).data(M::ProblemRole).toString().isEmpty());

        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QVERIFY(m.setData(m.index(0, M::NameColumn), QStringLiteral("vdi-pool")));
        QVERIFY(m.setData(m.index(0, M::CountColumn), 6));
        QVERIFY(m.setData(m.index(0, M::SizeColumn), QStringLiteral(" NVIDIA L40S-8Q")));
        QCOMPARE(m.requests()[0].vgpuType, QStringLiteral("L40S-8Q")); // canonical
        QCOMPARE(changed.count(), 3);

        // Refused: the row keeps its value and the model says why.
        QVERIFY(!m.setData(m.index(0, M::SizeColumn), QStringLiteral("L40S-huge")));
        QCOMPARE(m.requests()[0].vgpuType, QStringLiteral("L40S-8Q"));
        QVERIFY2(m.lastProblem().contains(QStringLiteral("not a vGPU type name")),
                 qPrintable(m.lastProblem()));
        QVERIFY(!m.setData(m.index(0, M::CountColumn), 0));
        QVERIFY(!m.setData(m.index(0, M::NameColumn), QStringLiteral("  ")));
        QVERIFY(!m.setData(m.index(0, M::NumaColumn), QStringLiteral("-4")));
        QCOMPARE(changed.count(), 3);
        QVERIFY(m.setData(m.index(0, M::NumaColumn), QStringLiteral("1")));
        QVERIFY(m.lastProblem().isEmpty());
    }

    void kindChangeGivesAValidSize()
    {
        RequestListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.insertRequest(m.newRequest());
        QVERIFY(m.setData(m.index(0, M::KindColumn), int(Kind::MilliGpu)));
        QCOMPARE(m.index(0, M::KindColumn).data(M::KindRole).toInt(), int(Kind::MilliGpu));
        QCOMPARE(m.index(0, M::SizeColumn).data(Qt::EditRole).toString(), QStringLiteral("500"));
        QVERIFY(!m.setData(m.index(0, M::SizeColumn), QStringLiteral("1500")));
        QVERIFY(m.setData(m.index(0, M::KindColumn), QStringLiteral("mig")));
        QCOMPARE(m.index(0, M::SizeColumn).data().toString(), QStringLiteral("1g.10gb"));
        QVERIFY(m.setData(m.index(0, M::KindColumn), int(Kind::VirtualFunction)));
        QVERIFY(!(m.flags(m.index(0, M::SizeColumn)) & Qt::ItemIsEditable)); // a VF has no size
        QVERIFY(!m.setData(m.index(0, M::KindColumn), QStringLiteral("quantum")));
    }

    void listsAndRows()
    {
        RequestListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.insertRequest(m.newRequest());
        QVERIFY(m.setData(m.index(0, M::HostsColumn), QStringLiteral("vdi-a16-01, vdi-a16-02|edge")));
        QCOMPARE(m.requests()[0].hosts, (QStringList{QStringLiteral("vdi-a16-01"),
                                                     QStringLiteral("vdi-a16-02"), QStringLiteral("edge")}));
        QCOMPARE(m.index(0, M::HostsColumn).data().toString(),
                 QStringLiteral("vdi-a16-01, vdi-a16-02, edge"));
        QVERIFY(m.insertRows(1, 2));
        QCOMPARE(m.rowCount(), 3);
        QVERIFY(m.removeRows(0, 2));
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(!m.removeRows(0, 2));
        const auto r = m.index(0, 0).data(M::RequestRole).value<PlacementRequest>();
        QCOMPARE(r.name, m.requests()[0].name);
        m.setRequests({});
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestListModel)
#include "tst_requestlistmodel.moc"
