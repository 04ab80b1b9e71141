#include "explorer/ProfilesTreeModel.h"

#include "StatusIcons.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"

#include <QColor>
#include <QFont>

using Node = DbTreeModel::Node;

struct ProfilesTreeModel::Entry
{
    Profile profile;
    State state = State::NotConnected;
    QString detail;
    QPointer<DbTreeModel> tree;
    QList<QMetaObject::Connection> links;
    // Between a tree's "about to reset" and "reset" its rows are not shown.
    bool hidden = false;
    const void *root = nullptr;
};

ProfilesTreeModel::ProfilesTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
}

ProfilesTreeModel::~ProfilesTreeModel()
{
    for (auto &entry : m_entries)
        for (const auto &link : entry->links)
            disconnect(link);
}

void ProfilesTreeModel::setProfiles(const QList<Profile> &profiles)
{
    // Gone first, then renamed, then new ones appended in order.
    QSet<QString> wanted;
    for (const Profile &profile : profiles)
        wanted.insert(profile.id);
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        Entry *entry = m_entries[size_t(row)].get();
        if (wanted.contains(entry->profile.id))
            continue;
        detach(entry);
        beginRemoveRows({}, row, row);
        m_entryPointers.remove(entry);
        m_entries.erase(m_entries.begin() + row);
        endRemoveRows();
    }
    for (const Profile &profile : profiles) {
        if (Entry *entry = entryById(profile.id)) {
            if (!(entry->profile == profile)) {
                entry->profile = profile;
                emit dataChanged(rowOf(entry, 0), rowOf(entry, DbTreeModel::ColumnCount - 1));
            }
            continue;
        }
        auto entry = std::make_unique<Entry>();
        entry->profile = profile;
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entryPointers.insert(entry.get());
        m_entries.push_back(std::move(entry));
        endInsertRows();
    }
}

QStringList ProfilesTreeModel::profileIds() const
{
    QStringList ids;
    for (const auto &entry : m_entries)
        ids << entry->profile.id;
    return ids;
}

void ProfilesTreeModel::setState(const QString &profileId, State state, const QString &detail)
{
    Entry *entry = entryById(profileId);
    if (!entry || (entry->state == state && entry->detail == detail))
        return;
    entry->state = state;
    entry->detail = detail;
    emit dataChanged(rowOf(entry, 0), rowOf(entry, DbTreeModel::ColumnCount - 1));
}

ProfilesTreeModel::State ProfilesTreeModel::state(const QString &profileId) const
{
    const Entry *entry = entryById(profileId);
    return entry ? entry->state : State::NotConnected;
}

void ProfilesTreeModel::setTree(const QString &profileId, DbTreeModel *tree)
{
    Entry *entry = entryById(profileId);
    if (!entry || entry->tree == tree)
        return;
    detach(entry);
    entry->tree = tree;
    if (tree)
        attach(entry);
}

DbTreeModel *ProfilesTreeModel::tree(const QString &profileId) const
{
    const Entry *entry = entryById(profileId);
    return entry ? entry->tree.data() : nullptr;
}

QModelIndex ProfilesTreeModel::treeTop(const DbTreeModel *tree)
{
    return tree ? tree->index(0, 0) : QModelIndex();
}

void ProfilesTreeModel::rememberRoot(Entry *entry)
{
    if (entry->root)
        m_byRoot.remove(entry->root);
    entry->root = nullptr;
    const QModelIndex top = treeTop(entry->tree);
    if (top.isValid()) {
        entry->root = static_cast<const Node *>(top.internalPointer())->parent;
        m_byRoot.insert(entry->root, entry);
    }
}

