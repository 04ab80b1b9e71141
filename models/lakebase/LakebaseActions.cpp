#include "lakebase/LakebaseActions.h"

#include "api/lakebase/OperationPoller.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"
#include "lakebase/LakebaseSection.h"

#include <QTimer>

using namespace Qt::StringLiterals;

LakebaseActions::LakebaseActions(DbTreeModel *tree, OperationTracker *tracker, QObject *parent)
    : QObject(parent), m_tree(tree), m_tracker(tracker), m_scope(tracker)
{
}

LakebaseActions::~LakebaseActions() = default;

void LakebaseActions::setClient(LakebaseClient *client, const ProfileRef &profile)
{
    m_client = client;
    m_scope.reconnect();
    m_scope.setProfile(profile);
    // Operations followed on the old connection can no longer be followed: they end as
    // cancelled (the service carries on with them; F5 shows how they ended).
    for (const int operation : std::as_const(m_settling))
        m_tracker->fail(operation, ApiError::cancelled());
    m_settling.clear();
    const int step = m_poller ? m_poller->stepMs : 1000;
    m_poller = client ? std::make_unique<OperationPoller>(client) : nullptr;
    if (m_poller)
        m_poller->stepMs = step;
}

int LakebaseActions::run(Operation::Kind kind, const QString &target, const QString &resourceName, Start start,
                         Apply apply, bool creates)
{
    if (!m_client)
        return 0;
    const int operation = m_scope.start(kind, target);
    send(operation, resourceName, start, apply, creates, false);
    m_tracker->setRetry(operation, [this, operation, resourceName, start, apply, creates, guard = m_scope.guard()] {
        // Only a failure that says nothing of what happened may have made the resource.
        const bool lostAnswer = m_lostAnswer.remove(operation) > 0;
        if (!guard(operation))
            return;
        m_tracker->restart(operation);
        send(operation, resourceName, start, apply, creates, lostAnswer);
    });
    return operation;
}

void LakebaseActions::send(int operation, const QString &resourceName, const Start &start, const Apply &apply,
                           bool creates, bool lostAnswer)
{
    m_scope.opened(operation);
    const quint64 generation = m_scope.generation();
    if (!creates)
        return call(operation, resourceName, start, apply, false, generation);
    // A create is named by its id: whether that id is taken before the call tells a refusal
    // (taken by someone) from our own lost answer (the network layer may even resend a POST
    // whose answer was lost, and then meet the resource its first try made).
    m_client->getResource(resourceName, this,
                          [this, operation, resourceName, start, apply, lostAnswer, generation](const QJsonObject &,
                                                                                                const ApiError &error) {
                              if (generation != m_scope.generation())
                                  return;
                              if (error.isError() && error.kind() != ApiError::Kind::NotFound) {
                                  m_scope.closed(operation);
                                  if (lostAnswer || error.isTransient())
                                      m_lostAnswer.insert(operation);
                                  return m_tracker->fail(operation, error);
                              }
                              // Absent now, or taken by our own earlier try (after a lost answer).
                              const bool ours = error.isError() || lostAnswer;
                              call(operation, resourceName, start, apply, ours, generation);
                          });
}

void LakebaseActions::call(int operation, const QString &resourceName, const Start &start, const Apply &apply,
                           bool existsIfOurs, quint64 generation)
{
    start(this, [this, operation, resourceName, apply, existsIfOurs, generation](const LakebaseOperation &started,
                                                                                 const ApiError &error) {
        if (generation != m_scope.generation() || !m_poller)
            return; // answered on a connection since closed: its operation ended as cancelled
        m_scope.closed(operation);
        if (error.isError()) {
            // The id was free before this call (or our earlier try took it): the resource
            // that exists now is the one this operation made.
            if (existsIfOurs && error.code() == u"ALREADY_EXISTS") {
                reload(resourceName, 10);
                return m_tracker->succeed(operation, resourceName);
            }
            if (error.isTransient())
                m_lostAnswer.insert(operation);
            return m_tracker->fail(operation, error);
        }
        m_tracker->settling(operation, resourceName);
        m_settling.insert(operation);
        m_poller->follow(started, this, [this, operation, apply](const QJsonObject &response, const ApiError &failed) {
            if (!m_settling.remove(operation))
                return; // already ended as cancelled
            if (failed.isError())
                return m_tracker->fail(operation, failed);
            apply(response);
            m_tracker->succeed(operation, response.value(u"name"_s).toString());
        });
    });
}

void LakebaseActions::applyResource(const QJsonObject &resource)
{
    LakebaseSection *section = m_tree->lakebase();
    const QString name = resource.value(u"name"_s).toString();
    const int depth = int(name.count(u'/'));
    if (depth == 1) {
        if (const auto project = LakebaseProject::fromJson(resource))
            section->upsertProject(*project);
    } else if (depth == 3) {
        if (const auto branch = LakebaseBranch::fromJson(resource))
            section->upsertBranch(*branch);
    } else if (depth == 5) {
        if (const auto endpoint = LakebaseEndpoint::fromJson(resource))
            section->upsertEndpoint(*endpoint);
    }
}

