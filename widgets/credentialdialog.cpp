#include "credentialdialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QThread>
#include <QVBoxLayout>

GuiCredentialProvider::GuiCredentialProvider(QWidget *dialogParent) : m_parent(dialogParent)
{
}

bool GuiCredentialProvider::provide(const QString &uri, QList<CredentialRequest> &requests)
{
    if (QThread::currentThread() == thread())
        return ask(uri, requests);
    // Called on a host's worker: the dialog must run on the GUI thread; the worker waits for the answer.
    bool ok = false;
    QMetaObject::invokeMethod(this, [&] { ok = ask(uri, requests); }, Qt::BlockingQueuedConnection);
    return ok;
}

bool GuiCredentialProvider::ask(const QString &uri, QList<CredentialRequest> &requests)
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Credentials for %1").arg(uri));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("The host %1 asks you to sign in.").arg(uri), &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    QList<QLineEdit *> edits;
    for (const CredentialRequest &r : std::as_const(requests)) {
        auto *edit = new QLineEdit(r.defaultValue, &dialog);
        if (r.secret)
            edit->setEchoMode(QLineEdit::Password);
        QString label;
        switch (r.kind) {
        case CredentialRequest::Kind::Username: label = tr("User name:"); break;
        case CredentialRequest::Kind::Password: label = tr("Password:"); break;
        case CredentialRequest::Kind::Passphrase: label = tr("Passphrase:"); break;
        case CredentialRequest::Kind::Other: label = r.prompt; break;
        }
        edit->setAccessibleName(label);
        if (!r.prompt.isEmpty())
            edit->setToolTip(r.prompt);
        form->addRow(label, edit);
        edits.append(edit);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    for (int i = 0; i < requests.size(); ++i)
        requests[i].result = edits[i]->text();
    return true;
}
