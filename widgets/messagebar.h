// A one-line message above the views: a translated summary, the raw detail behind a button, optional action.
#pragma once

#include "core/result.h"

#include <QFrame>

class QLabel;
class QPushButton;

class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)
public:
    enum class Kind { Info, Warning, Error };
    explicit MessageBar(QWidget *parent = nullptr);
    void show(Kind kind, const Error &error, const QString &actionText = {});
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_details;
    QPushButton *m_action;
    QPushButton *m_close;
    Error m_error;
};
