// The presentation proxy: problems, host errors and states become icons, colours, fonts and tooltips.
#include "../unit/fixturesnapshots.h"
#include "inventory/clustertreemodel.h"
#include "inventory/inventory.h"
#include "inventory/iommugroupmodel.h"
#include "inventory/vmtablemodel.h"
#include "libvirt/statichostconnection.h"
#include "presentationproxy.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QTest>

#include <memory>

class tst_PresentationProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void problemRowHasReasonAndIcon();
    void problemColoursFollowThePalette();
    void hostsAreBoldWithStateAndDemoMark();
    void lostHostShowsItsError();
    void everyTreeRowHasAnIcon();
    void vmTableRows();

private:
    QModelIndex mapped(PresentationProxy &proxy, const QModelIndex &source) const
    {
        return proxy.mapFromSource(source);
    }

    const QString m_uri = QStringLiteral("test:///gpu-node-01");
    std::unique_ptr<StaticHostConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    QString m_host;
};

void tst_PresentationProxy::init()
{
    m_factory = std::make_unique<StaticHostConnectionFactory>();
    m_factory->add(m_uri, Fixtures::gpuHost());
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_host = m_inventory->addHost(m_uri);
    QTRY_COMPARE(m_inventory->loadedHostCount(), 1);
}

void tst_PresentationProxy::cleanup()
{
    m_inventory.reset();
    m_factory.reset();
}

void tst_PresentationProxy::problemRowHasReasonAndIcon()
{
    IommuGroupModel model(m_inventory.get());
    PresentationProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QModelIndex nic =
        mapped(proxy, model.indexFor({ObjectRef::Kind::Function, m_host, QStringLiteral("0000:05:00.0")}));
    QVERIFY(nic.isValid());
    QVERIFY(nic.data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Shares its IOMMU group with 0000:06:00.0 Tesla T4")));
    QVERIFY(!nic.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(nic.data(Qt::ForegroundRole).canConvert<QBrush>());
    QVERIFY(nic.data(Qt::BackgroundRole).canConvert<QBrush>());
    // Other columns of the row are coloured too, but only the first carries the icon.
    QVERIFY(nic.siblingAtColumn(1).data(Qt::ForegroundRole).isValid());
    QVERIFY(!nic.siblingAtColumn(1).data(Qt::DecorationRole).isValid());

    const QModelIndex group =
        mapped(proxy, model.indexFor({ObjectRef::Kind::IommuGroup, m_host, QStringLiteral("30")}));
    QVERIFY(group.data(Qt::ToolTipRole).toString().contains(QStringLiteral("share this IOMMU group")));
    QVERIFY(!group.data(Qt::DecorationRole).value<QIcon>().isNull());

    // A healthy group: no problem colours, an ordinary icon.
    const QModelIndex fine =
        mapped(proxy, model.indexFor({ObjectRef::Kind::IommuGroup, m_host, QStringLiteral("20")}));
    QVERIFY(!fine.data(Qt::ForegroundRole).isValid());
    QVERIFY(!fine.data(Qt::BackgroundRole).isValid());
    QVERIFY(!fine.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void tst_PresentationProxy::problemColoursFollowThePalette()
{
    IommuGroupModel model(m_inventory.get());
    PresentationProxy proxy;
    proxy.setSourceModel(&model);
    const QModelIndex nic =
        mapped(proxy, model.indexFor({ObjectRef::Kind::Function, m_host, QStringLiteral("0000:05:00.0")}));

    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    proxy.setPalette(light);
    const QColor onLight = nic.data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY2(onLight.lightness() < 128, qPrintable(onLight.name()));
    QVERIFY(onLight.red() > onLight.green());

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    proxy.setPalette(dark);
    const QColor onDark = nic.data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY2(onDark.lightness() > 128, qPrintable(onDark.name()));
    QVERIFY(onDark.red() > onDark.green());
    const QColor background = nic.data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY2(background.lightness() < 80, qPrintable(background.name()));
}

void tst_PresentationProxy::hostsAreBoldWithStateAndDemoMark()
{
    m_factory->add(QStringLiteral("test:///demo-a"), Fixtures::gpuHost(QStringLiteral("demo-a")));
    const QString demo =
        m_inventory->addHost(QStringLiteral("test:///demo-a"), QStringLiteral("Demo A"), true);
    QTRY_COMPARE(m_inventory->loadedHostCount(), 2);
    ClusterTreeModel model(m_inventory.get());
    PresentationProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QModelIndex real = mapped(proxy, model.indexFor({ObjectRef::Kind::Host, m_host, {}}));
    const QModelIndex shown = mapped(proxy, model.indexFor({ObjectRef::Kind::Host, demo, {}}));
    QCOMPARE(real.data().toString(), QStringLiteral("gpu-node-01"));
    QCOMPARE(shown.data().toString(), QStringLiteral("Demo A (demo)"));
    QVERIFY(real.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!real.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(real.data(Qt::ToolTipRole).toString(), QStringLiteral("Connected"));
    const QModelIndex vm = mapped(proxy, model.indexFor({ObjectRef::Kind::Vm, m_host, Fixtures::vdi01}));
    QVERIFY(!vm.data(Qt::FontRole).isValid());
    QCOMPARE(vm.data(Qt::ToolTipRole).toString(), QStringLiteral("Running"));
    // The proxy adds looks only: the meaning passes through.
    QCOMPARE(shown.data(ObjectRoles::RefRole).value<ObjectRef>().hostId, demo);
}

void tst_PresentationProxy::lostHostShowsItsError()
{
    ClusterTreeModel model(m_inventory.get());
    PresentationProxy proxy;
    proxy.setSourceModel(&model);
    m_factory->connection(m_uri)->loseConnection(
        Error{QStringLiteral("Host unreachable"), QStringLiteral("ssh: connect to host: timeout"), 38}, 20);
    const QModelIndex host = mapped(proxy, model.indexFor({ObjectRef::Kind::Host, m_host, {}}));
    QTRY_VERIFY(host.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Host unreachable")));
    QVERIFY(host.data(Qt::ToolTipRole).toString().contains(QStringLiteral("20 second")));
    QVERIFY(host.data(Qt::ForegroundRole).isValid());
    QVERIFY(!host.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void tst_PresentationProxy::everyTreeRowHasAnIcon()
{
    ClusterTreeModel model(m_inventory.get());
    PresentationProxy proxy;
    proxy.setSourceModel(&model);
    int rows = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < proxy.rowCount(parent); ++r) {
            const QModelIndex i = proxy.index(r, 0, parent);
            QVERIFY2(!i.data(Qt::DecorationRole).value<QIcon>().isNull(), qPrintable(i.data().toString()));
            QVERIFY(!i.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull());
            ++rows;
            walk(i);
        }
    };
    walk({});
    QCOMPARE(rows, 17);
    const QModelIndex held =
        mapped(proxy, model.indexFor({ObjectRef::Kind::Mdev, m_host, Fixtures::sliceHeld}));
    QCOMPARE(held.data(Qt::ToolTipRole).toString(), QStringLiteral("Held by vdi-01"));
}

void tst_PresentationProxy::vmTableRows()
{
    VmTableModel model(m_inventory.get());
    PresentationProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex vm = mapped(proxy, model.indexFor({ObjectRef::Kind::Vm, m_host, Fixtures::vdi01}));
    QVERIFY(!vm.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!vm.siblingAtColumn(VmTableModel::StateColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(vm.siblingAtColumn(VmTableModel::MemoryColumn).data().toString(), QStringLiteral("8 GiB"));
}

QTEST_MAIN(tst_PresentationProxy)
#include "tst_presentationproxy.moc"
