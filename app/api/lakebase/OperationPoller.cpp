#include "api/lakebase/OperationPoller.h"

#include "api/ApiRequest.h"

#include <QTimer>

OperationPoller::OperationPoller(LakebaseClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

void OperationPoller::follow(const LakebaseOperation &operation, QObject *context, Done done)
{
    ++m_following;
    auto finish = [this, done = std::move(done)](const QJsonObject &response, const ApiError &error) {
        --m_following;
        done(response, error);
    };
    if (operation.done) // some answers are done at once
        return operation.failed() ? finish({}, ApiError::operationFailed(operation.errorCode, operation.errorMessage))
                                  : finish(operation.response, {});
    poll(operation.name, stepMs, context, finish);
}

void OperationPoller::poll(const QString &name, int delayMs, QPointer<QObject> context, Done done)
{
    QTimer::singleShot(delayMs, this, [this, name, delayMs, context, done] {
        if (!context) {
            --m_following;
            return;
        }
        const ApiRequest::PollingScope polling; // background calls: the request log hides them unless asked
        m_client->getOperation(
            name, this,
            [this, name, delayMs, context, done](const LakebaseOperation &operation, const ApiError &error) {
                const int next = std::min(delayMs + stepMs, stepMs * 10);
                if (error.isError()) {
                    // Out of reach or busy: the operation runs on regardless, so keep asking.
                    if (error.isTransient())
                        return poll(name, stepMs * 10, context, done);
                    return done({}, error);
                }
                if (!operation.done)
                    return poll(name, next, context, done);
                if (operation.failed())
                    return done({}, ApiError::operationFailed(operation.errorCode, operation.errorMessage));
                done(operation.response, {});
            });
    });
}
