#pragma once

#include "explorer/DbTreeModel.h"

#include <QString>

#include <vector>

// The explorer's filter: every node's lower-case "name id" in one buffer, so a filter is one
// scan over contiguous memory, and a hit marks its node and ancestors in place (no proxy
// recursion). Shared by every section of the tree.
class TreeSearchIndex
{
public:
    using Node = DbTreeModel::Node;

    void clear();
    // (Re)keys a node; an unchanged key keeps its entry.
    void setKey(Node &node, QStringView name, QStringView id);
    QStringView keyOf(const Node *node) const;
    // A node left the tree; its entry becomes a hole until compact() rebuilds.
    void forget(Node *node);
    void compact();

    void setNeedle(const QString &needle);
    bool passes(const Node *node) const;
    int hitCount() const { return m_hitCount; }
    // A subtree arrived while a filter is set: marks (and counts) its matches like setNeedle.
    void markHits(Node *subtree);
    // A node that matches (or holds a match) under the current filter.
    bool isMarked(const Node *node) const { return !m_needle.isEmpty() && passes(node); }
    // Marks a node and its ancestors as holding a match (a match moved under them).
    void markWithAncestors(Node *node);

private:
    struct Entry
    {
        Node *node;
        qsizetype offset;
        qsizetype length;
    };
    QString m_text;
    std::vector<Entry> m_entries;
    qsizetype m_deadEntries = 0;
    QString m_needle;
    quint32 m_generation = 1;
    int m_hitCount = 0;
};
