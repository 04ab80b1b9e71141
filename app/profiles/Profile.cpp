#include "profiles/Profile.h"

#include <QHostAddress>
#include <QUuid>

using namespace Qt::StringLiterals;

QString Profile::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Infrai: return u"infrai"_s;
    case Kind::Aura: return u"aura"_s;
    case Kind::Lakebase: return u"lakebase"_s;
    }
    return {};
}

Profile::Kind Profile::kindFromId(const QString &id, bool *ok)
{
    if (ok)
        *ok = true;
    if (id == u"aura")
        return Kind::Aura;
    if (id == u"lakebase")
        return Kind::Lakebase;
    if (ok && id != u"infrai")
        *ok = false;
    return Kind::Infrai;
}

QString Profile::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Infrai: return tr("infrai (databases and queues)");
    case Kind::Aura: return tr("Neo4j Aura");
    case Kind::Lakebase: return tr("Databricks Lakebase");
    }
    return {};
}

QUrl Profile::defaultBaseUrl(Kind kind)
{
    switch (kind) {
    case Kind::Infrai: return QUrl(u"https://api.infrai.cc"_s);
    case Kind::Aura: return QUrl(u"https://api.neo4j.io"_s);
    case Kind::Lakebase: return QUrl(u"https://example.cloud.databricks.com"_s);
    }
    return {};
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Profile::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Profile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (kind == Kind::Aura && fields.value(QStringLiteral("client_id")).toString().trimmed().isEmpty())
        return tr("Enter the client ID of the Aura API credentials (the secret goes in the secret field).");
    if (kind == Kind::Lakebase && fields.value(QStringLiteral("auth")).toString() == u"oauth" &&
        fields.value(QStringLiteral("client_id")).toString().trimmed().isEmpty())
        return tr("Enter the client ID of the service principal (its OAuth secret goes in the secret field).");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The base URL is not a valid URL.");
    // A user name or password in the URL would be written to the settings and shown: keys
    // belong in the key field, which goes to the keychain.
    if (!baseUrl.userInfo().isEmpty())
        return tr("The base URL must not contain a user name or password. Put the key in the key field: "
                  "it is kept in the system keychain.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("The base URL must start with https://.");
    if (scheme == u"http" && !isLoopbackHost(baseUrl.host()))
        return tr("Use https:// for %1: keys must not travel unencrypted. Plain http is allowed "
                  "only for a server on this machine.")
            .arg(baseUrl.host());
    return {};
}
