#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <optional>

// When and after how long a failed attempt is tried again: exponential backoff with full
// jitter for transient failures of safe calls, Retry-After when the server gives one.
class RetryPolicy final
{
public:
    int maxAttempts = 4;
    int baseDelayMs = 200;
    int maxDelayMs = 8000;
    // A Retry-After longer than this is shown to the operator instead of waited out.
    int maxRetryAfterSeconds = 60;

    // attempt is 1 for the first try. Empty: do not retry.
    std::optional<int> delayBeforeRetry(const ApiRequest &request, const ApiError &error, int attempt) const;
};
