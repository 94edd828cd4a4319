#include "timeslicepanel.h"

#include "inventory/inventory.h"
#include "inventory/modelnames.h"
#include "messagebar.h"
#include "model/topology.h"
#include "rmpvmrlpanel.h"
#include "scheduler/simvgpulistmodel.h"
#include "timesliceresultview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

using Sched::SimVgpuListModel;

namespace {
// The pattern column edits with a list; refused edits are reported.
class PatternDelegate final : public QStyledItemDelegate
{
public:
    PatternDelegate(std::function<void(const QString &)> refused, QObject *parent)
        : QStyledItemDelegate(parent), m_refused(std::move(refused))
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &o,
                          const QModelIndex &index) const override
    {
        if (index.column() != SimVgpuListModel::PatternColumn)
            return QStyledItemDelegate::createEditor(parent, o, index);
        auto *combo = new QComboBox(parent);
        for (auto k : {SimWorkload::Idle, SimWorkload::Steady, SimWorkload::Burst})
            combo->addItem(SimVgpuListModel::patternText(k), int(k));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
        if (const QString why = static_cast<SimVgpuListModel *>(model)->lastProblem(); !why.isEmpty())
            m_refused(why);
    }

private:
    std::function<void(const QString &)> m_refused;
};
} // namespace

TimeSlicePanel::TimeSlicePanel(Inventory *inventory, QWidget *parent)
    : QWidget(parent), m_inventory(inventory), m_vgpus(new SimVgpuListModel(this))
{
    buildViews();
    // Something to look at from the start: three desktops, one busy, one bursting, one idle.
    SimVgpu busy = m_vgpus->newVgpu();
    busy.name = QStringLiteral("vdi-1");
    busy.workload = SimWorkload::steady(70);
    SimVgpu bursty = busy;
    bursty.name = QStringLiteral("vdi-2");
    bursty.workload = SimWorkload::burst(200, 60, 90);
    SimVgpu idle = busy;
    idle.name = QStringLiteral("vdi-3");
    idle.workload = SimWorkload::steady(20);
    m_vgpus->setVgpus({busy, bursty, idle});
    connect(m_inventory, &Inventory::hostReset, this, [this] {
        if (isVisible())
            refreshGpus();
    });
    retranslate();
}

