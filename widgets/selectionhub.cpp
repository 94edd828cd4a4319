#include "selectionhub.h"

void SelectionHub::select(const ObjectRef &ref, QObject *source)
{
    // Views answer currentChanged by selecting rows, which would call select() again: ignore the echo.
    if (m_busy || ref == m_current)
        return;
    m_busy = true;
    m_current = ref;
    Q_EMIT currentChanged(ref, source);
    m_busy = false;
}
