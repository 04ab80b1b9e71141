#include "TestSupport.h"

#include "aura/AuraService.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// The Neo4j Aura API of CONTRACTS.md §3 over real HTTP: tokens, tenants, the instance
// lifecycle on a fast sandbox clock (600×: a 60 s create takes 100 ms), snapshots, restore,
// overwrite, the `data` / `errors` envelopes, X-Request-Id and the per-client rate limit.
class AuraContractTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_token;
    QString m_tenant;

    RawReply tokenCall(const QByteArray &credentials, const QByteArray &form)
    {
        QNetworkRequest request(QUrl(m_server->baseUrl() + u"/oauth/token"_s));
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = m_network.post(request, form);
        RawReply result;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }
    RawReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return rawCall(m_network, m_server->baseUrl(), method, path, body, m_token);
    }
    QJsonObject data(const RawReply &reply) { return reply.json.value(u"data"_s).toObject(); }
    static QJsonObject firstError(const RawReply &reply)
    {
        return reply.json.value(u"errors"_s).toArray().first().toObject();
    }
    QJsonObject createBody(const QString &name, const QString &type = u"professional-db"_s,
                           const QString &memory = u"2GB"_s)
    {
        return {{u"name"_s, name}, {u"version"_s, u"5"_s},     {u"region"_s, u"europe-west1"_s}, {u"memory"_s, memory},
                {u"type"_s, type}, {u"tenant_id"_s, m_tenant}, {u"cloud_provider"_s, u"gcp"_s}};
    }
    QString statusOf(const QString &id)
    {
        return data(call("GET", u"/v1/instances/"_s + id)).value(u"status"_s).toString();
    }
    QString createRunning(const QString &name)
    {
        const RawReply created = call("POST", u"/v1/instances"_s, createBody(name));
        const QString id = data(created).value(u"id"_s).toString();
        // Empty when it never came up: the caller's next check fails on it.
        return QTest::qWaitFor([&] { return statusOf(id) == u"running"; }, 5000) ? id : QString();
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.timeScale = 600;
        options.auraClients = {u"client-a:secret-a"_s, u"client-b:secret-b"_s};
        options.auraRateLimit = 100000; // the limit has its own test
        m_server = startSandbox(options);
    }

    void tokenForClientCredentials()
    {
        const RawReply ok = tokenCall("client-a:secret-a", "grant_type=client_credentials");
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.json.value(u"access_token"_s).toString().isEmpty());
        QCOMPARE(ok.json.value(u"token_type"_s).toString().toLower(), u"bearer"_s);
        // An hour of sandbox time, said in real seconds: 6 s at 600×.
        QCOMPARE(ok.json.value(u"expires_in"_s).toInt(), 6);
        m_token = ok.json.value(u"access_token"_s).toString();
        QCOMPARE(tokenCall("client-a:wrong", "grant_type=client_credentials").status, 401);
        QCOMPARE(tokenCall("nobody:secret-a", "grant_type=client_credentials").status, 401);
        QCOMPARE(tokenCall("client-a:secret-a", "grant_type=password").status, 400);
        QVERIFY(!tokenCall("client-a:wrong", "grant_type=client_credentials").header("x-request-id").isEmpty());
    }

    void badOrMissingTokenIs403()
    {
        const RawReply bad = rawCall(m_network, m_server->baseUrl(), "GET", u"/v1/tenants"_s, {}, u"nope"_s);
        QCOMPARE(bad.status, 403);
        QVERIFY(bad.json.value(u"error"_s).isString());
        QCOMPARE(rawCall(m_network, m_server->baseUrl(), "GET", u"/v1/instances"_s, {}, {}).status, 403);
    }

    void tenantsAndConfigurations()
    {
        const RawReply list = call("GET", u"/v1/tenants"_s);
        QCOMPARE(list.status, 200);
        const QJsonArray tenants = list.json.value(u"data"_s).toArray();
        QCOMPARE(tenants.size(), 1);
        m_tenant = tenants.first().toObject().value(u"id"_s).toString();
        QVERIFY(QUuid::fromString(m_tenant).version() != QUuid::VerUnknown);
        QVERIFY(list.header("content-type").startsWith("application/json"));
        QVERIFY(list.header("x-request-id").startsWith("req_"));
        const RawReply one = call("GET", u"/v1/tenants/"_s + m_tenant);
        const QJsonArray configurations = data(one).value(u"instance_configurations"_s).toArray();
        QVERIFY(configurations.size() >= 5);
        bool free = false, aws = false;
        for (const QJsonValue &value : configurations) {
            const QJsonObject c = value.toObject();
            free |= c.value(u"type"_s) == u"free-db"_s && c.value(u"memory"_s) == u"1GB"_s &&
                    c.value(u"cloud_provider"_s) == u"gcp"_s;
            aws |= c.value(u"cloud_provider"_s) == u"aws"_s;
            QCOMPARE(c.value(u"version"_s).toString(), u"5"_s);
        }
        QVERIFY(free && aws);
        const RawReply unknown = call("GET", u"/v1/tenants/00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(unknown.status, 404);
        QVERIFY(!firstError(unknown).value(u"message"_s).toString().isEmpty());
        // The other client has a tenant of its own.
        const QString other =
            tokenCall("client-b:secret-b", "grant_type=client_credentials").json.value(u"access_token"_s).toString();
        const RawReply theirs = rawCall(m_network, m_server->baseUrl(), "GET", u"/v1/tenants"_s, {}, other);
        QVERIFY(theirs.json.value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString() != m_tenant);
    }

    void createValidatesAgainstTheConfigurations_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("name missing") << u"name"_s << QString();
        QTest::newRow("version missing") << u"version"_s << QString();
        QTest::newRow("memory not offered") << u"memory"_s << u"3GB"_s;
        QTest::newRow("region not offered") << u"region"_s << u"mars-1"_s;
        QTest::newRow("cloud not offered") << u"cloud_provider"_s << u"azure"_s;
        QTest::newRow("type unknown") << u"type"_s << u"galaxy-db"_s;
        QTest::newRow("version not offered") << u"version"_s << u"4"_s;
    }

    void createValidatesAgainstTheConfigurations()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject body = createBody(u"invalid"_s);
        if (value.isEmpty())
            body.remove(field);
        else
            body.insert(field, value);
        const RawReply reply = call("POST", u"/v1/instances"_s, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(firstError(reply).value(u"field"_s).toString(), field);
        QVERIFY(reply.header("x-request-id").startsWith("req_"));
    }

    void freeIsOneGigabyteOnGcpOnly()
    {
        QCOMPARE(call("POST", u"/v1/instances"_s, createBody(u"f"_s, u"free-db"_s, u"2GB"_s)).status, 400);
        QJsonObject onAws = createBody(u"f"_s, u"free-db"_s, u"1GB"_s);
        onAws.insert(u"cloud_provider"_s, u"aws"_s);
        QCOMPARE(firstError(call("POST", u"/v1/instances"_s, onAws)).value(u"field"_s).toString(), u"cloud_provider"_s);
        QJsonObject otherTenant = createBody(u"f"_s, u"free-db"_s, u"1GB"_s);
        otherTenant.insert(u"tenant_id"_s, u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(call("POST", u"/v1/instances"_s, otherTenant).status, 404);
    }

    void createAnswers202WithThePasswordOnce()
    {
        const RawReply created = call("POST", u"/v1/instances"_s, createBody(u"orders-graph"_s));
        QCOMPARE(created.status, 202);
        const QJsonObject answer = data(created);
        const QString id = answer.value(u"id"_s).toString();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{8}$"_s).match(id).hasMatch());
        QVERIFY(answer.value(u"password"_s).toString().size() >= 16);
        QCOMPARE(answer.value(u"username"_s).toString(), u"neo4j"_s);
        QCOMPARE(answer.value(u"connection_url"_s).toString(), u"neo4j+s://%1.databases.neo4j.io"_s.arg(id));
        QCOMPARE(answer.value(u"tenant_id"_s).toString(), m_tenant);
        const RawReply got = call("GET", u"/v1/instances/"_s + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(data(got).value(u"status"_s).toString(), u"creating"_s);
        QVERIFY(!got.body.contains("password"));
        QCOMPARE(data(got).value(u"memory"_s).toString(), u"2GB"_s);
        QVERIFY(!data(got).value(u"storage"_s).toString().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 5000);
        // Listed, for this tenant and with no filter.
        for (const QString &path : QStringList{u"/v1/instances"_s, u"/v1/instances?tenantId="_s + m_tenant}) {
            bool listed = false;
            for (const QJsonValue &each : call("GET", path).json.value(u"data"_s).toArray())
                listed |= each.toObject().value(u"id"_s).toString() == id;
            QVERIFY(listed);
        }
    }

    void pauseResumeAndWrongStates()
    {
        const QString id = createRunning(u"pausable"_s);
        const RawReply paused = call("POST", u"/v1/instances/%1/pause"_s.arg(id));
        QCOMPARE(paused.status, 202);
        QCOMPARE(data(paused).value(u"status"_s).toString(), u"pausing"_s);
        // Busy: another operation answers 409 with its reason.
        const RawReply busy = call("POST", u"/v1/instances/%1/resume"_s.arg(id));
        QCOMPARE(busy.status, 409);
        QCOMPARE(firstError(busy).value(u"reason"_s).toString(), u"ongoing-database-operation"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"paused"_s, 5000);
        QCOMPARE(data(call("GET", u"/v1/instances/"_s + id)).value(u"connection_url"_s).toString(), QString());
        QCOMPARE(call("POST", u"/v1/instances/%1/pause"_s.arg(id)).status, 400); // already paused
        QCOMPARE(call("PATCH", u"/v1/instances/"_s + id, {{u"memory"_s, u"4GB"_s}}).status, 400);
        const RawReply resumed = call("POST", u"/v1/instances/%1/resume"_s.arg(id));
        QCOMPARE(resumed.status, 202);
        QCOMPARE(data(resumed).value(u"status"_s).toString(), u"resuming"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 5000);
        QVERIFY(!data(call("GET", u"/v1/instances/"_s + id)).value(u"connection_url"_s).toString().isEmpty());
    }

    void resizeAndRename()
    {
        const QString id = createRunning(u"resizable"_s);
        const RawReply renamed = call("PATCH", u"/v1/instances/"_s + id, {{u"name"_s, u"renamed"_s}});
        QCOMPARE(renamed.status, 202);
        QCOMPARE(data(renamed).value(u"name"_s).toString(), u"renamed"_s); // at once
        QCOMPARE(data(renamed).value(u"status"_s).toString(), u"running"_s);
        const RawReply resized = call("PATCH", u"/v1/instances/"_s + id, {{u"memory"_s, u"8GB"_s}});
        QCOMPARE(resized.status, 202);
        QCOMPARE(data(resized).value(u"status"_s).toString(), u"updating"_s);
        QCOMPARE(call("PATCH", u"/v1/instances/"_s + id, {{u"memory"_s, u"4GB"_s}}).status, 409);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 5000);
        QCOMPARE(data(call("GET", u"/v1/instances/"_s + id)).value(u"memory"_s).toString(), u"8GB"_s);
        QCOMPARE(
            firstError(call("PATCH", u"/v1/instances/"_s + id, {{u"memory"_s, u"3GB"_s}})).value(u"field"_s).toString(),
            u"memory"_s);
        // A free instance is never resized.
        const QString free = data(call("POST", u"/v1/instances"_s, createBody(u"free"_s, u"free-db"_s, u"1GB"_s)))
                                 .value(u"id"_s)
                                 .toString();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(free), u"running"_s, 5000);
        const RawReply refused = call("PATCH", u"/v1/instances/"_s + free, {{u"memory"_s, u"2GB"_s}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(firstError(refused).value(u"reason"_s).toString(), u"tenant-incapable-of-action"_s);
    }

    void snapshotsRestoreAndOverwrite()
    {
        const QString id = createRunning(u"snapshotted"_s);
        const RawReply taken = call("POST", u"/v1/instances/%1/snapshots"_s.arg(id));
        QCOMPARE(taken.status, 202);
        const QString snapshot = data(taken).value(u"snapshot_id"_s).toString();
        QVERIFY(QUuid::fromString(snapshot).version() != QUuid::VerUnknown);
        const QJsonObject early = data(call("GET", u"/v1/instances/%1/snapshots/%2"_s.arg(id, snapshot)));
        QVERIFY(early.value(u"status"_s) == u"Pending"_s || early.value(u"status"_s) == u"InProgress"_s);
        QCOMPARE(early.value(u"profile"_s).toString(), u"AdHoc"_s);
        QVERIFY(early.value(u"exportable"_s).isBool());
        QCOMPARE(call("POST", u"/v1/instances/%1/snapshots/%2/restore"_s.arg(id, snapshot)).status, 400); // not ready
        QTRY_COMPARE_WITH_TIMEOUT(
            data(call("GET", u"/v1/instances/%1/snapshots/%2"_s.arg(id, snapshot))).value(u"status"_s).toString(),
            u"Completed"_s, 5000);
        // Listed today; another day has none.
        QCOMPARE(call("GET", u"/v1/instances/%1/snapshots"_s.arg(id)).json.value(u"data"_s).toArray().size(), 1);
        QCOMPARE(
            call("GET", u"/v1/instances/%1/snapshots?date=2001-01-01"_s.arg(id)).json.value(u"data"_s).toArray().size(),
            0);
        QCOMPARE(call("GET", u"/v1/instances/%1/snapshots?date=someday"_s.arg(id)).status, 400);
        QCOMPARE(
            call("GET", u"/v1/instances/%1/snapshots/%2"_s.arg(id, QUuid::createUuid().toString(QUuid::WithoutBraces)))
                .status,
            404);
        const RawReply restoring = call("POST", u"/v1/instances/%1/snapshots/%2/restore"_s.arg(id, snapshot));
        QVERIFY(restoring.status / 100 == 2);
        QCOMPARE(data(restoring).value(u"status"_s).toString(), u"restoring"_s);
        QCOMPARE(call("POST", u"/v1/instances/%1/snapshots"_s.arg(id)).status, 409);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 5000);
        // Overwrite another instance from this one's snapshot.
        const QString target = createRunning(u"overwritten"_s);
        QCOMPARE(call("POST", u"/v1/instances/%1/overwrite"_s.arg(target), {}).status, 400);
        QCOMPARE(call("POST", u"/v1/instances/%1/overwrite"_s.arg(target), {{u"source_instance_id"_s, u"ffffffff"_s}})
                     .status,
                 404);
        const RawReply overwriting = call("POST", u"/v1/instances/%1/overwrite"_s.arg(target),
                                          {{u"source_instance_id"_s, id}, {u"source_snapshot_id"_s, snapshot}});
        QCOMPARE(overwriting.status, 202);
        QCOMPARE(data(overwriting).value(u"status"_s).toString(), u"overwriting"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(target), u"running"_s, 5000);
    }

    void deleteGoesThroughDestroyingTo404()
    {
        const QString id = createRunning(u"doomed"_s);
        const RawReply deleted = call("DELETE", u"/v1/instances/"_s + id);
        QCOMPARE(deleted.status, 202);
        QCOMPARE(data(deleted).value(u"status"_s).toString(), u"destroying"_s);
        QCOMPARE(statusOf(id), u"destroying"_s);
        QTRY_COMPARE_WITH_TIMEOUT(call("GET", u"/v1/instances/"_s + id).status, 404, 5000);
        const RawReply gone = call("GET", u"/v1/instances/"_s + id);
        QCOMPARE(firstError(gone).value(u"reason"_s).toString(), u"db-not-found"_s);
        QVERIFY(gone.header("x-request-id").startsWith("req_"));
        QCOMPARE(call("POST", u"/v1/instances/%1/pause"_s.arg(id)).status, 404);
    }

    void expiredTokenIs403()
    {
        SandboxOptions options;
        options.timeScale = 3600 * 2; // an hour-long token lasts half a second here
        options.auraClients = {u"c:s"_s};
        auto fast = startSandbox(options);
        const QString base = fast->baseUrl();
        QNetworkRequest request(QUrl(base + u"/oauth/token"_s));
        request.setRawHeader("Authorization", "Basic " + QByteArray("c:s").toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = m_network.post(request, "grant_type=client_credentials");
        QTRY_VERIFY(reply->isFinished());
        const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token"_s).toString();
        reply->deleteLater();
        QCOMPARE(rawCall(m_network, base, "GET", u"/v1/tenants"_s, {}, token).status, 200);
        QTest::qWait(1100);
        QCOMPARE(rawCall(m_network, base, "GET", u"/v1/tenants"_s, {}, token).status, 403);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        SandboxOptions options;
        options.auraClients = {u"c:s"_s};
        options.auraRateLimit = 5;
        auto limited = startSandbox(options);
        const QString base = limited->baseUrl();
        QNetworkRequest request(QUrl(base + u"/oauth/token"_s));
        request.setRawHeader("Authorization", "Basic " + QByteArray("c:s").toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = m_network.post(request, "grant_type=client_credentials"); // 1 of 5
        QTRY_VERIFY(reply->isFinished());
        const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token"_s).toString();
        reply->deleteLater();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(rawCall(m_network, base, "GET", u"/v1/tenants"_s, {}, token).status, 200);
        const RawReply over = rawCall(m_network, base, "GET", u"/v1/tenants"_s, {}, token);
        QCOMPARE(over.status, 429);
        const int retryAfter = over.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, over.header("retry-after").constData());
        QVERIFY(!over.json.value(u"errors"_s).toArray().isEmpty());
        QCOMPARE(limited->aura().totalRequests(u"c"_s), 6);
    }

    void faultsSpeakAurasEnvelope()
    {
        m_server->faults().addSpec(u"503,path=/v1/instances,count=1,retry_after=2"_s);
        const RawReply faulted = call("GET", u"/v1/instances"_s);
        QCOMPARE(faulted.status, 503);
        QVERIFY(!firstError(faulted).value(u"message"_s).toString().isEmpty());
        QCOMPARE(faulted.header("retry-after"), QByteArray("2"));
        QVERIFY(faulted.header("x-request-id").startsWith("req_"));
        QCOMPARE(call("GET", u"/v1/instances"_s).status, 200);
    }

    void demoSeedsInstancesInSeveralStates()
    {
        SandboxOptions options;
        options.demo = true;
        options.auraClients = {u"demo:secret"_s};
        auto demo = startSandbox(options);
        QNetworkRequest request(QUrl(demo->baseUrl() + u"/oauth/token"_s));
        request.setRawHeader("Authorization", "Basic " + QByteArray("demo:secret").toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = m_network.post(request, "grant_type=client_credentials");
        QTRY_VERIFY(reply->isFinished());
        const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token"_s).toString();
        reply->deleteLater();
        QSet<QString> statuses;
        for (const QJsonValue &each : rawCall(m_network, demo->baseUrl(), "GET", u"/v1/instances"_s, {}, token)
                                          .json.value(u"data"_s)
                                          .toArray()) {
            const QString id = each.toObject().value(u"id"_s).toString();
            statuses.insert(rawCall(m_network, demo->baseUrl(), "GET", u"/v1/instances/"_s + id, {}, token)
                                .json.value(u"data"_s)
                                .toObject()
                                .value(u"status"_s)
                                .toString());
        }
        QVERIFY(statuses.contains(u"running"_s));
        QVERIFY(statuses.contains(u"paused"_s));
        QVERIFY(statuses.contains(u"creating"_s));
    }
};

QTEST_GUILESS_MAIN(AuraContractTest)
#include "tst_aura_contract.moc"
