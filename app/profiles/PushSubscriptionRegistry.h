#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The push subscriptions created from this console, per profile and queue. The API can
// create a subscription but not list them, so the console remembers its own (id, URL and
// when — never the secret, which goes to the keychain).
class PushSubscriptionRegistry final
{
public:
    struct Entry
    {
        QString id, url;
        QDateTime createdAt;
    };
    static QList<Entry> list(const QString &profileId, const QString &queue);
    static void add(const QString &profileId, const QString &queue, const Entry &entry);
    // The keychain entry ("kind") holding a subscription's signing secret.
    static QString secretKind(const QString &subscriptionId) { return QStringLiteral("push/") + subscriptionId; }
};
