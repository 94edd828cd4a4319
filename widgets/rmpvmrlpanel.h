// The RmPVMRL registry value of one GPU's vGPU scheduler: encoded from a policy, time slice, averaging
// factor and frequency, or decoded from a typed value. Invalid settings and values are refused with the
// reason; nothing is written to any host.
#pragma once

#include "scheduler/rmpvmrl.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class RmPVMRLPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RmPVMRLPanel)
public:
    explicit RmPVMRLPanel(QWidget *parent = nullptr);

    // The fields as a setting (not checked), and the fields set from one.
    SchedulerSetting fieldSetting() const;
    void setFieldSetting(const SchedulerSetting &s);

    // Encodes the fields into the value line; false (and the reason shown) when they are not valid.
    bool encode();
    // Decodes the value line into the fields; false (and the reason shown) when it is not a valid value.
    bool decode();

    QLineEdit *valueEdit() const { return m_value; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *encodeButton() const { return m_encode; }
    QPushButton *decodeButton() const { return m_decode; }
    QPushButton *useButton() const { return m_use; }
    bool hasError() const { return m_error; }

Q_SIGNALS:
    // "Use in Simulation": the fields' setting, valid.
    void settingChosen(const SchedulerSetting &setting);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStatus(const QString &text, bool error);
    QString describe(const SchedulerSetting &s) const;

    QComboBox *m_policy;
    QSpinBox *m_timeSlice;
    QSpinBox *m_averaging;
    QSpinBox *m_frequency;
    QLineEdit *m_value;
    QPushButton *m_encode;
    QPushButton *m_decode;
    QPushButton *m_use;
    QLabel *m_status;
    QList<QLabel *> m_labels;
    bool m_error = false;
};
