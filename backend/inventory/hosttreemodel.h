// Base of the inventory's tree models: one root row per host, stable nodes, precise updates. A derived
// model describes a host's whole subtree (buildHost); a resync diffs it against the nodes shown and
// signals only inserted, removed, moved and changed rows. Cost of a resync: the size of that one host.
#pragma once

#include "inventory.h"
#include "keyedlistsync.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <utility>
#include <vector>

template <typename Values> class HostTreeModel : public QAbstractItemModel
{
public:
    struct Node
    {
        int type = 0; // 0 is the host node at the root; derived models number the others
        QString key;  // unique among siblings of the same type; the host id on host nodes
        Node *parent = nullptr;
        int row = 0;
        Values v;
        std::vector<std::unique_ptr<Node>> children;
    };
    using NodePtr = std::unique_ptr<Node>;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        const auto &list = parent.isValid() ? nodeAt(parent)->children : m_hosts;
        return createIndex(row, column, list[size_t(row)].get());
    }
    QModelIndex parent(const QModelIndex &child) const override
    {
        const Node *n = child.isValid() ? nodeAt(child) : nullptr;
        return n && n->parent ? indexOf(n->parent) : QModelIndex();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.column() > 0)
            return 0;
        return int(parent.isValid() ? nodeAt(parent)->children.size() : m_hosts.size());
    }

protected:
    HostTreeModel(Inventory *inventory, QObject *parent) : QAbstractItemModel(parent), m_inventory(inventory)
    {
    }

    // The host node with its whole subtree, built from the inventory's current snapshot.
    virtual NodePtr buildHost(const Inventory::Host &host) const = 0;
    // First and last column that differ between a node and its fresh values; {-1, -1} when none.
    virtual std::pair<int, int> changedColumns(const Node &node, const Values &fresh) const
    {
        return node.v == fresh ? std::pair{-1, -1} : std::pair{0, columnCount() - 1};
    }

    // Shows the hosts present now and follows additions and removals; call at the end of the constructor.
    void populate()
    {
        for (const QString &id : m_inventory->hostIds())
            addHostNode(id);
        QObject::connect(m_inventory, &Inventory::hostAdded, this,
                         [this](const QString &id) { addHostNode(id); });
        QObject::connect(m_inventory, &Inventory::hostAboutToBeRemoved, this,
                         [this](const QString &id) { removeHostNode(id); });
    }
    // Rebuilds the host's subtree and applies the differences.
    void resync(const QString &hostId)
    {
        Node *current = m_hostById.value(hostId);
        const Inventory::Host *h = m_inventory->host(hostId);
        if (!current || !h)
            return;
        NodePtr fresh = buildHost(*h);
        updateNode(current, *fresh);
    }

    static Node *nodeAt(const QModelIndex &index) { return static_cast<Node *>(index.internalPointer()); }
    static const Node *hostNodeOf(const Node *n)
    {
        while (n && n->parent)
            n = n->parent;
        return n;
    }
    QModelIndex indexOf(const Node *n, int column = 0) const
    {
        return n ? createIndex(n->row, column, const_cast<Node *>(n)) : QModelIndex();
    }
    const Node *findNode(const QString &hostId, int type, const QString &key) const
    {
        if (type == 0)
            return m_hostById.value(hostId);
        const auto it = m_registry.constFind(hostId);
        return it == m_registry.cend() ? nullptr : it->value({type, key});
    }
    Inventory *inventory() const { return m_inventory; }

    static NodePtr makeNode(int type, QString key, Values v = {})
    {
        auto n = std::make_unique<Node>();
        n->type = type;
        n->key = std::move(key);
        n->v = std::move(v);
        return n;
    }
    static Node *addChild(Node *parent, NodePtr child)
    {
        child->parent = parent;
        child->row = int(parent->children.size());
        parent->children.push_back(std::move(child));
        return parent->children.back().get();
    }

private:
    using Key = std::pair<int, QString>;
    struct Ops
    {
        HostTreeModel *m;
        Node *parent;
        QModelIndex parentIndex;
        Key key(const NodePtr &n) const { return {n->type, n->key}; }
        void beginRemove(int first, int last) { m->beginRemoveRows(parentIndex, first, last); }
        void endRemove() { m->endRemoveRows(); }
        void beginInsert(int first, int last) { m->beginInsertRows(parentIndex, first, last); }
        void endInsert() { m->endInsertRows(); }
        void beginMove(int from, int to) { m->beginMoveRows(parentIndex, from, from, parentIndex, to); }
        void endMove() { m->endMoveRows(); }
        void attached(NodePtr &n)
        {
            n->parent = parent;
            m->registerTree(hostNodeOf(parent)->key, n.get(), true);
        }
        void detached(NodePtr &n) { m->registerTree(hostNodeOf(parent)->key, n.get(), false); }
        void reindex(int from)
        {
            for (size_t i = size_t(from); i < parent->children.size(); ++i)
                parent->children[i]->row = int(i);
        }
        void update(int, NodePtr &current, NodePtr &wanted) { m->updateNode(current.get(), *wanted); }
    };

    void updateNode(Node *current, Node &fresh)
    {
        if (!(current->v == fresh.v)) {
            auto [first, last] = changedColumns(*current, fresh.v);
            current->v = std::move(fresh.v);
            if (first < 0)
                first = last = 0; // a role changed that no column shows as text
            Q_EMIT dataChanged(indexOf(current, first), indexOf(current, last));
        }
        Ops ops{this, current, indexOf(current)};
        syncKeyedList(current->children, std::move(fresh.children), ops);
    }

    void registerTree(const QString &hostId, Node *n, bool add)
    {
        auto &reg = m_registry[hostId];
        if (add)
            reg.insert({n->type, n->key}, n);
        else if (reg.value({n->type, n->key}) == n)
            reg.remove({n->type, n->key});
        for (const NodePtr &c : n->children)
            registerTree(hostId, c.get(), add);
    }

    void addHostNode(const QString &id)
    {
        const Inventory::Host *h = m_inventory->host(id);
        if (!h || m_hostById.contains(id))
            return;
        const int row = int(m_hosts.size());
        beginInsertRows({}, row, row);
        NodePtr n = buildHost(*h);
        n->row = row;
        m_hostById.insert(id, n.get());
        for (const NodePtr &c : n->children)
            registerTree(id, c.get(), true);
        m_hosts.push_back(std::move(n));
        endInsertRows();
    }

    void removeHostNode(const QString &id)
    {
        Node *n = m_hostById.value(id);
        if (!n)
            return;
        const int row = n->row;
        beginRemoveRows({}, row, row);
        m_hostById.remove(id);
        m_registry.remove(id);
        m_hosts.erase(m_hosts.begin() + row);
        for (size_t i = size_t(row); i < m_hosts.size(); ++i)
            m_hosts[i]->row = int(i);
        endRemoveRows();
    }

    Inventory *m_inventory;
    std::vector<NodePtr> m_hosts;
    QHash<QString, Node *> m_hostById;
    QHash<QString, QHash<Key, Node *>> m_registry; // per host: (type, key) → node, for indexFor
};
