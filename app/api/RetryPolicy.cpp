#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

std::optional<int> RetryPolicy::delayBeforeRetry(const ApiRequest &request, const ApiError &error, int attempt) const
{
    if (attempt >= maxAttempts || !error.isTransient() || !request.isRetrySafe())
        return std::nullopt;
    if (error.retryAfterSeconds() >= 0) {
        if (error.retryAfterSeconds() > maxRetryAfterSeconds)
            return std::nullopt;
        return error.retryAfterSeconds() * 1000;
    }
    const int ceiling = std::min(maxDelayMs, baseDelayMs << std::min(attempt - 1, 16));
    // Half fixed, half random: spreads clients apart without collapsing to zero.
    return ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}
