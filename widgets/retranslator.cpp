#include "retranslator.h"

#include <QEvent>
#include <QWidget>

Retranslator::Retranslator(QWidget *widget, QObject *owner)
    : QObject(owner ? owner : widget), m_widget(widget)
{
    widget->installEventFilter(this);
}

void Retranslator::bind(std::function<void()> apply)
{
    apply();
    m_apply.append(std::move(apply));
}

void Retranslator::retranslate()
{
    for (const auto &apply : std::as_const(m_apply))
        apply();
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == m_widget)
        retranslate();
    return false;
}
