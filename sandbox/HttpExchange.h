#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// A request as the sandbox's handlers see it, independent of the HTTP server library.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    QByteArray header(const QByteArray &name) const;
    bool isLoopback() const { return remoteAddress.isLoopback(); }
};

// A response plus the transport-level misbehaviour the fault injector may ask for.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;             // answer this much later (latency fault)
    bool dropConnection = false; // abort the socket instead of answering

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse error(int status, const QString &code, const QString &message, const QString &field = {});
};
