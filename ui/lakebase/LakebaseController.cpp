#include "lakebase/LakebaseController.h"

#include "TypedNameDialog.h"
#include "api/lakebase/LakebaseClient.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"
#include "lakebase/LakebaseActions.h"
#include "lakebase/LakebaseDialogs.h"
#include "lakebase/LakebaseSection.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using Kind = DbTreeModel::NodeKind;

namespace {

const DbTreeModel *treeOf(const QModelIndex &row)
{
    return qobject_cast<const DbTreeModel *>(row.model());
}

template <typename Record>
std::optional<Record> recordOf(const QModelIndex &row)
{
    const DbTreeModel *tree = treeOf(row);
    return tree ? tree->record<Record>(row.data(DbTreeModel::IdRole).toString()) : std::nullopt;
}

// The branch a row belongs to (itself, or the branch above an endpoint or a group).
std::optional<LakebaseBranch> branchAbove(QModelIndex row)
{
    for (; row.isValid(); row = row.parent())
        if (auto branch = recordOf<LakebaseBranch>(row))
            return branch;
    return std::nullopt;
}

} // namespace

LakebaseController::LakebaseController(QWidget *dialogParent, OperationTracker *tracker)
    : QObject(dialogParent), m_parent(dialogParent), m_tracker(tracker)
{
}

void LakebaseController::setSession(DbTreeModel *tree, LakebaseActions *actions)
{
    m_tree = tree;
    m_actions = actions;
}

QList<LakebaseController::Offer> LakebaseController::offers(const QModelIndex &row)
{
    const Kind kind = row.data(DbTreeModel::KindRole).value<Kind>();
    QList<Offer> list;
    if (kind == Kind::LakebaseGroup)
        list << Offer{u"lbNewProject"_s, tr("New project…")};
    if (const auto project = recordOf<LakebaseProject>(row)) {
        if (project->isDeleted())
            return {{u"lbUndelete"_s, tr("Undelete")}};
        list << Offer{u"lbNewBranch"_s, tr("New branch…")} << Offer{u"lbRename"_s, tr("Rename…")}
             << Offer{u"lbDelete"_s, tr("Delete…")};
    }
    if (const auto branch = recordOf<LakebaseBranch>(row)) {
        if (branch->isDeleted())
            return {{u"lbUndelete"_s, tr("Undelete")}};
        list << Offer{u"lbNewBranch"_s, tr("New branch…")} << Offer{u"lbNewEndpoint"_s, tr("New endpoint…")};
        list << (branch->isProtected ? Offer{u"lbUnprotect"_s, tr("Unprotect")} : Offer{u"lbProtect"_s, tr("Protect")});
        list << Offer{u"lbDelete"_s, tr("Delete…")};
    }
    if (recordOf<LakebaseEndpoint>(row))
        list << Offer{u"lbCredential"_s, tr("Get credential…")} << Offer{u"lbCompute"_s, tr("Compute…")}
             << Offer{u"lbDelete"_s, tr("Delete…")};
    return list;
}

void LakebaseController::addMenuActions(QMenu &menu, const QModelIndex &row)
{
    const Kind kind = row.data(DbTreeModel::KindRole).value<Kind>();
    if (!m_tree || !m_tree->lakebase() || !m_tree->lakebase()->owns(kind))
        return;
    const QPersistentModelIndex kept(row);
    for (const Offer &offer : offers(row))
        if (offer.action != u"lbNewProject") // the explorer's own New project is in the menu
            menu.addAction(offer.text, this, [this, action = offer.action, kept] { run(action, kept); })
                ->setObjectName(offer.action + u"Action"_s);
    QAction *showDeleted = menu.addAction(tr("Show deleted"));
    showDeleted->setObjectName(u"lbShowDeletedAction"_s);
    showDeleted->setCheckable(true);
    showDeleted->setChecked(m_tree->lakebase()->showDeleted());
    connect(showDeleted, &QAction::toggled, this, [tree = m_tree](bool show) {
        if (tree)
            tree->lakebase()->setShowDeleted(show);
    });
    menu.addSeparator();
}

void LakebaseController::run(const QString &action, const QModelIndex &row)
{
    if (!m_actions || !m_actions->client())
        return;
    if (action == u"lbNewProject")
        return newProject();
    if (action == u"lbNewBranch")
        return newBranch(row);
    if (action == u"lbNewEndpoint")
        return newEndpoint(row);
    if (action == u"lbRename")
        return renameProject(row);
    if (action == u"lbDelete")
        return remove(row);
    if (action == u"lbCredential")
        return getCredential(row);
    if (action == u"lbUndelete") {
        // Only a row that is still there and deleted (the menu may outlive the row).
        const auto project = recordOf<LakebaseProject>(row);
        const auto branch = recordOf<LakebaseBranch>(row);
        if ((project && project->isDeleted()) || (branch && branch->isDeleted()))
            m_actions->undelete(project ? project->name : branch->name);
        return;
    }
    if (const auto branch = recordOf<LakebaseBranch>(row); branch && action.endsWith(u"protect"_s, Qt::CaseInsensitive))
        m_actions->setBranchProtected(branch->projectId, branch->id, action == u"lbProtect");
    if (const auto endpoint = recordOf<LakebaseEndpoint>(row); endpoint && action == u"lbCompute")
        (new EditLakebaseEndpointDialog(m_actions, m_tracker, *endpoint, m_parent))->open();
}

void LakebaseController::newProject()
{
    (new NewLakebaseProjectDialog(m_actions, m_tracker, m_parent))->open();
}