TimeSlicePanel::~TimeSlicePanel()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void TimeSlicePanel::buildViews()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Horizontal, this);

    // The settings column scrolls: the window keeps its small sizes however many groups it holds.
    auto *scroll = m_scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to its controls; it follows them (focusNextPrevChild)
    auto *left = new QWidget(scroll);
    scroll->setWidget(left);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 4, 0);
    auto *vgpuGroup = new QGroupBox(left);
    m_groups.append(vgpuGroup);
    auto *vl = new QVBoxLayout(vgpuGroup);
    auto *fromGpu = new QHBoxLayout;
    m_labels.append(new QLabel(vgpuGroup));
    m_gpu = new QComboBox(vgpuGroup);
    m_gpu->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gpu->setMinimumContentsLength(10);
    m_labels.last()->setBuddy(m_gpu);
    m_load = new QPushButton(vgpuGroup);
    fromGpu->addWidget(m_labels.last());
    fromGpu->addWidget(m_gpu, 1);
    fromGpu->addWidget(m_load);
    vl->addLayout(fromGpu);
    auto *byType = new QHBoxLayout;
    m_labels.append(new QLabel(vgpuGroup));
    m_type = new QLineEdit(QStringLiteral("A16-2Q"), vgpuGroup);
    m_labels.last()->setBuddy(m_type);
    m_typeCount = new QSpinBox(vgpuGroup);
    m_typeCount->setRange(1, 32);
    m_typeCount->setValue(2);
    m_addType = new QPushButton(vgpuGroup);
    byType->addWidget(m_labels.last());
    byType->addWidget(m_type, 1);
    byType->addWidget(m_typeCount);
    byType->addWidget(m_addType);
    vl->addLayout(byType);
    m_vgpuTable = new QTableView(vgpuGroup);
    m_vgpuTable->setTabKeyNavigation(false); // Tab leaves the table; arrows move, F2 edits
    m_vgpuTable->setModel(m_vgpus);
    m_vgpuTable->setItemDelegate(new PatternDelegate(
        [this](const QString &why) {
            m_message->show(MessageBar::Kind::Warning, Error{why, {}, 0});
        },
        m_vgpuTable));
    m_vgpuTable->verticalHeader()->hide();
    m_vgpuTable->verticalHeader()->setDefaultSectionSize(m_vgpuTable->fontMetrics().height() + 10);
    m_vgpuTable->horizontalHeader()->setStretchLastSection(true);
    m_vgpuTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vgpuTable->setAlternatingRowColors(true);
    m_vgpuTable->setColumnWidth(SimVgpuListModel::NameColumn, 110);
    m_vgpuTable->setMinimumHeight(5 * m_vgpuTable->verticalHeader()->defaultSectionSize());
    vl->addWidget(m_vgpuTable, 1);
    auto *rows = new QHBoxLayout;
    m_add = new QPushButton(vgpuGroup);
    m_remove = new QPushButton(vgpuGroup);
    rows->addWidget(m_add);
    rows->addWidget(m_remove);
    rows->addStretch(1);
    vl->addLayout(rows);
    ll->addWidget(vgpuGroup, 1);

    auto *settings = new QGroupBox(left);
    m_groups.append(settings);
    auto *form = new QFormLayout(settings);
    m_policy = new QComboBox(settings);
    for (auto p : {SchedulerSetting::BestEffort, SchedulerSetting::EqualShare, SchedulerSetting::FixedShare})
        m_policy->addItem(RmPVMRL::policyDisplayName(p), int(p));
    m_timeSlice = new QSpinBox(settings);
    m_timeSlice->setRange(0, RmPVMRL::kMaxTimeSliceMs);
    m_frequency = new QSpinBox(settings);
    m_frequency->setRange(0, RmPVMRL::kMaxFrequencyHz);
    m_limiter = new QCheckBox(settings);
    m_limiter->setChecked(true);
    m_duration = new QSpinBox(settings);
    m_duration->setRange(1, 60);
    m_duration->setValue(10);
    for (QWidget *w : std::initializer_list<QWidget *>{m_policy, m_timeSlice, m_frequency, m_duration}) {
        m_labels.append(new QLabel(settings));
        m_labels.last()->setBuddy(w);
        form->addRow(m_labels.last(), w);
    }
    form->addRow(m_limiter);
    m_run = new QPushButton(settings);
    m_run->setDefault(true);
    form->addRow(m_run);
    ll->addWidget(settings);

    auto *rm = new QGroupBox(left);
    m_groups.append(rm);
    auto *rl = new QVBoxLayout(rm);
    m_rmpvmrl = new RmPVMRLPanel(rm);
    rl->addWidget(m_rmpvmrl);
    ll->addWidget(rm);

    m_view = new TimeSliceResultView(split);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_load, &QPushButton::clicked, this, [this] {
        const QStringList key = m_gpu->currentData().toString().split(u'|');
        if (key.size() == 2)
            loadGpu(key[0], key[1]);
    });
    connect(m_addType, &QPushButton::clicked, this,
            [this] { addVgpusOfType(m_type->text(), m_typeCount->value()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_vgpus->addVgpu(m_vgpus->newVgpu()) < 0)
            m_message->show(MessageBar::Kind::Warning, Error{tr("One GPU holds at most 32 vGPUs."), {}, 0});
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_vgpuTable->currentIndex();
        if (i.isValid())
            m_vgpus->removeRows(i.row(), 1);
    });
    connect(m_run, &QPushButton::clicked, this, &TimeSlicePanel::run);
    connect(m_rmpvmrl, &RmPVMRLPanel::settingChosen, this, &TimeSlicePanel::applySetting);
}

