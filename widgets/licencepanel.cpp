#include "licencepanel.h"

#include "assign/planrunner.h"
#include "inventory/inventory.h"
#include "licenceserverdialog.h"
#include "licenceusagechart.h"
#include "licensing/licencecontroller.h"
#include "licensing/tokenpush.h"
#include "messagebar.h"
#include "model/labels.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QTableWidget *table(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setAccessibleName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *item(const QString &text, const QString &tip = {})
{
    auto *i = new QTableWidgetItem(text);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    return i;
}

QTableWidgetItem *number(int n)
{
    auto *i = new QTableWidgetItem(QString::number(n));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QLabel *title(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QString entitlementText(const LicenceServer &s)
{
    QStringList parts;
    for (const Entitlement &e : s.entitlements)
        parts.append(e.expires.isValid()
                         ? LicencePanel::tr("%1 %2 (until %3)")
                               .arg(Labels::editionText(e.edition))
                               .arg(e.count)
                               .arg(e.expires.toString(Qt::ISODate))
                         : LicencePanel::tr("%1 %2").arg(Labels::editionText(e.edition)).arg(e.count));
    return parts.join(QStringLiteral(", "));
}

QString servesText(const LicenceServer &s)
{
    if (s.servesEverything())
        return LicencePanel::tr("All guests");
    return (s.hosts + s.pools + s.vms).join(QStringLiteral(", "));
}

QColor stateColour(const LicenceProbeResult &r)
{
    if (r.state == LicenceProbeResult::State::Demo || r.state == LicenceProbeResult::State::NotProbed)
        return {};
    if (r.healthy())
        return QColor(0x2e, 0x8b, 0x3e);
    return r.reachable() ? QColor(0xc0, 0x7a, 0x00) : QColor(0xc0, 0x30, 0x30);
}

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

LicencePanel::LicencePanel(LicenceController *controller, Inventory *inventory, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_inventory(inventory)
{
    buildViews();
    connect(m_controller, &LicenceController::serversChanged, this, &LicencePanel::showServers);
    connect(m_controller, &LicenceController::probeChanged, this, [this](const QString &name) {
        showServers();
        if (name == selectedServer())
            showDetails();
    });
    connect(m_controller->monitor(), &LicenceMonitor::probeStarted, this, [this] { showServers(); });
    connect(m_controller, &LicenceController::demandChanged, this, &LicencePanel::showDemand);
    retranslate();
    showServers();
    showDemand();
    showToken();
}

LicencePanel::~LicencePanel() = default;

void LicencePanel::buildViews()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_probe = new QPushButton(this);
    m_import = new QPushButton(this);
    m_push = new QPushButton(this);
    for (QPushButton *b : {m_add, m_edit, m_remove, m_probe})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_push);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &LicencePanel::addServer);
    connect(m_edit, &QPushButton::clicked, this, &LicencePanel::editServer);
    connect(m_remove, &QPushButton::clicked, this, &LicencePanel::removeServer);
    connect(m_probe, &QPushButton::clicked, this, &LicencePanel::probeSelected);
    connect(m_import, &QPushButton::clicked, this, [this] { importToken(); });
    connect(m_push, &QPushButton::clicked, this, &LicencePanel::pushToken);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    m_servers = table(top, tr("Licence servers"));
    m_servers->setColumnCount(6);
    connect(m_servers, &QTableWidget::itemSelectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_servers, &QTableWidget::cellDoubleClicked, this, &LicencePanel::editServer);
    m_details = new QTextBrowser(top);
    m_details->setAccessibleName(tr("Probe details"));
    top->addWidget(m_servers);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *middle = new QSplitter(Qt::Horizontal, vertical);
    auto *editionBox = new QWidget(middle);
    auto *editionLayout = new QVBoxLayout(editionBox);
    editionLayout->setContentsMargins(0, 0, 0, 0);
    m_editionsTitle = title(editionBox);
    m_editions = table(editionBox, tr("Demand per edition"));
    m_editions->setColumnCount(6);
    m_editions->setSelectionMode(QAbstractItemView::NoSelection);
    m_editions->horizontalHeader()->setStretchLastSection(false);
    editionLayout->addWidget(m_editionsTitle);
    editionLayout->addWidget(m_editions);
    auto *warnBox = new QWidget(middle);
    auto *warnLayout = new QVBoxLayout(warnBox);
    warnLayout->setContentsMargins(0, 0, 0, 0);
    m_warningsTitle = title(warnBox);
    m_warnings = new QListWidget(warnBox);
    m_warnings->setAccessibleName(tr("Licence warnings"));
    m_warnings->setWordWrap(true);
    warnLayout->addWidget(m_warningsTitle);
    warnLayout->addWidget(m_warnings);
    middle->addWidget(editionBox);
    middle->addWidget(warnBox);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, vertical);
    auto *guestBox = new QWidget(bottom);
    auto *guestLayout = new QVBoxLayout(guestBox);
    guestLayout->setContentsMargins(0, 0, 0, 0);
    m_guestsTitle = title(guestBox);
    m_guests = table(guestBox, tr("Unlicensed or expiring guests"));
    m_guests->setColumnCount(5);
    guestLayout->addWidget(m_guestsTitle);
    guestLayout->addWidget(m_guests);
    m_tokenTitle = title(guestBox);
    m_tokenLabel = new QLabel(guestBox);
    m_tokenLabel->setWordWrap(true);
    m_tokenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenLabel->setAccessibleName(tr("Client configuration token"));
    guestLayout->addWidget(m_tokenTitle);
    guestLayout->addWidget(m_tokenLabel);
    m_chart = new LicenceUsageChart(m_controller, bottom);
    bottom->addWidget(guestBox);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);

    vertical->addWidget(top);
    vertical->addWidget(middle);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 2);
    vertical->setStretchFactor(2, 3);
    layout->addWidget(vertical, 1);
}

void LicencePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showServers();
        showDetails();
        showDemand();
        showToken();
    }
}

void LicencePanel::retranslate()
{
    m_add->setText(tr("&Add…", "@action:button licence server"));
    m_edit->setText(tr("&Edit…", "@action:button licence server"));
    m_remove->setText(tr("&Remove", "@action:button licence server"));
    m_probe->setText(tr("&Probe Now"));
    m_import->setText(tr("&Import Token…"));
    m_push->setText(tr("P&ush Token to Host…"));
    m_servers->setHorizontalHeaderLabels(
        {tr("Name"), tr("Status"), tr("Kind"), tr("Address"), tr("Serves"), tr("Entitlements")});
    m_editions->setHorizontalHeaderLabels(
        {tr("Edition"), tr("In use"), tr("Licensed"), tr("Assigned"), tr("With preview"), tr("Entitled")});
    m_guests->setHorizontalHeaderLabels(
        {tr("VM"), tr("Host"), tr("Edition"), tr("Licence"), tr("Lease ends")});
    m_editionsTitle->setText(tr("Demand against entitlement"));
    m_warningsTitle->setText(tr("Warnings"));
    m_guestsTitle->setText(tr("Unlicensed or expiring guests"));
    m_tokenTitle->setText(tr("Client configuration token"));
}

