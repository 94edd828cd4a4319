// The audit log in the console: every plan that ran, filtered by host, VM, result and time, with the whole
// record (steps and what libvirt or the agent said) pretty-printed for the one selected.
#pragma once

#include "assign/auditlog.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

class AuditLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogView)
public:
    explicit AuditLogView(std::shared_ptr<AuditLog> log, QWidget *parent = nullptr);

    void refresh();
    AuditFilter filter() const;

    // For tests and accessibility tools.
    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    QLineEdit *hostFilter() const { return m_host; }
    QLineEdit *vmFilter() const { return m_vm; }
    QComboBox *resultFilter() const { return m_result; }
    QLabel *status() const { return m_status; }

private:
    void showDetails();

    std::shared_ptr<AuditLog> m_log;
    QList<AuditRecord> m_records;
    QLineEdit *m_host;
    QLineEdit *m_vm;
    QComboBox *m_result;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_status;
};