void TimeSlicePanel::retranslate()
{
    m_groups[0]->setTitle(tr("vGPUs on one GPU"));
    m_groups[1]->setTitle(tr("Scheduler"));
    m_groups[2]->setTitle(tr("RmPVMRL registry value"));
    m_labels[0]->setText(tr("From &GPU:"));
    m_load->setText(tr("&Load", "@action:button take the GPU's vGPUs"));
    m_load->setToolTip(tr("Replace the list with the vGPUs of this GPU of the snapshot"));
    m_labels[1]->setText(tr("By t&ype:"));
    m_type->setAccessibleName(tr("vGPU type"));
    m_vgpuTable->setAccessibleName(tr("vGPUs on one GPU"));
    m_addType->setText(tr("Add", "@action:button vGPUs of a type"));
    m_add->setText(tr("&Add vGPU"));
    m_remove->setText(tr("&Remove vGPU"));
    m_labels[2]->setText(tr("&Policy:"));
    m_labels[3]->setText(tr("&Time slice:"));
    m_labels[4]->setText(tr("&Frequency:"));
    m_labels[5]->setText(tr("&Duration:"));
    for (int i = 0; i < m_policy->count(); ++i)
        m_policy->setItemText(
            i, RmPVMRL::policyDisplayName(SchedulerSetting::Policy(m_policy->itemData(i).toInt())));
    m_timeSlice->setSpecialValueText(tr("Default for the type", "@item time slice"));
    m_timeSlice->setSuffix(tr(" ms"));
    m_frequency->setSpecialValueText(tr("From the time slice", "@item frequency"));
    m_frequency->setSuffix(tr(" Hz"));
    m_duration->setSuffix(tr(" s"));
    m_limiter->setText(tr("Frame-rate &limiter (best effort only)"));
    m_run->setText(tr("&Simulate"));
    refreshGpus();
    // Never narrower than its contents in this language: the column scrolls up and down, not sideways.
    m_scroll->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());
}

void TimeSlicePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void TimeSlicePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshGpus();
}

void TimeSlicePanel::refreshGpus()
{
    const QString current = m_gpu->currentData().toString();
    m_gpu->clear();
    for (const QString &id : m_inventory->hostIds()) {
        const Inventory::Host *h = m_inventory->host(id);
        if (!h || !h->loaded)
            continue;
        for (const PciAddress &a : Topology::gpus(h->snapshot)) {
            int vgpus = 0;
            QString board;
            for (const Topology::GpuTypeOffer &o : Topology::typesOfGpu(h->snapshot, a)) {
                if (o.type.vgpu && !o.type.vgpu->migBacked) {
                    vgpus += o.created;
                    board = o.type.vgpu->board;
                }
            }
            if (board.isEmpty())
                continue; // no time-sliced vGPU types: nothing to simulate
            m_gpu->addItem(tr("%1 · %2 · %3 (%n vGPU(s))", "@item host · address · board", vgpus)
                               .arg(ModelNames::hostLabel(*h), a.toString(), board),
                           QStringLiteral("%1|%2").arg(id, a.toString()));
        }
    }
    m_gpu->setCurrentIndex(std::max(0, m_gpu->findData(current)));
    m_load->setEnabled(m_gpu->count() > 0);
}

