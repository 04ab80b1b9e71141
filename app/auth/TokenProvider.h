#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QString>

#include <functional>

// Supplies the bearer credential for a transport. Asynchronous because OAuth providers
// fetch tokens over the network; a static key answers at once.
class TokenProvider
{
public:
    using Callback = std::function<void(const QString &token, const ApiError &error)>;
    virtual ~TokenProvider() = default;
    virtual void token(QObject *context, Callback done) = 0;
    // Called after a 401 so the next token() fetches a fresh credential.
    // `rejected` is the credential the service refused: a provider that has fetched a newer
    // one since keeps it (a late 403 must not throw away a fresh token).
    virtual void invalidate(const QString &rejected = {}) { Q_UNUSED(rejected) }
    // Whether invalidate() can lead to a different credential (worth one retry on 401).
    virtual bool canRefresh() const { return false; }
};

// An API key held in memory for the life of a connection (read from the keychain).
class StaticTokenProvider final : public TokenProvider
{
public:
    explicit StaticTokenProvider(QString key = {}) : m_key(std::move(key)) {}
    void setKey(const QString &key) { m_key = key; }
    bool hasKey() const { return !m_key.isEmpty(); }
    void token(QObject *, Callback done) override
    {
        done(m_key, m_key.isEmpty() ? ApiError::missingCredentials() : ApiError());
    }

private:
    QString m_key;
};
