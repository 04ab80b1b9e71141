#include "TestSupport.h"

#include "FaultInjector.h"
#include "lakebase/LakebaseService.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// The Lakebase API of CONTRACTS.md §4 over real HTTP, with requests shaped as Databricks'
// SDKs send them (the bare resource as the body, PATCH included): OAuth discovery and M2M
// tokens, projects with their default branch and read-write endpoint, branches, endpoints,
// strict update masks, soft delete / undelete / purge, operations that end in `response`
// or `error`, credentials, databases and roles. Clock ×100: an operation takes 20 ms.
class LakebaseContractTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    const QString m_pat = u"dapi-test-token"_s;
    const QString m_base = u"/api/2.0/postgres"_s;

    RawReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                  const QString &token = {})
    {
        return rawCall(m_network, m_server->baseUrl(), method, m_base + path, body, token.isEmpty() ? m_pat : token);
    }
    static QString code(const RawReply &reply) { return reply.json.value(u"error_code"_s).toString(); }
    // Polls an operation until it is done; its last state (empty when it never finished).
    QJsonObject settle(const RawReply &started)
    {
        const QString name = started.json.value(u"name"_s).toString();
        QJsonObject operation;
        const bool finished = QTest::qWaitFor(
            [&] {
                operation = call("GET", u"/"_s + name).json;
                return operation.value(u"done"_s).toBool();
            },
            5000);
        return finished ? operation : QJsonObject{};
    }
    QJsonObject createProject(const QString &id, const QJsonObject &body = {})
    {
        return settle(call("POST", u"/projects?project_id="_s + id, body));
    }
    QStringList names(const RawReply &reply, const QString &key)
    {
        QStringList out;
        for (const QJsonValue &item : reply.json.value(key).toArray())
            out << item.toObject().value(u"name"_s).toString();
        return out;
    }
    RawReply tokenCall(const QByteArray &credentials, const QByteArray &form)
    {
        QNetworkRequest request(QUrl(m_server->baseUrl() + u"/oidc/v1/token"_s));
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = m_network.post(request, form);
        RawReply result;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.timeScale = 100;
        options.lakebaseTokens = {m_pat};
        options.lakebaseClients = {u"sp-client:sp-secret"_s};
        m_server = startSandbox(options);
    }

    void discoveryThenTokenThenExpiry()
    {
        // Discovery needs no token, and its URLs are absolute on the host the client used.
        const RawReply discovery =
            rawCall(m_network, m_server->baseUrl(), "GET", u"/oidc/.well-known/oauth-authorization-server"_s, {}, {});
        QCOMPARE(discovery.status, 200);
        const QString tokenEndpoint = discovery.json.value(u"token_endpoint"_s).toString();
        QCOMPARE(tokenEndpoint, m_server->baseUrl() + u"/oidc/v1/token"_s);
        const RawReply token = tokenCall("sp-client:sp-secret", "grant_type=client_credentials&scope=all-apis");
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(token.json.value(u"expires_in"_s).toInt(), 36); // an hour at ×100
        const QString access = token.json.value(u"access_token"_s).toString();
        QCOMPARE(call("GET", u"/projects"_s, {}, access).status, 200);
        QCOMPARE(tokenCall("sp-client:wrong", "grant_type=client_credentials&scope=all-apis").status, 401);
        QCOMPARE(tokenCall("sp-client:sp-secret", "grant_type=client_credentials").status, 400); // no scope
        // Expired: 401 UNAUTHENTICATED, Databricks-shaped; a new token works again.
        m_server->lakebase().expireOAuthTokens();
        const RawReply expired = call("GET", u"/projects"_s, {}, access);
        QCOMPARE(expired.status, 401);
        QCOMPARE(code(expired), u"UNAUTHENTICATED"_s);
        const QString renewed = tokenCall("sp-client:sp-secret", "grant_type=client_credentials&scope=all-apis")
                                    .json.value(u"access_token"_s)
                                    .toString();
        QCOMPARE(call("GET", u"/projects"_s, {}, renewed).status, 200);
    }

    void errorsAreDatabricksShaped()
    {
        const RawReply noToken = rawCall(m_network, m_server->baseUrl(), "GET", m_base + u"/projects"_s, {}, {});
        QCOMPARE(noToken.status, 401);
        QCOMPARE(code(noToken), u"UNAUTHENTICATED"_s);
        QVERIFY(!noToken.json.value(u"message"_s).toString().isEmpty());
        QVERIFY(!noToken.json.contains(u"details"_s));
        const RawReply missing = call("GET", u"/projects/no-such-project"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(code(missing), u"NOT_FOUND"_s);
        const RawReply bad = rawCall(m_network, m_server->baseUrl(), "POST", m_base + u"/projects?project_id=x"_s, {},
                                     m_pat, "{not json");
        QCOMPARE(bad.status, 400);
        QVERIFY(!code(bad).isEmpty());
        QCOMPARE(call("PUT", u"/projects"_s).status, 404);
    }

    void aProjectComesWithItsDefaultBranchAndEndpoint()
    {
        const RawReply started = call("POST", u"/projects?project_id=shop"_s,
                                      {{u"spec"_s, QJsonObject{{u"display_name"_s, u"Shop"_s}, {u"pg_version"_s, 16}}},
                                       {u"initial_endpoint_spec"_s, QJsonObject{{u"autoscaling_limit_min_cu"_s, 1},
                                                                                {u"autoscaling_limit_max_cu"_s, 4}}}});
        QCOMPARE(started.status, 200);
        QVERIFY(started.json.value(u"name"_s).toString().startsWith(u"projects/shop/operations/"_s));
        QCOMPARE(started.json.value(u"done"_s).toBool(), false);
        const QJsonObject done = settle(started);
        QVERIFY(!done.isEmpty());
        QVERIFY(!done.contains(u"error"_s));
        const QJsonObject project = done.value(u"response"_s).toObject();
        QCOMPARE(project.value(u"name"_s).toString(), u"projects/shop"_s);
        const QJsonObject status = project.value(u"status"_s).toObject();
        QVERIFY(status.value(u"pg_version"_s).isDouble()); // an integer, not "16"
        QCOMPARE(status.value(u"pg_version"_s).toInt(), 16);
        QCOMPARE(status.value(u"display_name"_s).toString(), u"Shop"_s);
        QCOMPARE(status.value(u"default_branch"_s).toString(), u"projects/shop/branches/production"_s);
        const RawReply branches = call("GET", u"/projects/shop/branches"_s);
        QCOMPARE(names(branches, u"branches"_s), QStringList{u"projects/shop/branches/production"_s});
        const QJsonObject branch = branches.json.value(u"branches"_s).toArray().first().toObject();
        QCOMPARE(branch.value(u"status"_s).toObject().value(u"default"_s).toBool(), true);
        QCOMPARE(branch.value(u"status"_s).toObject().value(u"current_state"_s).toString(), u"READY"_s);
        QVERIFY(!branch.contains(u"display_name"_s));
        const RawReply endpoints = call("GET", u"/projects/shop/branches/production/endpoints"_s);
        QCOMPARE(endpoints.json.value(u"endpoints"_s).toArray().size(), 1);
        const QJsonObject endpoint = endpoints.json.value(u"endpoints"_s).toArray().first().toObject();
        const QJsonObject effective = endpoint.value(u"status"_s).toObject();
        QCOMPARE(effective.value(u"endpoint_type"_s).toString(), u"ENDPOINT_TYPE_READ_WRITE"_s);
        QCOMPARE(effective.value(u"autoscaling_limit_min_cu"_s).toDouble(), 1.0);
        QCOMPARE(effective.value(u"autoscaling_limit_max_cu"_s).toDouble(), 4.0);
        QCOMPARE(effective.value(u"current_state"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(effective.value(u"suspend_timeout_duration"_s).toString(), u"300s"_s);
        QVERIFY(!effective.value(u"hosts"_s).toObject().value(u"host"_s).toString().isEmpty());
        // Any resource by its full name.
        QCOMPARE(call("GET", u"/"_s + endpoint.value(u"name"_s).toString()).json.value(u"uid"_s),
                 endpoint.value(u"uid"_s));
    }

    void idsAreChecked_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::newRow("leading digit") << u"1shop"_s << 400;
        QTest::newRow("leading hyphen") << u"-shop"_s << 400;
        QTest::newRow("trailing hyphen") << u"shop-"_s << 400;
        QTest::newRow("upper case") << u"Shop"_s << 400;
        QTest::newRow("underscore") << u"my_shop"_s << 400;
        QTest::newRow("64 characters") << (u"a"_s + QString(63, u'b')) << 400;
        QTest::newRow("empty") << QString() << 400;
        QTest::newRow("one letter") << u"a"_s << 200;
        QTest::newRow("63 characters") << (u"a"_s + QString(62, u'1')) << 200;
        QTest::newRow("taken") << u"shop"_s << 409;
    }
    void idsAreChecked()
    {
        QFETCH(QString, id);
        QFETCH(int, status);
        const RawReply reply = call("POST", u"/projects?project_id="_s + id, {{u"spec"_s, QJsonObject{}}});
        QCOMPARE(reply.status, status);
        if (status == 400)
            QCOMPARE(code(reply), u"INVALID_PARAMETER_VALUE"_s);
        if (status == 409)
            QCOMPARE(code(reply), u"ALREADY_EXISTS"_s);
    }

    void projectFieldsAreChecked()
    {
        QCOMPARE(call("POST", u"/projects?project_id=pg15"_s, {{u"spec"_s, QJsonObject{{u"pg_version"_s, 15}}}}).status,
                 400);
        QCOMPARE(call("POST", u"/projects?project_id=pgtext"_s, {{u"spec"_s, QJsonObject{{u"pg_version"_s, u"17"_s}}}})
                     .status,
                 400);
        QCOMPARE(call("POST", u"/projects?project_id=long"_s,
                      {{u"spec"_s, QJsonObject{{u"display_name"_s, QString(257, u'x')}}}})
                     .status,
                 400);
        // Nothing was made by a refused call.
        QCOMPARE(call("GET", u"/projects/pg15"_s).status, 404);
    }

    void branchesComeFromASource()
    {
        const QJsonObject made =
            settle(call("POST", u"/projects/shop/branches?branch_id=dev"_s,
                        {{u"spec"_s, QJsonObject{{u"source_branch"_s, u"projects/shop/branches/production"_s},
                                                 {u"ttl"_s, u"3600s"_s}}}}));
        const QJsonObject status = made.value(u"response"_s).toObject().value(u"status"_s).toObject();
        QCOMPARE(status.value(u"source_branch"_s).toString(), u"projects/shop/branches/production"_s);
        QCOMPARE(status.value(u"default"_s).toBool(), false);
        const QDateTime expires = QDateTime::fromString(status.value(u"expire_time"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 60);
        // From dev, by default from the default branch, and refused from nowhere.
        QVERIFY(!settle(call("POST", u"/projects/shop/branches?branch_id=feature-x"_s,
                             {{u"spec"_s, QJsonObject{{u"source_branch"_s, u"projects/shop/branches/dev"_s}}}}))
                     .isEmpty());
        const QJsonObject plain = settle(call("POST", u"/projects/shop/branches?branch_id=plain"_s, {}));
        QCOMPARE(plain.value(u"response"_s).toObject().value(u"status"_s).toObject().value(u"source_branch"_s),
                 QJsonValue(u"projects/shop/branches/production"_s));
        QCOMPARE(call("POST", u"/projects/shop/branches?branch_id=orphan"_s,
                      {{u"spec"_s, QJsonObject{{u"source_branch"_s, u"projects/shop/branches/nowhere"_s}}}})
                     .status,
                 400);
        QCOMPARE(call("POST", u"/projects/shop/branches?branch_id=both"_s,
                      {{u"spec"_s, QJsonObject{{u"ttl"_s, u"60s"_s}, {u"no_expiry"_s, true}}}})
                     .status,
                 400);
        QCOMPARE(call("POST", u"/projects/shop/branches?branch_id=9lives"_s, {}).status, 400);
        // Only the default branch came with an endpoint.
        QCOMPARE(call("GET", u"/projects/shop/branches/dev/endpoints"_s).json.value(u"endpoints"_s).toArray().size(),
                 0);
    }

    void oneReadWriteEndpointPerBranch()
    {
        auto endpoint = [&](const QString &branch, const QString &id, const QJsonObject &spec) {
            return call("POST", u"/projects/shop/branches/%1/endpoints?endpoint_id=%2"_s.arg(branch, id),
                        {{u"spec"_s, spec}});
        };
        const QJsonObject readWrite{{u"endpoint_type"_s, u"ENDPOINT_TYPE_READ_WRITE"_s}};
        const RawReply second = endpoint(u"production"_s, u"second-rw"_s, readWrite);
        QCOMPARE(second.status, 409);
        QCOMPARE(code(second), u"RESOURCE_CONFLICT"_s);
        QVERIFY(!settle(endpoint(u"production"_s, u"replica"_s,
                                 {{u"endpoint_type"_s, u"ENDPOINT_TYPE_READ_ONLY"_s},
                                  {u"autoscaling_limit_min_cu"_s, 0.5},
                                  {u"autoscaling_limit_max_cu"_s, 2},
                                  {u"no_suspension"_s, true}}))
                     .isEmpty());
        const QJsonObject replica = call("GET", u"/projects/shop/branches/production/endpoints/replica"_s).json;
        // Never suspending: said in the spec; the status just has no timeout.
        QCOMPARE(replica.value(u"spec"_s).toObject().value(u"no_suspension"_s).toBool(), true);
        QVERIFY(!replica.value(u"status"_s).toObject().contains(u"no_suspension"_s));
        QVERIFY(!replica.value(u"status"_s).toObject().contains(u"suspend_timeout_duration"_s));
        QVERIFY(
            !replica.value(u"status"_s).toObject().value(u"hosts"_s).toObject().value(u"read_only_host"_s).isNull());
        QVERIFY(!settle(endpoint(u"dev"_s, u"dev-rw"_s, readWrite)).isEmpty()); // dev had none
        // Limits: min ≥ 0.5, max ≤ 64, max − min ≤ 16, min ≤ max, suspension 60 s – 7 days.
        const QList<QJsonObject> refused = {
            {{u"autoscaling_limit_min_cu"_s, 0.25}},
            {{u"autoscaling_limit_max_cu"_s, 65}},
            {{u"autoscaling_limit_min_cu"_s, 1}, {u"autoscaling_limit_max_cu"_s, 18}},
            {{u"autoscaling_limit_min_cu"_s, 4}, {u"autoscaling_limit_max_cu"_s, 2}},
            {{u"suspend_timeout_duration"_s, u"30s"_s}},
            {{u"suspend_timeout_duration"_s, u"604801s"_s}},
            {{u"suspend_timeout_duration"_s, u"300s"_s}, {u"no_suspension"_s, true}},
        };
        for (QJsonObject spec : refused) {
            spec.insert(u"endpoint_type"_s, u"ENDPOINT_TYPE_READ_ONLY"_s);
            const RawReply reply = endpoint(u"dev"_s, u"refused"_s, spec);
            QVERIFY2(reply.status == 400, QJsonDocument(spec).toJson());
            QCOMPARE(code(reply), u"INVALID_PARAMETER_VALUE"_s);
        }
        QCOMPARE(endpoint(u"dev"_s, u"untyped"_s, {}).status, 400);
        // replace_existing makes the same id again instead of refusing it.
        const QJsonObject readOnly{{u"endpoint_type"_s, u"ENDPOINT_TYPE_READ_ONLY"_s}};
        QVERIFY(!settle(endpoint(u"dev"_s, u"again"_s, readOnly)).isEmpty());
        QCOMPARE(endpoint(u"dev"_s, u"again"_s, readOnly).status, 409);
        const QString uid =
            call("GET", u"/projects/shop/branches/dev/endpoints/again"_s).json.value(u"uid"_s).toString();
        QVERIFY(!settle(call("POST", u"/projects/shop/branches/dev/endpoints?endpoint_id=again&replace_existing=true"_s,
                             {{u"spec"_s, readOnly}}))
                     .isEmpty());
        QVERIFY(call("GET", u"/projects/shop/branches/dev/endpoints/again"_s).json.value(u"uid"_s).toString() != uid);
        QVERIFY(!settle(call("DELETE", u"/projects/shop/branches/dev/endpoints/again"_s)).isEmpty());
    }

    void updateMasksAreStrict()
    {
        // Only the masked field changes: pg_version in the body is ignored.
        const RawReply rename =
            call("PATCH", u"/projects/shop?update_mask=spec.display_name"_s,
                 {{u"name"_s, u"projects/shop"_s},
                  {u"spec"_s, QJsonObject{{u"display_name"_s, u"Shop (EU)"_s}, {u"pg_version"_s, 17}}}});
        QCOMPARE(rename.status, 200);
        QVERIFY(!settle(rename).isEmpty());
        const QJsonObject project = call("GET", u"/projects/shop"_s).json.value(u"status"_s).toObject();
        QCOMPARE(project.value(u"display_name"_s).toString(), u"Shop (EU)"_s);
        QCOMPARE(project.value(u"pg_version"_s).toInt(), 16);
        // An unknown or immutable path, or no mask at all, is refused.
        QCOMPARE(call("PATCH", u"/projects/shop?update_mask=spec.pg_version"_s,
                      {{u"spec"_s, QJsonObject{{u"pg_version"_s, 17}}}})
                     .status,
                 400);
        QCOMPARE(call("PATCH", u"/projects/shop"_s, {{u"spec"_s, QJsonObject{{u"display_name"_s, u"x"_s}}}}).status,
                 400);
        // Two paths joined by an encoded comma; the SDK's spec.endpoint_type and an unmasked
        // `disabled` ride along unvalidated and unapplied.
        const QString replica = u"/projects/shop/branches/production/endpoints/replica"_s;
        const RawReply resize =
            call("PATCH", replica + u"?update_mask=spec.autoscaling_limit_min_cu%2Cspec.autoscaling_limit_max_cu"_s,
                 {{u"spec"_s, QJsonObject{{u"endpoint_type"_s, u"ENDPOINT_TYPE_READ_WRITE"_s},
                                          {u"autoscaling_limit_min_cu"_s, 2},
                                          {u"autoscaling_limit_max_cu"_s, 8},
                                          {u"disabled"_s, true}}}});
        QCOMPARE(resize.status, 200);
        QVERIFY(!settle(resize).isEmpty());
        QJsonObject effective = call("GET", replica).json.value(u"status"_s).toObject();
        QCOMPARE(effective.value(u"autoscaling_limit_min_cu"_s).toDouble(), 2.0);
        QCOMPARE(effective.value(u"autoscaling_limit_max_cu"_s).toDouble(), 8.0);
        QCOMPARE(effective.value(u"endpoint_type"_s).toString(), u"ENDPOINT_TYPE_READ_ONLY"_s);
        QCOMPARE(effective.value(u"disabled"_s).toBool(), false);
        // A masked field left out is its zero value, as the SDKs send a false: disabled, then enabled.
        QVERIFY(!settle(call("PATCH", replica + u"?update_mask=spec.disabled"_s,
                             {{u"spec"_s, QJsonObject{{u"disabled"_s, true}}}}))
                     .isEmpty());
        QCOMPARE(call("GET", replica).json.value(u"status"_s).toObject().value(u"current_state"_s).toString(),
                 u"IDLE"_s);
        QVERIFY(
            !settle(call("PATCH", replica + u"?update_mask=spec.disabled"_s, {{u"spec"_s, QJsonObject{}}})).isEmpty());
        QCOMPARE(call("GET", replica).json.value(u"status"_s).toObject().value(u"disabled"_s).toBool(), false);
        // spec.suspension covers both suspend fields; a bad masked value is refused.
        QVERIFY(!settle(call("PATCH", replica + u"?update_mask=spec.suspension"_s,
                             {{u"spec"_s, QJsonObject{{u"suspend_timeout_duration"_s, u"600s"_s}}}}))
                     .isEmpty());
        effective = call("GET", replica).json.value(u"status"_s).toObject();
        QCOMPARE(effective.value(u"suspend_timeout_duration"_s).toString(), u"600s"_s);
        QVERIFY(!effective.contains(u"no_suspension"_s));
        QCOMPARE(call("PATCH", replica + u"?update_mask=spec.autoscaling_limit_max_cu"_s,
                      {{u"spec"_s, QJsonObject{{u"autoscaling_limit_max_cu"_s, 40}}}})
                     .status,
                 400);
        // `*`: every updatable path of the resource.
        QVERIFY(!settle(call("PATCH", u"/projects/shop/branches/dev?update_mask=*"_s,
                             {{u"spec"_s, QJsonObject{{u"is_protected"_s, true}, {u"no_expiry"_s, true}}}}))
                     .isEmpty());
        const QJsonObject dev = call("GET", u"/projects/shop/branches/dev"_s).json.value(u"status"_s).toObject();
        QCOMPARE(dev.value(u"is_protected"_s).toBool(), true);
        QVERIFY(!dev.contains(u"expire_time"_s));
    }

    void softDeleteHidesAndUndeleteBrings()
    {
        // Protected dev blocks itself, its endpoints and its project.
        QCOMPARE(call("DELETE", u"/projects/shop/branches/dev"_s).status, 400);
        QCOMPARE(call("DELETE", u"/projects/shop/branches/dev/endpoints/dev-rw"_s).status, 400);
        const RawReply blocked = call("DELETE", u"/projects/shop"_s);
        QCOMPARE(blocked.status, 400);
        QVERIFY(blocked.json.value(u"message"_s).toString().contains(u"protected"_s));
        // The default branch never goes alone; a branch with children waits for them.
        QCOMPARE(call("DELETE", u"/projects/shop/branches/production"_s).status, 400);
        QVERIFY(!settle(call("PATCH", u"/projects/shop/branches/dev?update_mask=spec.is_protected"_s,
                             {{u"spec"_s, QJsonObject{{u"is_protected"_s, false}}}}))
                     .isEmpty());
        QCOMPARE(call("DELETE", u"/projects/shop/branches/dev"_s).status, 400); // feature-x came from it
        // Soft delete: hidden from the list, shown with show_deleted and by name.
        const QJsonObject removed = settle(call("DELETE", u"/projects/shop/branches/feature-x"_s));
        QCOMPARE(removed.value(u"response"_s).toObject().contains(u"name"_s), false); // {} for a delete
        QVERIFY(removed.contains(u"response"_s));
        QVERIFY(!names(call("GET", u"/projects/shop/branches"_s), u"branches"_s)
                     .contains(u"projects/shop/branches/feature-x"_s));
        const RawReply withDeleted = call("GET", u"/projects/shop/branches?show_deleted=true"_s);
        QVERIFY(names(withDeleted, u"branches"_s).contains(u"projects/shop/branches/feature-x"_s));
        QVERIFY(call("GET", u"/projects/shop/branches/feature-x"_s)
                    .json.value(u"status"_s)
                    .toObject()
                    .contains(u"delete_time"_s));
        QVERIFY(!settle(call("POST", u"/projects/shop/branches/feature-x/undelete"_s)).isEmpty());
        QVERIFY(names(call("GET", u"/projects/shop/branches"_s), u"branches"_s)
                    .contains(u"projects/shop/branches/feature-x"_s));
        QCOMPARE(call("POST", u"/projects/shop/branches/feature-x/undelete"_s).status, 400); // not deleted
        // The project: soft, its operation readable while deleted, back, then purged for good.
        const RawReply projectDelete = call("DELETE", u"/projects/shop"_s);
        QCOMPARE(projectDelete.status, 200);
        const QString operation = projectDelete.json.value(u"name"_s).toString();
        QVERIFY(!settle(projectDelete).isEmpty());
        QVERIFY(!names(call("GET", u"/projects"_s), u"projects"_s).contains(u"projects/shop"_s));
        QVERIFY(names(call("GET", u"/projects?show_deleted=true"_s), u"projects"_s).contains(u"projects/shop"_s));
        QVERIFY(call("GET", u"/projects/shop"_s).json.contains(u"delete_time"_s));
        QCOMPARE(call("GET", u"/"_s + operation).status, 200);
        QCOMPARE(call("GET", u"/projects/shop/branches"_s).status, 404);
        QVERIFY(!settle(call("POST", u"/projects/shop/undelete"_s)).isEmpty());
        QVERIFY(names(call("GET", u"/projects"_s), u"projects"_s).contains(u"projects/shop"_s));
        QCOMPARE(call("GET", u"/projects/shop/branches"_s).status, 200);
        QVERIFY(!settle(call("DELETE", u"/projects/shop?purge=true"_s)).isEmpty());
        QCOMPARE(call("GET", u"/projects/shop"_s).status, 404);
        QVERIFY(!names(call("GET", u"/projects?show_deleted=true"_s), u"projects"_s).contains(u"projects/shop"_s));
        QCOMPARE(call("POST", u"/projects/shop/undelete"_s).status, 404);
        // Endpoints go outright.
        createProject(u"ephemeral"_s);
        QVERIFY(!settle(call("DELETE", u"/projects/ephemeral/branches/production/endpoints/primary"_s)).isEmpty());
        QCOMPARE(call("GET", u"/projects/ephemeral/branches/production/endpoints/primary"_s).status, 404);
    }

    void listsPageStably()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!createProject(u"paged-%1"_s.arg(i)).isEmpty());
        QStringList all;
        QString token;
        int pages = 0;
        do {
            const RawReply page =
                call("GET", u"/projects?page_size=2"_s + (token.isEmpty() ? QString() : u"&page_token="_s + token));
            QCOMPARE(page.status, 200);
            QVERIFY(page.json.value(u"projects"_s).toArray().size() <= 2);
            all += names(page, u"projects"_s);
            token = page.json.value(u"next_page_token"_s).toString();
            QVERIFY(++pages < 20);
        } while (!token.isEmpty());
        QCOMPARE(all, names(call("GET", u"/projects?page_size=100"_s), u"projects"_s)); // same order, nothing twice
        QVERIFY(all.contains(u"projects/paged-4"_s));
        const RawReply one = call("GET", u"/projects?page_size=1"_s);
        QCOMPARE(one.json.value(u"projects"_s).toArray().size(), 1);
        QVERIFY(one.json.contains(u"next_page_token"_s));
        QVERIFY(!call("GET", u"/projects?page_size=100"_s).json.contains(u"next_page_token"_s)); // the last page
        QCOMPARE(call("GET", u"/projects?page_token=garbage"_s).status, 400);
    }

    void credentialsLiveAtMostAnHour()
    {
        const QString endpoint = u"projects/paged-0/branches/production/endpoints/primary"_s;
        const RawReply credential = call("POST", u"/credentials"_s, {{u"endpoint"_s, endpoint}, {u"ttl"_s, u"600s"_s}});
        QCOMPARE(credential.status, 200);
        QVERIFY(!credential.json.value(u"token"_s).toString().isEmpty());
        // 600 s of sandbox time is 6 s of wall clock at ×100, and it says so.
        const QDateTime expires =
            QDateTime::fromString(credential.json.value(u"expire_time"_s).toString(), Qt::ISODateWithMs);
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(expires);
        QVERIFY2(left > 4000 && left <= 6000, qPrintable(QString::number(left)));
        QCOMPARE(call("POST", u"/credentials"_s, {{u"endpoint"_s, endpoint}, {u"ttl"_s, u"7200s"_s}}).status, 400);
        QCOMPARE(call("POST", u"/credentials"_s, {{u"endpoint"_s, endpoint}, {u"ttl"_s, u"100s"_s}}).status, 400);
        QCOMPARE(call("POST", u"/credentials"_s, {{u"endpoint"_s, QString(endpoint + u"x"_s)}}).status, 404);
        QCOMPARE(call("POST", u"/credentials"_s, {}).status, 400);
    }

    void aBranchListsItsDatabasesAndRoles()
    {
        const RawReply databases = call("GET", u"/projects/paged-0/branches/production/databases"_s);
        QCOMPARE(databases.status, 200);
        const QJsonObject database = databases.json.value(u"databases"_s).toArray().first().toObject();
        QVERIFY(database.value(u"name"_s).toString().startsWith(u"projects/paged-0/branches/production/databases/"_s));
        QVERIFY(!database.value(u"status"_s).toObject().value(u"postgres_database"_s).toString().isEmpty());
        const RawReply roles = call("GET", u"/projects/paged-0/branches/production/roles"_s);
        QVERIFY(roles.json.value(u"roles"_s).toArray().size() >= 1);
        QCOMPARE(call("GET", u"/projects/paged-0/branches/nowhere/roles"_s).status, 404);
    }

    void operationsEndInErrorUnderFaults()
    {
        QVERIFY(m_server->faults().addSpec(u"operror,path=/api/2.0/postgres/projects,method=POST,count=1"_s).isEmpty());
        const RawReply started = call("POST", u"/projects?project_id=doomed"_s, {{u"spec"_s, QJsonObject{}}});
        QCOMPARE(started.status, 200); // accepted …
        const QJsonObject done = settle(started);
        QVERIFY(!done.isEmpty());
        QVERIFY(!done.contains(u"response"_s)); // … and ended with exactly one of them: error
        QCOMPARE(done.value(u"error"_s).toObject().value(u"error_code"_s).toString(), u"INTERNAL_ERROR"_s);
        QVERIFY(!done.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QCOMPARE(call("GET", u"/projects/doomed"_s).status, 404);
        // A status fault speaks Databricks' shape.
        QVERIFY(m_server->faults().addSpec(u"503,path=/api/2.0/postgres/projects,method=GET,count=1"_s).isEmpty());
        const RawReply unavailable = call("GET", u"/projects"_s);
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(code(unavailable), u"TEMPORARILY_UNAVAILABLE"_s);
        QCOMPARE(call("GET", u"/projects"_s).status, 200);
    }

    void demoSeedsAWorkspace()
    {
        SandboxOptions options;
        options.demo = true;
        options.lakebaseTokens = {m_pat};
        auto demo = startSandbox(options);
        const RawReply projects = rawCall(m_network, demo->baseUrl(), "GET", m_base + u"/projects"_s, {}, m_pat);
        QCOMPARE(projects.json.value(u"projects"_s).toArray().size(), 2);
        const RawReply endpoints = rawCall(m_network, demo->baseUrl(), "GET",
                                           m_base + u"/projects/orders-app/branches/production/endpoints"_s, {}, m_pat);
        QStringList types;
        for (const QJsonValue &each : endpoints.json.value(u"endpoints"_s).toArray())
            types << each.toObject().value(u"status"_s).toObject().value(u"endpoint_type"_s).toString();
        QVERIFY(types.contains(u"ENDPOINT_TYPE_READ_WRITE"_s) && types.contains(u"ENDPOINT_TYPE_READ_ONLY"_s));
        const RawReply branches =
            rawCall(m_network, demo->baseUrl(), "GET", m_base + u"/projects/orders-app/branches"_s, {}, m_pat);
        QVERIFY(branches.json.value(u"branches"_s).toArray().size() >= 3);
    }
};

QTEST_GUILESS_MAIN(LakebaseContractTest)
#include "tst_lakebase_contract.moc"
