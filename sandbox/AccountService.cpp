#include "AccountService.h"

#include "BodyReader.h"
#include "SandboxClock.h"
#include "SandboxStore.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

AccountService::AccountService(SandboxStore &store, const SandboxClock &clock) : m_store(store), m_clock(clock)
{
}

QString AccountService::accountId(const QString &apiKey)
{
    // Only a digest of the key is stored: the sandbox's file never holds a usable key.
    return u"acct_"_s +
           QString::fromLatin1(QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

void AccountService::addKey(const QString &apiKey, qint64 creditMicros)
{
    const QString account = accountId(apiKey);
    m_accountsByKey.insert(apiKey, account);
    const QVariant balance = creditMicros < 0 ? QVariant() : QVariant(creditMicros);
    m_store.exec(u"INSERT INTO accounts(account, balance_micros) VALUES(?, ?) "
                 u"ON CONFLICT(account) DO NOTHING"_s,
                 {account, balance});
    // A restart with a different --credit setting switches between metered and unlimited.
    if (creditMicros < 0)
        m_store.exec(u"UPDATE accounts SET balance_micros = NULL WHERE account = ?"_s, {account});
    else
        m_store.exec(u"UPDATE accounts SET balance_micros = ? WHERE account = ? AND balance_micros IS NULL"_s,
                     {creditMicros, account});
}

QString AccountService::accountForKey(const QString &apiKey) const
{
    return m_accountsByKey.value(apiKey);
}

std::optional<qint64> AccountService::balance(const QString &account) const
{
    const QVariant value = m_store.scalar(u"SELECT balance_micros FROM accounts WHERE account = ?"_s, {account});
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

bool AccountService::canAfford(const QString &account, qint64 costMicros) const
{
    const std::optional<qint64> left = balance(account);
    return !left || *left >= costMicros;
}

void AccountService::charge(const QString &account, qint64 costMicros)
{
    m_store.exec(u"UPDATE accounts SET balance_micros = balance_micros - ? "
                 u"WHERE account = ? AND balance_micros IS NOT NULL"_s,
                 {costMicros, account});
}

void AccountService::registerRoutes(Router &router)
{
    router.add("POST", u"/v1/account/topup"_s, u"account.topup"_s, [this](RouteContext &ctx) {
        BodyReader body(ctx.body);
        const qint64 cents = body.integer(u"amount_usd"_s, 1, 10000, 10) * 100;
        if (!body.ok())
            return body.errorResponse();
        const QString token = ResourceIds::randomToken(24);
        m_store.exec(u"INSERT INTO checkouts(token, account, amount_micros, created_at) "
                     u"VALUES(?, ?, ?, ?)"_s,
                     {token, ctx.account, cents * 10000, m_clock.nowMs()});
        return SandboxResponse::json(
            200, QJsonObject{{u"checkout_url"_s, QString(ctx.baseUrl + u"/_sandbox/checkout/"_s + token)},
                             {u"amount_usd"_s, QJsonValue(double(cents) / 100.0)}});
    });
    router.add("GET", u"/v1/account/balance"_s, u"account.balance"_s, [this](RouteContext &ctx) {
        const std::optional<qint64> left = balance(ctx.account);
        QJsonObject result{{u"unlimited"_s, !left.has_value()}};
        if (left)
            result.insert(u"balance_usd"_s, double(*left) / 1e6);
        return SandboxResponse::json(200, result);
    });
}

SandboxResponse AccountService::redeemCheckout(const QString &token)
{
    QSqlQuery &row =
        m_store.exec(u"SELECT account, amount_micros, redeemed_at FROM checkouts WHERE token = ?"_s, {token});
    SandboxResponse page;
    page.contentType = "text/html; charset=utf-8";
    if (!row.next()) {
        page.status = 404;
        page.body = "<!doctype html><title>Checkout</title><p>Unknown checkout link.</p>";
        return page;
    }
    if (row.value(2).isNull()) {
        m_store.exec(u"UPDATE accounts SET balance_micros = COALESCE(balance_micros, 0) + ? "
                     u"WHERE account = ?"_s,
                     {row.value(1), row.value(0)});
        m_store.exec(u"UPDATE checkouts SET redeemed_at = ? WHERE token = ?"_s, {m_clock.nowMs(), token});
    }
    page.body = "<!doctype html><title>Checkout</title><p>Sandbox credit added: $" +
                QByteArray::number(row.value(1).toLongLong() / 1e6, 'f', 2) +
                ". You can close this page and retry in the console.</p>";
    return page;
}
