#include "explorer/TreeSearchIndex.h"

#include "explorer/TreeNode.h"

void TreeSearchIndex::clear()
{
    m_text.clear();
    m_entries.clear();
    m_deadEntries = 0;
}

void TreeSearchIndex::setKey(Node &node, QStringView name, QStringView id)
{
    // The key is copied and folded in one pass straight into the shared buffer: no
    // temporary strings for the 100,000 rows of a big page run.
    const qsizetype offset = m_text.size();
    const qsizetype length = name.size() + 1 + id.size();
    m_text.resize(offset + length); // grows geometrically, in place where it can
    QChar *key = m_text.data() + offset;
    const auto foldInto = [](QChar *out, QStringView text) {
        for (const QChar c : text) {
            // Names and ids are nearly always ASCII: fold those inline, the rest through Qt.
            const char16_t u = c.unicode();
            *out++ = u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower();
        }
        return out;
    };
    QChar *end = foldInto(key, name);
    *end++ = u' ';
    foldInto(end, id);
    if (node.searchSlot >= 0) {
        if (keyOf(&node) == QStringView(key, length)) {
            m_text.truncate(offset); // unchanged: keep the old entry
            return;
        }
        m_entries[size_t(node.searchSlot)].node = nullptr;
        ++m_deadEntries;
    }
    node.searchSlot = int(m_entries.size());
    m_entries.push_back({&node, offset, length});
}

QStringView TreeSearchIndex::keyOf(const Node *node) const
{
    if (node->searchSlot < 0)
        return {};
    const Entry &entry = m_entries[size_t(node->searchSlot)];
    return QStringView(m_text).sliced(entry.offset, entry.length);
}

void TreeSearchIndex::forget(Node *node)
{
    if (node->searchSlot >= 0)
        m_entries[size_t(node->searchSlot)].node = nullptr;
    node->searchSlot = -1;
    ++m_deadEntries;
}

void TreeSearchIndex::compact()
{
    // Deleted rows leave holes; rebuild once they outnumber the live entries.
    if (m_deadEntries < 1024 || m_deadEntries * 2 < qsizetype(m_entries.size()))
        return;
    QString text;
    std::vector<Entry> entries;
    for (const Entry &entry : m_entries) {
        if (!entry.node)
            continue;
        entry.node->searchSlot = int(entries.size());
        entries.push_back({entry.node, qsizetype(text.size()), entry.length});
        text += QStringView(m_text).sliced(entry.offset, entry.length);
    }
    m_text = std::move(text);
    m_entries = std::move(entries);
    m_deadEntries = 0;
}

void TreeSearchIndex::setNeedle(const QString &needle)
{
    m_needle = needle;
    ++m_generation;
    m_hitCount = 0;
    if (needle.isEmpty())
        return;
    // Nodes that do not match are never touched.
    const QStringView text(m_text);
    for (const Entry &entry : m_entries) {
        if (!entry.node || !text.sliced(entry.offset, entry.length).contains(needle))
            continue;
        ++m_hitCount;
        markWithAncestors(entry.node);
    }
}

bool TreeSearchIndex::passes(const Node *node) const
{
    return m_needle.isEmpty() || node->hitGen == m_generation;
}

void TreeSearchIndex::markHits(Node *subtree)
{
    if (m_needle.isEmpty())
        return;
    if (keyOf(subtree).contains(m_needle)) {
        ++m_hitCount;
        markWithAncestors(subtree);
    }
    for (const auto &child : subtree->children)
        markHits(child.get());
}

void TreeSearchIndex::markWithAncestors(Node *node)
{
    // Stops at the first ancestor already marked in this generation.
    for (Node *walk = node; walk && walk->hitGen != m_generation; walk = walk->parent)
        walk->hitGen = m_generation;
}
