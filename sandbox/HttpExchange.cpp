#include "HttpExchange.h"

#include <QJsonDocument>

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::error(int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}
