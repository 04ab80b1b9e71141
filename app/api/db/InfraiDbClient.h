#pragma once

#include "api/ApiTransport.h"
#include "api/db/DbTypes.h"

#include <functional>

// Typed calls for every /v1/db capability, plus discovery and top-up. Thin by design:
// transport, retries and errors are ApiTransport's.
class InfraiDbClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T &value, const ApiError &error)>;

    explicit InfraiDbClient(ApiTransport *transport) : m_transport(transport) {}
    ApiTransport *transport() const { return m_transport; }

    static ApiRequest createProjectRequest(const NewProjectSpec &spec);
    static ApiRequest createBranchRequest(const QString &projectId, const QString &name, const QString &fromBranch);
    static ApiRequest createSnapshotRequest(const QString &projectId, const QString &label);
    static ApiRequest restoreSnapshotRequest(const QString &snapshotId, const QString &newName);
    static ApiRequest deleteProjectRequest(const QString &projectId);
    static ApiRequest deleteBranchRequest(const QString &branchId);
    static ApiRequest getRequest(const QString &kind, const QString &id); // kind: project|branch|snapshot

    // Sending a prepared request lets a caller keep it (and its idempotency key) for a retry.
    ApiCall *sendProject(const ApiRequest &request, QObject *context, Done<DbProject> done);
    ApiCall *sendBranch(const ApiRequest &request, QObject *context, Done<DbBranch> done);
    ApiCall *sendSnapshot(const ApiRequest &request, QObject *context, Done<DbSnapshot> done);
    ApiCall *sendOk(const ApiRequest &request, QObject *context, Done<bool> done);

    ApiCall *createProject(const NewProjectSpec &spec, QObject *context, Done<DbProject> done);
    ApiCall *getProject(const QString &id, QObject *context, Done<DbProject> done);
    ApiCall *listProjects(const QString &cursor, int limit, QObject *context, Done<Page<DbProject>> done);
    ApiCall *deleteProject(const QString &id, QObject *context, Done<bool> done);

    ApiCall *createBranch(const QString &projectId, const QString &name, const QString &fromBranch, QObject *context,
                          Done<DbBranch> done);
    ApiCall *getBranch(const QString &id, QObject *context, Done<DbBranch> done);
    ApiCall *listBranches(const QString &projectId, const QString &cursor, int limit, QObject *context,
                          Done<Page<DbBranch>> done);
    ApiCall *deleteBranch(const QString &id, QObject *context, Done<bool> done);

    ApiCall *createSnapshot(const QString &projectId, const QString &label, QObject *context, Done<DbSnapshot> done);
    ApiCall *getSnapshot(const QString &id, QObject *context, Done<DbSnapshot> done);
    ApiCall *listSnapshots(const QString &projectId, const QString &cursor, int limit, QObject *context,
                           Done<Page<DbSnapshot>> done);
    ApiCall *restoreSnapshot(const QString &snapshotId, const QString &newName, QObject *context, Done<DbProject> done);

    ApiCall *discover(const QString &capability, QObject *context, Done<DiscoveryInfo> done);
    // POST /v1/account/topup → checkout_url to open in a browser.
    ApiCall *topUp(QObject *context, Done<QUrl> done);

private:
    template <typename T>
    ApiCall *sendRecord(const ApiRequest &request, QObject *context, Done<T> done);
    template <typename T>
    ApiCall *sendPage(const ApiRequest &request, QObject *context, Done<Page<T>> done);

    ApiTransport *m_transport;
};
