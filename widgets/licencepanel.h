// The Licences tab: the licence server registry with its probe status and details, demand against
// entitlement per edition (with the scheduler preview's vGPUs), warnings, unlicensed or expiring guests, a
// chart of use against entitlement over time, and the client configuration token: import and push to a
// host through its agent.
#pragma once

#include "licensing/clienttoken.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class Inventory;
class LicenceController;
class LicenceUsageChart;
class MessageBar;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class PlanRunner;

class LicencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicencePanel)
public:
    LicencePanel(LicenceController *controller, Inventory *inventory, QWidget *parent = nullptr);
    ~LicencePanel() override;

    // Token pushes run as plans through this runner (agent steps, audited); without one the button is off.
    void setPlanRunner(PlanRunner *runner);

    // What the toolbar buttons do; public for tests and the menu.
    void addServer();
    void editServer();
    void removeServer();
    void probeSelected();
    void importToken(const QString &path = {}); // empty: ask for a file
    void pushToken();                           // asks for the host and directory, previews the plan, runs it

    QString selectedServer() const;
    void selectServer(const QString &name);

    // For tests and accessibility tools.
    QTableWidget *serverTable() const { return m_servers; }
    QTableWidget *editionTable() const { return m_editions; }
    QTableWidget *guestTable() const { return m_guests; }
    QListWidget *warningList() const { return m_warnings; }
    QTextBrowser *details() const { return m_details; }
    LicenceUsageChart *chart() const { return m_chart; }
    QLabel *tokenLabel() const { return m_tokenLabel; }
    MessageBar *messageBar() const { return m_message; }
    QPushButton *pushButton() const { return m_push; }
    std::optional<ClientToken> token() const { return m_token; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildViews();
    void retranslate();
    void showServers();
    void showDetails();
    void showDemand();
    void showToken();
    void updateButtons();

    LicenceController *m_controller;
    Inventory *m_inventory;
    QPointer<PlanRunner> m_runner;
    MessageBar *m_message = nullptr;
    QTableWidget *m_servers = nullptr;
    QTextBrowser *m_details = nullptr;
    QTableWidget *m_editions = nullptr;
    QListWidget *m_warnings = nullptr;
    QTableWidget *m_guests = nullptr;
    LicenceUsageChart *m_chart = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLabel *m_editionsTitle = nullptr, *m_warningsTitle = nullptr, *m_guestsTitle = nullptr,
           *m_tokenTitle = nullptr;
    QPushButton *m_add = nullptr, *m_edit = nullptr, *m_remove = nullptr, *m_probe = nullptr;
    QPushButton *m_import = nullptr, *m_push = nullptr;
    std::optional<ClientToken> m_token;
};
