#include "db/DbActions.h"

#include "api/db/InfraiDbClient.h"
#include "explorer/DbTreeModel.h"

DbActions::DbActions(DbTreeModel *model, OperationTracker *tracker, QObject *parent)
    : QObject(parent), m_model(model), m_tracker(tracker), m_scope(tracker)
{
    connect(model, &DbTreeModel::resourceSettled, this, [this](const QString &id, ResourceStatus status) {
        const int operation = m_settling.take(id);
        if (!operation)
            return;
        if (status == ResourceStatus::Failed) {
            const std::optional<DbProject> project = m_model->project(id);
            m_tracker->fail(operation, ApiError::resourceFailed(project ? project->error : QString()));
        } else
            m_tracker->succeed(operation, id);
    });
}

void DbActions::setClient(InfraiDbClient *client, const ProfileRef &profile)
{
    // Every call is a new connection, even at the old client's address.
    m_client = client;
    m_scope.reconnect();
    m_scope.setProfile(profile);
    for (int operation : std::as_const(m_settling))
        m_tracker->fail(operation, ApiError::cancelled());
    m_settling.clear();
}

int DbActions::run(Operation::Kind kind, const QString &target, const ApiRequest &request, Sender send)
{
    const int operation = m_scope.start(kind, target);
    m_scope.opened(operation);
    // The retry re-sends the very same request: same body, same idempotency key, to the
    // account the call was made on (after a switch of profile it fails as cancelled).
    m_tracker->setRetry(operation, [this, generation = m_scope.generation(), send, request, operation] {
        if (m_scope.reopen(generation, operation))
            send(request, operation);
    });
    send(request, operation);
    return operation;
}

void DbActions::finished(int operation, const ApiError &error, const QString &resultId, ResourceStatus status)
{
    m_scope.closed(operation);
    if (error.isError()) {
        m_tracker->fail(operation, error);
        if (error.kind() == ApiError::Kind::InsufficientCredit)
            emit creditExhausted();
    } else if (status == ResourceStatus::Provisioning) {
        m_tracker->settling(operation, resultId);
        m_settling.insert(resultId, operation);
    } else {
        m_tracker->succeed(operation, resultId);
    }
    emit operationFinished(operation, error);
}

int DbActions::createProject(const NewProjectSpec &spec)
{
    return run(Operation::Kind::CreateProject, spec.name, InfraiDbClient::createProjectRequest(spec),
               [this](const ApiRequest &request, int operation) {
                   m_client->sendProject(request, this,
                                         [this, operation](const DbProject &project, const ApiError &error) {
                                             if (!error.isError())
                                                 m_model->upsertProject(project);
                                             finished(operation, error, project.id, project.status);
                                         });
               });
}

int DbActions::restoreSnapshot(const QString &snapshotId, const QString &newName)
{
    return run(Operation::Kind::RestoreSnapshot, newName, InfraiDbClient::restoreSnapshotRequest(snapshotId, newName),
               [this](const ApiRequest &request, int operation) {
                   m_client->sendProject(request, this,
                                         [this, operation](const DbProject &project, const ApiError &error) {
                                             if (!error.isError())
                                                 m_model->upsertProject(project);
                                             finished(operation, error, project.id, project.status);
                                         });
               });
}

int DbActions::createBranch(const QString &projectId, const QString &name, const QString &fromBranch)
{
    return run(Operation::Kind::CreateBranch, name, InfraiDbClient::createBranchRequest(projectId, name, fromBranch),
               [this](const ApiRequest &request, int operation) {
                   m_client->sendBranch(request, this,
                                        [this, operation](const DbBranch &branch, const ApiError &error) {
                                            if (!error.isError())
                                                m_model->upsertBranch(branch);
                                            finished(operation, error, branch.id, branch.status);
                                        });
               });
}

int DbActions::createSnapshot(const QString &projectId, const QString &label)
{
    const std::optional<DbProject> project = m_model->project(projectId);
    return run(
        Operation::Kind::CreateSnapshot, project ? project->name : projectId,
        InfraiDbClient::createSnapshotRequest(projectId, label), [this](const ApiRequest &request, int operation) {
            m_client->sendSnapshot(request, this, [this, operation](const DbSnapshot &snapshot, const ApiError &error) {
                if (!error.isError())
                    m_model->upsertSnapshot(snapshot);
                finished(operation, error, snapshot.id, ResourceStatus::Ready);
            });
        });
}

int DbActions::deleteProject(const QString &projectId)
{
    const std::optional<DbProject> project = m_model->project(projectId);
    return run(Operation::Kind::DeleteProject, project ? project->name : projectId,
               InfraiDbClient::deleteProjectRequest(projectId),
               [this, projectId, project](const ApiRequest &request, int operation) {
                   if (project) { // show "deleting" while the call is in flight
                       DbProject deleting = *project;
                       deleting.status = ResourceStatus::Deleting;
                       m_model->upsertProject(deleting);
                   }
                   m_client->sendOk(request, this, [this, operation, projectId, project](bool, const ApiError &error) {
                       // Gone either way when the service says it is not there.
                       if (!error.isError() || error.kind() == ApiError::Kind::NotFound)
                           m_model->removeResource(projectId);
                       else if (project)
                           m_model->upsertProject(*project);
                       finished(operation, error, projectId, ResourceStatus::Ready);
                   });
               });
}

int DbActions::deleteBranch(const QString &branchId)
{
    const std::optional<DbBranch> branch = m_model->branch(branchId);
    return run(Operation::Kind::DeleteBranch, branch ? branch->name : branchId,
               InfraiDbClient::deleteBranchRequest(branchId),
               [this, branchId, branch](const ApiRequest &request, int operation) {
                   if (branch) {
                       DbBranch deleting = *branch;
                       deleting.status = ResourceStatus::Deleting;
                       m_model->upsertBranch(deleting);
                   }
                   m_client->sendOk(request, this, [this, operation, branchId, branch](bool, const ApiError &error) {
                       if (!error.isError() || error.kind() == ApiError::Kind::NotFound)
                           m_model->removeResource(branchId);
                       else if (branch)
                           m_model->upsertBranch(*branch);
                       finished(operation, error, branchId, ResourceStatus::Ready);
                   });
               });
}

void DbActions::requestTopUp()
{
    m_client->topUp(this, [this](const QUrl &url, const ApiError &error) {
        if (error.isError())
            emit topUpFailed(error);
        else
            emit checkoutReady(url);
    });
}
