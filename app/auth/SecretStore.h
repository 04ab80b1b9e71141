#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Secrets per profile in the OS keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager via QtKeychain). Every call is asynchronous.
//
// Without a usable keychain the store never falls back to disk: the caller gets a clear
// error and may keep the secret for this session only, in memory.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status { Ok, NotFound, KeychainUnavailable, AccessDenied, Failed };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        QString secret;           // for reads
        bool sessionOnly = false; // the secret came from (or went to) memory, not the keychain
        QString detail;           // the backend's own words, for logs and "details"
        bool ok() const { return status == Status::Ok; }
        QString message() const; // operator-readable, translated
    };
    using Done = std::function<void(const Result &)>;

    explicit SecretStore(QString service = QStringLiteral("infrai-console"), QObject *parent = nullptr);

    static QString keyFor(const QString &profileId, const QString &kind);

    void read(const QString &profileId, const QString &kind, QObject *context, Done done);
    void write(const QString &profileId, const QString &kind, const QString &secret, QObject *context, Done done);
    void remove(const QString &profileId, const QString &kind, QObject *context, Done done);

    // The fallback when the keychain is unavailable: kept in memory until the app quits.
    void keepForSession(const QString &profileId, const QString &kind, const QString &secret);
    bool hasSessionSecret(const QString &profileId, const QString &kind) const;

private:
    QString m_service;
    QHash<QString, QString> m_session;
};
