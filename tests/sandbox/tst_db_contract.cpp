#include "TestSupport.h"

#include "SandboxClock.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The sandbox against CONTRACTS.md §0–§1, over real HTTP with raw JSON (no console code),
// so a mismatch between the console and the contract cannot hide behind shared code.
class DbContractTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;

    RawReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                  const QString &key = u"ifr_test_key"_s)
    {
        return rawCall(m_network, m_server->baseUrl(), method, path, body, key);
    }
    QJsonObject createProject(const QString &name, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(u"name"_s, name);
        const RawReply reply = call("POST", u"/v1/db/project/create"_s, body);
        if (reply.status != 200)
            qWarning() << reply.body;
        return reply.json;
    }
    static QString errorCode(const RawReply &reply)
    {
        return reply.json.value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    static QString errorField(const RawReply &reply)
    {
        return reply.json.value(u"error"_s).toObject().value(u"field"_s).toString();
    }

private slots:
    void init()
    {
        SandboxOptions options;
        // Provisioning (2 s) takes 40 ms: long enough that a create answer, on a loaded
        // machine, is still read while provisioning, short enough to wait out.
        options.timeScale = 50;
        options.apiKeys = {u"ifr_test_key"_s, u"ifr_other_key"_s};
        m_server = startSandbox(options);
    }
    void cleanup() { m_server.reset(); }

    void authIsRequired()
    {
        RawReply missing = call("GET", u"/v1/db/project/list"_s, {}, {});
        QCOMPARE(missing.status, 401);
        QCOMPARE(errorCode(missing), u"UNAUTHORIZED"_s);
        QVERIFY(missing.json.value(u"error"_s).toObject().value(u"request_id"_s).toString().startsWith(u"req_"_s));
        QCOMPARE(call("GET", u"/v1/db/project/list"_s, {}, u"ifr_wrong"_s).status, 401);
    }

    void projectLifecycle()
    {
        const QJsonObject project = createProject(u"shop"_s);
        const QString id = project.value(u"id"_s).toString();
        QVERIFY(id.startsWith(u"prj_"_s));
        QCOMPARE(project.value(u"name"_s).toString(), u"shop"_s);
        QCOMPARE(project.value(u"status"_s).toString(), u"provisioning"_s);
        QCOMPARE(project.value(u"mode"_s).toString(), u"managed"_s);
        QCOMPARE(project.value(u"vendor"_s).toString(), u"neon"_s);
        QVERIFY(project.value(u"connection_uri"_s).toString().startsWith(u"postgresql://"_s));
        bool ok = false;
        SandboxClock::fromRfc3339(project.value(u"created_at"_s).toString(), &ok);
        QVERIFY(ok);
        // On a 1000x clock, 2 s of provisioning pass in a few real milliseconds.
        QTRY_COMPARE(call("GET", u"/v1/db/project/get/"_s + id).json.value(u"status"_s).toString(), u"ready"_s);
        const RawReply main = call("GET", u"/v1/db/branch/list?project_id="_s + id);
        QCOMPARE(main.json.value(u"items"_s).toArray().size(), 1);
        QCOMPARE(main.json.value(u"items"_s).toArray().at(0).toObject().value(u"branch_name"_s).toString(), u"main"_s);
        QCOMPARE(call("DELETE", u"/v1/db/project/delete/"_s + id).json.value(u"ok"_s).toBool(), true);
        QCOMPARE(call("GET", u"/v1/db/project/get/"_s + id).status, 404);
        QCOMPARE(call("DELETE", u"/v1/db/project/delete/"_s + id).status, 404);
    }

    void projectValidation()
    {
        RawReply reply = call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u""_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), u"VALIDATION_FAILED"_s);
        QCOMPARE(errorField(reply), u"name"_s);
        reply = call("POST", u"/v1/db/project/create"_s, {{u"name"_s, QString(129, u'x')}});
        QCOMPARE(errorField(reply), u"name"_s);
        reply = call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"a"_s}, {u"mode"_s, u"byok"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorField(reply), u"vendor"_s);
        reply = call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"a"_s}, {u"vendor"_s, u"oracle"_s}});
        QCOMPARE(errorField(reply), u"vendor"_s);
        reply = call("POST", u"/v1/db/project/create"_s,
                     {{u"name"_s, u"a"_s}, {u"vendor"_s, u"neon"_s}, {u"region"_s, u"mars-1"_s}});
        QCOMPARE(errorField(reply), u"region"_s);
        reply = call("POST", u"/v1/db/project/create"_s,
                     {{u"name"_s, u"a"_s}, {u"vendor"_s, u"supabase"_s}, {u"postgres_version"_s, u"16"_s}});
        QCOMPARE(errorField(reply), u"postgres_version"_s);
        reply = call("POST", u"/v1/db/project/create"_s, {{u"name"_s, 5}});
        QCOMPARE(errorField(reply), u"name"_s);
        reply = rawCall(m_network, m_server->baseUrl(), "POST", u"/v1/db/project/create"_s, {}, u"ifr_test_key"_s,
                        "{not json");
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorField(reply), u"body"_s);
        // byok with a vendor, and the seed's own three-dot name, are fine.
        const QJsonObject byok = createProject(u"..."_s, {{u"mode"_s, u"byok"_s},
                                                          {u"vendor"_s, u"planetscale"_s},
                                                          {u"region"_s, u"eu-west-1"_s},
                                                          {u"plan"_s, u"ps-10"_s},
                                                          {u"postgres_version"_s, u"17"_s}});
        QCOMPARE(byok.value(u"mode"_s).toString(), u"byok"_s);
        QCOMPARE(byok.value(u"region"_s).toString(), u"eu-west-1"_s);
    }

    void vendorIsRoutedByRegion()
    {
        QCOMPARE(createProject(u"r"_s, {{u"region"_s, u"ap-northeast-1"_s}}).value(u"vendor"_s).toString(),
                 u"supabase"_s);
    }

    void paginationAcrossPages()
    {
        QSet<QString> created;
        for (int i = 0; i < 7; ++i)
            created.insert(createProject(u"p%1"_s.arg(i)).value(u"id"_s).toString());
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        do {
            const QString query = cursor.isEmpty() ? QString() : u"&cursor="_s + cursor;
            const RawReply page = call("GET", u"/v1/db/project/list?limit=3"_s + query);
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json.value(u"items"_s).toArray();
            QVERIFY(items.size() <= 3);
            for (const QJsonValue &item : items) {
                const QString id = item.toObject().value(u"id"_s).toString();
                QVERIFY2(!seen.contains(id), "an item appeared on two pages");
                seen.insert(id);
            }
            cursor = page.json.value(u"next_cursor"_s).toString();
            ++pages;
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 3);
        QCOMPARE(seen, created);
        QCOMPARE(errorField(call("GET", u"/v1/db/project/list?limit=0"_s)), u"limit"_s);
        QCOMPARE(errorField(call("GET", u"/v1/db/project/list?limit=1001"_s)), u"limit"_s);
        QCOMPARE(errorField(call("GET", u"/v1/db/project/list?cursor=garbage"_s)), u"cursor"_s);
        // Default page size is 50.
        for (int i = 7; i < 55; ++i)
            createProject(u"p%1"_s.arg(i));
        QCOMPARE(call("GET", u"/v1/db/project/list"_s).json.value(u"items"_s).toArray().size(), 50);
    }

    void accountsAreIsolated()
    {
        const QString id = createProject(u"mine"_s).value(u"id"_s).toString();
        QCOMPARE(call("GET", u"/v1/db/project/get/"_s + id, {}, u"ifr_other_key"_s).status, 404);
        QCOMPARE(call("GET", u"/v1/db/project/list"_s, {}, u"ifr_other_key"_s).json.value(u"items"_s).toArray().size(),
                 0);
    }

    void branchesFormALineage()
    {
        const QString project = createProject(u"lineage"_s).value(u"id"_s).toString();
        RawReply staging =
            call("POST", u"/v1/db/branch/create"_s, {{u"project_id"_s, project}, {u"branch_name"_s, u"staging"_s}});
        QCOMPARE(staging.status, 200);
        const QString stagingId = staging.json.value(u"id"_s).toString();
        QVERIFY(stagingId.startsWith(u"br_"_s));
        QCOMPARE(staging.json.value(u"project_id"_s).toString(), project);
        const QString mainId = staging.json.value(u"parent_branch"_s).toString();
        QCOMPARE(call("GET", u"/v1/db/branch/get/"_s + mainId).json.value(u"branch_name"_s).toString(), u"main"_s);
        // from_branch by name and by id.
        RawReply preview =
            call("POST", u"/v1/db/branch/create"_s,
                 {{u"project_id"_s, project}, {u"branch_name"_s, u"preview"_s}, {u"from_branch"_s, u"staging"_s}});
        QCOMPARE(preview.json.value(u"parent_branch"_s).toString(), stagingId);
        RawReply byId =
            call("POST", u"/v1/db/branch/create"_s,
                 {{u"project_id"_s, project}, {u"branch_name"_s, u"by-id"_s}, {u"from_branch"_s, stagingId}});
        QCOMPARE(byId.json.value(u"parent_branch"_s).toString(), stagingId);

        RawReply duplicate =
            call("POST", u"/v1/db/branch/create"_s, {{u"project_id"_s, project}, {u"branch_name"_s, u"staging"_s}});
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(errorCode(duplicate), u"CONFLICT"_s);
        QCOMPARE(call("POST", u"/v1/db/branch/create"_s,
                      {{u"project_id"_s, project}, {u"branch_name"_s, u"x"_s}, {u"from_branch"_s, u"nope"_s}})
                     .status,
                 404);
        QCOMPARE(errorField(call("POST", u"/v1/db/branch/create"_s, {{u"project_id"_s, project}})), u"branch_name"_s);
        QCOMPARE(
            call("POST", u"/v1/db/branch/create"_s, {{u"project_id"_s, u"prj_missing"_s}, {u"branch_name"_s, u"x"_s}})
                .status,
            404);

        // A parent with children, and main, cannot be deleted; leaves can.
        QCOMPARE(call("DELETE", u"/v1/db/branch/delete/"_s + stagingId).status, 409);
        QCOMPARE(call("DELETE", u"/v1/db/branch/delete/"_s + mainId).status, 409);
        QCOMPARE(call("DELETE", u"/v1/db/branch/delete/"_s + preview.json.value(u"id"_s).toString()).status, 200);
        QCOMPARE(call("DELETE", u"/v1/db/branch/delete/"_s + byId.json.value(u"id"_s).toString()).status, 200);
        QCOMPARE(call("DELETE", u"/v1/db/branch/delete/"_s + stagingId).status, 200);
        QCOMPARE(call("GET", u"/v1/db/branch/get/"_s + stagingId).status, 404);
        QCOMPARE(call("GET", u"/v1/db/branch/list?project_id="_s + project).json.value(u"items"_s).toArray().size(), 1);
    }

    void snapshotsAndRestore()
    {
        const QString project = createProject(u"orders"_s).value(u"id"_s).toString();
        RawReply snapshot = call("POST", u"/v1/db/snapshot/create"_s,
                                 {{u"project_id"_s, project}, {u"label"_s, u"before-migration"_s}});
        QCOMPARE(snapshot.status, 200);
        const QString snapshotId = snapshot.json.value(u"id"_s).toString();
        QVERIFY(snapshotId.startsWith(u"snap_"_s));
        QCOMPARE(snapshot.json.value(u"label"_s).toString(), u"before-migration"_s);
        QVERIFY(snapshot.json.value(u"size_bytes"_s).toInteger() > 0);
        QCOMPARE(call("GET", u"/v1/db/snapshot/get/"_s + snapshotId).json.value(u"project_id"_s).toString(), project);
        QCOMPARE(call("GET", u"/v1/db/snapshot/list?project_id="_s + project).json.value(u"items"_s).toArray().size(),
                 1);
        QCOMPARE(call("POST", u"/v1/db/snapshot/create"_s, {{u"project_id"_s, u"prj_x"_s}}).status, 404);

        RawReply restored = call("POST", u"/v1/db/snapshot/restore/"_s + snapshotId, {{u"snapshot_id"_s, snapshotId}});
        QCOMPARE(restored.status, 200);
        QCOMPARE(restored.json.value(u"name"_s).toString(), u"orders-restored"_s);
        QVERIFY(restored.json.value(u"id"_s).toString() != project);
        RawReply named = call("POST", u"/v1/db/snapshot/restore/"_s + snapshotId, {{u"new_name"_s, u"orders-copy"_s}});
        QCOMPARE(named.json.value(u"name"_s).toString(), u"orders-copy"_s);
        RawReply mismatch =
            call("POST", u"/v1/db/snapshot/restore/"_s + snapshotId, {{u"snapshot_id"_s, u"snap_other"_s}});
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(errorField(mismatch), u"snapshot_id"_s);
        QCOMPARE(call("POST", u"/v1/db/snapshot/restore/snap_missing"_s).status, 404);
    }

    void deletingAProjectRemovesBranchesAndSnapshots()
    {
        const QString project = createProject(u"gone"_s).value(u"id"_s).toString();
        const QString branch =
            call("POST", u"/v1/db/branch/create"_s, {{u"project_id"_s, project}, {u"branch_name"_s, u"b"_s}})
                .json.value(u"id"_s)
                .toString();
        const QString snapshot =
            call("POST", u"/v1/db/snapshot/create"_s, {{u"project_id"_s, project}}).json.value(u"id"_s).toString();
        QCOMPARE(call("DELETE", u"/v1/db/project/delete/"_s + project).status, 200);
        QCOMPARE(call("GET", u"/v1/db/branch/get/"_s + branch).status, 404);
        QCOMPARE(call("GET", u"/v1/db/snapshot/get/"_s + snapshot).status, 404);
        QCOMPARE(m_server->store().scalar(u"SELECT count(*) FROM branches"_s).toInt(), 0);
        QCOMPARE(call("GET", u"/v1/db/snapshot/list?project_id="_s + project).status, 404);
    }

    void idempotencyKeys()
    {
        const QJsonObject body{{u"name"_s, u"once"_s}, {u"idempotency_key"_s, u"k-1"_s}};
        const RawReply first = call("POST", u"/v1/db/project/create"_s, body);
        const RawReply second = call("POST", u"/v1/db/project/create"_s, body);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.value(u"id"_s), first.json.value(u"id"_s));
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(call("GET", u"/v1/db/project/list"_s).json.value(u"items"_s).toArray().size(), 1);
        // The same key for a different request is refused, not silently replayed.
        const RawReply misuse =
            call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"other"_s}, {u"idempotency_key"_s, u"k-1"_s}});
        QCOMPARE(misuse.status, 409);
        QCOMPARE(errorField(misuse), u"idempotency_key"_s);
        // Keys are scoped per capability: the same key on snapshot.create is independent.
        const QString project = first.json.value(u"id"_s).toString();
        QCOMPARE(
            call("POST", u"/v1/db/snapshot/create"_s, {{u"project_id"_s, project}, {u"idempotency_key"_s, u"k-1"_s}})
                .status,
            200);
    }

    void discovery()
    {
        const RawReply reply = call("GET", u"/v1/discovery/db.project.create"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"capability"_s).toString(), u"db.project.create"_s);
        QCOMPARE(reply.json.value(u"default_vendor"_s).toString(), u"neon"_s);
        const QJsonArray vendors = reply.json.value(u"vendors"_s).toArray();
        QCOMPARE(vendors.size(), 3);
        for (const QJsonValue &vendor : vendors) {
            const QJsonObject v = vendor.toObject();
            QVERIFY(!v.value(u"regions"_s).toArray().isEmpty());
            QVERIFY(!v.value(u"plans"_s).toArray().isEmpty());
            QVERIFY(!v.value(u"postgres_versions"_s).toArray().isEmpty());
            QVERIFY(v.value(u"available"_s).toBool());
        }
        QCOMPARE(call("GET", u"/v1/discovery/db.nothing"_s).status, 404);
    }

    void creditRunsOutAndTopUpRestoresIt()
    {
        m_server.reset();
        SandboxOptions options;
        options.creditUsd = 0.15; // one project (0.10), then not enough for another
        m_server = startSandbox(options);
        QCOMPARE(call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"a"_s}}).status, 200);
        const RawReply broke = call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"b"_s}});
        QCOMPARE(broke.status, 402);
        QCOMPARE(errorCode(broke), u"INSUFFICIENT_CREDIT"_s);
        QCOMPARE(call("GET", u"/v1/db/project/list"_s).json.value(u"items"_s).toArray().size(), 1);

        const RawReply topup = call("POST", u"/v1/account/topup"_s);
        QCOMPARE(topup.status, 200);
        const QString checkout = topup.json.value(u"checkout_url"_s).toString();
        QVERIFY(checkout.startsWith(m_server->baseUrl()));
        QCOMPARE(rawCall(m_network, checkout, "GET", {}, {}, {}).status, 200);
        QCOMPARE(call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"b"_s}}).status, 200);
        // A checkout link pays once.
        const double before = call("GET", u"/v1/account/balance"_s).json.value(u"balance_usd"_s).toDouble();
        rawCall(m_network, checkout, "GET", {}, {}, {});
        QCOMPARE(call("GET", u"/v1/account/balance"_s).json.value(u"balance_usd"_s).toDouble(), before);
    }

    void unknownRoutesAndMethods()
    {
        QCOMPARE(call("GET", u"/v1/db/nothing"_s).status, 404);
        const RawReply wrongMethod = call("POST", u"/v1/db/project/list"_s);
        QCOMPARE(wrongMethod.status, 405);
    }

    void faultControlEndpoint()
    {
        RawReply added = rawCall(m_network, m_server->baseUrl(), "POST", u"/_sandbox/faults"_s,
                                 {{u"spec"_s, u"503,path=/v1/db/project/list,count=1"_s}}, {});
        QCOMPARE(added.status, 200);
        QCOMPARE(added.json.value(u"rules"_s).toArray().size(), 1);
        QCOMPARE(call("GET", u"/v1/db/project/list"_s).status, 503);
        QCOMPARE(call("GET", u"/v1/db/project/list"_s).status, 200);
        RawReply bad =
            rawCall(m_network, m_server->baseUrl(), "POST", u"/_sandbox/faults"_s, {{u"spec"_s, u"explode"_s}}, {});
        QCOMPARE(bad.status, 400);
        rawCall(m_network, m_server->baseUrl(), "POST", u"/_sandbox/faults"_s, {{u"spec"_s, u"429,retry_after=3"_s}},
                {});
        const RawReply limited = call("GET", u"/v1/db/project/list"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
        QCOMPARE(errorCode(limited), u"RATE_LIMITED"_s);
        QCOMPARE(rawCall(m_network, m_server->baseUrl(), "DELETE", u"/_sandbox/faults"_s, {}, {}).status, 200);
        QCOMPARE(call("GET", u"/v1/db/project/list"_s).status, 200);
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        m_server.reset();
        SandboxOptions options;
        options.dataDir = dir.path();
        m_server = startSandbox(options);
        const QString id = createProject(u"durable"_s).value(u"id"_s).toString();
        m_server.reset();
        m_server = startSandbox(options);
        QCOMPARE(call("GET", u"/v1/db/project/get/"_s + id).json.value(u"name"_s).toString(), u"durable"_s);
    }

    void demoSeedIsRealistic()
    {
        m_server.reset();
        SandboxOptions options;
        options.demo = true;
        m_server = startSandbox(options);
        const QJsonArray projects = call("GET", u"/v1/db/project/list"_s).json.value(u"items"_s).toArray();
        QVERIFY(projects.size() >= 6);
        QSet<QString> vendors;
        for (const QJsonValue &p : projects)
            vendors.insert(p.toObject().value(u"vendor"_s).toString());
        QCOMPARE(vendors, (QSet<QString>{u"neon"_s, u"supabase"_s, u"planetscale"_s}));
        QVERIFY(call("GET", u"/v1/db/branch/list?limit=100"_s).json.value(u"items"_s).toArray().size() >
                projects.size());
        QVERIFY(!call("GET", u"/v1/db/snapshot/list"_s).json.value(u"items"_s).toArray().isEmpty());
    }

    void seedExampleProgramRunsUnchanged()
    {
        // The seed's own Python example, with only base URL and key changed.
        QFile seed(QStringLiteral(CONSOLE_SOURCE_DIR "/../shared/seeds/000_ccd1b3aebb845264.txt"));
        QString program;
        if (seed.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(seed.readAll());
            program = text.mid(text.indexOf(u"#!/usr/bin/env python3"_s));
        } else {
            QFile copy(QStringLiteral(CONSOLE_SOURCE_DIR "/tests/sandbox/seed_db_example.py"));
            QVERIFY(copy.open(QIODevice::ReadOnly));
            program = QString::fromUtf8(copy.readAll());
        }
        QVERIFY(program.contains(u"BASE = \"https://api.infrai.cc\""_s));
        program.replace(u"BASE = \"https://api.infrai.cc\""_s, u"BASE = \""_s + m_server->baseUrl() + u'"');
        QTemporaryDir dir;
        QFile script(dir.filePath(u"example.py"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(program.toUtf8());
        script.close();
        QProcess python;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFRAI_API_KEY"_s, u"ifr_test_key"_s);
        python.setProcessEnvironment(env);
        python.start(u"python3"_s, {script.fileName()});
        // The sandbox runs on this thread: keep the event loop turning while Python talks to it.
        QTRY_VERIFY_WITH_TIMEOUT(python.state() == QProcess::NotRunning, 30000);
        const QString output = QString::fromUtf8(python.readAllStandardOutput());
        QCOMPARE(python.exitCode(), 0);
        QVERIFY2(output.contains(u"== db.project.create =="_s), qPrintable(output));
        QVERIFY(output.contains(u"\"name\": \"...\""_s));
        QVERIFY(output.contains(u"== db.project.list =="_s));
    }
};

QTEST_GUILESS_MAIN(DbContractTest)
#include "tst_db_contract.moc"