QString LicencePanel::selectedServer() const
{
    const auto rows = m_servers->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_servers->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void LicencePanel::selectServer(const QString &name)
{
    for (int r = 0; r < m_servers->rowCount(); ++r)
        if (m_servers->item(r, 0)->data(Qt::UserRole).toString() == name)
            m_servers->selectRow(r);
}

void LicencePanel::showServers()
{
    const QString selected = selectedServer();
    const QList<LicenceServer> servers = m_controller->servers();
    QSignalBlocker block(m_servers);
    m_servers->setRowCount(int(servers.size()));
    for (int r = 0; r < servers.size(); ++r) {
        const LicenceServer &s = servers[r];
        const LicenceProbeResult p = m_controller->probe(s.name);
        auto *name = item(s.demo ? tr("%1 (demo)").arg(s.name) : s.name);
        name->setData(Qt::UserRole, s.name);
        m_servers->setItem(r, 0, name);
        const bool probing = m_controller->monitor()->isProbing(s.name);
        auto *status = item(probing ? tr("Probing…") : p.summary(), p.error.toString());
        if (const QColor c = stateColour(p); c.isValid() && !probing)
            status->setForeground(c);
        m_servers->setItem(r, 1, status);
        m_servers->setItem(r, 2, item(LicenceServer::kindText(s.kind)));
        m_servers->setItem(r, 3, item(QStringLiteral("%1:%2").arg(s.address).arg(s.port)));
        m_servers->setItem(r, 4, item(servesText(s), servesText(s)));
        m_servers->setItem(r, 5, item(entitlementText(s), entitlementText(s)));
    }
    m_servers->resizeColumnsToContents();
    for (int c = 0; c < 5; ++c)
        m_servers->setColumnWidth(c, std::min(m_servers->columnWidth(c), 220));
    if (!selected.isEmpty())
        selectServer(selected);
    else if (!servers.isEmpty())
        m_servers->selectRow(0);
    block.unblock();
    showDetails();
    updateButtons();
}

void LicencePanel::showDetails()
{
    const LicenceServer *s = m_controller->server(selectedServer());
    if (!s) {
        m_details->setHtml(tr("<p>Select a licence server to see what its last probe found.</p>"));
        return;
    }
    const LicenceProbeResult p = m_controller->probe(s->name);
    QString h = QStringLiteral("<h3>%1</h3>").arg(html(s->name));
    h += p.summary() == p.stateText()
             ? QStringLiteral("<p><b>%1</b></p>").arg(html(p.stateText()))
             : QStringLiteral("<p><b>%1</b> — %2</p>").arg(html(p.stateText()), html(p.summary()));
    auto row = [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html(k), html(v));
    };
    h += QStringLiteral("<table cellspacing=\"4\">");
    row(tr("Address"), QStringLiteral("%1:%2").arg(s->address).arg(s->port));
    if (p.state == LicenceProbeResult::State::Demo)
        row(tr("Note"), tr("A demo server: the console does not probe it over the network."));
    if (p.probedAt.isValid())
        row(tr("Probed"), QLocale().toString(p.probedAt.toLocalTime(), QLocale::ShortFormat));
    if (!p.error.isNull() && !p.error.detail.isEmpty())
        row(tr("Detail"), p.error.detail);
    if (p.rttMs >= 0)
        row(tr("Round trip"), tr("%1 ms").arg(p.rttMs));
    if (p.tls && p.certificate) {
        row(tr("TLS"), p.tlsProtocol);
        row(tr("Subject"), p.certificate->subject);
        row(tr("Issuer"), p.certificate->issuer);
        row(tr("Names"), p.certificate->sans.join(QStringLiteral(", ")));
        row(tr("Valid"), tr("%1 to %2")
                             .arg(p.certificate->notBefore.date().toString(Qt::ISODate),
                                  p.certificate->notAfter.date().toString(Qt::ISODate)));
        row(tr("Chain"), p.chainValid
                             ? tr("Valid, trusted by %1")
                                   .arg(p.trustedBy == u"system" ? tr("the system store") : p.trustedBy)
                             : p.chainErrors.join(QStringLiteral("; ")));
        row(tr("Host name"),
            p.hostnameMatches ? tr("Matches the certificate") : tr("Not in the certificate"));
        row(tr("SHA-256"), p.certificate->fingerprint);
    }
    if (const int failures = m_controller->monitor()->failures(s->name); failures > 0)
        row(tr("Next probe"), tr("in %n second(s), after %1 failed probes", nullptr,
                                 m_controller->monitor()->nextDelayMs(s->name) / 1000)
                                  .arg(failures));
    h += QStringLiteral("</table>");
    m_details->setHtml(h);
}

