// Base of the inventory's flat tables: the rows of each host form one contiguous block, in host order.
// A derived model describes a host's rows (buildRows); a resync diffs them against the block and
// signals only inserted, removed, moved and changed rows. Row lookup: a binary search over the blocks.
#pragma once

#include "inventory.h"
#include "keyedlistsync.h"

#include <QAbstractTableModel>
#include <QHash>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

// Row needs a QString `key`, unique within its host, and operator==.
template <typename Row> class HostRowTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rowCount; }
    QModelIndex indexForKey(const QString &hostId, const QString &key, int column = 0) const
    {
        const Block *b = m_blockById.value(hostId);
        if (!b)
            return {};
        const auto it =
            std::find_if(b->rows.cbegin(), b->rows.cend(), [&](const Row &r) { return r.key == key; });
        return it == b->rows.cend() ? QModelIndex() : index(b->offset + int(it - b->rows.cbegin()), column);
    }

protected:
    HostRowTableModel(Inventory *inventory, QObject *parent)
        : QAbstractTableModel(parent), m_inventory(inventory)
    {
    }

    // The rows one host contributes, in display order.
    virtual std::vector<Row> buildRows(const Inventory::Host &host) const = 0;
    // First and last column that differ between two versions of a row; {-1, -1} when none shows it.
    virtual std::pair<int, int> changedColumns(const Row &current, const Row &fresh) const = 0;

    // Shows the hosts present now and follows additions and removals; call at the end of the constructor.
    void populate()
    {
        for (const QString &id : m_inventory->hostIds())
            addBlock(id);
        QObject::connect(m_inventory, &Inventory::hostAdded, this,
                         [this](const QString &id) { addBlock(id); });
        QObject::connect(m_inventory, &Inventory::hostAboutToBeRemoved, this,
                         [this](const QString &id) { removeBlock(id); });
    }
    void resync(const QString &hostId)
    {
        Block *b = m_blockById.value(hostId);
        const Inventory::Host *h = m_inventory->host(hostId);
        if (!b || !h)
            return;
        Ops ops{this, b};
        syncKeyedList(b->rows, buildRows(*h), ops);
    }

    struct Located
    {
        const QString *hostId = nullptr;
        const Row *row = nullptr;
    };
    Located rowAt(int row) const
    {
        if (row < 0 || row >= m_rowCount)
            return {};
        // The last block starting at or before the row holds it (empty blocks share their successor's
        // offset).
        const auto it =
            std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), row,
                             [](int r, const std::unique_ptr<Block> &b) { return r < b->offset; });
        const Block *b = std::prev(it)->get();
        return {&b->hostId, &b->rows[size_t(row - b->offset)]};
    }
    Inventory *inventory() const { return m_inventory; }

private:
    struct Block
    {
        QString hostId;
        int index = 0;  // position in m_blocks
        int offset = 0; // model row of the first row
        std::vector<Row> rows;
    };
    struct Ops
    {
        HostRowTableModel *m;
        Block *b;
        QString key(const Row &r) const { return r.key; }
        void beginRemove(int first, int last) { m->beginRemoveRows({}, b->offset + first, b->offset + last); }
        void endRemove() { m->endRemoveRows(); }
        void beginInsert(int first, int last) { m->beginInsertRows({}, b->offset + first, b->offset + last); }
        void endInsert() { m->endInsertRows(); }
        void beginMove(int from, int to)
        {
            m->beginMoveRows({}, b->offset + from, b->offset + from, {}, b->offset + to);
        }
        void endMove() { m->endMoveRows(); }
        void attached(Row &) {}
        void detached(Row &) {}
        void reindex(int) { m->reindexFrom(b->index); }
        void update(int row, Row &current, Row &fresh)
        {
            if (current == fresh)
                return;
            auto [first, last] = m->changedColumns(current, fresh);
            current = std::move(fresh);
            if (first < 0)
                first = last = 0; // a role changed that no column shows as text
            Q_EMIT m->dataChanged(m->index(b->offset + row, first), m->index(b->offset + row, last));
        }
    };

    void reindexFrom(int blockIndex)
    {
        int offset = 0;
        if (blockIndex > 0) {
            const Block &previous = *m_blocks[size_t(blockIndex - 1)];
            offset = previous.offset + int(previous.rows.size());
        }
        for (size_t i = size_t(blockIndex); i < m_blocks.size(); ++i) {
            m_blocks[i]->index = int(i);
            m_blocks[i]->offset = offset;
            offset += int(m_blocks[i]->rows.size());
        }
        m_rowCount = offset;
    }

    void addBlock(const QString &id)
    {
        const Inventory::Host *h = m_inventory->host(id);
        if (!h || m_blockById.contains(id))
            return;
        auto b = std::make_unique<Block>();
        b->hostId = id;
        b->index = int(m_blocks.size());
        b->offset = m_rowCount;
        m_blockById.insert(id, b.get());
        m_blocks.push_back(std::move(b));
        resync(id);
    }

    void removeBlock(const QString &id)
    {
        Block *b = m_blockById.value(id);
        if (!b)
            return;
        const int index = b->index;
        const bool hasRows = !b->rows.empty();
        if (hasRows)
            beginRemoveRows({}, b->offset, b->offset + int(b->rows.size()) - 1);
        m_blockById.remove(id);
        m_blocks.erase(m_blocks.begin() + index);
        reindexFrom(index);
        if (hasRows)
            endRemoveRows();
    }

    Inventory *m_inventory;
    std::vector<std::unique_ptr<Block>> m_blocks;
    QHash<QString, Block *> m_blockById;
    int m_rowCount = 0;
};
