#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <stdexcept>

// Thrown when SQLite fails; the server turns it into a 500 INTERNAL answer.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The sandbox's durable state: one SQLite database (WAL, foreign keys) per server.
class SandboxStore final
{
public:
    // An empty path keeps everything in memory (--ephemeral).
    explicit SandboxStore(const QString &filePath);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString lastError() const { return m_openError; }

    // Prepares (cached by SQLite), binds positionally and executes; throws StoreError.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {});
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    void begin();
    void commit();
    void rollback();

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

private:
    void createSchema();

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_openError;
};
