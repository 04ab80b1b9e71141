#include "api/ApiRequest.h"

#include <QUuid>

using namespace Qt::StringLiterals;

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::mutating(const QByteArray &method, const QString &path, const QJsonObject &body, bool hasBody)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.hasBody = hasBody;
    request.idempotencyKey = newIdempotencyKey();
    return request;
}

QString ApiRequest::newIdempotencyKey()
{
    return u"ik_"_s + QUuid::createUuid().toString(QUuid::Id128);
}
