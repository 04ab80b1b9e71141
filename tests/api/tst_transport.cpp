#include "TestSupport.h"

#include "SandboxClock.h"
#include "api/ApiTransport.h"
#include "api/CurlCommand.h"
#include "api/RequestLog.h"
#include "api/db/InfraiDbClient.h"
#include "auth/TokenProvider.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Qt::StringLiterals;

// The transport against a real sandbox on an ephemeral loopback port: every error class of
// the contract's table, retries, Retry-After, idempotency on retry, timeouts and drops.
class TransportTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    RequestLog m_log;
    std::unique_ptr<ApiTransport> m_transport;

    ApiResult callAndWait(const ApiRequest &request)
    {
        std::optional<ApiResult> outcome;
        m_transport->send(request, this, [&](const ApiResult &result) { outcome = result; });
        const bool done = QTest::qWaitFor([&] { return outcome.has_value(); }, 30000);
        if (!done)
            qFatal("call did not finish");
        return *outcome;
    }

    int projectCount() { return m_server->store().scalar(u"SELECT count(*) FROM projects"_s).toInt(); }

private slots:
    void peeksATopLevelStringBeforeParsing()
    {
        const auto peek = [](const char *json) {
            return ApiCall::peekTopLevelString(QByteArrayView(json), QLatin1StringView("next_cursor"));
        };
        QCOMPARE(peek("{\"items\":[{\"payload\":{\"next_cursor\":\"inner\"}}],\"next_cursor\":\"YzE6NDA\"}"),
                 u"YzE6NDA"_s);
        QCOMPARE(peek("{ \"next_cursor\" : \"abc\" , \"items\": []}"), u"abc"_s);
        // A value that reads like the key, nested keys, and a quoted brace are not it.
        QCOMPARE(peek("{\"note\":\"next_cursor\",\"items\":[{\"next_cursor\":\"x\"}],"
                      "\"s\":\"{\\\"next_cursor\\\":\\\"y\\\"}\"}"),
                 QString());
        QCOMPARE(peek("{\"next_cursor\":null}"), QString());
        QCOMPARE(peek("{\"next_cursor\":\"a\\\"b\"}"), QString()); // escaped: left to the parser
        QCOMPARE(peek("{\"items\":[]}"), QString());
        QCOMPARE(peek("{\"items\":[\"unterminated"), QString());
    }

    void init()
    {
        SandboxOptions options;
        options.timeScale = 1000; // provisioning passes in ~2 ms
        m_server = startSandbox(options);
        m_transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        m_transport->setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        m_transport->setRequestLog(&m_log);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        m_transport->setRetryPolicy(fast);
        m_log.clear();
    }

    void cleanup()
    {
        m_transport.reset();
        m_server.reset();
    }

    void successReturnsJson()
    {
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.value(u"items"_s).isArray());
        QVERIFY(result.requestId.startsWith(u"req_"_s));
    }

    void validationErrorNamesTheField()
    {
        const ApiResult result =
            callAndWait(ApiRequest::mutating("POST", u"/v1/db/project/create"_s, {{u"name"_s, u""_s}}));
        QCOMPARE(result.error.kind(), ApiError::Kind::Validation);
        QCOMPARE(result.error.httpStatus(), 400);
        QCOMPARE(result.error.code(), u"VALIDATION_FAILED"_s);
        QCOMPARE(result.error.field(), u"name"_s);
        QVERIFY(result.error.requestId().startsWith(u"req_"_s));
        QVERIFY(result.error.message().contains(u"name"_s));
        QCOMPARE(result.attempts, 1);
    }

    void unauthorizedIsNeverRetried()
    {
        m_transport->setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_wrong"_s));
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(result.attempts, 1);
        QVERIFY(!result.error.message().isEmpty());
    }

    void missingKeyFailsWithoutARequest()
    {
        m_transport->setTokenProvider(std::make_shared<StaticTokenProvider>());
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        QCOMPARE(result.error.kind(), ApiError::Kind::MissingCredentials);
        QCOMPARE(m_server->hits(u"db.project.list"_s), 0);
    }

    void insufficientCredit()
    {
        m_server.reset();
        SandboxOptions options;
        options.creditUsd = 0;
        m_server = startSandbox(options);
        m_transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        m_transport->setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        const ApiResult result = callAndWait(InfraiDbClient::createProjectRequest(NewProjectSpec::named(u"p"_s)));
        QCOMPARE(result.error.kind(), ApiError::Kind::InsufficientCredit);
        QCOMPARE(result.error.code(), u"INSUFFICIENT_CREDIT"_s);
        QCOMPARE(result.attempts, 1);
    }

    void forbiddenNotFoundAndConflict()
    {
        m_server->faults().addSpec(u"403,path=/v1/db/project/list,count=1"_s);
        QCOMPARE(callAndWait(ApiRequest::get(u"/v1/db/project/list"_s)).error.kind(), ApiError::Kind::Forbidden);

        const ApiResult missing = callAndWait(InfraiDbClient::getRequest(u"project"_s, u"prj_nope"_s));
        QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(missing.attempts, 1);

        const ApiResult project = callAndWait(InfraiDbClient::createProjectRequest(NewProjectSpec::named(u"p"_s)));
        QVERIFY(project.ok());
        const QString id = project.body.value(u"id"_s).toString();
        QVERIFY(callAndWait(InfraiDbClient::createBranchRequest(id, u"dev"_s, {})).ok());
        const ApiResult clash = callAndWait(InfraiDbClient::createBranchRequest(id, u"dev"_s, {}));
        QCOMPARE(clash.error.kind(), ApiError::Kind::Conflict);
        QCOMPARE(clash.error.httpStatus(), 409);
    }

    void rateLimitHonoursRetryAfter()
    {
        m_server->faults().addSpec(u"429,retry_after=1,path=/v1/db/project/list,count=1"_s);
        QElapsedTimer clock;
        clock.start();
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        const qint64 waited = clock.elapsed();
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(result.attempts, 2);
        QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
        QVERIFY2(waited < 5000, qPrintable(QString::number(waited)));
    }

    void rateLimitBeyondPatienceIsShown()
    {
        m_server->faults().addSpec(u"429,retry_after=600,path=/v1/db/project/list,count=1"_s);
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        QCOMPARE(result.error.kind(), ApiError::Kind::RateLimited);
        QCOMPARE(result.error.retryAfterSeconds(), 600);
        QVERIFY(result.error.message().contains(u"600"_s));
    }

    void serverErrorRetriesSafeCalls()
    {
        m_server->faults().addSpec(u"503,path=/v1/db/project/list,count=2"_s);
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(m_server->hits(u"db.project.list"_s), 3);
    }

    void serverErrorGivesUpAfterMaxAttempts()
    {
        m_server->faults().addSpec(u"500,path=/v1/db/project/list"_s);
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        QCOMPARE(result.error.kind(), ApiError::Kind::Server);
        QCOMPARE(result.attempts, 4);
        QVERIFY(result.error.message().contains(u"500"_s));
    }

    void unsafeCallIsNotRetried()
    {
        m_server->faults().addSpec(u"503,path=/v1/db/project/create,count=1"_s);
        ApiRequest request = InfraiDbClient::createProjectRequest(NewProjectSpec::named(u"p"_s));
        request.idempotencyKey.clear(); // a POST without a key must not be repeated
        const ApiResult result = callAndWait(request);
        QCOMPARE(result.error.kind(), ApiError::Kind::Server);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_server->hits(u"db.project.create"_s), 1);
        QCOMPARE(projectCount(), 0);
    }

    void retryReusesIdempotencyKeyAndCreatesNoDuplicate()
    {
        // The first attempt takes effect but its answer is lost; the retry must not create a
        // second project.
        m_server->faults().addSpec(u"503,after,path=/v1/db/project/create,count=1"_s);
        const ApiRequest request = InfraiDbClient::createProjectRequest(NewProjectSpec::named(u"once"_s));
        const ApiResult result = callAndWait(request);
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_server->hits(u"db.project.create"_s), 2);
        QCOMPARE(projectCount(), 1);
        const int retries = m_server->store()
                                .scalar(u"SELECT count(*) FROM idempotency WHERE key = ?"_s, {request.idempotencyKey})
                                .toInt();
        QCOMPARE(retries, 1);
    }

    void malformedJsonIsReported()
    {
        m_server->faults().addSpec(u"malformed,path=/v1/db/project/list,count=1"_s);
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        QCOMPARE(result.error.kind(), ApiError::Kind::MalformedResponse);
        QVERIFY(!result.error.message().isEmpty());
    }

    void typedClientRejectsWrongShape()
    {
        m_server->faults().addSpec(u"malformed,path=/v1/db/project/list,count=1"_s);
        InfraiDbClient client(m_transport.get());
        std::optional<ApiError> outcome;
        client.listProjects({}, 10, this, [&](const Page<DbProject> &, const ApiError &error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->kind(), ApiError::Kind::MalformedResponse);
    }

    void timeoutIsReported()
    {
        m_server->faults().addSpec(u"latency=2000,path=/v1/db/project/list"_s);
        ApiRequest request = ApiRequest::get(u"/v1/db/project/list"_s);
        request.timeoutMs = 300;
        RetryPolicy once;
        once.maxAttempts = 1;
        m_transport->setRetryPolicy(once);
        QElapsedTimer clock;
        clock.start();
        const ApiResult result = callAndWait(request);
        QCOMPARE(result.error.kind(), ApiError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 1800);
        QVERIFY(result.error.message().contains(u"1"_s));
    }

    void droppedConnectionIsReported()
    {
        m_server->faults().addSpec(u"drop,path=/v1/db/project/list"_s);
        const ApiResult result = callAndWait(ApiRequest::get(u"/v1/db/project/list"_s));
        QCOMPARE(result.error.kind(), ApiError::Kind::ConnectionDropped);
        QCOMPARE(result.attempts, 4); // a GET is safe: retried, then reported
    }

    void refusedConnectionIsReported()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiTransport transport(&m_network, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        transport.setTokenProvider(std::make_shared<StaticTokenProvider>(u"k"_s));
        RetryPolicy once;
        once.maxAttempts = 1;
        transport.setRetryPolicy(once);
        std::optional<ApiResult> outcome;
        transport.send(ApiRequest::get(u"/v1/db/project/list"_s), this,
                       [&](const ApiResult &result) { outcome = result; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->error.kind(), ApiError::Kind::ConnectionRefused);
        QVERIFY(outcome->error.message().contains(u"127.0.0.1"_s));
    }

    void abortCancels()
    {
        m_server->faults().addSpec(u"latency=2000,path=/v1/db/project/list"_s);
        std::optional<ApiResult> outcome;
        ApiCall *call = m_transport->send(ApiRequest::get(u"/v1/db/project/list"_s), this,
                                          [&](const ApiResult &result) { outcome = result; });
        QTest::qWait(50);
        call->abort();
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    }

    void logRecordsAttemptsWithoutSecrets()
    {
        m_server->faults().addSpec(u"503,path=/v1/db/project/list,count=1"_s);
        QVERIFY(callAndWait(ApiRequest::get(u"/v1/db/project/list"_s)).ok());
        QCOMPARE(m_log.size(), 2);
        QCOMPARE(m_log.at(0).status, 503);
        QCOMPARE(m_log.at(1).status, 200);
        QCOMPARE(m_log.at(1).attempt, 2);
        QVERIFY(m_log.at(1).requestId.startsWith(u"req_"_s));
        for (int i = 0; i < m_log.size(); ++i) {
            QVERIFY(!m_log.at(i).curl.contains(u"ifr_test_key"_s));
            QVERIFY(!m_log.at(i).url.contains(u"ifr_test_key"_s));
        }
    }

    void curlUsesPlaceholderAndRedacts()
    {
        ApiRequest request =
            ApiRequest::mutating("POST", u"/v1/queue/push_subscribe/orders"_s,
                                 {{u"url"_s, u"https://hooks.example.com/x"_s}, {u"secret"_s, u"s3cr3t"_s}});
        request.query.addQueryItem(u"token"_s, u"abc123"_s);
        const QString curl = m_transport->curlFor(request);
        QVERIFY(curl.contains(u"$INFRAI_API_KEY"_s));
        QVERIFY(!curl.contains(u"ifr_test_key"_s));
        QVERIFY(!curl.contains(u"s3cr3t"_s));
        QVERIFY(!curl.contains(u"abc123"_s));
        QVERIFY(curl.contains(u"Idempotency-Key: "_s + request.idempotencyKey));
        QVERIFY(curl.contains(u"-X POST"_s));
        QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
    }

    void retryAfterParsesDates()
    {
        QCOMPARE(parseRetryAfter("7"), 7);
        QCOMPARE(parseRetryAfter(""), -1);
        QCOMPARE(parseRetryAfter("soon"), -1);
        const QString future =
            QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(30), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        const int seconds = parseRetryAfter(future.toLatin1());
        QVERIFY2(seconds >= 28 && seconds <= 30, qPrintable(QString::number(seconds)));
    }

    void everyErrorKindHasAMessage()
    {
        for (int status : {400, 401, 402, 403, 404, 409, 418, 429, 500, 503}) {
            const ApiError error = ApiError::fromHttp(status, "{}", {});
            QVERIFY2(!error.message().isEmpty(), qPrintable(QString::number(status)));
        }
        for (auto code : {QNetworkReply::ConnectionRefusedError, QNetworkReply::HostNotFoundError,
                          QNetworkReply::RemoteHostClosedError, QNetworkReply::SslHandshakeFailedError,
                          QNetworkReply::UnknownNetworkError}) {
            QVERIFY(!ApiError::fromNetwork(code, u"x"_s, u"h"_s).message().isEmpty());
        }
        QVERIFY(!ApiError::timeout(1000).message().isEmpty());
        QVERIFY(!ApiError::malformed(u"x"_s).message().isEmpty());
        QVERIFY(!ApiError::missingCredentials().message().isEmpty());
    }

    void typedClientCoversTheDbCapabilities()
    {
        InfraiDbClient client(m_transport.get());
        std::optional<DbProject> project;
        NewProjectSpec spec = NewProjectSpec::named(u"typed"_s);
        spec.vendor = u"supabase"_s;
        spec.region = u"eu-west-1"_s;
        client.createProject(spec, this, [&](const DbProject &value, const ApiError &error) {
            QVERIFY(!error.isError());
            project = value;
        });
        QTRY_VERIFY(project.has_value());
        QCOMPARE(project->vendor, u"supabase"_s);
        QCOMPARE(project->region, u"eu-west-1"_s);
        QVERIFY(project->createdAt.isValid());

        std::optional<DbBranch> branch;
        client.createBranch(project->id, u"feature"_s, u"main"_s, this,
                            [&](const DbBranch &value, const ApiError &) { branch = value; });
        QTRY_VERIFY(branch.has_value());
        QCOMPARE(branch->name, u"feature"_s);
        QVERIFY(!branch->parentBranchId.isEmpty());

        std::optional<Page<DbBranch>> branches;
        client.listBranches(project->id, {}, 1, this,
                            [&](const Page<DbBranch> &page, const ApiError &) { branches = page; });
        QTRY_VERIFY(branches.has_value());
        QCOMPARE(branches->items.size(), 1);
        QVERIFY(branches->hasMore());

        std::optional<DbSnapshot> snapshot;
        client.createSnapshot(project->id, u"before"_s, this,
                              [&](const DbSnapshot &value, const ApiError &) { snapshot = value; });
        QTRY_VERIFY(snapshot.has_value());
        QCOMPARE(snapshot->label, u"before"_s);

        std::optional<DbProject> restored;
        client.restoreSnapshot(snapshot->id, {}, this,
                               [&](const DbProject &value, const ApiError &) { restored = value; });
        QTRY_VERIFY(restored.has_value());
        QCOMPARE(restored->name, u"typed-restored"_s);

        std::optional<DiscoveryInfo> discovery;
        client.discover(u"db.project.create"_s, this,
                        [&](const DiscoveryInfo &value, const ApiError &) { discovery = value; });
        QTRY_VERIFY(discovery.has_value());
        QCOMPARE(discovery->vendors.size(), 3);

        std::optional<bool> deleted;
        client.deleteProject(project->id, this, [&](bool ok, const ApiError &) { deleted = ok; });
        QTRY_VERIFY(deleted.has_value());
        QVERIFY(*deleted);
    }
};

QTEST_GUILESS_MAIN(TransportTest)
#include "tst_transport.moc"
