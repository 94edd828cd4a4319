// Sets a widget's fixed texts (labels, menus, tab titles, accessible names) again when the language
// changes at run time, so that a widget needs no changeEvent() of its own for them.
#pragma once

#include <QObject>

#include <functional>

class QWidget;

class Retranslator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Retranslator)
public:
    // Watches `widget` for QEvent::LanguageChange; owned by `owner` (the object whose texts it sets) or,
    // without one, by `widget`.
    explicit Retranslator(QWidget *widget, QObject *owner = nullptr);

    // Runs `apply` now and after every language change. `apply` calls tr() itself, so that it reads the
    // new translation each time.
    void bind(std::function<void()> apply);
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QObject *m_widget;
    QList<std::function<void()>> m_apply;
};
