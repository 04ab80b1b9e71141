#pragma once

#include "Router.h"

#include <QHash>
#include <QStringList>

class SandboxClock;
class SandboxStore;

// API keys, per-key credit and the top-up flow (`POST /v1/account/topup` gives a
// checkout_url on the sandbox itself; opening it adds the credit).
class AccountService final
{
public:
    AccountService(SandboxStore &store, const SandboxClock &clock);

    // Registers keys; creditMicros < 0 means unlimited. Keeps existing balances.
    void addKey(const QString &apiKey, qint64 creditMicros);
    // The account behind a bearer key, or empty when the key is unknown.
    QString accountForKey(const QString &apiKey) const;
    static QString accountId(const QString &apiKey);

    bool canAfford(const QString &account, qint64 costMicros) const;
    void charge(const QString &account, qint64 costMicros);
    std::optional<qint64> balance(const QString &account) const;

    void registerRoutes(Router &router);
    // GET /_sandbox/checkout/{token}: the page a browser opens to "pay".
    SandboxResponse redeemCheckout(const QString &token);

private:
    SandboxStore &m_store;
    const SandboxClock &m_clock;
    QHash<QString, QString> m_accountsByKey;
};
