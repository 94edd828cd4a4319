#include "licenceserverdialog.h"

#include "model/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace {
QStringList split(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(u',', Qt::SkipEmptyParts))
        if (const QString t = p.trimmed(); !t.isEmpty())
            out.append(t);
    return out;
}
} // namespace

LicenceServerDialog::LicenceServerDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Licence Server"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    for (LicenceServerKind k : {LicenceServerKind::Dls, LicenceServerKind::Cls, LicenceServerKind::Legacy})
        m_kind->addItem(LicenceServer::kindText(k), int(k));
    form->addRow(tr("&Kind:"), m_kind);
    auto *where = new QHBoxLayout;
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("dls.example.com or 10.0.0.5"));
    m_address->setAccessibleName(tr("Address"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(443);
    m_port->setAccessibleName(tr("Port"));
    where->addWidget(m_address, 1);
    where->addWidget(new QLabel(tr("Port:"), this));
    where->addWidget(m_port);
    form->addRow(tr("&Address:"), where);
    m_hosts = new QLineEdit(this);
    m_hosts->setPlaceholderText(tr("host names, separated by commas"));
    form->addRow(tr("Serves &hosts:"), m_hosts);
    m_pools = new QLineEdit(this);
    m_pools->setPlaceholderText(tr("VM name patterns such as vdi-pool-a-*"));
    form->addRow(tr("Serves &pools:"), m_pools);
    m_vms = new QLineEdit(this);
    m_vms->setPlaceholderText(tr("VM names or UUIDs"));
    form->addRow(tr("Serves &VMs:"), m_vms);
    auto *ca = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("empty: the system's trusted CAs"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a PEM file with the CA certificate to trust"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Pinned CA certificate"), {},
                                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    ca->addWidget(m_caFile, 1);
    ca->addWidget(browse);
    form->addRow(tr("Pinned &CA:"), ca);

    auto *ents = new QGroupBox(tr("Entitlements"), this);
    auto *grid = new QGridLayout(ents);
    grid->addWidget(new QLabel(tr("Edition"), ents), 0, 0);
    grid->addWidget(new QLabel(tr("Licences"), ents), 0, 1);
    grid->addWidget(new QLabel(tr("Expires"), ents), 0, 2, 1, 2);
    int r = 1;
    for (LicenseEdition e : LicenceServer::editions()) {
        Row row{e, new QSpinBox(ents), new QCheckBox(tr("on"), ents), new QDateEdit(ents)};
        row.count->setRange(0, 100000);
        row.count->setAccessibleName(tr("%1 licences").arg(Labels::editionText(e)));
        row.date->setCalendarPopup(true);
        row.date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        row.date->setDate(QDate::currentDate().addYears(1));
        row.date->setEnabled(false);
        connect(row.expires, &QCheckBox::toggled, row.date, &QWidget::setEnabled);
        auto *label = new QLabel(Labels::editionText(e), ents);
        label->setToolTip(Labels::editionFullText(e));
        grid->addWidget(label, r, 0);
        grid->addWidget(row.count, r, 1);
        grid->addWidget(row.expires, r, 2);
        grid->addWidget(row.date, r, 3);
        m_rows.append(row);
        ++r;
    }
    grid->setColumnStretch(3, 1);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    QPalette pal = m_problems->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problems->setPalette(pal);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(ents);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    // The usual port follows the kind until the operator types another.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto k = LicenceServerKind(m_kind->currentData().toInt());
        if (m_port->value() == 443 || m_port->value() == 7070)
            m_port->setValue(LicenceServer::defaultPort(k));
        update();
    });
    for (QLineEdit *e : {m_name, m_address})
        connect(e, &QLineEdit::textChanged, this, &LicenceServerDialog::update);
    update();
    resize(560, sizeHint().height());
}

QSpinBox *LicenceServerDialog::countBox(LicenseEdition e) const
{
    for (const Row &r : m_rows)
        if (r.edition == e)
            return r.count;
    return nullptr;
}

QCheckBox *LicenceServerDialog::expiresBox(LicenseEdition e) const
{
    for (const Row &r : m_rows)
        if (r.edition == e)
            return r.expires;
    return nullptr;
}

QDateEdit *LicenceServerDialog::expiryEdit(LicenseEdition e) const
{
    for (const Row &r : m_rows)
        if (r.edition == e)
            return r.date;
    return nullptr;
}

void LicenceServerDialog::setServer(const LicenceServer &s)
{
    m_demo = s.demo;
    m_name->setText(s.name);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_address->setText(s.address);
    m_port->setValue(s.port);
    m_hosts->setText(s.hosts.join(QStringLiteral(", ")));
    m_pools->setText(s.pools.join(QStringLiteral(", ")));
    m_vms->setText(s.vms.join(QStringLiteral(", ")));
    m_caFile->setText(s.caFile);
    for (const Row &r : m_rows) {
        r.count->setValue(0);
        r.expires->setChecked(false);
        for (const Entitlement &e : s.entitlements)
            if (e.edition == r.edition) {
                r.count->setValue(r.count->value() + e.count);
                if (e.expires.isValid()) {
                    r.expires->setChecked(true);
                    r.date->setDate(e.expires);
                }
            }
    }
    update();
}

LicenceServer LicenceServerDialog::server() const
{
    LicenceServer s;
    s.name = m_name->text().trimmed();
    s.kind = LicenceServerKind(m_kind->currentData().toInt());
    s.address = m_address->text().trimmed();
    s.port = quint16(m_port->value());
    s.hosts = split(m_hosts->text());
    s.pools = split(m_pools->text());
    s.vms = split(m_vms->text());
    s.caFile = m_caFile->text().trimmed();
    s.demo = m_demo;
    for (const Row &r : m_rows)
        if (r.count->value() > 0)
            s.entitlements.append(
                {r.edition, r.count->value(), r.expires->isChecked() ? r.date->date() : QDate()});
    return s;
}

void LicenceServerDialog::update()
{
    const QStringList problems = server().problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}