void LicencePanel::showDemand()
{
    const LicenceDemand &d = m_controller->demand();
    m_editions->setRowCount(int(d.fleet.size()));
    int r = 0;
    for (auto it = d.fleet.cbegin(); it != d.fleet.cend(); ++it, ++r) {
        const EditionCount &c = it.value();
        auto *edition = item(Labels::editionText(it.key()), Labels::editionFullText(it.key()));
        m_editions->setItem(r, 0, edition);
        m_editions->setItem(r, 1, number(c.running));
        m_editions->setItem(r, 2, number(c.licensed));
        m_editions->setItem(r, 3, number(c.assigned));
        m_editions->setItem(r, 4, number(c.assigned + c.planned));
        auto *entitled = number(c.entitled);
        if (c.overSubscribed() || c.overSubscribedWithPreview()) {
            entitled->setForeground(QColor(0xc0, 0x30, 0x30));
            entitled->setToolTip(c.overSubscribed()
                                     ? tr("More guests hold a vGPU of this edition than it is entitled to")
                                     : tr("The scheduler preview would exceed the entitlement"));
        }
        m_editions->setItem(r, 5, entitled);
    }
    m_editions->resizeColumnsToContents();

    m_warnings->clear();
    for (const LicenceWarning &w : d.warnings) {
        auto *i = new QListWidgetItem(
            style()->standardIcon(w.critical ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            w.text, m_warnings);
        i->setData(Qt::UserRole, w.kindKey());
    }
    if (d.warnings.isEmpty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                            tr("Nothing to worry about: every guest is served and entitled."), m_warnings);

    const QList<LicenceGuest> guests = d.unlicensedOrExpiring();
    m_guests->setRowCount(int(guests.size()));
    for (int g = 0; g < guests.size(); ++g) {
        const LicenceGuest &x = guests[g];
        m_guests->setItem(g, 0, item(x.vmName, x.vmUuid));
        m_guests->setItem(g, 1, item(x.host));
        m_guests->setItem(g, 2, item(Labels::editionText(x.edition)));
        auto *state = item(x.unlicensed() ? tr("Unlicensed") : tr("Licensed"), licenseStateKey(*x.state));
        if (x.unlicensed())
            state->setForeground(QColor(0xc0, 0x30, 0x30));
        m_guests->setItem(g, 3, state);
        m_guests->setItem(g, 4,
                          item(x.leaseExpiry.isValid()
                                   ? QLocale().toString(x.leaseExpiry.toLocalTime(), QLocale::ShortFormat)
                                   : QString()));
    }
    m_guests->resizeColumnsToContents();
}

void LicencePanel::showToken()
{
    if (!m_token) {
        m_tokenLabel->setText(
            tr("No token imported. Import the client_configuration_token_*.tok file you "
               "downloaded from the licence server, then push it to a host for its guests."));
        updateButtons();
        return;
    }
    const ClientToken &t = *m_token;
    QStringList lines;
    lines << tr("File: %1 (%n byte(s))", nullptr, int(t.content.size()))
                 .arg(t.fileName.isEmpty() ? tr("(unnamed)") : t.fileName);
    if (!t.issuer.isEmpty())
        lines << tr("Issuer: %1; audience: %2").arg(t.issuer, t.audience);
    if (t.issuedAt.isValid())
        lines << tr("Issued: %1").arg(t.issuedAt.toString(Qt::ISODate));
    if (t.expires.isValid())
        lines << (t.expiredAt(QDateTime::currentDateTimeUtc()) ? tr("Expired: %1") : tr("Expires: %1"))
                     .arg(t.expires.toString(Qt::ISODate));
    if (!t.serviceInstance.isEmpty())
        lines << tr("Service instance: %1").arg(t.serviceInstance);
    if (!t.urls.isEmpty())
        lines << tr("Points guests at: %1").arg(t.urls.join(QStringLiteral(", ")));
    lines << tr("Signature: %1, not verified by the console").arg(t.algorithm);
    m_tokenLabel->setText(lines.join(u'\n'));
    updateButtons();
}

void LicencePanel::updateButtons()
{
    const bool selected = !selectedServer().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_probe->setEnabled(selected);
    m_push->setEnabled(m_token.has_value() && m_runner);
    m_push->setToolTip(!m_runner ? tr("Token pushes need host agents")
                       : m_token ? QString()
                                 : tr("Import a token first"));
}

void LicencePanel::setPlanRunner(PlanRunner *runner)
{
    m_runner = runner;
    updateButtons();
}

void LicencePanel::addServer()
{
    LicenceServerDialog dialog(this);
    dialog.setWindowTitle(tr("Add Licence Server"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_controller->addServer(dialog.server()); !s)
        m_message->show(MessageBar::Kind::Error, s.error());
    else
        selectServer(dialog.server().name);
}

void LicencePanel::editServer()
{
    const LicenceServer *s = m_controller->server(selectedServer());
    if (!s)
        return;
    const QString name = s->name;
    LicenceServerDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Licence Server"));
    dialog.setServer(*s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status st = m_controller->editServer(name, dialog.server()); !st)
        m_message->show(MessageBar::Kind::Error, st.error());
    else
        selectServer(dialog.server().name);
}

void LicencePanel::removeServer()
{
    const QString name = selectedServer();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove Licence Server"),
                              tr("Remove the licence server %1 from the registry? Its guests keep their "
                                 "leases; the console stops watching it.")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    if (Status s = m_controller->removeServer(name); !s)
        m_message->show(MessageBar::Kind::Error, s.error());
}

void LicencePanel::probeSelected()
{
    const QString name = selectedServer();
    if (!name.isEmpty())
        m_controller->probeNow(name);
}

void LicencePanel::importToken(const QString &givenPath)
{
    const QString path =
        givenPath.isEmpty()
            ? QFileDialog::getOpenFileName(this, tr("Import Client Configuration Token"), {},
                                           tr("Client configuration tokens (*.tok);;All files (*)"))
            : givenPath;
    if (path.isEmpty())
        return;
    Result<ClientToken> t = ClientToken::read(path);
    if (!t) {
        m_message->show(MessageBar::Kind::Error, t.error());
        return;
    }
    m_token = t.value();
    showToken();
    if (m_token->expiredAt(QDateTime::currentDateTimeUtc()))
        m_message->show(MessageBar::Kind::Warning,
                        Error{tr("The token expired on %1; guests will not accept it")
                                  .arg(m_token->expires.toString(Qt::ISODate)),
                              {}});
}

void LicencePanel::pushToken()
{
    if (!m_token || !m_runner)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Push Token to Host"));
    auto *form = new QFormLayout;
    auto *host = new QComboBox(&dialog);
    for (const QString &id : m_inventory->hostIds()) {
        const Inventory::Host *h = m_inventory->host(id);
        if (h && h->agent.state == AgentStatus::State::Connected)
            host->addItem(h->displayName, id);
    }
    auto *dir = new QLineEdit(TokenPush::defaultDirectory(), &dialog);
    auto *file = new QLineEdit(m_token->fileName.isEmpty() ? QStringLiteral("client_configuration_token.tok")
                                                           : m_token->fileName,
                               &dialog);
    form->addRow(tr("&Host:"), host);
    form->addRow(tr("&Directory:"), dir);
    form->addRow(tr("&File name:"), file);
    auto *preview = new QLabel(&dialog);
    preview->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *run = buttons->addButton(tr("&Push"), QDialogButtonBox::AcceptRole);
    auto update = [&] {
        preview->setText(
            host->count() == 0
                ? tr("No host has a connected agent.")
                : tr("The host's agent writes the token (%n byte(s), SHA-256 %1…) as %2 in %3, "
                     "replacing a file of that name at once. The agent must allow that directory "
                     "(gpuvirt-agent --token-dir). The push is recorded in the audit log.",
                     nullptr, int(m_token->content.size()))
                      .arg(m_token->sha256().left(12), file->text(), dir->text()));
        run->setEnabled(host->count() > 0 && !dir->text().trimmed().isEmpty() &&
                        !file->text().trimmed().isEmpty());
    };
    connect(dir, &QLineEdit::textChanged, &dialog, update);
    connect(file, &QLineEdit::textChanged, &dialog, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(preview);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString hostId = host->currentData().toString();
    const AssignmentPlan plan =
        TokenPush::plan(hostId, host->currentText(), dir->text().trimmed(), file->text().trimmed(), *m_token);
    if (!m_runner->execute(plan))
        m_message->show(
            MessageBar::Kind::Error,
            Error{
                tr("%1 is busy with another plan; try again when it has finished.").arg(host->currentText()),
                {}});
}
