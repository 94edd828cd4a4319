// Adds a libvirt connection: URI (with the usual forms offered), an optional label and the address of the
// host's agent.
#pragma once

#include "workspace/workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    SavedConnection connection() const;
    void setUri(const QString &uri);
    // Empty when the URI can be tried; otherwise why not (translated).
    static QString validate(const QString &uri);
    // Empty when the agent address is empty or readable as host[:port]; otherwise why not (translated).
    static QString validateAgent(const QString &address);

private:
    void update();
    QComboBox *m_uri;
    QLineEdit *m_name;
    QLineEdit *m_agent;
    QLabel *m_problem;
    QPushButton *m_ok;
};