void LakebaseActions::reload(const QString &resourceName, int followsLeft)
{
    if (!m_client)
        return;
    m_client->getResource(
        resourceName, this,
        [this, resourceName, followsLeft, client = m_client](const QJsonObject &resource, const ApiError &error) {
            if (client != m_client)
                return; // another connection's answer
            LakebaseSection *section = m_tree->lakebase();
            if (error.kind() == ApiError::Kind::NotFound)
                return section->removeResource(resourceName);
            if (error.isError())
                return;
            const bool deleted = resource.contains(u"delete_time"_s) ||
                                 resource.value(u"status"_s).toObject().contains(u"delete_time"_s);
            if (deleted && !section->showDeleted())
                return section->removeResource(resourceName);
            applyResource(resource);
            // Still being made (a create found after a lost answer): asked about again until it is not.
            const QString state = resource.value(u"status"_s).toObject().value(u"current_state"_s).toString();
            if (state == u"INIT" && followsLeft > 0)
                QTimer::singleShot(m_poller ? m_poller->stepMs * 2 : 2000, this,
                                   [this, resourceName, followsLeft] { reload(resourceName, followsLeft - 1); });
        });
}

int LakebaseActions::createProject(const LakebaseClient::NewProject &spec)
{
    return run(
        Operation::Kind::CreateProject, spec.id, LakebaseClient::projectName(spec.id),
        [this, spec](QObject *context, auto done) { return m_client->createProject(spec, context, done); },
        [this](const QJsonObject &response) { applyResource(response); }, true);
}

int LakebaseActions::renameProject(const QString &project, const QString &displayName)
{
    return run(
        Operation::Kind::UpdateProject, project, LakebaseClient::projectName(project),
        [this, project, displayName](QObject *context, auto done) {
            return m_client->renameProject(project, displayName, context, done);
        },
        [this](const QJsonObject &response) { applyResource(response); }, false);
}

int LakebaseActions::createBranch(const LakebaseClient::NewBranch &spec)
{
    return run(
        Operation::Kind::CreateBranch, spec.id, LakebaseClient::branchName(spec.project, spec.id),
        [this, spec](QObject *context, auto done) { return m_client->createBranch(spec, context, done); },
        [this](const QJsonObject &response) { applyResource(response); }, true);
}

int LakebaseActions::setBranchProtected(const QString &project, const QString &branch, bool isProtected)
{
    return run(
        Operation::Kind::UpdateBranch, branch, LakebaseClient::branchName(project, branch),
        [this, project, branch, isProtected](QObject *context, auto done) {
            return m_client->setBranchProtected(project, branch, isProtected, context, done);
        },
        [this](const QJsonObject &response) { applyResource(response); }, false);
}

int LakebaseActions::createEndpoint(const LakebaseClient::NewEndpoint &spec)
{
    return run(
        Operation::Kind::CreateEndpoint, spec.id, LakebaseClient::endpointName(spec.project, spec.branch, spec.id),
        [this, spec](QObject *context, auto done) { return m_client->createEndpoint(spec, context, done); },
        [this](const QJsonObject &response) { applyResource(response); }, true);
}

int LakebaseActions::updateEndpoint(const QString &endpointName, const LakebaseClient::EndpointChange &change)
{
    return run(
        Operation::Kind::UpdateEndpoint, endpointName.section(u'/', -1), endpointName,
        [this, endpointName, change](QObject *context, auto done) {
            return m_client->updateEndpoint(endpointName, change, context, done);
        },
        [this](const QJsonObject &response) { applyResource(response); }, false);
}

int LakebaseActions::remove(const QString &resourceName)
{
    const int depth = int(resourceName.count(u'/'));
    const Operation::Kind kind = depth == 1   ? Operation::Kind::DeleteProject
                                 : depth == 3 ? Operation::Kind::DeleteBranch
                                              : Operation::Kind::DeleteEndpoint;
    return run(
        kind, resourceName.section(u'/', -1), resourceName,
        [this, resourceName](QObject *context, auto done) {
            return m_client->deleteResource(resourceName, false, context, done);
        },
        [this, resourceName](const QJsonObject &) { reload(resourceName); }, false);
}

int LakebaseActions::undelete(const QString &resourceName)
{
    return run(
        Operation::Kind::Undelete, resourceName.section(u'/', -1), resourceName,
        [this, resourceName](QObject *context, auto done) { return m_client->undelete(resourceName, context, done); },
        [this, resourceName](const QJsonObject &) { reload(resourceName); }, false);
}