void ProfilesTreeModel::attach(Entry *entry)
{
    DbTreeModel *tree = entry->tree;
    if (!m_needle.isEmpty())
        tree->setFilterNeedle(m_needle);
    rememberRoot(entry);
    const QModelIndex top = treeTop(tree);
    const int rows = tree->rowCount(top);
    if (top.isValid() && rows > 0) {
        entry->hidden = true;
        beginInsertRows(rowOf(entry), 0, rows - 1);
        entry->hidden = false;
        endInsertRows();
    }
    auto mapped = [this](const QModelIndex &treeIndex) { return mapFromTree(treeIndex); };
    auto &links = entry->links;
    // A reset (a new connection on the same tree) is a removal of every row, then an insert.
    links << connect(tree, &QAbstractItemModel::modelAboutToBeReset, this, [this, entry] {
        const QModelIndex row = rowOf(entry);
        const int count = rowCount(row);
        if (count > 0)
            beginRemoveRows(row, 0, count - 1);
        entry->hidden = true;
        if (count > 0)
            endRemoveRows();
    });
    links << connect(tree, &QAbstractItemModel::modelReset, this, [this, entry] {
        rememberRoot(entry);
        const QModelIndex top = treeTop(entry->tree);
        const int count = top.isValid() ? entry->tree->rowCount(top) : 0;
        if (count > 0)
            beginInsertRows(rowOf(entry), 0, count - 1);
        entry->hidden = false;
        if (count > 0)
            endInsertRows();
        rowChanged(entry); // a filter proxy checks the row again
    });
    // Rows come and go below the profile node only (its own row is this model's).
    links << connect(tree, &QAbstractItemModel::rowsAboutToBeInserted, this,
                     [this, mapped, entry](const QModelIndex &parent, int first, int last) {
                         if (!entry->hidden && parent.isValid())
                             beginInsertRows(mapped(parent), first, last);
                     });
    links << connect(tree, &QAbstractItemModel::rowsInserted, this, [this, entry](const QModelIndex &parent) {
        if (!entry->hidden && parent.isValid())
            endInsertRows();
    });
    links << connect(tree, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                     [this, mapped, entry](const QModelIndex &parent, int first, int last) {
                         if (!entry->hidden && parent.isValid())
                             beginRemoveRows(mapped(parent), first, last);
                     });
    links << connect(tree, &QAbstractItemModel::rowsRemoved, this, [this, entry](const QModelIndex &parent) {
        if (!entry->hidden && parent.isValid())
            endRemoveRows();
    });
    links << connect(
        tree, &QAbstractItemModel::rowsAboutToBeMoved, this,
        [this, mapped, entry](const QModelIndex &from, int first, int last, const QModelIndex &to, int row) {
            if (!entry->hidden)
                beginMoveRows(mapped(from), first, last, mapped(to), row);
        });
    links << connect(tree, &QAbstractItemModel::rowsMoved, this, [this, entry] {
        if (!entry->hidden)
            endMoveRows();
    });
    links << connect(
        tree, &QAbstractItemModel::dataChanged, this,
        [this, mapped, entry](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            if (entry->hidden)
                return;
            // The tree's own profile node is this model's profile row: passed on as a change
            // of that row (a filter proxy re-checks it when matches arrive).
            if (!topLeft.parent().isValid())
                return rowChanged(entry);
            emit dataChanged(mapped(topLeft), mapped(bottomRight), roles);
        });
    links << connect(tree, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    rowChanged(entry);
}

void ProfilesTreeModel::rowChanged(const Entry *entry)
{
    if (const QModelIndex first = rowOf(entry, 0); first.isValid())
        emit dataChanged(first, rowOf(entry, DbTreeModel::ColumnCount - 1));
}

void ProfilesTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, DbTreeModel::ColumnCount - 1);
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, DbTreeModel::ColumnCount - 1));
}

void ProfilesTreeModel::detach(Entry *entry)
{
    for (const auto &link : entry->links)
        disconnect(link);
    entry->links.clear();
    const QModelIndex row = rowOf(entry);
    const int count = rowCount(row);
    if (count > 0)
        beginRemoveRows(row, 0, count - 1);
    entry->hidden = true;
    if (entry->root)
        m_byRoot.remove(entry->root);
    entry->root = nullptr;
    entry->tree = nullptr;
    if (count > 0)
        endRemoveRows();
    entry->hidden = false;
}

ProfilesTreeModel::Entry *ProfilesTreeModel::entryById(const QString &profileId) const
{
    for (const auto &entry : m_entries)
        if (entry->profile.id == profileId)
            return entry.get();
    return nullptr;
}

QModelIndex ProfilesTreeModel::rowOf(const Entry *entry, int column) const
{
    for (size_t row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].get() == entry)
            return createIndex(int(row), column, const_cast<Entry *>(entry));
    return {};
}

ProfilesTreeModel::Entry *ProfilesTreeModel::entryOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    void *pointer = index.internalPointer();
    if (m_entryPointers.contains(pointer))
        return static_cast<Entry *>(pointer);
    const Node *node = static_cast<const Node *>(pointer);
    while (node->parent)
        node = node->parent;
    return m_byRoot.value(node);
}

