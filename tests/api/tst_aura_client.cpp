#include "TestSupport.h"

#include "api/ApiTransport.h"
#include "api/RequestBudget.h"
#include "api/RequestLog.h"
#include "api/aura/AuraClient.h"
#include "aura/AuraService.h"
#include "auth/OAuthTokenProvider.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

// The Aura client over the shared transport against the sandbox: one cached OAuth token,
// a fresh one on a 403, typed records out of the `data` envelope, errors with their reason
// and request id, mutating calls never retried, and the request budget.
class AuraClientTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::shared_ptr<OAuthTokenProvider> m_tokens;
    std::unique_ptr<AuraClient> m_client;
    RequestLog m_log;
    QString m_tenant;

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

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.timeScale = 60; // a create takes a second, a pause half of one
        options.auraClients = {u"console:s3cret"_s};
        m_server = startSandbox(options);
        m_transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        m_tokens = std::make_shared<OAuthTokenProvider>(&m_network, QUrl(m_server->baseUrl() + u"/oauth/token"_s));
        m_tokens->setCredentials(u"console"_s, u"s3cret"_s);
        m_transport->setTokenProvider(m_tokens);
        m_transport->setRefreshOnForbidden(true);
        m_transport->setRequestLog(&m_log);
        m_client = std::make_unique<AuraClient>(m_transport.get());
    }

    void oneTokenServesManyCalls()
    {
        std::vector<Outcome<QList<AuraTenant>>> outcomes(5);
        for (auto &outcome : outcomes) // at once: they share one token request
            m_client->listTenants(this, into(outcome));
        QTRY_VERIFY(std::all_of(outcomes.begin(), outcomes.end(), [](const auto &o) { return o.done; }));
        for (const auto &outcome : outcomes) {
            QVERIFY(!outcome.error.isError());
            QCOMPARE(outcome.value.size(), 1);
        }
        m_tenant = outcomes.front().value.first().id;
        Outcome<QList<AuraTenant>> again;
        m_client->listTenants(this, into(again));
        QTRY_VERIFY(again.done);
        QCOMPARE(m_tokens->requestsMade(), 1);
        // The token is nowhere in the log (nor its copy-as-curl).
        for (int i = 0; i < m_log.size(); ++i)
            QVERIFY(!m_log.at(i).curl.contains(u"aura_"_s));
    }

    void aRevokedTokenIsReplacedOnce()
    {
        m_server->aura().revokeTokens(); // the next call meets a 403
        Outcome<AuraTenantDetails> tenant;
        m_client->getTenant(m_tenant, this, into(tenant));
        QTRY_VERIFY(tenant.done);
        QVERIFY2(!tenant.error.isError(), qPrintable(tenant.error.details()));
        QVERIFY(tenant.value.configurations.size() >= 5);
        QCOMPARE(m_tokens->requestsMade(), 2);
    }

    void anExpiringTokenIsReplacedBeforeItExpires()
    {
        SandboxOptions options;
        options.timeScale = 1800; // an hour-long token lives two real seconds
        options.auraClients = {u"c:s"_s};
        auto server = startSandbox(options);
        ApiTransport transport(&m_network, QUrl(server->baseUrl()));
        auto tokens = std::make_shared<OAuthTokenProvider>(&m_network, QUrl(server->baseUrl() + u"/oauth/token"_s));
        tokens->setCredentials(u"c"_s, u"s"_s);
        transport.setTokenProvider(tokens);
        transport.setRefreshOnForbidden(true);
        RequestLog log;
        transport.setRequestLog(&log);
        AuraClient client(&transport);
        for (int round = 0; round < 4; ++round) { // over more than two token lifetimes
            Outcome<QList<AuraTenant>> outcome;
            client.listTenants(this, into(outcome));
            QTRY_VERIFY(outcome.done);
            QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.details()));
            QTest::qWait(700);
        }
        QVERIFY(tokens->requestsMade() >= 2); // renewed mid-session …
        for (int i = 0; i < log.size(); ++i)  // … before the service ever refused one
            QVERIFY(log.at(i).status != 403);
    }

    void aLate403KeepsTheFreshToken()
    {
        const int before = m_tokens->requestsMade();
        m_tokens->invalidate(u"aura_an-old-token"_s); // a refusal of a token already replaced
        Outcome<QList<AuraTenant>> outcome;
        m_client->listTenants(this, into(outcome));
        QTRY_VERIFY(outcome.done);
        QCOMPARE(m_tokens->requestsMade(), before); // no new token needed
    }

    void wrongCredentialsSayWhy()
    {
        auto transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        auto tokens = std::make_shared<OAuthTokenProvider>(&m_network, QUrl(m_server->baseUrl() + u"/oauth/token"_s));
        tokens->setCredentials(u"console"_s, u"wrong"_s);
        transport->setTokenProvider(tokens);
        AuraClient client(transport.get());
        Outcome<QList<AuraTenant>> outcome;
        client.listTenants(this, into(outcome));
        QTRY_VERIFY(outcome.done);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(outcome.error.call(), u"POST /oauth/token"_s);
    }

    void lifecycleThroughTypedCalls()
    {
        Outcome<AuraInstance> created;
        m_client->createInstance(
            {u"typed"_s, u"5"_s, u"europe-west1"_s, u"2GB"_s, u"professional-db"_s, m_tenant, u"gcp"_s}, this,
            into(created));
        QTRY_VERIFY(created.done);
        QVERIFY2(!created.error.isError(), qPrintable(created.error.details()));
        QVERIFY(!created.value.password.isEmpty());
        QCOMPARE(created.value.username, u"neo4j"_s);
        const QString id = created.value.id;
        Outcome<AuraInstance> got;
        m_client->getInstance(id, this, into(got));
        QTRY_VERIFY(got.done);
        QVERIFY(got.value.password.isEmpty());
        QCOMPARE(got.value.status, u"creating"_s);
        QVERIFY(got.value.isTransitional());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Outcome<AuraInstance> poll;
                m_client->getInstance(id, this, into(poll));
                return QTest::qWaitFor([&] { return poll.done; }, 5000) && poll.value.status == u"running";
            }(),
            5000);
        Outcome<AuraInstance> pausing;
        m_client->pause(id, this, into(pausing));
        QTRY_VERIFY(pausing.done);
        QCOMPARE(pausing.value.status, u"pausing"_s);
        // A call in the wrong state: the reason and the request id come with the error.
        Outcome<AuraInstance> busy;
        m_client->resume(id, this, into(busy));
        QTRY_VERIFY(busy.done);
        QCOMPARE(busy.error.kind(), ApiError::Kind::Conflict);
        QCOMPARE(busy.error.code(), u"ongoing-database-operation"_s);
        QVERIFY(busy.error.requestId().startsWith(u"req_"_s));
        Outcome<AuraInstance> missing;
        m_client->getInstance(u"00000000"_s, this, into(missing));
        QTRY_VERIFY(missing.done);
        QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(missing.error.code(), u"db-not-found"_s);
        Outcome<QList<AuraInstance>> listed;
        m_client->listInstances(m_tenant, this, into(listed));
        QTRY_VERIFY(listed.done);
        QVERIFY(
            std::any_of(listed.value.begin(), listed.value.end(), [&](const AuraInstance &i) { return i.id == id; }));
    }

    void mutatingCallsAreNeverRetried()
    {
        const int before = m_server->aura().instanceCount();
        m_server->faults().addSpec(u"503,path=/v1/instances,method=POST,count=1,after"_s); // made, answer lost
        Outcome<AuraInstance> created;
        m_client->createInstance(
            {u"lost-answer"_s, u"5"_s, u"europe-west1"_s, u"2GB"_s, u"professional-db"_s, m_tenant, u"gcp"_s}, this,
            into(created));
        QTRY_VERIFY(created.done);
        QCOMPARE(created.error.kind(), ApiError::Kind::Server);
        QCOMPARE(m_server->aura().instanceCount(), before + 1); // exactly one, not two
        m_server->faults().clear();
        // A GET is retried through a transient failure.
        m_server->faults().addSpec(u"503,path=/v1/tenants,count=1"_s);
        Outcome<QList<AuraTenant>> tenants;
        m_client->listTenants(this, into(tenants));
        QTRY_VERIFY_WITH_TIMEOUT(tenants.done, 10000);
        QVERIFY(!tenants.error.isError());
    }

    void budgetKeepsUnderTheLimit()
    {
        auto budget = std::make_shared<RequestBudget>(5, 1000); // 5 per second, for a quick test
        m_transport->setBudget(budget);
        QElapsedTimer clock;
        clock.start();
        std::vector<qint64> sentAt;
        std::vector<Outcome<QList<AuraTenant>>> outcomes(15);
        connect(m_transport.get(), &ApiTransport::callStarted, this, [] {});
        for (auto &outcome : outcomes)
            m_client->listTenants(this, [&outcome, &sentAt, &clock](const QList<AuraTenant> &v, const ApiError &e) {
                sentAt.push_back(clock.elapsed());
                outcome.value = v;
                outcome.error = e;
                outcome.done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.begin(), outcomes.end(), [](const auto &o) { return o.done; }),
                                 10000);
        // 15 requests at 5 a second need at least two more seconds after the first five.
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
        std::sort(sentAt.begin(), sentAt.end());
        for (size_t i = 5; i < sentAt.size(); ++i)
            QVERIFY2(sentAt[i] - sentAt[i - 5] >= 900, "six answers within one second");
        m_transport->setBudget(nullptr);
    }

    void rateLimitPausesTheWholeAccount()
    {
        auto budget = std::make_shared<RequestBudget>(100, 60000);
        m_transport->setBudget(budget);
        m_server->faults().addSpec(u"429,path=/v1/instances,method=POST,count=1,retry_after=2"_s);
        Outcome<AuraInstance> created;
        m_client->createInstance(
            {u"limited"_s, u"5"_s, u"europe-west1"_s, u"2GB"_s, u"professional-db"_s, m_tenant, u"gcp"_s}, this,
            into(created));
        QTRY_VERIFY(created.done);
        QCOMPARE(created.error.kind(), ApiError::Kind::RateLimited); // a create is not retried
        QVERIFY(budget->reserve() > 1000);                           // everyone waits out the Retry-After
        m_transport->setBudget(nullptr);
    }
};

QTEST_GUILESS_MAIN(AuraClientTest)
#include "tst_aura_client.moc"
