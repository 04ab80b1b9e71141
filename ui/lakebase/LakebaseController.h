#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class DbTreeModel;
class LakebaseActions;
class OperationTracker;
class QMenu;
class QWidget;

// What the operator can do with a Lakebase row — from the details pane's buttons and the
// tree's context menu alike — and the dialogs that ask for the details. Each action is
// offered only where the service would allow it, or offered with the reason it cannot go.
class LakebaseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LakebaseController)

public:
    LakebaseController(QWidget *dialogParent, OperationTracker *tracker);

    // The profile whose rows are acted on.
    void setSession(DbTreeModel *tree, LakebaseActions *actions);

    struct Offer
    {
        QString action; // "lbNewBranch", …
        QString text;
    };
    // The actions of a row of the tree (an index of `tree`), in the order they are shown.
    static QList<Offer> offers(const QModelIndex &row);
    // Runs an action on a row (an index of the current session's tree).
    void run(const QString &action, const QModelIndex &row);
    // Adds the row's actions and the "Show deleted" switch to a context menu.
    void addMenuActions(QMenu &menu, const QModelIndex &row);

private:
    void newProject();
    void newBranch(const QModelIndex &row);
    void newEndpoint(const QModelIndex &row);
    void renameProject(const QModelIndex &row);
    void remove(const QModelIndex &row);
    void getCredential(const QModelIndex &row);
    void explain(const QString &title, const QString &text);

    QWidget *m_parent;
    OperationTracker *m_tracker;
    QPointer<DbTreeModel> m_tree;
    QPointer<LakebaseActions> m_actions;
};
