#include "api/CurlCommand.h"

#include "api/RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Push targets ("url", "forward_to") are often capability URLs: the path is the credential.
bool isCapabilityUrlField(const QString &key)
{
    return key == u"url" || key == u"forward_to";
}

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (RequestLog::isSecretField(it.key()))
                it.value() = u"REDACTED"_s;
            else if (isCapabilityUrlField(it.key()) && it.value().isString())
                it.value() = RequestLog::redactCapabilityUrl(it.value().toString());
            else
                it.value() = redactJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactJson(*it);
        return array;
    }
    return value;
}

} // namespace

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString curlCommand(const ApiRequest &request, const QUrl &url, const QString &credentialVariable)
{
    QStringList parts{u"curl"_s};
    if (request.method != "GET")
        parts << u"-X"_s << QString::fromLatin1(request.method);
    parts << shellQuote(RequestLog::redactUrl(url));
    // Double quotes so the shell expands the variable; the key itself is never written.
    parts << u"-H"_s << u"\"Authorization: Bearer $"_s + credentialVariable + u'"';
    if (!request.idempotencyKey.isEmpty())
        parts << u"-H"_s << shellQuote(u"Idempotency-Key: "_s + request.idempotencyKey);
    if (request.hasBody) {
        QJsonObject body = request.body;
        if (!request.idempotencyKey.isEmpty() && request.idempotencyKeyInBody)
            body.insert(u"idempotency_key"_s, request.idempotencyKey);
        parts << u"-H"_s << shellQuote(u"Content-Type: application/json"_s);
        parts << u"-d"_s
              << shellQuote(
                     QString::fromUtf8(QJsonDocument(redactJson(body).toObject()).toJson(QJsonDocument::Compact)));
    }
    return parts.join(u' ');
}
