// Keeps one "current object" for the whole window: selecting a thing in one view selects it in the others.
#pragma once

#include "inventory/objectref.h"

#include <QObject>

class SelectionHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionHub)
public:
    using QObject::QObject;
    ObjectRef current() const { return m_current; }
    // `source` is the view the user acted in; it is not told again about its own selection.
    void select(const ObjectRef &ref, QObject *source);

Q_SIGNALS:
    void currentChanged(const ObjectRef &ref, QObject *source);

private:
    ObjectRef m_current;
    bool m_busy = false;
};
