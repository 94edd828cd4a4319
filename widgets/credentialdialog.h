// Asks for libvirt credentials (user name, password, passphrase) in a dialog, for any worker thread.
#pragma once

#include "libvirt/credentialprovider.h"

#include <QObject>

class QWidget;

class GuiCredentialProvider final : public QObject, public CredentialProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiCredentialProvider)
public:
    explicit GuiCredentialProvider(QWidget *dialogParent);
    bool provide(const QString &uri, QList<CredentialRequest> &requests) override;

private:
    bool ask(const QString &uri, QList<CredentialRequest> &requests);
    QWidget *m_parent;
};
