// Asks the user for libvirt credentials. The GUI shows a dialog; the CLI refuses with a clear error.
#pragma once

#include <QList>
#include <QString>

struct CredentialRequest
{
    enum class Kind { Username, Password, Passphrase, Other };
    Kind kind = Kind::Other;
    QString prompt;      // libvirt's prompt text
    QString defaultValue;
    bool secret = false; // hide what is typed
    QString result;      // filled by the provider
};

class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;
    // Called on a connection's worker thread; may block until the user answers.
    // Returns false when the user cancels or no one can answer.
    virtual bool provide(const QString &uri, QList<CredentialRequest> &requests) = 0;
};
