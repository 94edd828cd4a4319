#include "vmpickerdialog.h"

#include "model/labels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

VmPickerDialog::VmPickerDialog(const QString &what, const QString &hostId, const HostSnapshot &host,
                               Validate validate, QWidget *parent)
    : QDialog(parent), m_hostId(hostId), m_validate(std::move(validate))
{
    setWindowTitle(tr("Assign to VMs"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Assign %1 to:").arg(what), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Virtual machines of this host"));
    QList<VirtualMachine> vms = host.vms.values();
    std::sort(vms.begin(), vms.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const VirtualMachine &vm : vms) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(vm.name, Labels::vmStateText(vm.state)), m_list);
        item->setData(Qt::UserRole, vm.uuid);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Preview…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &VmPickerDialog::revalidate);
    revalidate();
    resize(420, 460);
}

QList<AssignmentTarget> VmPickerDialog::targets() const
{
    QList<AssignmentTarget> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append({m_hostId, m_list->item(i)->data(Qt::UserRole).toString()});
    return out;
}

void VmPickerDialog::setChecked(const QString &vmUuid, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == vmUuid)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void VmPickerDialog::revalidate()
{
    const QList<AssignmentTarget> t = targets();
    if (t.isEmpty()) {
        m_verdict->setText(tr("Tick the VMs to assign to."));
        m_ok->setEnabled(false);
        return;
    }
    const AssignmentVerdict v = m_validate(t);
    m_verdict->setText(v.summary().isEmpty() ? tr("Can be assigned.") : v.summary());
    m_ok->setEnabled(v.accepted());
}
