#include "HttpFrontend.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest exchange;
    exchange.method = methodName(request.method());
    exchange.path = request.url().path();
    exchange.query = request.query();
    exchange.headers = request.headers();
    exchange.body = request.body();
    exchange.remoteAddress = request.remoteAddress();
    const bool close = exchange.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    // Answers go out whole and at once: without this, Nagle's algorithm holds the tail of a
    // large answer until the client's delayed ACK (~40 ms per request on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    const SandboxResponse response = m_handler(exchange);
    if (response.delayMs <= 0) {
        if (response.dropConnection)
            socket->abort();
        else
            writeResponse(socket, response, close);
        return true;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(response.delayMs, socket, [guarded, response, close] {
        if (!guarded)
            return;
        if (response.dropConnection)
            guarded->abort();
        else
            writeResponse(guarded, response, close);
    });
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, SandboxResponse::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such route")),
                  false);
}

void HttpFrontend::writeResponse(QTcpSocket *socket, const SandboxResponse &response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[key, value] : response.headers)
        head += key + ": " + value + "\r\n";
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    socket->write(head + response.body);
    if (close)
        socket->disconnectFromHost();
}
