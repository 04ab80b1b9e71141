#pragma once

#include "api/ApiTransport.h"
#include "api/lakebase/LakebaseTypes.h"

#include <functional>
#include <optional>

// Typed calls for Databricks Lakebase (CONTRACTS.md §4) over the shared transport, shaped
// as Databricks' SDKs send them: the bare resource as the body, `update_mask` naming exactly
// the fields that change. Creates, updates and deletes answer a long-running operation
// (OperationPoller follows it). Mutating calls are not retried by the transport: a create
// is named by its id, so a repeat after a lost answer meets ALREADY_EXISTS instead of
// making a second resource.
class LakebaseClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T &value, const ApiError &error)>;

    explicit LakebaseClient(ApiTransport *transport) : m_transport(transport) {}
    ApiTransport *transport() const { return m_transport; }

    static QString projectName(const QString &project) { return QStringLiteral("projects/") + project; }
    static QString branchName(const QString &project, const QString &branch)
    {
        return projectName(project) + QStringLiteral("/branches/") + branch;
    }
    static QString endpointName(const QString &project, const QString &branch, const QString &endpoint)
    {
        return branchName(project, branch) + QStringLiteral("/endpoints/") + endpoint;
    }

    ApiCall *listProjects(const QString &pageToken, bool showDeleted, QObject *context,
                          Done<LakebasePage<LakebaseProject>> done);
    ApiCall *listBranches(const QString &project, const QString &pageToken, bool showDeleted, QObject *context,
                          Done<LakebasePage<LakebaseBranch>> done);
    ApiCall *listEndpoints(const QString &project, const QString &branch, const QString &pageToken, QObject *context,
                           Done<LakebasePage<LakebaseEndpoint>> done);
    ApiCall *listDatabases(const QString &project, const QString &branch, const QString &pageToken, QObject *context,
                           Done<LakebasePage<LakebaseDatabase>> done);
    ApiCall *listRoles(const QString &project, const QString &branch, const QString &pageToken, QObject *context,
                       Done<LakebasePage<LakebaseRole>> done);
    ApiCall *getProject(const QString &project, QObject *context, Done<LakebaseProject> done);
    ApiCall *getBranch(const QString &project, const QString &branch, QObject *context, Done<LakebaseBranch> done);
    ApiCall *getEndpoint(const QString &name, QObject *context, Done<LakebaseEndpoint> done);
    ApiCall *getOperation(const QString &name, QObject *context, Done<LakebaseOperation> done);
    // Any resource by its full name, as the service sent it.
    ApiCall *getResource(const QString &name, QObject *context, Done<QJsonObject> done);

    struct NewProject
    {
        QString id, displayName;
        int pgVersion = 17;
        double minCu = 0.5, maxCu = 2;
        int suspendSeconds = 300; // 0: never suspend
        bool protectDefaultBranch = false;
    };
    ApiCall *createProject(const NewProject &spec, QObject *context, Done<LakebaseOperation> done);
    ApiCall *renameProject(const QString &project, const QString &displayName, QObject *context,
                           Done<LakebaseOperation> done);

    struct NewBranch
    {
        QString project, id, sourceBranch; // sourceBranch: a full name; empty: the default branch
        bool isProtected = false;
        QDateTime expireTime; // invalid: never expires
    };
    ApiCall *createBranch(const NewBranch &spec, QObject *context, Done<LakebaseOperation> done);
    ApiCall *setBranchProtected(const QString &project, const QString &branch, bool isProtected, QObject *context,
                                Done<LakebaseOperation> done);
    ApiCall *setBranchExpiration(const QString &project, const QString &branch, const QDateTime &expireTime,
                                 QObject *context, Done<LakebaseOperation> done);

    struct NewEndpoint
    {
        QString project, branch, id;
        bool readWrite = false;
        double minCu = 0.5, maxCu = 2;
        int suspendSeconds = 300; // 0: never suspend
    };
    ApiCall *createEndpoint(const NewEndpoint &spec, QObject *context, Done<LakebaseOperation> done);
    // Only what is given changes, and the mask names just that.
    struct EndpointChange
    {
        std::optional<double> minCu, maxCu;
        std::optional<int> suspendSeconds; // 0: never suspend
        std::optional<bool> disabled;
    };
    ApiCall *updateEndpoint(const QString &name, const EndpointChange &change, QObject *context,
                            Done<LakebaseOperation> done);
    // Soft for projects and branches (undelete brings them back); `purge` deletes for good.
    ApiCall *deleteResource(const QString &name, bool purge, QObject *context, Done<LakebaseOperation> done);
    ApiCall *undelete(const QString &name, QObject *context, Done<LakebaseOperation> done);
    // A short-lived Postgres password for an endpoint: shown once, never stored.
    ApiCall *generateCredential(const QString &endpointName, int ttlSeconds, QObject *context,
                                Done<LakebaseCredential> done);

    // The validation the service applies to CU limits, for dialogs; empty when they are fine.
    static QString limitsProblem(double minCu, double maxCu);

private:
    template <typename T>
    ApiCall *one(const ApiRequest &request, QObject *context, Done<T> done);
    template <typename T>
    ApiCall *page(const ApiRequest &request, const QString &key, QObject *context, Done<LakebasePage<T>> done);
    ApiCall *operation(const ApiRequest &request, QObject *context, Done<LakebaseOperation> done);
    static ApiRequest call(const QByteArray &method, const QString &name, const QJsonObject &body = {});
    static ApiRequest update(const QString &name, const QStringList &mask, const QJsonObject &spec);
    static ApiRequest listRequest(const QString &path, const QString &pageToken, bool showDeleted = false);

    ApiTransport *m_transport;
};
