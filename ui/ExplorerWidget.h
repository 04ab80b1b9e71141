#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class Connection;
class DbActions;
class DbTreeFilterProxy;
class DbTreeModel;
class DetailsPane;
class OperationTracker;
class QAction;
class QLineEdit;
class QMessageBox;
class QToolBar;
class QTreeView;

// The database explorer: a lazily loaded resource tree with a filter on the left, the
// selected item's details on the right, and the create / branch / snapshot / restore /
// delete actions in a toolbar, the context menu and the details pane.
class ExplorerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerWidget)

public:
    ExplorerWidget(OperationTracker *tracker, QWidget *parent = nullptr);

    void setConnection(Connection *connection);
    DbTreeModel *model() const { return m_model; }
    DbTreeFilterProxy *proxy() const { return m_proxy; }
    DbActions *actions() const { return m_actions; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    DetailsPane *details() const { return m_details; }
    QString selectedId() const;
    bool selectId(const QString &id);

public slots:
    void newProject();
    void newBranch();
    void snapshotSelected();
    void restoreSelected();
    void deleteSelected();
    void refresh();

signals:
    void firstPageLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void onActivated(const QModelIndex &proxyIndex);
    void loadVisibleMoreRows();
    void showContextMenu(const QPoint &pos);
    void explainChildBranches(const QString &branchId);

    DbTreeModel *m_model;
    DbTreeFilterProxy *m_proxy;
    DbActions *m_actions;
    QPointer<Connection> m_connection;
    QToolBar *m_toolbar;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    DetailsPane *m_details;
    QTimer m_filterDebounce;
    QAction *m_newProject;
    QAction *m_newBranch;
    QAction *m_snapshot;
    QAction *m_restore;
    QAction *m_delete;
    QAction *m_refresh;
    QAction *m_focusFilter;
    bool m_firstPageSeen = false;
};