void TimeSlicePanel::loadGpu(const QString &hostId, const QString &gpuAddress)
{
    const Inventory::Host *h = m_inventory->host(hostId);
    const auto address = PciAddress::parse(gpuAddress);
    if (!h || !address)
        return;
    const HostSnapshot &s = h->snapshot;
    const Topology::Holders holders = Topology::holders(s);
    QList<SimVgpu> vgpus;
    for (const QString &uuid : Topology::mdevsOfGpu(s, *address)) {
        const MediatedDevice &m = s.mdevs[uuid];
        const MdevType *type = ModelNames::typeOf(s, m);
        if (!type || !type->vgpu || type->vgpu->migBacked)
            continue;
        SimVgpu v;
        const VirtualMachine vm = s.vms.value(holders.mdev.value(uuid));
        v.name = vm.name.isEmpty() ? QStringLiteral("%1 %2").arg(ModelNames::typeLabel(*type), uuid.left(8))
                                   : vm.name;
        v.maxInstances = std::max(1, maxInstancesPerGpu(*type->vgpu));
        // The snapshot has no load figures: a running VM's vGPU starts busy, the others idle.
        v.workload = vm.state == VmState::Running ? SimWorkload::steady(50) : SimWorkload::idle();
        vgpus.append(v);
    }
    if (vgpus.isEmpty()) {
        m_message->show(MessageBar::Kind::Info,
                        Error{tr("This GPU holds no time-sliced vGPU yet; add vGPUs by type."), {}, 0});
        return;
    }
    m_message->hide();
    m_vgpus->setVgpus(vgpus);
}

bool TimeSlicePanel::addVgpusOfType(const QString &typeName, int count)
{
    const auto type = VgpuTypeName::parse(typeName);
    if (!type || type->migBacked) {
        m_message->show(
            MessageBar::Kind::Warning,
            Error{tr("\"%1\" is not a time-sliced vGPU type such as A16-2Q.").arg(typeName), {}, 0});
        return false;
    }
    const int max = std::max(1, maxInstancesPerGpu(*type));
    for (int i = 0; i < count; ++i) {
        SimVgpu v = m_vgpus->newVgpu();
        v.name = QStringLiteral("%1-%2").arg(type->canonicalName()).arg(m_vgpus->rowCount() + 1);
        v.maxInstances = max;
        if (m_vgpus->addVgpu(v) < 0) {
            m_message->show(MessageBar::Kind::Warning, Error{tr("One GPU holds at most 32 vGPUs."), {}, 0});
            return false;
        }
    }
    return true;
}

void TimeSlicePanel::applySetting(const SchedulerSetting &s)
{
    m_policy->setCurrentIndex(m_policy->findData(int(s.policy)));
    m_timeSlice->setValue(s.timeSliceMs);
    m_frequency->setValue(s.frequencyHz);
}

SimConfig TimeSlicePanel::config() const
{
    SimConfig c;
    c.vgpus = m_vgpus->vgpus();
    c.scheduler.policy = SchedulerSetting::Policy(m_policy->currentData().toInt());
    c.scheduler.timeSliceMs = m_timeSlice->value();
    c.scheduler.frequencyHz = m_frequency->value();
    c.frameRateLimiter = m_limiter->isChecked();
    c.durationMs = m_duration->value() * 1000;
    c.sampleMs = std::max(50, c.durationMs / 200);
    return c;
}

void TimeSlicePanel::run()
{
    if (m_thread)
        return;
    const SimConfig c = config();
    if (c.vgpus.isEmpty()) {
        m_message->show(MessageBar::Kind::Warning, Error{tr("Add a vGPU to simulate first."), {}, 0});
        return;
    }
    m_message->hide();
    m_run->setEnabled(false);
    setCursor(Qt::BusyCursor);
    QPointer<TimeSlicePanel> self(this);
    m_thread = QThread::create([self, c] {
        const Result<SimResult> r = simulateTimeSlices(c);
        QMetaObject::invokeMethod(
            self,
            [self, c, r] {
                if (!self)
                    return;
                self->m_thread->wait();
                delete self->m_thread;
                self->m_thread = nullptr;
                self->m_run->setEnabled(true);
                self->unsetCursor();
                if (!r) {
                    self->m_message->show(MessageBar::Kind::Error, r.error());
                    return;
                }
                self->m_result = r.value();
                self->m_view->setResult(c, r.value());
                Q_EMIT self->finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

QChartView *TimeSlicePanel::chartView() const
{
    return m_view->chartView();
}

QTableWidget *TimeSlicePanel::resultTable() const
{
    return m_view->table();
}
