// The .deb packages as an offline site gets them: CPack builds them from this build tree, dpkg installs
// them into a scratch root (maintainer scripts included, without chroot), and the installed programs run.
#include "../support/sanitized.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPackages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void controlFields();
    void installIntoScratchRoot();
    void programsRunFromTheRoot();
    void filesInPlace_data();
    void filesInPlace();
    void desktopAndAppStreamValidate();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    static Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {});
    QString field(const QString &deb, const QString &name) const;

    QTemporaryDir m_dir;
    QString m_consoleDeb, m_agentDeb, m_root;
    QByteArray m_installOutput;
};

TestPackages::Run TestPackages::run(const QString &program, const QStringList &args,
                                    const QProcessEnvironment &env)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(180000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString TestPackages::field(const QString &deb, const QString &name) const
{
    return QString::fromUtf8(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, name}).out)
        .trimmed();
}

void TestPackages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const Run r = run(QStringLiteral(GPUVIRT_CPACK),
                      {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                       QStringLiteral(GPUVIRT_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out});
    QVERIFY2(r.exitCode == 0, r.out.right(3000) + r.err.right(3000));
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files, QDir::Name);
    QCOMPARE(debs.size(), 2);
    const QString arch =
        QString::fromUtf8(run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out)
            .trimmed();
    const QString version = QStringLiteral(GPUVIRT_VERSION_TEXT);
    QCOMPARE(debs, (QStringList{QStringLiteral("gpuvirt-agent_%1_%2.deb").arg(version, arch),
                                QStringLiteral("gpuvirt-console_%1_%2.deb").arg(version, arch)}));
    m_agentDeb = out + u'/' + debs[0];
    m_consoleDeb = out + u'/' + debs[1];
    m_root = m_dir.filePath(QStringLiteral("root"));
}

void TestPackages::controlFields()
{
    QCOMPARE(field(m_consoleDeb, QStringLiteral("Package")), QStringLiteral("gpuvirt-console"));
    QCOMPARE(field(m_agentDeb, QStringLiteral("Package")), QStringLiteral("gpuvirt-agent"));
    QCOMPARE(field(m_consoleDeb, QStringLiteral("Version")), QStringLiteral(GPUVIRT_VERSION_TEXT));
    QCOMPARE(field(m_agentDeb, QStringLiteral("Version")), QStringLiteral(GPUVIRT_VERSION_TEXT));
    // Each package's own synopsis, then its description.
    QVERIFY(
        field(m_consoleDeb, QStringLiteral("Description")).startsWith(u"GPU virtualization console for KVM"));
    QVERIFY(
        field(m_agentDeb, QStringLiteral("Description")).startsWith(u"host agent of the GPU virtualization"));

    // What the programs link, as dpkg-shlibdeps found it, plus a CJK font for the Chinese interface.
    const QString console = field(m_consoleDeb, QStringLiteral("Depends"));
    for (const char *dep : {"libqt6widgets6", "libqt6charts6", "libqt6network6", "libvirt0", "libssl3",
                            "fonts-noto-cjk | fonts-wqy-microhei"})
        QVERIFY2(console.contains(QLatin1String(dep)),
                 qPrintable(dep + QStringLiteral(" missing in: ") + console));
    QVERIFY(field(m_consoleDeb, QStringLiteral("Recommends")).contains(u"qt6-translations-l10n"));

    // The agent runs on hosts without a desktop: no widgets, no libvirt, and no QtNetwork either (it speaks
    // TLS through OpenSSL itself: app/agent/CMakeLists.txt, backend/agent/tlsserver.h).
    const QString agent = field(m_agentDeb, QStringLiteral("Depends"));
    for (const char *dep : {"libqt6core6", "libssl3"})
        QVERIFY2(agent.contains(QLatin1String(dep)),
                 qPrintable(dep + QStringLiteral(" missing in: ") + agent));
#ifdef GPUVIRT_SANITIZED
    // A sanitizer's instrumentation keeps every object file's sections alive, so the section GC that keeps
    // QtNetwork and libvirt out of the agent cannot act there; the release build is what ships.
    for (const char *dep : {"libqt6widgets6", "libqt6gui6"})
#else
    for (const char *dep : {"libqt6widgets6", "libqt6gui6", "libqt6network6", "libvirt0"})
#endif
        QVERIFY2(!agent.contains(QLatin1String(dep)), qPrintable(dep + QStringLiteral(" in: ") + agent));
}

