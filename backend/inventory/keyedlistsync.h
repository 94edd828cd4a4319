// Brings a keyed list of rows to a wanted state with the fewest row signals: removals, moves, inserts,
// then per-row updates. Shared by the inventory's item models so that a resynchronised host only
// signals the rows that really changed.
#pragma once

#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

// Ops provides:
//   Key key(const Item &) const;                      unique among siblings, hashable
//   void beginRemove(int first, int last); void endRemove();
//   void beginInsert(int first, int last); void endInsert();
//   void beginMove(int from, int to); void endMove();  `to` as QAbstractItemModel::beginMoveRows' destination
//   void attached(Item &); void detached(Item &);       registry upkeep for rows entering or leaving
//   void reindex(int from);                            rows from `from` on changed position (before end*())
//   void update(int row, Item &current, Item &wanted); adopt what changed and signal it
template <typename Item, typename Ops>
void syncKeyedList(std::vector<Item> &current, std::vector<Item> &&wanted, Ops &ops)
{
    using Key = std::decay_t<decltype(ops.key(std::declval<const Item &>()))>;

    QSet<Key> wantedKeys;
    wantedKeys.reserve(qsizetype(wanted.size()));
    for (const Item &w : wanted)
        wantedKeys.insert(ops.key(w));

    // Removals in runs, from the end so that the rows before a run keep their numbers.
    for (int i = int(current.size()) - 1; i >= 0; --i) {
        if (wantedKeys.contains(ops.key(current[size_t(i)])))
            continue;
        const int last = i;
        while (i > 0 && !wantedKeys.contains(ops.key(current[size_t(i - 1)])))
            --i;
        ops.beginRemove(i, last);
        for (int r = i; r <= last; ++r)
            ops.detached(current[size_t(r)]);
        current.erase(current.begin() + i, current.begin() + last + 1);
        ops.reindex(i);
        ops.endRemove();
    }

    QSet<Key> present;
    present.reserve(qsizetype(current.size()));
    for (const Item &c : current)
        present.insert(ops.key(c));

    // Walk the wanted order. Invariant: current[0, i) matches wanted[0, i); what is left of current is wanted
    // later.
    const int n = int(wanted.size());
    int i = 0;
    while (i < n) {
        const Key k = ops.key(wanted[size_t(i)]);
        if (present.contains(k)) {
            if (ops.key(current[size_t(i)]) != k) {
                int j = i + 1;
                while (ops.key(current[size_t(j)]) != k)
                    ++j;
                ops.beginMove(j, i);
                std::rotate(current.begin() + i, current.begin() + j, current.begin() + j + 1);
                ops.reindex(i);
                ops.endMove();
            }
            ops.update(i, current[size_t(i)], wanted[size_t(i)]);
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < n && !present.contains(ops.key(wanted[size_t(end)])))
            ++end;
        ops.beginInsert(i, end - 1);
        current.insert(current.begin() + i, std::make_move_iterator(wanted.begin() + i),
                       std::make_move_iterator(wanted.begin() + end));
        for (int r = i; r < end; ++r)
            ops.attached(current[size_t(r)]);
        ops.reindex(i);
        ops.endInsert();
        i = end;
    }
}
