#pragma once

#include "profiles/Profile.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

class DbTreeModel;

// The explorer's one tree: every connection profile at the top level, each showing its
// own resource tree (a DbTreeModel, one per connected profile) beneath it. The profile rows
// are this model's; everything below is the profile's tree, passed through unchanged so
// its lazy loading, live updates and moves work as they do alone. A profile's tree is
// attached when it connects (the explorer connects a profile when the operator expands its
// row); a profile that was never opened costs nothing.
class ProfilesTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesTreeModel)

public:
    // What a profile row says about its connection.
    enum class State { NotConnected, Connecting, Online, Degraded, Unreachable, KeyMissing, Rejected, KeychainProblem };
    Q_ENUM(State)
    enum Role { ProfileIdRole = Qt::UserRole + 100, ProfileStateRole };

    explicit ProfilesTreeModel(QObject *parent = nullptr);
    ~ProfilesTreeModel() override;

    // Profiles, in the order given: rows are added, renamed and removed to match.
    void setProfiles(const QList<Profile> &profiles);
    QStringList profileIds() const;
    void setState(const QString &profileId, State state, const QString &detail = {});
    State state(const QString &profileId) const;
    // Shows `tree` (or nothing, for null) beneath the profile. The tree must outlive its
    // attachment or be detached first.
    void setTree(const QString &profileId, DbTreeModel *tree);
    DbTreeModel *tree(const QString &profileId) const;

    QModelIndex profileIndex(const QString &profileId, int column = 0) const;
    // The profile a row belongs to (its own row or any row beneath it).
    QString profileIdOf(const QModelIndex &index) const;
    bool isProfileRow(const QModelIndex &index) const;
    // Between this model and a profile's tree; a profile row has no tree index.
    QModelIndex mapToTree(const QModelIndex &index) const;
    QModelIndex mapFromTree(const QModelIndex &treeIndex) const;
    DbTreeModel *treeOf(const QModelIndex &index) const;

    // The filter of every attached tree; a profile row passes when its name or anything
    // beneath it matches.
    void setFilterNeedle(const QString &needle);
    bool passesFilter(const QModelIndex &index) const;
    int filterHitCount() const;

    static QString stateText(State state);
    // Profile rows and headers repainted in a new language.
    void retranslate();

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Entry;
    Entry *entryOf(const QModelIndex &index) const;
    Entry *entryById(const QString &profileId) const;
    Entry *entryOfTreeIndex(const QModelIndex &treeIndex) const;
    QModelIndex rowOf(const Entry *entry, int column = 0) const;
    // The tree's profile node (its rows' parent), or invalid when it has none.
    static QModelIndex treeTop(const DbTreeModel *tree);
    void attach(Entry *entry);
    void detach(Entry *entry);
    void rememberRoot(Entry *entry);
    void rowChanged(const Entry *entry);

    std::vector<std::unique_ptr<Entry>> m_entries;
    QSet<const void *> m_entryPointers;
    QHash<const void *, Entry *> m_byRoot; // a tree's root node → its entry
    QString m_needle;
};
