#pragma once

#include "HttpExchange.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <vector>

// What a route handler gets: the request, its parsed JSON body, path parameters and the
// authenticated account.
struct RouteContext
{
    const SandboxRequest &request;
    QJsonObject body;
    QHash<QString, QString> params;
    QString account;
    QString baseUrl; // scheme://host:port the client used, for links such as checkout_url
};

using RouteHandler = std::function<SandboxResponse(RouteContext &)>;

struct Route
{
    QByteArray method;
    QStringList segments; // "{name}" segments capture a parameter
    QString capability;   // e.g. "db.project.create": idempotency scope and pricing key
    bool mutating = false;
    qint64 costMicros = 0; // credit charged on success
    RouteHandler handler;
};

// Matches "METHOD /path" to a registered route; tells a wrong method from an unknown path.
class Router final
{
public:
    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        bool pathKnown = false;
    };

    void add(Route route);
    void add(const QByteArray &method, const QString &pattern, const QString &capability, RouteHandler handler);
    Match match(const QByteArray &method, const QString &path) const;
    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};
