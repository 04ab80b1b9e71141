#pragma once

#include "Router.h"

#include <QSqlQuery>

class DiscoveryCatalog;
class SandboxClock;
class SandboxStore;

// /v1/db: managed Postgres projects, copy-on-write branches and snapshots.
class DbService final
{
public:
    static constexpr qint64 ProvisioningMs = 2000;

    DbService(SandboxStore &store, const SandboxClock &clock, const DiscoveryCatalog &catalog);

    void registerRoutes(Router &router);

    struct NewProject
    {
        QString account, name, vendor, region, plan, mode, postgresVersion;
        qint64 createdAt = 0;
        qint64 readyAt = 0;
    };
    // Inserts a project and its main branch; returns the project id.
    QString insertProject(const NewProject &project);
    QString insertBranch(const QString &projectId, const QString &name, const QString &parentId, qint64 createdAt,
                         qint64 readyAt);
    QString insertSnapshot(const QString &projectId, const QString &label, qint64 createdAt);

private:
    SandboxResponse createProject(RouteContext &ctx);
    SandboxResponse getProject(RouteContext &ctx);
    SandboxResponse listProjects(RouteContext &ctx);
    SandboxResponse deleteProject(RouteContext &ctx);
    SandboxResponse createBranch(RouteContext &ctx);
    SandboxResponse getBranch(RouteContext &ctx);
    SandboxResponse listBranches(RouteContext &ctx);
    SandboxResponse deleteBranch(RouteContext &ctx);
    SandboxResponse createSnapshot(RouteContext &ctx);
    SandboxResponse getSnapshot(RouteContext &ctx);
    SandboxResponse listSnapshots(RouteContext &ctx);
    SandboxResponse restoreSnapshot(RouteContext &ctx);

    using RowReader = QJsonObject (DbService::*)(const QSqlQuery &, int) const;
    QJsonObject projectFromRow(const QSqlQuery &row, int at) const;
    QJsonObject branchFromRow(const QSqlQuery &row, int at) const;
    QJsonObject snapshotFromRow(const QSqlQuery &row, int at) const;
    // One cursor page of a table joined to its owning project, optionally for one project.
    SandboxResponse listPage(RouteContext &ctx, const QString &columns, const QString &from, RowReader reader);
    QJsonObject projectJson(const QString &account, const QString &id);
    QJsonObject branchJson(const QString &account, const QString &id);
    QJsonObject snapshotJson(const QString &account, const QString &id);
    // The project's ready_at when the account owns it, else -1.
    qint64 ownedProjectReadyAt(const QString &account, const QString &projectId);
    QString statusAt(qint64 readyAt) const;
    QString connectionUri(const QString &vendor, const QString &region);

    SandboxStore &m_store;
    const SandboxClock &m_clock;
    const DiscoveryCatalog &m_catalog;
};
