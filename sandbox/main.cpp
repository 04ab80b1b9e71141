#include "ApiKeySources.h"
#include "AppInfo.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(AppInfo::SandboxName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(AppInfo::Organization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AppInfo::Version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local server speaking the infrai /v1/db and /v1/queue APIs with real state, for offline use and tests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on (port 0: any free port)."_s, u"HOST:PORT"_s,
                                    u"127.0.0.1:0"_s);
    const QCommandLineOption data(u"data"_s, u"Directory holding the SQLite state."_s, u"DIR"_s);
    const QCommandLineOption ephemeral(u"ephemeral"_s, u"Keep all state in memory."_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"Accept this API key (repeatable)."_s, u"KEY"_s);
    const QCommandLineOption apiKeyFile(u"api-key-file"_s,
                                        u"Accept the keys in FILE, one per line (keeps them off the command line). "
                                        u"INFRAI_SANDBOX_API_KEYS may also list keys."_s,
                                        u"FILE"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed realistic demo data for the first key."_s);
    const QCommandLineOption credit(u"credit"_s, u"Credit per key in USD (default: unlimited)."_s, u"USD"_s);
    const QCommandLineOption timeScale(u"time-scale"_s, u"Run the sandbox clock X times faster."_s, u"X"_s, u"1"_s);
    const QCommandLineOption faults(u"faults"_s, u"Inject faults, e.g. \"503,count=2;latency=200\"."_s, u"SPEC"_s);
    const QCommandLineOption loopbackPush(u"allow-loopback-push"_s,
                                          u"Development only: allow push subscriptions to http://127.0.0.1."_s);
    const QCommandLineOption auraClient(u"aura-client"_s, u"Accept these Neo4j Aura client credentials (repeatable)."_s,
                                        u"ID:SECRET"_s);
    const QCommandLineOption auraRateLimit(u"aura-rate-limit"_s,
                                           u"Aura requests per minute per client (default 125)."_s, u"N"_s, u"125"_s);
    const QCommandLineOption demoDeadLetters(
        u"demo-dead-letters"_s, u"With --demo: this many dead letters on the orders queue (default 320)."_s, u"N"_s,
        u"320"_s);
    const QCommandLineOption lakebaseToken(
        u"lakebase-token"_s, u"Accept this Databricks personal access token for Lakebase (repeatable)."_s, u"TOKEN"_s);
    const QCommandLineOption lakebaseClient(
        u"lakebase-client"_s, u"Accept these Databricks OAuth M2M client credentials for Lakebase (repeatable)."_s,
        u"ID:SECRET"_s);
    parser.addOptions({listen, data, ephemeral, apiKey, apiKeyFile, demo, credit, timeScale, faults, loopbackPush,
                       auraClient, auraRateLimit, lakebaseToken, lakebaseClient, demoDeadLetters});
    parser.process(app);

    QTextStream err(stderr);
    SandboxOptions options;
    const QString address = parser.value(listen);
    const qsizetype colon = address.lastIndexOf(u':');
    bool portOk = false;
    options.port = address.mid(colon + 1).toUShort(&portOk);
    QString host = address.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (colon < 0 || !portOk || !options.host.setAddress(host)) {
        err << "infrai-sandbox: --listen needs HOST:PORT, e.g. 127.0.0.1:0\n";
        return 2;
    }
    if (parser.isSet(data) && parser.isSet(ephemeral)) {
        err << "infrai-sandbox: choose --data or --ephemeral, not both\n";
        return 2;
    }
    if (!parser.isSet(ephemeral))
        options.dataDir =
            parser.isSet(data) ? parser.value(data) : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.apiKeys = parser.values(apiKey);
    for (const QString &path : parser.values(apiKeyFile)) {
        QString error;
        if (!ApiKeySources::readFile(path, &options.apiKeys, &error)) {
            err << "infrai-sandbox: " << error << '\n';
            return 2;
        }
    }
    options.apiKeys += ApiKeySources::parseList(qEnvironmentVariable(ApiKeySources::environmentVariable));
    options.demo = parser.isSet(demo);
    bool ok = true;
    if (parser.isSet(credit))
        options.creditUsd = parser.value(credit).toDouble(&ok);
    if (!ok || (parser.isSet(credit) && options.creditUsd < 0)) {
        err << "infrai-sandbox: --credit needs a non-negative amount in USD\n";
        return 2;
    }
    options.timeScale = parser.value(timeScale).toDouble(&ok);
    if (!ok || options.timeScale <= 0) {
        err << "infrai-sandbox: --time-scale needs a positive number\n";
        return 2;
    }
    options.faults = parser.value(faults);
    options.allowLoopbackPush = parser.isSet(loopbackPush);
    options.auraClients = parser.values(auraClient);
    for (const QString &pair : std::as_const(options.auraClients))
        if (pair.indexOf(u':') <= 0 || pair.endsWith(u':')) {
            err << "infrai-sandbox: --aura-client needs ID:SECRET\n";
            return 2;
        }
    options.auraRateLimit = parser.value(auraRateLimit).toInt(&ok);
    if (!ok || options.auraRateLimit <= 0) {
        err << "infrai-sandbox: --aura-rate-limit needs a positive number\n";
        return 2;
    }
    options.demoDeadLetters = parser.value(demoDeadLetters).toInt(&ok);
    if (!ok || options.demoDeadLetters < 0 || options.demoDeadLetters > 10'000'000) {
        err << "infrai-sandbox: --demo-dead-letters needs a number up to 10000000\n";
        return 2;
    }
    options.lakebaseTokens = parser.values(lakebaseToken);
    options.lakebaseClients = parser.values(lakebaseClient);
    for (const QString &pair : std::as_const(options.lakebaseClients))
        if (pair.indexOf(u':') <= 0 || pair.endsWith(u':')) {
            err << "infrai-sandbox: --lakebase-client needs ID:SECRET\n";
            return 2;
        }
    const bool generatedLakebase = options.lakebaseTokens.isEmpty() && options.lakebaseClients.isEmpty();
    const bool generatedKey = options.apiKeys.isEmpty();
    const bool generatedAura = options.auraClients.isEmpty();

    SandboxServer server(options);
    if (!server.start()) {
        err << "infrai-sandbox: " << server.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << server.baseUrl() << '\n';
    if (generatedKey)
        out << "api key: " << server.apiKeys().first() << '\n';
    if (generatedAura)
        out << "aura client: " << server.auraClients().first() << '\n';
    if (generatedLakebase) {
        out << "lakebase token: " << server.lakebaseTokens().first() << '\n';
        out << "lakebase client: " << server.lakebaseClients().first() << '\n';
    }
    if (!options.dataDir.isEmpty())
        out << "state: " << QDir::toNativeSeparators(options.dataDir) << '\n';
    out.flush();
    std::fflush(stdout);
    return app.exec();
}
