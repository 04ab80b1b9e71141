#pragma once

#include "ProfileSession.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

struct AuraInstance;
class Connection;
class ConnectionProblemPage;
class ProfilesTreeModel;
class QStackedWidget;
class DbActions;
class DbTreeFilterProxy;
class DbTreeModel;
class DetailsPane;
class LakebaseController;
class OperationTracker;
class QAction;
class LiveLabel;
class QLineEdit;
class QMessageBox;
class QSplitter;
class QSettings;
class QTabWidget;
class QToolBar;
class QTreeView;
class QueueActions;
class QueueInspector;
class QueueStatsHub;
class SecretStore;

// The explorer: a lazily loaded resource tree (databases and queues) with a filter on the
// left; on the right the selected item's details and a tab per opened queue inspector;
// the create / branch / snapshot / restore / delete actions in a toolbar, the context
// menu and the details pane.
class ExplorerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerWidget)

public:
    ExplorerWidget(OperationTracker *tracker, QWidget *parent = nullptr);
    ~ExplorerWidget() override;

    // What profiles' connections are made with (before setProfiles).
    void setEnvironment(const ProfileSession::Environment &environment);
    // Every profile, a top-level row each; sessions of removed ones end.
    void setProfiles(const QList<Profile> &profiles);
    ProfileSession *session(const QString &profileId) const;
    // The session of the selected row (or of the last one opened); never null (an idle
    // stand-in with no connection when there is none).
    ProfileSession *currentSession() const;
    // Connects a profile (as expanding its row does) and, with `select`, makes it current.
    void openProfile(const QString &profileId, bool select = true);
    void closeProfile(const QString &profileId);
    QStringList openProfileIds() const;
    ProfilesTreeModel *profiles() const { return m_profiles; }
    // Between the view's rows and a profile's tree rows.
    QModelIndex toView(const QModelIndex &treeIndex) const;
    QModelIndex toTree(const QModelIndex &viewIndex) const;
    ConnectionProblemPage *problemPage() const { return m_problemPage; }
    // Where push-subscription secrets go.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // The current session's (see currentSession()).
    DbTreeModel *model() const { return m_model; }
    DbTreeFilterProxy *proxy() const { return m_proxy; }
    DbActions *actions() const { return m_actions; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    DetailsPane *details() const { return m_details; }
    QTabWidget *tabs() const { return m_tabs; }
    QueueActions *queueActions() const { return m_queueActions; }
    QueueStatsHub *statsHub() const { return m_stats; }
    // Live counts of every profile poll slowly while nobody can see them.
    void setCountsVisible(bool visible);
    // Opens (or brings forward) the inspector of a loaded queue; null when unknown.
    QueueInspector *openQueue(const QString &name, int page = 0);
    QueueInspector *inspector(const QString &name) const;
    QString selectedId() const;
    // For the window's menus: create, branch, snapshot, restore, delete (with their keys).
    QList<QAction *> resourceActions() const
    {
        return {m_newProject, m_newQueue, nullptr, m_newBranch, m_snapshot, m_restore, nullptr, m_delete};
    }
    QAction *findAction() const { return m_focusFilter; }
    QToolBar *toolbar() const { return m_toolbar; }
    // Puts filter, tree and tabs in reading order in the window's Tab chain, after `after`.
    void chainTabOrder(QWidget *after);
    bool selectId(const QString &id);
    // The layout the operator left: the splitter, the tree's columns, and the queue
    // inspectors open (profile id, queue name, page), for the next start.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);
    struct OpenQueue
    {
        QString profileId, queue;
        int page = 0;
    };
    static QList<OpenQueue> savedQueues(const QSettings &settings);

public slots:
    void newProject();
    void newQueue();
    // New Neo4j Aura instance in the selected row's tenant (or the profile's first one).
    void newAuraInstance();
    // Redrive jobs of the profile that did not finish (the console closed or killed): offered.
    void offerUnfinishedRedrives(ProfileSession *session);
    void newBranch();
    void snapshotSelected();
    void restoreSelected();
    void deleteSelected();
    void refresh();

signals:
    void firstPageLoaded();
    // The selection moved to another profile, or that profile's state changed.
    void currentSessionChanged();
    // Any profile's state changed (for counts).
    void sessionStatesChanged();
    // Profile management asked for from the tree.
    void editProfileRequested(const QString &profileId);
    void duplicateProfileRequested(const QString &profileId);
    void removeProfileRequested(const QString &profileId);
    void addProfileRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void onActivated(const QModelIndex &proxyIndex);
    void loadVisibleMoreRows();
    void watchVisibleQueues();
    void showContextMenu(const QPoint &pos);
    void explainChildBranches(const QString &branchId);
    void closeInspectors(const QString &profileId);
    void reportLoadProblems(ProfileSession *session);
    void adopt(ProfileSession *session);
    void setCurrentSession(ProfileSession *session);
    void showSessionState(ProfileSession *session);
    ProfileSession *sessionOfView(const QModelIndex &viewIndex) const;
    // A key for any row, across profiles, that survives reloads and filtering.
    QString keyOfView(const QModelIndex &viewIndex) const;
    QModelIndex viewForKey(const QString &key) const;
    void updateTabTitles();
    void updateDetailsPage();
    void showDetails();
    void auraAction(const QString &action);
    QList<AuraInstance> overwriteTargets(const AuraInstance &source) const;
    void overwriteFrom(const AuraInstance &source, const QString &snapshotId);
    void expandAttached(ProfileSession *session);
    QString selectedQueue() const;
    void applyFilter();
    void updateNothingMatches();
    void fitNameColumn();
    QStringList expandedKeys() const;

    ProfileSession::Environment m_env;
    ProfilesTreeModel *m_profiles;
    std::vector<ProfileSession *> m_sessions;
    ProfileSession *m_idle; // stands in when no profile is current
    QPointer<ProfileSession> m_current;
    // The current session's parts, kept in step by setCurrentSession().
    DbTreeModel *m_model;
    DbTreeFilterProxy *m_proxy;
    DbActions *m_actions;
    QueueStatsHub *m_stats;
    QueueActions *m_queueActions;
    SecretStore *m_secrets = nullptr;
    QPointer<Connection> m_connection;
    QToolBar *m_toolbar;
    QLineEdit *m_filter;
    LiveLabel *m_nothingMatches;
    QTreeView *m_tree;
    DetailsPane *m_details;
    LakebaseController *m_lakebase;
    ConnectionProblemPage *m_problemPage;
    QStackedWidget *m_detailsStack;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QTimer m_filterDebounce;
    QTimer m_visibleQueuesDebounce;
    QAction *m_newProject;
    QAction *m_newQueue;
    QAction *m_newBranch;
    QAction *m_snapshot;
    QAction *m_restore;
    QAction *m_delete;
    QAction *m_refresh;
    QAction *m_focusFilter;
    bool m_firstPageSeen = false;
    QString m_selectionKey;            // the operator's current row (DbTreeModel::keyOf)
    QStringList m_unfilteredExpansion; // expanded rows before a filter was typed
    bool m_applyingFilter = false;
    bool m_choosing = false; // selectId: a choice made for the operator
    QTimer m_fitNameDebounce;
    bool m_fittingName = false;
    bool m_nameSizedByHand = false;
};
