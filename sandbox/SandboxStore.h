#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <unordered_map>

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

    // Prepares once per SQL text, binds positionally and executes; throws StoreError. The
    // returned query shares the cached statement: read it before running the same SQL again.
    QSqlQuery &exec(const QString &sql, std::initializer_list<QVariant> values = {});
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    // Resets every cached statement, ending the implicit read transactions of reads that
    // stopped before their last row. Called at transaction ends and after each read-only call.
    void releaseStatements();

    void begin();
    void commit();
    void rollback();

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

private:
    void createSchema();

    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_openError;
};
