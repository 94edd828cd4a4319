// The Licences tab on the demo cluster with its in-process agents: the registry as the operator sees it,
// demand per edition, warnings and unlicensed guests from the agents' NVML facts, adding a server through
// the dialog (saved and audited), a real probe, token import and a token push run as an audited plan.
// With GPUVIRT_SCREENSHOT_DIR set it saves the tab at two sizes (GPUVIRT_SCREENSHOT_LANG=zh_CN for Chinese).
#include "agent/agenthub.h"
#include "agent/agentlink.h"
#include "agent/agentlinkactions.h"
#include "assign/auditlog.h"
#include "assign/planrunner.h"
#include "core/translations.h"
#include "demo/demoagents.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "licencepanel.h"
#include "licenceserverdialog.h"
#include "licenceusagechart.h"
#include "licensing/licencecontroller.h"
#include "licensing/tokenpush.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "security/identity.h"
#include "security/pinstore.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

namespace {
QStringList column(QTableWidget *t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out.append(t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

QStringList texts(QListWidget *l)
{
    QStringList out;
    for (int i = 0; i < l->count(); ++i)
        out.append(l->item(i)->text());
    return out;
}

QByteArray tokenBytes()
{
    auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject claims{
        {QStringLiteral("iss"), QStringLiteral("NLS Service Instance")},
        {QStringLiteral("aud"), QStringLiteral("NLS Licensed Client")},
        {QStringLiteral("iat"), 1714730100},
        {QStringLiteral("exp"), 2029000000},
        {QStringLiteral("service_instance_configuration"),
         QJsonObject{{QStringLiteral("nls_service_instance_ref"), QStringLiteral("b43d6e46")}}}};
    return part({{QStringLiteral("alg"), QStringLiteral("RS256")}}) + '.' + part(claims) + '.' +
           QByteArray(64, 'x');
}
} // namespace

class TestLicencePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void demoRegistryDemandAndWarnings();
    void dialogRefusesUntilValid();
    void addedServerIsSavedAuditedAndProbed();
    void tokenImportAndPush();
    void screenshots();

private:
    void openDemo();
    LicencePanel *panel() const { return m_window->licencePanel(); }

    std::unique_ptr<LibvirtEventLoop> m_loop;
    std::unique_ptr<LibvirtConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<AuditLog> m_audit;
    std::unique_ptr<PinStore> m_pins;
    std::unique_ptr<AgentHub> m_agents;
    std::unique_ptr<DemoAgents> m_demoAgents;
    std::unique_ptr<PlanRunner> m_runner;
    std::unique_ptr<LicenceController> m_licences;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_demoDir;
    QList<DemoCluster::Host> m_hosts;
};

void TestLicencePanel::initTestCase()
{
    m_loop = std::make_unique<LibvirtEventLoop>();
    auto hosts = DemoCluster::extract(m_demoDir.path());
    QVERIFY(hosts.ok());
    m_hosts = hosts.value();
}

void TestLicencePanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    LibvirtWorker::Options options;
    options.maxBackoffSeconds = 1;
    m_factory = std::make_unique<LibvirtConnectionFactory>(m_loop.get(), options);
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_workspace = std::make_unique<Workspace>(m_dir->filePath(QStringLiteral("ws.json")));
    m_audit = std::make_shared<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    auto identity = createIdentity(QStringLiteral("tst_licencepanel"));
    QVERIFY(identity.ok());
    m_pins = std::make_unique<PinStore>(m_dir->filePath(QStringLiteral("pins.json")));
    m_agents = std::make_unique<AgentHub>(m_inventory.get(), identity.value(), m_pins.get());
    m_runner = std::make_unique<PlanRunner>(m_inventory.get(), m_audit, QStringLiteral("alice@ws-17"));
    connect(m_agents.get(), &AgentHub::attached, m_runner.get(),
            [this](const QString &hostId, AgentLink *link) {
                m_runner->setAgentActions(hostId, std::make_shared<LinkAgentActions>(link));
            });
    m_demoAgents = std::make_unique<DemoAgents>(m_inventory.get(), m_agents.get());
    LicenceController::Options lo;
    lo.recomputeDelayMs = 10;
    m_licences = std::make_unique<LicenceController>(m_inventory.get(), m_workspace.get(), m_audit,
                                                     QStringLiteral("alice@ws-17"), lo);
    m_window = std::make_unique<MainWindow>(m_inventory.get(), m_workspace.get(), [this] { openDemo(); });
    m_window->setAgentHub(m_agents.get());
    m_window->setAssignment(m_runner.get(), m_audit);
    m_window->setLicensing(m_licences.get(), m_runner.get());
    m_window->resize(1400, 900);
    m_window->show();
}

void TestLicencePanel::cleanup()
{
    m_window.reset();
    m_licences.reset();
    m_runner.reset();
    m_demoAgents.reset();
    m_agents.reset();
    m_pins.reset();
    m_inventory.reset();
    m_factory.reset();
}

