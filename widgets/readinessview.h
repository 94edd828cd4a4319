// The Readiness tab: the current host's agent link in one status block, its readiness checks as a table
// (problems only by default), and the selected check's reason and exact remedy with a Copy button.
#pragma once

#include <QWidget>

class Inventory;
class QCheckBox;
class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class ReadinessModel;
class SelectionHub;
struct ObjectRef;

class ReadinessView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessView)
public:
    // Follows the hub's current host; a device check the user picks becomes the hub's current object.
    ReadinessView(Inventory *inventory, SelectionHub *hub, QWidget *parent = nullptr);
    ~ReadinessView() override;

    void setHost(const QString &hostId);
    QString host() const { return m_hostId; }
    void setProblemsOnly(bool on);
    bool problemsOnly() const;

    // For tests and accessibility tools.
    QTableView *table() const { return m_table; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    QPushButton *copyButton() const { return m_copy; }
    ReadinessModel *model() const { return m_model; }
    QString statusText() const;  // the agent status block as plain text
    QString emptyText() const;   // why there is no table; empty while the table is shown
    QString summaryText() const; // "1 error · 2 warnings · 14 passed"
    QString remedyText() const;  // the remedy box
    QString detailTitle() const; // the selected check's heading

private:
    void onCurrentChanged(const ObjectRef &ref, QObject *source);
    void showCheck(const QModelIndex &index);
    void activate(const QModelIndex &index); // the user picked a row: select its device everywhere
    void updateStatus();
    void updatePage();
    void copyRemedy();

    Inventory *m_inventory;
    SelectionHub *m_hub;
    QString m_hostId;
    ReadinessModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_status;
    QCheckBox *m_problemsOnly;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QLabel *m_detailReason;
    QPlainTextEdit *m_remedy;
    QPushButton *m_copy;
    bool m_syncing = false; // selecting a row because another view moved: do not echo it back
};
