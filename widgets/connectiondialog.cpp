#include "connectiondialog.h"

#include "agent/agenthub.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Connect to a host's libvirt. The console reads its GPUs, IOMMU groups, vGPU types and "
                      "virtual machines, and follows changes as they happen."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_uri = new QComboBox(this);
    m_uri->setEditable(true);
    m_uri->addItems({QStringLiteral("qemu:///system"), QStringLiteral("qemu+ssh://root@host.example/system"),
                     QStringLiteral("qemu+tls://host.example/system"),
                     QStringLiteral("test:///path/to/host.xml")});
    m_uri->setCurrentText(QString());
    m_uri->lineEdit()->setPlaceholderText(QStringLiteral("qemu+ssh://root@gpu-host-01/system"));
    m_uri->setMinimumContentsLength(40);
    m_uri->setAccessibleName(tr("libvirt URI"));
    form->addRow(tr("libvirt &URI:"), m_uri);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Optional: a name shown instead of the host name"));
    m_name->setAccessibleName(tr("Connection name"));
    form->addRow(tr("&Name:"), m_name);
    m_agent = new QLineEdit(this);
    m_agent->setPlaceholderText(
        tr("Optional: gpu-host-01:%1, where gpuvirt-agent listens").arg(AgentHub::kDefaultPort));
    m_agent->setAccessibleName(tr("Agent address"));
    m_agent->setToolTip(
        tr("The host agent adds boot VGA, driver bindings, readiness checks, NVML telemetry and "
           "actions libvirt cannot do. Leave empty to use libvirt alone."));
    form->addRow(tr("&Agent:"), m_agent);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the URI"));
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect", "@action:button"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_uri, &QComboBox::currentTextChanged, this, &ConnectionDialog::update);
    connect(m_agent, &QLineEdit::textChanged, this, &ConnectionDialog::update);
    update();
}

SavedConnection ConnectionDialog::connection() const
{
    return {m_uri->currentText().trimmed(), m_name->text().trimmed(), m_agent->text().trimmed()};
}

void ConnectionDialog::setUri(const QString &uri)
{
    m_uri->setCurrentText(uri);
}

QString ConnectionDialog::validate(const QString &text)
{
    const QString uri = text.trimmed();
    if (uri.isEmpty())
        return tr("Enter a libvirt URI, for example qemu+ssh://root@host/system.");
    static const QRegularExpression scheme(QStringLiteral("^[a-z][a-z0-9+]*://"));
    if (!scheme.match(uri).hasMatch())
        return tr("\"%1\" is not a libvirt URI: it must start with a driver such as qemu:// or qemu+ssh://.")
            .arg(uri);
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return tr("\"%1\" is not a valid URI: %2").arg(uri, url.errorString());
    if (url.scheme() == u"test" && url.path() != u"/default" && !QFileInfo::exists(url.path()))
        return tr("The test driver file %1 does not exist.").arg(url.path());
    return {};
}

QString ConnectionDialog::validateAgent(const QString &address)
{
    if (address.trimmed().isEmpty() || AgentHub::parseAddress(address))
        return {};
    return tr("\"%1\" is not an agent address: write host or host:port, for example gpu-host-01:%2.")
        .arg(address.trimmed())
        .arg(AgentHub::kDefaultPort);
}

void ConnectionDialog::update()
{
    QString problem = validate(m_uri->currentText());
    if (problem.isEmpty())
        problem = validateAgent(m_agent->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !m_uri->currentText().trimmed().isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}
