// Add or edit a licence server: kind, address and port, whom it serves, entitlements per edition with their
// expiry, and an optional pinned CA for the probe. OK stays off while something must be fixed.
#pragma once

#include "licensing/licenceserver.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class LicenceServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceServerDialog)
public:
    explicit LicenceServerDialog(QWidget *parent = nullptr);
    void setServer(const LicenceServer &server);
    LicenceServer server() const;

    // For tests.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *hostsEdit() const { return m_hosts; }
    QLineEdit *poolsEdit() const { return m_pools; }
    QSpinBox *countBox(LicenseEdition e) const;
    QCheckBox *expiresBox(LicenseEdition e) const;
    QDateEdit *expiryEdit(LicenseEdition e) const;
    QLabel *problemLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    QLineEdit *m_name, *m_address, *m_hosts, *m_pools, *m_vms, *m_caFile;
    QComboBox *m_kind;
    QSpinBox *m_port;
    struct Row
    {
        LicenseEdition edition;
        QSpinBox *count;
        QCheckBox *expires;
        QDateEdit *date;
    };
    QList<Row> m_rows;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_demo = false;
};
