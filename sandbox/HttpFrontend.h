#pragma once

#include "HttpExchange.h"

#include <QAbstractHttpServer>

#include <functional>

// The only place that touches QtHttpServer (a technology preview in Qt 6.4): it turns
// parsed requests into SandboxRequest and writes SandboxResponse back on the raw socket,
// which is what lets the fault injector delay answers or drop connections.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void writeResponse(QTcpSocket *socket, const SandboxResponse &response, bool close);

    Handler m_handler;
};
