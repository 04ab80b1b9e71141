#pragma once

// The console's transport pointed at a sandbox as one account, with retries quick enough
// that a persistent fault settles a call in milliseconds.

#include "api/ApiTransport.h"
#include "auth/TokenProvider.h"

#include <memory>

inline std::unique_ptr<ApiTransport> accountTransport(QNetworkAccessManager *network, const QString &baseUrl,
                                                      const QString &key)
{
    auto transport = std::make_unique<ApiTransport>(network, QUrl(baseUrl));
    transport->setTokenProvider(std::make_shared<StaticTokenProvider>(key));
    RetryPolicy quick;
    quick.baseDelayMs = 5;
    quick.maxDelayMs = 20;
    transport->setRetryPolicy(quick);
    return transport;
}