void TestLicencePanel::openDemo()
{
    m_licences->addDemoServers(DemoCluster::licenceServers(QDate::currentDate()));
    for (const auto &h : m_hosts) {
        const QString id = m_inventory->addHost(h.uri, h.name, true);
        m_inventory->setAgentFacts(id, h.facts);
        m_demoAgents->add(id);
    }
}

void TestLicencePanel::demoRegistryDemandAndWarnings()
{
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(panel())), QStringLiteral("Licences"));
    QSignalSpy loaded(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(loaded.wait(20000));
    tabs->setCurrentWidget(panel());

    QCOMPARE(column(panel()->serverTable(), 0),
             (QStringList{QStringLiteral("dls-hq (demo)"), QStringLiteral("cls-cloud (demo)"),
                          QStringLiteral("legacy-lab (demo)")}));
    QCOMPARE(column(panel()->serverTable(), 2).last(), QStringLiteral("Legacy licence server"));
    for (const QString &s : column(panel()->serverTable(), 1))
        QCOMPARE(s, QStringLiteral("Demo (not probed)"));
    QVERIFY(panel()->details()->toPlainText().contains(QStringLiteral("does not probe it over the network")));

    // Demand per edition once the hosts are in.
    QTRY_VERIFY_WITH_TIMEOUT(panel()->editionTable()->rowCount() == 4 &&
                                 panel()->editionTable()->item(1, 3)->text().toInt() > 0,
                             10000);
    QCOMPARE(column(panel()->editionTable(), 0),
             (QStringList{QStringLiteral("vApps"), QStringLiteral("vPC"), QStringLiteral("RTX vWS"),
                          QStringLiteral("vCS")}));
    // Entitlements shown as the demo registers them (vPC 48 on dls-hq; the legacy 4 expired).
    QCOMPARE(panel()->editionTable()->item(1, 5)->text(), QStringLiteral("48"));

    const QStringList warnings = texts(panel()->warningList());
    QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("on legacy-lab expired on")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY(warnings.join(u'\n').contains(QStringLiteral("on dls-hq expire on")));

    // The agents' NVML facts: the demo always has unlicensed guests.
    QTRY_VERIFY_WITH_TIMEOUT(column(panel()->guestTable(), 3).contains(QStringLiteral("Unlicensed")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        texts(panel()->warningList()).join(u'\n').contains(QStringLiteral("runs unlicensed")), 5000);
    // The chart has lines for the editions in use once a sample is taken.
    m_licences->sampleNow();
    QVERIFY(panel()->chart()->seriesCount() >= 6);
}

void TestLicencePanel::dialogRefusesUntilValid()
{
    LicenceServerDialog d;
    QPushButton *ok = d.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(d.problemLabel()->text().contains(QStringLiteral("needs a name")));
    d.nameEdit()->setText(QStringLiteral("dls-lab"));
    d.addressEdit()->setText(QStringLiteral("dls lab"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(d.problemLabel()->text().contains(QStringLiteral("neither a host name nor an IP address")));
    d.addressEdit()->setText(QStringLiteral("dls.lab.example"));
    QVERIFY(ok->isEnabled());
    // The port follows the kind.
    d.kindBox()->setCurrentIndex(d.kindBox()->findData(int(LicenceServerKind::Legacy)));
    QCOMPARE(d.portBox()->value(), 7070);
    d.countBox(LicenseEdition::VPC)->setValue(25);
    d.expiresBox(LicenseEdition::VPC)->setChecked(true);
    d.expiryEdit(LicenseEdition::VPC)->setDate(QDate(2027, 6, 30));
    d.poolsEdit()->setText(QStringLiteral("vdi-pool-a-*, vdi-pool-b-*"));
    const LicenceServer s = d.server();
    QCOMPARE(s.kind, LicenceServerKind::Legacy);
    QCOMPARE(s.pools, (QStringList{QStringLiteral("vdi-pool-a-*"), QStringLiteral("vdi-pool-b-*")}));
    QCOMPARE(s.entitlements, (QList<Entitlement>{{LicenseEdition::VPC, 25, QDate(2027, 6, 30)}}));
    LicenceServerDialog again;
    again.setServer(s);
    QCOMPARE(again.server(), s);
}

void TestLicencePanel::addedServerIsSavedAuditedAndProbed()
{
    QTcpServer legacy;
    QVERIFY(legacy.listen(QHostAddress::LocalHost));
    LicenceServer s;
    s.name = QStringLiteral("legacy-local");
    s.kind = LicenceServerKind::Legacy;
    s.address = QStringLiteral("127.0.0.1");
    s.port = legacy.serverPort();
    s.entitlements = {{LicenseEdition::VPC, 10, {}}};
    // The dialog is modal: fill it once it shows.
    QTimer::singleShot(0, this, [s] {
        auto *d = qobject_cast<LicenceServerDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->setServer(s);
        d->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    panel()->addServer();
    QCOMPARE(column(panel()->serverTable(), 0), QStringList{QStringLiteral("legacy-local")});
    QTRY_VERIFY_WITH_TIMEOUT(
        column(panel()->serverTable(), 1).first().startsWith(QStringLiteral("Reachable in")), 10000);
    // Saved in the workspace, recorded in the audit log.
    Workspace reread(m_workspace->path());
    QVERIFY(reread.load().ok());
    QCOMPARE(reread.licenceServers(), QList<LicenceServer>{s});
    const auto records = m_audit->read();
    QVERIFY(records.ok());
    QCOMPARE(records->records.last().action, QStringLiteral("licence-server-add"));
    QCOMPARE(records->records.last().operatorIdentity, QStringLiteral("alice@ws-17"));
    // A second server of the same name is refused with the reason.
    QCOMPARE(m_licences->addServer(s).ok(), false);
    // Removing it (confirmed) empties the table and the saved registry.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    panel()->selectServer(s.name);
    panel()->removeServer();
    QCOMPARE(panel()->serverTable()->rowCount(), 0);
    QVERIFY(reread.load().ok());
    QVERIFY(reread.licenceServers().isEmpty());
}

void TestLicencePanel::tokenImportAndPush()
{
    QSignalSpy loaded(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(loaded.wait(20000));
    QVERIFY(!panel()->pushButton()->isEnabled());
    const QString bad = m_dir->filePath(QStringLiteral("notes.tok"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("licence server: dls.example.com\n");
    f.close();
    panel()->importToken(bad);
    QVERIFY2(
        panel()->messageBar()->text().startsWith(QStringLiteral("This is not a client configuration token")),
        qPrintable(panel()->messageBar()->text()));
    QVERIFY(!panel()->token());

    const QString good = m_dir->filePath(QStringLiteral("client_configuration_token_03-05-24-10-15-00.tok"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(tokenBytes());
    g.close();
    panel()->importToken(good);
    QVERIFY(panel()->token());
    QVERIFY(panel()->tokenLabel()->text().contains(QStringLiteral("Issuer: NLS Service Instance")));
    QVERIFY(panel()->tokenLabel()->text().contains(QStringLiteral("not verified by the console")));
    QVERIFY(panel()->pushButton()->isEnabled());

    // The push as a plan on a demo host's agent: into a directory it does not allow, refused and audited.
    QString hostId;
    for (const QString &id : m_inventory->hostIds())
        if (m_inventory->host(id)->displayName == u"vdi-a16-01")
            hostId = id;
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory->host(hostId)->agent.state == AgentStatus::State::Connected, 30000);
    QSignalSpy finished(m_runner.get(), &PlanRunner::finished);
    QVERIFY(m_runner->execute(TokenPush::plan(hostId, QStringLiteral("vdi-a16-01"), QStringLiteral("/etc"),
                                              QStringLiteral("client.tok"), *panel()->token())));
    QVERIFY(finished.wait(30000));
    const PlanReport report = finished.first().first().value<PlanReport>();
    QVERIFY(!report.applied());
    QVERIFY2(report.error.toString().contains(QStringLiteral("not a directory this agent allows")),
             qPrintable(report.error.toString()));
    const auto records = m_audit->read();
    QVERIFY(records.ok());
    QCOMPARE(records->records.last().action, QStringLiteral("push-token"));
    const QJsonObject step =
        records->records.last().json.value(QStringLiteral("steps")).toArray().first().toObject();
    QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("push-token"));
    QCOMPARE(step.value(QStringLiteral("directory")).toString(), QStringLiteral("/etc"));
    QCOMPARE(step.value(QStringLiteral("sha256")).toString().size(), 64);
    QVERIFY(!records->records.last().json.contains(QStringLiteral("content")));
}

void TestLicencePanel::screenshots()
{
    const QString dir = qEnvironmentVariable("GPUVIRT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GPUVIRT_SCREENSHOT_DIR to save screenshots of the Licences tab");
    const QString lang = qEnvironmentVariable("GPUVIRT_SCREENSHOT_LANG", QStringLiteral("en"));
    if (lang != u"en") {
        Translations::install(*QCoreApplication::instance(), lang);
        cleanup();
        init();
    }
    QSignalSpy loaded(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(loaded.wait(20000));
    const auto reported = [this] {
        for (const QString &id : m_inventory->hostIds())
            if (!m_inventory->host(id)->agent.factsLoaded)
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(reported(), 60000);
    m_licences->recomputeNow();
    // An hour of history for the chart, a sample every five minutes.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 12; i >= 0; --i)
        m_licences->sampleNow(now.addSecs(-300 * i));
    m_window->tabs()->setCurrentWidget(panel());
    for (const QSize size : {QSize(1600, 1000), QSize(1000, 700)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(
            QStringLiteral("%1/%2-licences-%3x%4.png").arg(dir, lang).arg(size.width()).arg(size.height())));
    }
    LicenceServerDialog d(m_window.get());
    d.setServer(m_licences->servers().first());
    d.show();
    QCoreApplication::processEvents();
    QVERIFY(d.grab().save(QStringLiteral("%1/%2-licence-server-dialog.png").arg(dir, lang)));
}

QTEST_MAIN(TestLicencePanel)
#include "tst_licencepanel.moc"