ProfilesTreeModel::Entry *ProfilesTreeModel::entryOfTreeIndex(const QModelIndex &treeIndex) const
{
    for (const auto &entry : m_entries)
        if (entry->tree && entry->tree == treeIndex.model())
            return entry.get();
    return nullptr;
}

bool ProfilesTreeModel::isProfileRow(const QModelIndex &index) const
{
    return index.isValid() && m_entryPointers.contains(index.internalPointer());
}

QString ProfilesTreeModel::profileIdOf(const QModelIndex &index) const
{
    const Entry *entry = entryOf(index);
    return entry ? entry->profile.id : QString();
}

QModelIndex ProfilesTreeModel::profileIndex(const QString &profileId, int column) const
{
    return rowOf(entryById(profileId), column);
}

QModelIndex ProfilesTreeModel::mapToTree(const QModelIndex &index) const
{
    if (!index.isValid() || isProfileRow(index))
        return {};
    const Entry *entry = entryOf(index);
    if (!entry || !entry->tree)
        return {};
    return entry->tree->indexForInternalPointer(index.internalPointer(), index.column());
}

QModelIndex ProfilesTreeModel::mapFromTree(const QModelIndex &treeIndex) const
{
    if (!treeIndex.isValid())
        return {};
    Entry *entry = entryOfTreeIndex(treeIndex);
    if (!entry)
        return {};
    if (!treeIndex.parent().isValid()) // the tree's profile node is this model's profile row
        return rowOf(entry, treeIndex.column());
    return createIndex(treeIndex.row(), treeIndex.column(), treeIndex.internalPointer());
}

DbTreeModel *ProfilesTreeModel::treeOf(const QModelIndex &index) const
{
    const Entry *entry = entryOf(index);
    return entry ? entry->tree.data() : nullptr;
}

QModelIndex ProfilesTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= DbTreeModel::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_entries.size()) ? createIndex(row, column, m_entries[size_t(row)].get()) : QModelIndex();
    if (parent.column() > 0)
        return {};
    const Entry *entry = entryOf(parent);
    if (!entry || !entry->tree || entry->hidden)
        return {};
    const Node *node = isProfileRow(parent) ? static_cast<const Node *>(treeTop(entry->tree).internalPointer())
                                            : static_cast<const Node *>(parent.internalPointer());
    if (!node || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ProfilesTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isProfileRow(child))
        return {};
    const Node *node = static_cast<const Node *>(child.internalPointer());
    const Node *up = node->parent;
    if (!up)
        return {};
    if (up->parent && !up->parent->parent) // the tree's profile node
        return rowOf(entryOf(child));
    return createIndex(up->row, 0, const_cast<Node *>(up));
}

int ProfilesTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.column() > 0)
        return 0;
    const Entry *entry = entryOf(parent);
    if (!entry || !entry->tree || entry->hidden)
        return 0;
    if (isProfileRow(parent)) {
        const QModelIndex top = treeTop(entry->tree);
        return top.isValid() ? entry->tree->rowCount(top) : 0;
    }
    return int(static_cast<const Node *>(parent.internalPointer())->children.size());
}

int ProfilesTreeModel::columnCount(const QModelIndex &) const
{
    return DbTreeModel::ColumnCount;
}

bool ProfilesTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_entries.empty();
    if (isProfileRow(parent))
        return parent.column() == 0; // expandable: expanding it connects
    const QModelIndex tree = mapToTree(parent);
    return tree.isValid() && tree.model()->hasChildren(tree);
}

Qt::ItemFlags ProfilesTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool ProfilesTreeModel::canFetchMore(const QModelIndex &parent) const
{
    // A profile connects on the operator's own expand (the explorer asks), never because a
    // view lays out its row as expanded.
    if (isProfileRow(parent))
        return false;
    const QModelIndex tree = mapToTree(parent);
    return tree.isValid() && tree.model()->canFetchMore(tree);
}

void ProfilesTreeModel::fetchMore(const QModelIndex &parent)
{
    if (isProfileRow(parent))
        return;
    if (DbTreeModel *tree = treeOf(parent))
        tree->fetchMore(mapToTree(parent));
}

