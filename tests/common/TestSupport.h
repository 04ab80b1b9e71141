#pragma once

// Helpers shared by the suites: an in-process sandbox on an ephemeral loopback port and a
// small blocking HTTP helper for contract tests (tests may wait; the console never does).

#include "SandboxServer.h"
#include "SandboxStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <memory>

struct RawReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

inline std::unique_ptr<SandboxServer> startSandbox(SandboxOptions options = {})
{
    if (options.apiKeys.isEmpty())
        options.apiKeys << QStringLiteral("ifr_test_key");
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->start())
        qFatal("sandbox did not start: %s", qPrintable(server->errorString()));
    return server;
}

// Sends one request and waits for its answer with a local event loop (tests only).
inline RawReply rawCall(QNetworkAccessManager &network, const QString &baseUrl, const QByteArray &method,
                        const QString &pathAndQuery, const QJsonObject &body = {},
                        const QString &key = QStringLiteral("ifr_test_key"), const QByteArray &rawBody = {})
{
    QNetworkRequest request(QUrl(baseUrl + pathAndQuery));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    QByteArray payload = rawBody;
    if (payload.isEmpty() && !body.isEmpty())
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}