void LakebaseController::newBranch(const QModelIndex &row)
{
    // The project's loaded branches are the sources; the selected one comes first.
    QModelIndex projectRow = row;
    while (projectRow.isValid() && !recordOf<LakebaseProject>(projectRow))
        projectRow = projectRow.parent();
    const auto project = recordOf<LakebaseProject>(projectRow);
    if (!project)
        return;
    QList<LakebaseBranch> sources;
    std::vector<QModelIndex> pending{projectRow};
    while (!pending.empty()) {
        const QModelIndex at = pending.back();
        pending.pop_back();
        for (int i = 0; i < m_tree->rowCount(at); ++i) {
            const QModelIndex child = m_tree->index(i, 0, at);
            if (const auto branch = recordOf<LakebaseBranch>(child); branch && !branch->isDeleted()) {
                sources << *branch;
                pending.push_back(child);
            }
        }
    }
    const auto selected = branchAbove(row);
    (new NewLakebaseBranchDialog(m_actions, m_tracker, project->id, sources,
                                 selected ? selected->name : project->defaultBranch, m_parent))
        ->open();
}

void LakebaseController::newEndpoint(const QModelIndex &row)
{
    const auto branch = branchAbove(row);
    if (!branch)
        return;
    // Asked now, not taken from the tree: the branch's endpoints may not be loaded, and a
    // second read-write endpoint is refused.
    m_actions->client()->listEndpoints(
        branch->projectId, branch->id, {}, this,
        [this, branch = *branch](const LakebasePage<LakebaseEndpoint> &page, const ApiError &error) {
            if (error.isError())
                return explain(tr("New endpoint"), error.message());
            QString readWrite;
            for (const LakebaseEndpoint &endpoint : page.items)
                if (endpoint.isReadWrite())
                    readWrite = endpoint.id;
            (new NewLakebaseEndpointDialog(m_actions, m_tracker, branch.projectId, branch.id, readWrite, m_parent))
                ->open();
        });
}

void LakebaseController::renameProject(const QModelIndex &row)
{
    const auto project = recordOf<LakebaseProject>(row);
    if (!project)
        return;
    auto *ask = new QInputDialog(m_parent);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(u"lbRenameDialog"_s);
    ask->setWindowTitle(tr("Rename %1").arg(project->displayName));
    ask->setLabelText(tr("Display name (the ID %1 stays):").arg(project->id));
    ask->setTextValue(project->displayName);
    connect(ask, &QInputDialog::textValueSelected, this,
            [actions = m_actions, project = *project](const QString &text) {
                const QString name = text.trimmed();
                if (actions && !name.isEmpty() && name.size() <= 256 && name != project.displayName)
                    actions->renameProject(project.id, name);
            });
    ask->open();
}

void LakebaseController::remove(const QModelIndex &row)
{
    const QString name = row.data(DbTreeModel::IdRole).toString().mid(9); // "lakebase:" + resource name
    QString title, text, typed;
    if (const auto branch = recordOf<LakebaseBranch>(row)) {
        // What the service would refuse is explained here instead of asked for.
        if (branch->isProtected)
            return explain(tr("Delete branch"),
                           tr("“%1” is protected: a protected branch cannot be deleted, and neither can its "
                              "endpoints or its project. Unprotect it first if it really has to go.")
                               .arg(branch->id));
        if (branch->isDefault)
            return explain(tr("Delete branch"),
                           tr("“%1” is the project's default branch: it goes only with the project.").arg(branch->id));
        title = tr("Delete branch");
        text = tr("Delete branch “%1”? It disappears from the project, and can be undeleted (Show deleted) until "
                  "it is purged.")
                   .arg(branch->id);
        typed = branch->id;
    } else if (const auto project = recordOf<LakebaseProject>(row)) {
        title = tr("Delete project");
        text = tr("Delete project “%1” (%2) with all its branches and endpoints? It can be undeleted (Show deleted) "
                  "until it is purged.")
                   .arg(project->displayName, project->id);
        typed = project->id;
    } else if (const auto endpoint = recordOf<LakebaseEndpoint>(row)) {
        if (const auto branch = branchAbove(row.parent()); branch && branch->isProtected)
            return explain(
                tr("Delete endpoint"),
                tr("“%1” is on the protected branch “%2”: unprotect the branch first.").arg(endpoint->id, branch->id));
        title = tr("Delete endpoint");
        text = tr("Delete endpoint “%1”? Connections through it end, and it cannot be undeleted.").arg(endpoint->id);
        typed = endpoint->id;
    } else {
        return;
    }
    auto *confirm = new TypedNameDialog(title, text, typed, tr("Delete"), m_parent);
    confirm->onConfirmed([actions = m_actions, name](bool) {
        if (actions)
            actions->remove(name);
    });
    confirm->open();
}

void LakebaseController::getCredential(const QModelIndex &row)
{
    const auto endpoint = recordOf<LakebaseEndpoint>(row);
    if (!endpoint)
        return;
    QModelIndex projectRow = row;
    while (projectRow.isValid() && !recordOf<LakebaseProject>(projectRow))
        projectRow = projectRow.parent();
    const auto project = recordOf<LakebaseProject>(projectRow);
    const QString user = project ? project->owner : QString();
    m_actions->client()->generateCredential(
        endpoint->name, 3600, this,
        [this, endpoint = *endpoint, user](const LakebaseCredential &credential, const ApiError &error) {
            if (error.isError())
                return explain(tr("Get credential"), error.message());
            (new LakebaseCredentialDialog(credential, endpoint, user, m_parent))->open();
        });
}

void LakebaseController::explain(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, m_parent);
    box->setObjectName(u"lakebaseExplanation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
