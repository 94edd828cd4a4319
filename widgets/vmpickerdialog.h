// "Assign to…": pick one or more VMs of the source's host; the verdict for the ticked VMs is shown as they
// are ticked, and OK is only offered for a request the validator accepts.
#pragma once

#include "assign/assignmentrequest.h"
#include "assign/assignmentverdict.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

class VmPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmPickerDialog)
public:
    using Validate = std::function<AssignmentVerdict(const QList<AssignmentTarget> &)>;
    VmPickerDialog(const QString &what, const QString &hostId, const HostSnapshot &host, Validate validate,
                   QWidget *parent = nullptr);

    QList<AssignmentTarget> targets() const;
    void setChecked(const QString &vmUuid, bool checked); // tests and keyboard users
    QListWidget *list() const { return m_list; }
    QLabel *verdict() const { return m_verdict; }
    QPushButton *okButton() const { return m_ok; }

private:
    void revalidate();

    QString m_hostId;
    Validate m_validate;
    QListWidget *m_list;
    QLabel *m_verdict;
    QPushButton *m_ok;
};
