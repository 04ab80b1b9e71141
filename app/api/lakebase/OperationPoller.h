#pragma once

#include "api/lakebase/LakebaseClient.h"

#include <QObject>

// Follows a Lakebase long-running operation until it is done, as Databricks' SDKs do:
// the first poll after a second, each next one a second later than the last, at most
// ten seconds apart. Done with the operation's `response`, or with its `error` (the
// service's message and error_code) as an OperationFailed error. While the service is out
// of reach it keeps asking at the longest interval: the operation goes on without us.
class OperationPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationPoller)

public:
    using Done = std::function<void(const QJsonObject &response, const ApiError &error)>;

    explicit OperationPoller(LakebaseClient *client, QObject *parent = nullptr);

    // Polls `operation` (already started) until done; `done` is called once, unless the
    // poller or `context` goes first.
    void follow(const LakebaseOperation &operation, QObject *context, Done done);
    int following() const { return m_following; }

    // The first delay and the step; the longest delay is ten steps (tests shorten them).
    int stepMs = 1000;

private:
    void poll(const QString &name, int delayMs, QPointer<QObject> context, Done done);

    LakebaseClient *m_client;
    int m_following = 0;
};
