#include "db/DbService.h"

#include "BodyReader.h"
#include "DiscoveryCatalog.h"
#include "SandboxClock.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

SandboxResponse notFound(const QString &what)
{
    return SandboxResponse::error(404, u"NOT_FOUND"_s, what + u" not found"_s);
}

SandboxResponse ok()
{
    return SandboxResponse::json(200, QJsonObject{{u"ok"_s, true}});
}

} // namespace

DbService::DbService(SandboxStore &store, const SandboxClock &clock, const DiscoveryCatalog &catalog)
    : m_store(store), m_clock(clock), m_catalog(catalog)
{
}

void DbService::registerRoutes(Router &router)
{
    auto bind = [this](SandboxResponse (DbService::*method)(RouteContext &)) {
        return [this, method](RouteContext &ctx) { return (this->*method)(ctx); };
    };
    auto addPriced = [&](const QByteArray &verb, const QString &path, const QString &capability,
                         SandboxResponse (DbService::*method)(RouteContext &), qint64 cost) {
        Route route;
        route.method = verb;
        route.segments = path.split(u'/', Qt::SkipEmptyParts);
        route.capability = capability;
        route.mutating = verb != "GET";
        route.costMicros = cost;
        route.handler = bind(method);
        router.add(std::move(route));
    };
    addPriced("POST", u"/v1/db/project/create"_s, u"db.project.create"_s, &DbService::createProject, 100'000);
    addPriced("GET", u"/v1/db/project/get/{id}"_s, u"db.project.get"_s, &DbService::getProject, 0);
    addPriced("GET", u"/v1/db/project/list"_s, u"db.project.list"_s, &DbService::listProjects, 0);
    addPriced("DELETE", u"/v1/db/project/delete/{id}"_s, u"db.project.delete"_s, &DbService::deleteProject, 0);
    addPriced("POST", u"/v1/db/branch/create"_s, u"db.branch.create"_s, &DbService::createBranch, 20'000);
    addPriced("GET", u"/v1/db/branch/get/{id}"_s, u"db.branch.get"_s, &DbService::getBranch, 0);
    addPriced("GET", u"/v1/db/branch/list"_s, u"db.branch.list"_s, &DbService::listBranches, 0);
    addPriced("DELETE", u"/v1/db/branch/delete/{id}"_s, u"db.branch.delete"_s, &DbService::deleteBranch, 0);
    addPriced("POST", u"/v1/db/snapshot/create"_s, u"db.snapshot.create"_s, &DbService::createSnapshot, 10'000);
    addPriced("GET", u"/v1/db/snapshot/get/{id}"_s, u"db.snapshot.get"_s, &DbService::getSnapshot, 0);
    addPriced("GET", u"/v1/db/snapshot/list"_s, u"db.snapshot.list"_s, &DbService::listSnapshots, 0);
    addPriced("POST", u"/v1/db/snapshot/restore/{snapshot_id}"_s, u"db.snapshot.restore"_s, &DbService::restoreSnapshot,
              100'000);
}

QString DbService::statusAt(qint64 readyAt) const
{
    return m_clock.nowMs() < readyAt ? u"provisioning"_s : u"ready"_s;
}

QString DbService::connectionUri(const QString &vendor, const QString &region)
{
    const QString password = ResourceIds::randomToken(20);
    const QString host = ResourceIds::randomToken(8);
    if (vendor == u"supabase")
        return u"postgresql://postgres."_s + host + u':' + password + u"@aws-0-"_s + region +
               u".pooler.supabase.com:6543/postgres"_s;
    if (vendor == u"planetscale")
        return u"postgresql://pscale_"_s + host + u':' + password + u'@' + region +
               u".pg.psdb.cloud:5432/postgres?sslmode=verify-full"_s;
    return u"postgresql://neondb_owner:"_s + password + u"@ep-"_s + host + u'.' + region +
           u".aws.neon.tech/neondb?sslmode=require"_s;
}

QString DbService::insertProject(const NewProject &project)
{
    const QString id = ResourceIds::make(u"prj"_s);
    m_store.exec(u"INSERT INTO projects(id, account, name, vendor, region, plan, mode, "
                 u"postgres_version, connection_uri, created_at, ready_at) "
                 u"VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {id, project.account, project.name, project.vendor, project.region, project.plan, project.mode,
                  project.postgresVersion, connectionUri(project.vendor, project.region), project.createdAt,
                  project.readyAt});
    insertBranch(id, u"main"_s, {}, project.createdAt, project.readyAt);
    return id;
}

QString DbService::insertBranch(const QString &projectId, const QString &name, const QString &parentId,
                                qint64 createdAt, qint64 readyAt)
{
    const QString id = ResourceIds::make(u"br"_s);
    QSqlQuery &row = m_store.exec(u"SELECT vendor, region FROM projects WHERE id = ?"_s, {projectId});
    row.next();
    m_store.exec(u"INSERT INTO branches(id, project_id, branch_name, parent_branch, "
                 u"connection_uri, created_at, ready_at) VALUES(?, ?, ?, ?, ?, ?, ?)"_s,
                 {id, projectId, name, parentId.isEmpty() ? QVariant() : QVariant(parentId),
                  connectionUri(row.value(0).toString(), row.value(1).toString()), createdAt, readyAt});
    return id;
}

QString DbService::insertSnapshot(const QString &projectId, const QString &label, qint64 createdAt)
{
    const QString id = ResourceIds::make(u"snap"_s);
    const qint64 size = 48ll * 1024 * 1024 + QRandomGenerator::global()->bounded(2'000'000'000);
    m_store.exec(u"INSERT INTO snapshots(id, project_id, label, size_bytes, created_at) "
                 u"VALUES(?, ?, ?, ?, ?)"_s,
                 {id, projectId, label.isEmpty() ? QVariant() : QVariant(label), size, createdAt});
    return id;
}

qint64 DbService::ownedProjectReadyAt(const QString &account, const QString &projectId)
{
    const QVariant readyAt =
        m_store.scalar(u"SELECT ready_at FROM projects WHERE id = ? AND account = ?"_s, {projectId, account});
    return readyAt.isValid() ? readyAt.toLongLong() : -1;
}

namespace {

const QString ProjectColumns = u"p.id, p.name, p.vendor, p.region, p.plan, p.mode, "
                               u"p.postgres_version, p.connection_uri, p.created_at, p.ready_at"_s;
const QString BranchColumns = u"b.id, b.branch_name, b.project_id, b.connection_uri, "
                              u"b.parent_branch, b.created_at, b.ready_at"_s;
const QString SnapshotColumns = u"s.id, s.project_id, s.label, s.size_bytes, s.created_at"_s;

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

} // namespace

QJsonObject DbService::projectFromRow(const QSqlQuery &row, int at) const
{
    return {{u"id"_s, row.value(at).toString()},
            {u"name"_s, row.value(at + 1).toString()},
            {u"vendor"_s, row.value(at + 2).toString()},
            {u"region"_s, row.value(at + 3).toString()},
            {u"plan"_s, row.value(at + 4).toString()},
            {u"mode"_s, row.value(at + 5).toString()},
            {u"postgres_version"_s, row.value(at + 6).toString()},
            {u"connection_uri"_s, row.value(at + 7).toString()},
            {u"created_at"_s, SandboxClock::toRfc3339(row.value(at + 8).toLongLong())},
            {u"status"_s, statusAt(row.value(at + 9).toLongLong())}};
}

QJsonObject DbService::branchFromRow(const QSqlQuery &row, int at) const
{
    return {{u"id"_s, row.value(at).toString()},
            {u"branch_name"_s, row.value(at + 1).toString()},
            {u"project_id"_s, row.value(at + 2).toString()},
            {u"connection_uri"_s, row.value(at + 3).toString()},
            {u"parent_branch"_s, nullable(row.value(at + 4))},
            {u"created_at"_s, SandboxClock::toRfc3339(row.value(at + 5).toLongLong())},
            {u"status"_s, statusAt(row.value(at + 6).toLongLong())}};
}

QJsonObject DbService::snapshotFromRow(const QSqlQuery &row, int at) const
{
    return {{u"id"_s, row.value(at).toString()},
            {u"project_id"_s, row.value(at + 1).toString()},
            {u"label"_s, nullable(row.value(at + 2))},
            {u"size_bytes"_s, row.value(at + 3).toLongLong()},
            {u"created_at"_s, SandboxClock::toRfc3339(row.value(at + 4).toLongLong())}};
}

QJsonObject DbService::projectJson(const QString &account, const QString &id)
{
    QSqlQuery &row = m_store.exec(
        u"SELECT "_s + ProjectColumns + u" FROM projects p WHERE p.id = ? AND p.account = ?"_s, {id, account});
    return row.next() ? projectFromRow(row, 0) : QJsonObject();
}

QJsonObject DbService::branchJson(const QString &account, const QString &id)
{
    QSqlQuery &row = m_store.exec(u"SELECT "_s + BranchColumns +
                                      u" FROM branches b JOIN projects p ON p.id = b.project_id "
                                      u"WHERE b.id = ? AND p.account = ?"_s,
                                  {id, account});
    return row.next() ? branchFromRow(row, 0) : QJsonObject();
}

QJsonObject DbService::snapshotJson(const QString &account, const QString &id)
{
    QSqlQuery &row = m_store.exec(u"SELECT "_s + SnapshotColumns +
                                      u" FROM snapshots s JOIN projects p ON p.id = s.project_id "
                                      u"WHERE s.id = ? AND p.account = ?"_s,
                                  {id, account});
    return row.next() ? snapshotFromRow(row, 0) : QJsonObject();
}

SandboxResponse DbService::listPage(RouteContext &ctx, const QString &columns, const QString &from, RowReader reader)
{
    Pagination::Page paging;
    if (auto error = Pagination::read(ctx.request.query, paging))
        return *error;
    const QString projectId = ctx.request.query.queryItemValue(u"project_id"_s, QUrl::FullyDecoded);
    const bool byProject = !projectId.isEmpty() && from != u"projects p"_s;
    if (byProject && ownedProjectReadyAt(ctx.account, projectId) < 0)
        return SandboxResponse::error(404, u"NOT_FOUND"_s, u"project not found"_s, u"project_id"_s);
    const QString alias = from.section(u' ', 1, 1);
    const QString join =
        from == u"projects p"_s ? from : from + u" JOIN projects p ON p.id = "_s + alias + u".project_id"_s;
    const QString sql = u"SELECT "_s + alias + u".seq, "_s + columns + u" FROM "_s + join +
                        u" WHERE p.account = ? AND "_s + alias + u".seq > ?"_s +
                        (byProject ? u" AND p.id = ?"_s : QString()) + u" ORDER BY "_s + alias + u".seq LIMIT ?"_s;
    QSqlQuery &rows = byProject ? m_store.exec(sql, {ctx.account, paging.afterSeq, projectId, paging.limit + 1})
                                : m_store.exec(sql, {ctx.account, paging.afterSeq, paging.limit + 1});
    return Pagination::respond(rows, paging, 0,
                               [this, reader](const QSqlQuery &row) { return (this->*reader)(row, 1); });
}

SandboxResponse DbService::createProject(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    NewProject project;
    project.account = ctx.account;
    project.name = body.string(u"name"_s, true);
    project.mode = body.choice(u"mode"_s, {u"managed"_s, u"byok"_s});
    project.vendor = body.choice(u"vendor"_s, m_catalog.vendorIds());
    project.region = body.string(u"region"_s, false, 64);
    project.plan = body.string(u"plan"_s, false, 64);
    project.postgresVersion = body.string(u"postgres_version"_s, false, 8);
    if (project.mode == u"byok" && project.vendor.isEmpty())
        body.fail(u"vendor"_s, u"vendor is required when mode is byok"_s);
    if (!body.ok())
        return body.errorResponse();

    const VendorOffer &offer =
        project.vendor.isEmpty() ? m_catalog.route(project.region) : *m_catalog.vendor(project.vendor);
    project.vendor = offer.id;
    if (project.mode.isEmpty())
        project.mode = u"managed"_s;
    if (project.region.isEmpty())
        project.region = offer.regions.first();
    else if (!offer.regions.contains(project.region))
        body.fail(u"region"_s, offer.name + u" has no region "_s + project.region);
    if (project.plan.isEmpty())
        project.plan = offer.plans.first();
    else if (!offer.plans.contains(project.plan))
        body.fail(u"plan"_s, offer.name + u" has no plan "_s + project.plan);
    if (project.postgresVersion.isEmpty())
        project.postgresVersion = offer.postgresVersions.last();
    else if (!offer.postgresVersions.contains(project.postgresVersion))
        body.fail(u"postgres_version"_s, offer.name + u" does not offer Postgres "_s + project.postgresVersion);
    if (!body.ok())
        return body.errorResponse();

    project.createdAt = m_clock.nowMs();
    project.readyAt = project.createdAt + ProvisioningMs;
    return SandboxResponse::json(200, projectJson(ctx.account, insertProject(project)));
}

SandboxResponse DbService::getProject(RouteContext &ctx)
{
    const QJsonObject project = projectJson(ctx.account, ctx.params.value(u"id"_s));
    return project.isEmpty() ? notFound(u"project"_s) : SandboxResponse::json(200, project);
}

SandboxResponse DbService::listProjects(RouteContext &ctx)
{
    return listPage(ctx, ProjectColumns, u"projects p"_s, &DbService::projectFromRow);
}

SandboxResponse DbService::deleteProject(RouteContext &ctx)
{
    const QString id = ctx.params.value(u"id"_s);
    if (ownedProjectReadyAt(ctx.account, id) < 0)
        return notFound(u"project"_s);
    // Branches and snapshots go with it (ON DELETE CASCADE).
    m_store.exec(u"DELETE FROM projects WHERE id = ?"_s, {id});
    return ok();
}

SandboxResponse DbService::createBranch(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    const QString projectId = body.string(u"project_id"_s, true);
    const QString name = body.string(u"branch_name"_s, true);
    const QString from = body.string(u"from_branch"_s, false);
    if (!body.ok())
        return body.errorResponse();
    const qint64 projectReadyAt = ownedProjectReadyAt(ctx.account, projectId);
    if (projectReadyAt < 0)
        return SandboxResponse::error(404, u"NOT_FOUND"_s, u"project not found"_s, u"project_id"_s);

    QSqlQuery &parent = m_store.exec(u"SELECT id, ready_at FROM branches WHERE project_id = ? AND "
                                     u"(id = ? OR branch_name = ?) ORDER BY id = ? DESC LIMIT 1"_s,
                                     {projectId, from.isEmpty() ? u"main"_s : from, from.isEmpty() ? u"main"_s : from,
                                      from.isEmpty() ? u"main"_s : from});
    if (!parent.next())
        return SandboxResponse::error(404, u"NOT_FOUND"_s, u"source branch not found in this project"_s,
                                      u"from_branch"_s);
    if (m_store.scalar(u"SELECT 1 FROM branches WHERE project_id = ? AND branch_name = ?"_s, {projectId, name})
            .isValid())
        return SandboxResponse::error(409, u"CONFLICT"_s, u"a branch with this name already exists in the project"_s,
                                      u"branch_name"_s);
    const qint64 now = m_clock.nowMs();
    // A branch of a provisioning parent completes after its parent.
    const qint64 readyAt = std::max(now, parent.value(1).toLongLong()) + ProvisioningMs;
    const QString id = insertBranch(projectId, name, parent.value(0).toString(), now, readyAt);
    return SandboxResponse::json(200, branchJson(ctx.account, id));
}

SandboxResponse DbService::getBranch(RouteContext &ctx)
{
    const QJsonObject branch = branchJson(ctx.account, ctx.params.value(u"id"_s));
    return branch.isEmpty() ? notFound(u"branch"_s) : SandboxResponse::json(200, branch);
}

SandboxResponse DbService::listBranches(RouteContext &ctx)
{
    return listPage(ctx, BranchColumns, u"branches b"_s, &DbService::branchFromRow);
}

SandboxResponse DbService::deleteBranch(RouteContext &ctx)
{
    const QString id = ctx.params.value(u"id"_s);
    const QJsonObject branch = branchJson(ctx.account, id);
    if (branch.isEmpty())
        return notFound(u"branch"_s);
    if (branch.value(u"parent_branch"_s).isNull())
        return SandboxResponse::error(409, u"CONFLICT"_s, u"the main branch cannot be deleted; delete the project"_s);
    const int children = m_store.scalar(u"SELECT count(*) FROM branches WHERE parent_branch = ?"_s, {id}).toInt();
    if (children > 0)
        return SandboxResponse::error(409, u"CONFLICT"_s,
                                      u"the branch has "_s + QString::number(children) +
                                          u" child branch(es); delete them first"_s);
    m_store.exec(u"DELETE FROM branches WHERE id = ?"_s, {id});
    return ok();
}

SandboxResponse DbService::createSnapshot(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    const QString projectId = body.string(u"project_id"_s, true);
    const QString label = body.string(u"label"_s, false);
    if (!body.ok())
        return body.errorResponse();
    if (ownedProjectReadyAt(ctx.account, projectId) < 0)
        return SandboxResponse::error(404, u"NOT_FOUND"_s, u"project not found"_s, u"project_id"_s);
    const QString id = insertSnapshot(projectId, label, m_clock.nowMs());
    return SandboxResponse::json(200, snapshotJson(ctx.account, id));
}

SandboxResponse DbService::getSnapshot(RouteContext &ctx)
{
    const QJsonObject snapshot = snapshotJson(ctx.account, ctx.params.value(u"id"_s));
    return snapshot.isEmpty() ? notFound(u"snapshot"_s) : SandboxResponse::json(200, snapshot);
}

SandboxResponse DbService::listSnapshots(RouteContext &ctx)
{
    return listPage(ctx, SnapshotColumns, u"snapshots s"_s, &DbService::snapshotFromRow);
}

SandboxResponse DbService::restoreSnapshot(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    QString newName = body.string(u"new_name"_s, false);
    if (body.has(u"new_name"_s) && newName.trimmed().isEmpty())
        body.fail(u"new_name"_s, u"new_name must not be empty"_s);
    if (!body.ok())
        return body.errorResponse();
    const QJsonObject snapshot = snapshotJson(ctx.account, ctx.params.value(u"snapshot_id"_s));
    if (snapshot.isEmpty())
        return notFound(u"snapshot"_s);
    const QJsonObject source = projectJson(ctx.account, snapshot.value(u"project_id"_s).toString());
    if (newName.isEmpty())
        newName = QString(source.value(u"name"_s).toString() + u"-restored"_s).left(128);

    NewProject project;
    project.account = ctx.account;
    project.name = newName;
    project.vendor = source.value(u"vendor"_s).toString();
    project.region = source.value(u"region"_s).toString();
    project.plan = source.value(u"plan"_s).toString();
    project.mode = source.value(u"mode"_s).toString();
    project.postgresVersion = source.value(u"postgres_version"_s).toString();
    project.createdAt = m_clock.nowMs();
    project.readyAt = project.createdAt + ProvisioningMs;
    return SandboxResponse::json(200, projectJson(ctx.account, insertProject(project)));
}
