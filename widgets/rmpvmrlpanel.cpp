#include "rmpvmrlpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

RmPVMRLPanel::RmPVMRLPanel(QWidget *parent)
    : QWidget(parent), m_policy(new QComboBox(this)), m_timeSlice(new QSpinBox(this)),
      m_averaging(new QSpinBox(this)), m_frequency(new QSpinBox(this)), m_value(new QLineEdit(this)),
      m_encode(new QPushButton(this)), m_decode(new QPushButton(this)), m_use(new QPushButton(this)),
      m_status(new QLabel(this))
{
    for (auto p : {SchedulerSetting::BestEffort, SchedulerSetting::EqualShare, SchedulerSetting::FixedShare})
        m_policy->addItem(RmPVMRL::policyDisplayName(p), int(p));
    // 0 in each box is "not set": the driver's default, or derived from the other fields.
    m_timeSlice->setRange(0, RmPVMRL::kMaxTimeSliceMs);
    m_averaging->setRange(0, RmPVMRL::kMaxAveragingFactor);
    m_frequency->setRange(0, RmPVMRL::kMaxFrequencyHz);
    m_value->setFont(QFont(QStringLiteral("monospace")));
    m_value->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 5; ++i)
        m_labels.append(new QLabel(this));
    form->addRow(m_labels[0], m_policy);
    form->addRow(m_labels[1], m_timeSlice);
    form->addRow(m_labels[2], m_averaging);
    form->addRow(m_labels[3], m_frequency);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_decode);
    form->addRow(m_labels[4], valueRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_encode);
    buttons->addWidget(m_use);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_status);
    m_labels[0]->setBuddy(m_policy);
    m_labels[1]->setBuddy(m_timeSlice);
    m_labels[2]->setBuddy(m_averaging);
    m_labels[3]->setBuddy(m_frequency);
    m_labels[4]->setBuddy(m_value);

    connect(m_encode, &QPushButton::clicked, this, &RmPVMRLPanel::encode);
    connect(m_decode, &QPushButton::clicked, this, &RmPVMRLPanel::decode);
    connect(m_value, &QLineEdit::returnPressed, this, &RmPVMRLPanel::decode);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (encode())
            Q_EMIT settingChosen(fieldSetting());
    });
    retranslate();
    encode();
}

void RmPVMRLPanel::retranslate()
{
    m_labels[0]->setText(tr("&Scheduler:"));
    m_labels[1]->setText(tr("&Time slice:"));
    m_labels[2]->setText(tr("&Averaging factor:"));
    m_labels[3]->setText(tr("&Frequency:"));
    m_labels[4]->setText(tr("&Value:"));
    for (int i = 0; i < m_policy->count(); ++i)
        m_policy->setItemText(
            i, RmPVMRL::policyDisplayName(SchedulerSetting::Policy(m_policy->itemData(i).toInt())));
    m_timeSlice->setSpecialValueText(tr("Default", "@item time slice not set"));
    m_timeSlice->setSuffix(tr(" ms"));
    m_averaging->setSpecialValueText(tr("Default", "@item averaging factor not set"));
    m_frequency->setSpecialValueText(tr("From the time slice", "@item frequency not set"));
    m_frequency->setSuffix(tr(" Hz"));
    m_value->setPlaceholderText(tr("0x00000000, or a value to decode"));
    m_value->setAccessibleName(tr("RmPVMRL value"));
    m_encode->setText(tr("&Encode"));
    m_encode->setToolTip(tr("Write the fields above as an RmPVMRL value"));
    m_decode->setText(tr("&Decode"));
    m_decode->setToolTip(tr("Read the typed value into the fields above"));
    m_use->setText(tr("&Use in Simulation"));
}

void RmPVMRLPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

SchedulerSetting RmPVMRLPanel::fieldSetting() const
{
    SchedulerSetting s;
    s.policy = SchedulerSetting::Policy(m_policy->currentData().toInt());
    s.timeSliceMs = m_timeSlice->value();
    s.averagingFactor = m_averaging->value();
    s.frequencyHz = m_frequency->value();
    return s;
}

void RmPVMRLPanel::setFieldSetting(const SchedulerSetting &s)
{
    m_policy->setCurrentIndex(m_policy->findData(int(s.policy)));
    m_timeSlice->setValue(s.timeSliceMs);
    m_averaging->setValue(s.averagingFactor);
    m_frequency->setValue(s.frequencyHz);
}

QString RmPVMRLPanel::describe(const SchedulerSetting &s) const
{
    QStringList parts{RmPVMRL::policyDisplayName(s.policy)};
    if (s.timeSliceMs > 0)
        parts << tr("time slice %1 ms").arg(s.timeSliceMs);
    if (s.frequencyHz > 0)
        parts << tr("%1 Hz").arg(s.frequencyHz);
    if (s.averagingFactor > 0)
        parts << tr("averaging factor %1").arg(s.averagingFactor);
    if (s.timeSliceMs == 0 && s.frequencyHz == 0)
        parts << tr("the default time slice for the vGPU type");
    return parts.join(QStringLiteral(", "));
}

void RmPVMRLPanel::showStatus(const QString &text, bool error)
{
    m_error = error;
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(pal);
    m_status->setText(text);
}

bool RmPVMRLPanel::encode()
{
    const auto value = encodeRmPVMRL(fieldSetting());
    if (!value) {
        showStatus(tr("Refused: %1 (%2)").arg(value.error().summary, value.error().detail), true);
        return false;
    }
    m_value->setText(RmPVMRL::format(value.value()));
    showStatus(tr("RmPVMRL=%1: %2").arg(RmPVMRL::format(value.value()), describe(fieldSetting())), false);
    return true;
}

bool RmPVMRLPanel::decode()
{
    const auto setting = decodeRmPVMRLText(m_value->text());
    if (!setting) {
        showStatus(tr("Refused: %1 (%2)").arg(setting.error().summary, setting.error().detail), true);
        return false;
    }
    setFieldSetting(setting.value());
    showStatus(tr("%1 means: %2").arg(m_value->text().trimmed(), describe(setting.value())), false);
    return true;
}
