#include "Router.h"

#include <QUrl>

void Router::add(Route route)
{
    m_routes.push_back(std::move(route));
}

void Router::add(const QByteArray &method, const QString &pattern, const QString &capability, RouteHandler handler)
{
    Route route;
    route.method = method;
    route.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    route.capability = capability;
    route.mutating = method != "GET";
    route.handler = std::move(handler);
    add(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            const QString &expected = route.segments.at(i);
            if (expected.startsWith(u'{') && expected.endsWith(u'}'))
                params.insert(expected.mid(1, expected.size() - 2), QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
            else
                same = expected == segments.at(i);
        }
        if (!same)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
    }
    return result;
}