QString ProfilesTreeModel::stateText(State state)
{
    switch (state) {
    case State::NotConnected: return tr("not connected");
    case State::Connecting: return tr("connecting…");
    case State::Online: return tr("online");
    case State::Degraded: return tr("degraded");
    case State::Unreachable: return tr("unreachable");
    case State::KeyMissing: return tr("no API key");
    case State::Rejected: return tr("key rejected");
    case State::KeychainProblem: return tr("keychain unavailable");
    }
    return {};
}

QVariant ProfilesTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!isProfileRow(index)) {
        const QModelIndex tree = mapToTree(index);
        return tree.isValid() ? tree.data(role) : QVariant();
    }
    const Entry *entry = static_cast<const Entry *>(index.internalPointer());
    switch (role) {
    case ProfileIdRole: return entry->profile.id;
    case ProfileStateRole: return int(entry->state);
    case DbTreeModel::KindRole: return QVariant::fromValue(DbTreeModel::NodeKind::Profile);
    case DbTreeModel::SearchRole: return entry->profile.name.toLower();
    case Qt::DisplayRole:
        if (index.column() == DbTreeModel::NameColumn)
            return entry->profile.name;
        if (index.column() == DbTreeModel::StatusColumn)
            return stateText(entry->state);
        if (index.column() == DbTreeModel::TypeColumn) {
            switch (entry->profile.kind) {
            //: The type of a connection profile in the tree.
            case Profile::Kind::Infrai: return tr("infrai account");
            case Profile::Kind::Aura: return tr("Neo4j Aura tenant");
            case Profile::Kind::Lakebase: return tr("Databricks workspace");
            }
            return {};
        }
        if (index.column() == DbTreeModel::RegionColumn)
            return entry->profile.baseUrl.host();
        return {};
    case Qt::ToolTipRole: {
        QString tip = entry->profile.name + u'\n' + entry->profile.baseUrl.toString(QUrl::RemoveUserInfo);
        if (!entry->detail.isEmpty())
            tip += u'\n' + entry->detail;
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == DbTreeModel::NameColumn)
            return StatusIcons::profile(entry->profile.kind == Profile::Kind::Infrai ? 0
                                        : entry->profile.kind == Profile::Kind::Aura ? 1
                                                                                     : 2);
        if (index.column() == DbTreeModel::StatusColumn) {
            switch (entry->state) {
            case State::Online: return StatusIcons::forStatus(ResourceStatus::Ready);
            case State::Connecting: return StatusIcons::forStatus(ResourceStatus::Provisioning);
            case State::Degraded: return StatusIcons::warning();
            case State::Unreachable:
            case State::Rejected:
            case State::KeychainProblem:
            case State::KeyMissing: return StatusIcons::forStatus(ResourceStatus::Failed);
            case State::NotConnected: return StatusIcons::forStatus(ResourceStatus::Unknown);
            }
        }
        return {};
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return index.column() == DbTreeModel::NameColumn ? QVariant(bold) : QVariant();
    }
    default: return {};
    }
}

QVariant ProfilesTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DbTreeModel::NameColumn: return DbTreeModel::tr("Name");
    case DbTreeModel::StatusColumn: return DbTreeModel::tr("Status");
    case DbTreeModel::TypeColumn: return DbTreeModel::tr("Type");
    case DbTreeModel::RegionColumn: return DbTreeModel::tr("Region");
    case DbTreeModel::CreatedColumn: return DbTreeModel::tr("Created");
    }
    return {};
}

void ProfilesTreeModel::setFilterNeedle(const QString &needle)
{
    m_needle = needle;
    for (const auto &entry : m_entries)
        if (entry->tree)
            entry->tree->setFilterNeedle(needle);
}

bool ProfilesTreeModel::passesFilter(const QModelIndex &index) const
{
    if (m_needle.isEmpty())
        return true;
    if (isProfileRow(index)) {
        const Entry *entry = entryOf(index);
        if (entry->profile.name.toLower().contains(m_needle))
            return true;
        const QModelIndex top = treeTop(entry->tree);
        return top.isValid() && entry->tree->passesFilter(top);
    }
    const QModelIndex tree = mapToTree(index);
    return tree.isValid() && static_cast<const DbTreeModel *>(tree.model())->passesFilter(tree);
}

int ProfilesTreeModel::filterHitCount() const
{
    int hits = 0;
    for (const auto &entry : m_entries) {
        if (entry->tree)
            hits += entry->tree->filterHitCount();
        if (!m_needle.isEmpty() && entry->profile.name.toLower().contains(m_needle))
            ++hits;
    }
    return hits;
}
