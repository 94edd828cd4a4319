#include "stringpool.h"

#include <QHash>

#include <mutex>

namespace StringPool {

QString intern(QStringView s)
{
    if (s.isEmpty())
        return {};
    // Keys view the stored strings' own data, which never changes: a lookup allocates nothing.
    static std::mutex mutex;
    static QHash<QStringView, QString> pool;
    std::lock_guard lock(mutex);
    const auto it = pool.constFind(s);
    if (it != pool.cend())
        return it.value();
    QString stored = s.toString();
    // A hostile or broken host could send endless distinct names: past a generous bound, stop pooling.
    constexpr qsizetype maxEntries = 1 << 16;
    if (pool.size() < maxEntries)
        pool.insert(QStringView(stored), stored);
    return stored;
}

} // namespace StringPool
