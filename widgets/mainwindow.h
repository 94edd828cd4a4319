// The console's window: cluster tree and filter on the left; GPU board, IOMMU groups, vGPU profiles and
// VMs on the right; all views share one selection.
#pragma once

#include "core/result.h"
#include "inventory/objectref.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class AgentHub;
class AssignController;
class AuditLog;
class AuditLogView;
class LicenceController;
class LicencePanel;
class PlanRunner;
class PresentationProxy;
class QActionGroup;
class QMenu;
class Retranslator;
class ClusterTreeModel;
class QDockWidget;
class SchedulerPreview;
class TimeSlicePanel;
class GpuBoardView;
class Inventory;
class IommuGroupModel;
class MessageBar;
class QAbstractItemModel;
class QAbstractItemView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;
class QTableView;
class QTreeView;
class ReadinessView;
class SelectionHub;
class TelemetryHistory;
class TelemetryView;
struct LicenceSummary;
class VgpuProfileModel;
class VmTableModel;
class Workspace;
struct SavedConnection;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // `openDemo` adds the built-in demo hosts to the inventory; the window calls it from its menu too.
    MainWindow(Inventory *inventory, Workspace *workspace, std::function<void()> openDemo,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showProblem(const Error &error); // e.g. a damaged workspace file found at start
    // Agents of hosts are linked through the hub; the window asks the operator on first contact.
    void setAgentHub(AgentHub *hub);
    // Drag-and-drop assignment, its menus and the audit log view (mainwindowassign.cpp). Not owned.
    void setAssignment(PlanRunner *runner, std::shared_ptr<AuditLog> audit);
    // The Licences tab over the controller (not owned); token pushes run through `runner` when given.
    void setLicensing(LicenceController *controller, PlanRunner *runner = nullptr);
    void addConnection(const SavedConnection &c);
    void select(const ObjectRef &ref);

    // View → Language (mainwindowlanguage.cpp): "" follows the system, else "en" or "zh_CN". Choosing one
    // installs its translators at once; every view takes the new texts without a restart (QEvent::
    // LanguageChange), the window keeps its state. setLanguage() only ticks the menu item.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void chooseLanguage(const QString &language);
    // Exports (mainwindowexport.cpp), also behind File → Export. Errors come back as values; the menu shows
    // them.
    Status exportBoardPng(const QString &path);
    Status exportReportPdf(const QString &path);
    Result<QStringList> exportTablesCsv(const QString &dir, bool byteOrderMark);
    // The licence section of reports; without one they show the editions the assigned vGPUs need.
    void setLicenceSummaryProvider(std::function<std::optional<LicenceSummary>()> provider);

    // For tests and accessibility tools.
    QTreeView *clusterTree() const { return m_tree; }
    GpuBoardView *board() const { return m_board; }
    QTableView *vmTable() const { return m_vmTable; }
    QTableView *profileTable() const { return m_profileTable; }
    QTreeView *iommuTree() const { return m_iommuTree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_message; }
    SelectionHub *selection() const { return m_hub; }
    QLabel *demoBanner() const { return m_demoBanner; }
    SchedulerPreview *schedulerPreview() const { return m_preview; }
    QDockWidget *schedulerDock() const { return m_previewDock; }
    TimeSlicePanel *timeSlicePanel() const { return m_timeSlice; }
    ReadinessView *readinessView() const { return m_readiness; }
    AssignController *assignment() const { return m_assign; }
    AuditLogView *auditLogView() const { return m_auditView; }
    TelemetryView *telemetryView() const { return m_telemetry; }
    TelemetryHistory *telemetryHistory() const { return m_history; }
    LicencePanel *licencePanel() const { return m_licences; }
    QDockWidget *auditDock() const { return m_auditDock; }

Q_SIGNALS:
    void languageChosen(const QString &language); // for the application to remember it

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleDemoBanner();
    void buildActions();
    void buildLanguageMenu(QMenu *view);
    void retranslateModels();
    void buildViews();
    void buildSchedulerViews(); // the scheduler preview dock and the time-slicing tab
    void buildExportMenu(QMenu *file);
    void exportWithDialog(int kind); // 0: board PNG, 1: report PDF, 2: CSV tables
    QSortFilterProxyModel *present(QAbstractItemModel *model, bool recursive);
    void follow(QAbstractItemView *view, QSortFilterProxyModel *proxy,
                std::function<QModelIndex(const ObjectRef &)> indexFor);
    void onCurrentChanged(const ObjectRef &ref, QObject *source);
    void showAddConnection();
    void removeSelectedHost();
    void refreshSelectedHost();
    void updateStatus();
    void updateDemoBanner();
    void showHostProblem(const QString &hostId);
    void applyFilter(const QString &text);
    void showTreeContextMenu(const QPoint &pos);
    void expandHost(const QString &hostId);
    void addAssignActions(QMenu *menu, const ObjectRef &ref); // "Assign to…", "Release"
    void showAssignContextMenu(QAbstractItemView *view, const QPoint &pos);

    Inventory *m_inventory;
    AgentHub *m_agents = nullptr;
    Workspace *m_workspace;
    std::function<void()> m_openDemo;
    SelectionHub *m_hub;
    ClusterTreeModel *m_treeModel = nullptr;
    VmTableModel *m_vmModel = nullptr;
    VgpuProfileModel *m_profileModel = nullptr;
    IommuGroupModel *m_iommuModel = nullptr;
    QList<QSortFilterProxyModel *> m_filters;
    QList<PresentationProxy *> m_presentations;
    Retranslator *m_tx = nullptr;
    QActionGroup *m_languages = nullptr;
    QString m_language;
    QTreeView *m_tree = nullptr;
    GpuBoardView *m_board = nullptr;
    QTableView *m_vmTable = nullptr;
    QTableView *m_profileTable = nullptr;
    QTreeView *m_iommuTree = nullptr;
    QLineEdit *m_filter = nullptr;
    QTabWidget *m_tabs = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_demoBanner = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_statusTimer = nullptr;
    QProgressBar *m_progress = nullptr;
    QList<std::function<void(const ObjectRef &, QObject *)>> m_followers;
    SchedulerPreview *m_preview = nullptr;
    QDockWidget *m_previewDock = nullptr;
    TimeSlicePanel *m_timeSlice = nullptr;
    ReadinessView *m_readiness = nullptr;
    AssignController *m_assign = nullptr;
    AuditLogView *m_auditView = nullptr;
    QDockWidget *m_auditDock = nullptr;
    TelemetryHistory *m_history = nullptr;
    TelemetryView *m_telemetry = nullptr;
    std::function<std::optional<LicenceSummary>()> m_licenceSummary;
    QAction *m_csvBom = nullptr;
    LicencePanel *m_licences = nullptr;
};
