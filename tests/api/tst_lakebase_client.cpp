#include "TestSupport.h"

#include "api/ApiTransport.h"
#include "api/RequestLog.h"
#include "api/lakebase/LakebaseClient.h"
#include "api/lakebase/OperationPoller.h"
#include "auth/OAuthTokenProvider.h"
#include "lakebase/LakebaseService.h"

using namespace Qt::StringLiterals;

// The Lakebase client over the shared transport against the sandbox: OAuth M2M through the
// discovery document, a fresh token after expiry, typed resources read from `status`,
// update masks naming exactly the changed field, and the operation poller to `response`
// and to `error`.
class LakebaseClientTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::shared_ptr<OAuthTokenProvider> m_tokens;
    std::unique_ptr<LakebaseClient> m_client;
    std::unique_ptr<OperationPoller> m_poller;
    RequestLog m_log;

    template <typename T>
    struct Outcome
    {
        T value{};
        ApiError error;
        bool done = false;
    };
    template <typename T>
    static auto into(Outcome<T> &outcome)
    {
        return [&outcome](const T &value, const ApiError &error) {
            outcome.value = value;
            outcome.error = error;
            outcome.done = true;
        };
    }
    // Starts an operation and follows it to the end: its response, or its error.
    Outcome<QJsonObject> settle(const std::function<void(LakebaseClient::Done<LakebaseOperation>)> &start)
    {
        Outcome<QJsonObject> settled;
        start([&](const LakebaseOperation &operation, const ApiError &error) {
            if (error.isError()) {
                settled.error = error;
                settled.done = true;
                return;
            }
            m_poller->follow(operation, this, into(settled));
        });
        [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return settled.done; }, 10000);
        return settled;
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.timeScale = 100; // an operation takes 20 ms
        options.lakebaseClients = {u"sp:secret"_s};
        m_server = startSandbox(options);
        m_transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        // Only the discovery URL is known: the token endpoint comes from it.
        m_tokens = std::make_shared<OAuthTokenProvider>(&m_network, QUrl());
        m_tokens->setDiscoveryUrl(QUrl(m_server->baseUrl() + u"/oidc/.well-known/oauth-authorization-server"_s));
        m_tokens->setExtraForm(u"scope=all-apis"_s);
        m_tokens->setCredentials(u"sp"_s, u"secret"_s);
        m_transport->setTokenProvider(m_tokens);
        m_transport->setRequestLog(&m_log);
        m_client = std::make_unique<LakebaseClient>(m_transport.get());
        m_poller = std::make_unique<OperationPoller>(m_client.get());
        m_poller->stepMs = 20;
    }

    void discoveryThenTokenThenRefresh()
    {
        Outcome<LakebasePage<LakebaseProject>> first;
        m_client->listProjects({}, false, this, into(first));
        QTRY_VERIFY(first.done);
        QVERIFY2(!first.error.isError(), qPrintable(first.error.message()));
        QCOMPARE(m_tokens->tokenUrl(), QUrl(m_server->baseUrl() + u"/oidc/v1/token"_s));
        QCOMPARE(m_tokens->requestsMade(), 2); // the document, then the token
        // The token expires: the 401 brings a new one, once, and the call goes through.
        m_server->lakebase().expireOAuthTokens();
        Outcome<LakebasePage<LakebaseProject>> again;
        m_client->listProjects({}, false, this, into(again));
        QTRY_VERIFY(again.done);
        QVERIFY2(!again.error.isError(), qPrintable(again.error.message()));
        QCOMPARE(m_tokens->tokensReceived(), 2);
        QCOMPARE(m_tokens->requestsMade(), 3); // no second discovery
        // The token never reaches the log or "copy as curl".
        for (int i = 0; i < m_log.size(); ++i)
            QVERIFY(!m_log.at(i).curl.contains(u"dbo_"_s));
    }

    void wrongSecretSaysWhy()
    {
        OAuthTokenProvider wrong(&m_network, QUrl());
        wrong.setDiscoveryUrl(QUrl(m_server->baseUrl() + u"/oidc/.well-known/oauth-authorization-server"_s));
        wrong.setExtraForm(u"scope=all-apis"_s);
        wrong.setCredentials(u"sp"_s, u"nope"_s);
        ApiError error;
        bool done = false;
        wrong.token(this, [&](const QString &, const ApiError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(error.kind(), ApiError::Kind::Unauthorized);
    }

    void resourcesReadTheirStatus()
    {
        LakebaseClient::NewProject spec;
        spec.id = u"billing"_s;
        spec.displayName = u"Billing"_s;
        spec.pgVersion = 16;
        spec.minCu = 1;
        spec.maxCu = 4;
        spec.protectDefaultBranch = true;
        const auto created = settle([&](auto done) { m_client->createProject(spec, this, done); });
        QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
        const std::optional<LakebaseProject> project = LakebaseProject::fromJson(created.value);
        QVERIFY(project);
        QCOMPARE(project->id, u"billing"_s);
        QCOMPARE(project->pgVersion, 16);
        QCOMPARE(project->displayName, u"Billing"_s);
        QCOMPARE(project->defaultBranch, u"projects/billing/branches/production"_s);
        Outcome<LakebasePage<LakebaseBranch>> branches;
        m_client->listBranches(u"billing"_s, {}, false, this, into(branches));
        QTRY_VERIFY(branches.done);
        QCOMPARE(branches.value.items.size(), 1);
        QVERIFY(branches.value.items.first().isDefault);
        QVERIFY(branches.value.items.first().isProtected);
        Outcome<LakebasePage<LakebaseEndpoint>> endpoints;
        m_client->listEndpoints(u"billing"_s, u"production"_s, {}, this, into(endpoints));
        QTRY_VERIFY(endpoints.done);
        const LakebaseEndpoint endpoint = endpoints.value.items.value(0);
        QVERIFY(endpoint.isReadWrite());
        QCOMPARE(endpoint.minCu, 1.0);
        QCOMPARE(endpoint.maxCu, 4.0);
        QCOMPARE(endpoint.suspendSeconds, 300);
        QCOMPARE(endpoint.branchId, u"production"_s);
        // Effective values come from status, not from spec.
        const QJsonObject mixed{{u"name"_s, u"projects/p"_s},
                                {u"spec"_s, QJsonObject{{u"display_name"_s, u"asked"_s}, {u"pg_version"_s, 16}}},
                                {u"status"_s, QJsonObject{{u"display_name"_s, u"effective"_s}, {u"pg_version"_s, 17}}}};
        QCOMPARE(LakebaseProject::fromJson(mixed)->displayName, u"effective"_s);
        QCOMPARE(LakebaseProject::fromJson(mixed)->pgVersion, 17);
    }

    void aRenameMasksOnlyTheName()
    {
        const auto renamed =
            settle([&](auto done) { m_client->renameProject(u"billing"_s, u"Billing (EU)"_s, this, done); });
        QVERIFY2(!renamed.error.isError(), qPrintable(renamed.error.message()));
        QCOMPARE(LakebaseProject::fromJson(renamed.value)->displayName, u"Billing (EU)"_s);
        QString patch;
        for (int i = 0; i < m_log.size(); ++i)
            if (m_log.at(i).method == "PATCH")
                patch = m_log.at(i).url;
        QVERIFY2(QUrlQuery(QUrl(patch)).queryItemValue(u"update_mask"_s, QUrl::FullyDecoded) == u"spec.display_name"_s,
                 qPrintable(patch));
        // An endpoint change names just the fields that change.
        const auto resized = settle([&](auto done) {
            LakebaseClient::EndpointChange change;
            change.maxCu = 8.0;
            m_client->updateEndpoint(LakebaseClient::endpointName(u"billing"_s, u"production"_s, u"primary"_s), change,
                                     this, done);
        });
        QVERIFY2(!resized.error.isError(), qPrintable(resized.error.message()));
        QCOMPARE(LakebaseEndpoint::fromJson(resized.value)->maxCu, 8.0);
        QCOMPARE(LakebaseEndpoint::fromJson(resized.value)->suspendSeconds, 300); // untouched
    }

    void operationsEndInErrorWithTheServiceWords()
    {
        QVERIFY(m_server->faults().addSpec(u"operror,path=/api/2.0/postgres/projects,method=POST,count=1"_s).isEmpty());
        LakebaseClient::NewProject spec;
        spec.id = u"doomed"_s;
        const auto failed = settle([&](auto done) { m_client->createProject(spec, this, done); });
        QCOMPARE(failed.error.kind(), ApiError::Kind::OperationFailed);
        QCOMPARE(failed.error.code(), u"INTERNAL_ERROR"_s);
        QVERIFY(failed.error.message().contains(u"injected fault"_s));
        QVERIFY(failed.error.message().contains(u"INTERNAL_ERROR"_s));
        // A refused call is an error before any operation: Databricks' code and message.
        const auto refused = settle([&](auto done) {
            LakebaseClient::NewProject bad;
            bad.id = u"9lives"_s;
            m_client->createProject(bad, this, done);
        });
        QCOMPARE(refused.error.kind(), ApiError::Kind::Validation);
        QCOMPARE(refused.error.code(), u"INVALID_PARAMETER_VALUE"_s);
        QVERIFY(refused.error.message().contains(u"start with a letter"_s));
    }

    void theProtectedBranchExplainsWhyItStays()
    {
        const auto blocked = settle(
            [&](auto done) { m_client->deleteResource(LakebaseClient::projectName(u"billing"_s), false, this, done); });
        QCOMPARE(blocked.error.kind(), ApiError::Kind::Validation);
        QVERIFY(blocked.error.message().contains(u"protected"_s));
    }

    void credentialsAreTyped()
    {
        Outcome<LakebaseCredential> credential;
        m_client->generateCredential(LakebaseClient::endpointName(u"billing"_s, u"production"_s, u"primary"_s), 3600,
                                     this, into(credential));
        QTRY_VERIFY(credential.done);
        QVERIFY(!credential.value.token.isEmpty());
        QVERIFY(credential.value.expireTime > QDateTime::currentDateTimeUtc());
    }

    void operationShapes()
    {
        // A running operation may leave `done` out (omitempty): not done, not malformed.
        const auto running = LakebaseOperation::fromJson({{u"name"_s, u"projects/p/operations/o"_s}});
        QVERIFY(running && !running->done);
        // An error without a code is still an error.
        const auto failed =
            LakebaseOperation::fromJson({{u"name"_s, u"projects/p/operations/o"_s},
                                         {u"done"_s, true},
                                         {u"error"_s, QJsonObject{{u"message"_s, u"quota exceeded"_s}}}});
        QVERIFY(failed && failed->failed());
        QCOMPARE(failed->errorMessage, u"quota exceeded"_s);
        // Done with neither response nor error is a wrong answer.
        QVERIFY(!LakebaseOperation::fromJson({{u"name"_s, u"projects/p/operations/o"_s}, {u"done"_s, true}}));
        // An endpoint whose status has no timeout never suspends.
        const auto endpoint = LakebaseEndpoint::fromJson(
            {{u"name"_s, u"projects/p/branches/b/endpoints/e"_s},
             {u"status"_s, QJsonObject{{u"endpoint_type"_s, u"ENDPOINT_TYPE_READ_ONLY"_s}}}});
        QVERIFY(endpoint);
        QCOMPARE(endpoint->suspendSeconds, 0);
    }

    void idRule()
    {
        QVERIFY(LakebaseIds::isValid(u"a"_s));
        QVERIFY(LakebaseIds::isValid(u"orders-2"_s));
        QVERIFY(LakebaseIds::problem(u"2orders"_s).contains(u"letter"_s));
        QVERIFY(LakebaseIds::problem(u"orders-"_s).contains(u"hyphen"_s));
        QVERIFY(LakebaseIds::problem(u"Orders"_s).contains(u"lowercase"_s));
        QVERIFY(!LakebaseIds::problem(QString(64, u'a')).isEmpty());
        QVERIFY(!LakebaseIds::isValid({}));
        QVERIFY(LakebaseClient::limitsProblem(0.5, 17).contains(u"16"_s));
        QVERIFY(LakebaseClient::limitsProblem(1, 8).isEmpty());
        QVERIFY(!LakebaseClient::limitsProblem(0.25, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(LakebaseClientTest)
#include "tst_lakebase_client.moc"