void TestPackages::installIntoScratchRoot()
{
    // An empty dpkg database in the scratch root; the maintainer scripts run outside a chroot and honour
    // DPKG_ROOT, so nothing is written to this machine's /var.
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/var/lib/dpkg/info")));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/var/lib/dpkg/updates")));
    QFile status(m_root + QStringLiteral("/var/lib/dpkg/status"));
    QVERIFY(status.open(QIODevice::WriteOnly));
    status.close();
    const Run r =
        run(QStringLiteral("dpkg"),
            {QStringLiteral("--root=") + m_root, QStringLiteral("--log=/dev/null"),
             QStringLiteral("--force-not-root"), QStringLiteral("--force-depends"),
             QStringLiteral("--force-script-chrootless"), QStringLiteral("-i"), m_consoleDeb, m_agentDeb});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    m_installOutput = r.out + r.err;
    for (const char *pkg : {"gpuvirt-console", "gpuvirt-agent"}) {
        const Run s = run(QStringLiteral("dpkg-query"),
                          {QStringLiteral("--admindir=") + m_root + QStringLiteral("/var/lib/dpkg"),
                           QStringLiteral("-W"), QStringLiteral("-f=${Status}"), QLatin1String(pkg)});
        QCOMPARE(QString::fromUtf8(s.out), QStringLiteral("install ok installed"));
    }
    // postinst made the agent's state directory, private, and said how to start the agent instead of
    // starting an agent that no console is enrolled on.
    const QFileInfo state(m_root + QStringLiteral("/var/lib/gpuvirt-agent"));
    QVERIFY(state.isDir());
    QCOMPARE(state.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY2(m_installOutput.contains("systemctl enable --now gpuvirt-agent"), m_installOutput);
}

void TestPackages::programsRunFromTheRoot()
{
    const Run ctl = run(m_root + QStringLiteral("/usr/bin/gpuvirtctl"), {QStringLiteral("--version")});
    QCOMPARE(ctl.exitCode, 0);
    QCOMPARE(ctl.out.trimmed(), QByteArray("gpuvirtctl " GPUVIRT_VERSION_TEXT));

    const Run agent = run(m_root + QStringLiteral("/usr/sbin/gpuvirt-agent"), {QStringLiteral("--help")});
    QCOMPARE(agent.exitCode, 0);
    QVERIFY2(agent.out.contains("--state-dir") && agent.out.contains("--enroll"), agent.out + agent.err);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run console =
        run(m_root + QStringLiteral("/usr/bin/gpuvirt-console"), {QStringLiteral("--version")}, env);
    QCOMPARE(console.exitCode, 0);
    QVERIFY2(console.out.contains(GPUVIRT_VERSION_TEXT), console.out + console.err);
}

void TestPackages::filesInPlace_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unit") << QStringLiteral("/usr/lib/systemd/system/gpuvirt-agent.service");
    QTest::newRow("desktop") << QStringLiteral("/usr/share/applications/org.gpuvirt.Console.desktop");
    QTest::newRow("metainfo") << QStringLiteral("/usr/share/metainfo/org.gpuvirt.Console.metainfo.xml");
    QTest::newRow("svg") << QStringLiteral("/usr/share/icons/hicolor/scalable/apps/org.gpuvirt.Console.svg");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("icon %d", size)
            << QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/org.gpuvirt.Console.png").arg(size);
    QTest::newRow("agent doc") << QStringLiteral("/usr/share/doc/gpuvirt-agent/agent-protocol.md");
}

void TestPackages::filesInPlace()
{
    QFETCH(QString, path);
    const QFileInfo f(m_root + path);
    QVERIFY2(f.isFile() && f.size() > 0, qPrintable(path));
    // dpkg knows which package owns it, so removing the package removes it.
    const Run owner = run(QStringLiteral("dpkg-query"),
                          {QStringLiteral("--admindir=") + m_root + QStringLiteral("/var/lib/dpkg"),
                           QStringLiteral("-S"), path});
    QVERIFY2(owner.exitCode == 0, owner.err);
    if (path.endsWith(u".service")) {
        QFile unit(f.filePath());
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QVERIFY(unit.readAll().contains("ExecStart=/usr/sbin/gpuvirt-agent "));
        QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/usr/sbin/gpuvirt-agent")));
    }
}

void TestPackages::desktopAndAppStreamValidate()
{
    // desktop-file-utils and appstream come with tools/setup-deps.
    const Run desktop = run(QStringLiteral("desktop-file-validate"),
                            {m_root + QStringLiteral("/usr/share/applications/org.gpuvirt.Console.desktop")});
    QVERIFY2(desktop.exitCode == 0, desktop.out + desktop.err + "(desktop-file-validate: tools/setup-deps)");
    const Run meta = run(QStringLiteral("appstreamcli"),
                         {QStringLiteral("validate"), QStringLiteral("--no-net"),
                          m_root + QStringLiteral("/usr/share/metainfo/org.gpuvirt.Console.metainfo.xml")});
    QVERIFY2(meta.exitCode == 0, meta.out + meta.err + "(appstreamcli: tools/setup-deps)");
    QFile metainfo(m_root + QStringLiteral("/usr/share/metainfo/org.gpuvirt.Console.metainfo.xml"));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QVERIFY(metainfo.readAll().contains("<release version=\"" GPUVIRT_VERSION_TEXT "\""));
}

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
