#include "SandboxStore.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

SandboxStore::SandboxStore(const QString &filePath)
    : m_connectionName(u"sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(filePath.isEmpty() ? u":memory:"_s : filePath);
    if (!m_db.open()) {
        m_openError = m_db.lastError().text();
        return;
    }
    // WAL with synchronous=NORMAL survives a killed process (a committed transaction is in
    // the WAL file before the answer leaves) and keeps publish throughput high. The sandbox
    // owns its file: exclusive locking spares the per-transaction file-lock syscalls.
    exec(u"PRAGMA locking_mode=EXCLUSIVE"_s);
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=NORMAL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
    exec(u"PRAGMA busy_timeout=5000"_s);
    createSchema();
    // A PRAGMA left mid-result would hold an implicit transaction open around everything
    // that follows (and a rollback would then take the schema with it).
    releaseStatements();
}

SandboxStore::~SandboxStore()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery &SandboxStore::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    // Statements are compiled once and reused: re-preparing costs more than running them.
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        if (!prepared->prepare(sql))
            throw StoreError(
                QString(u"prepare failed: "_s + prepared->lastError().text() + u" in "_s + sql).toStdString());
        cached = m_statements.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery &query = *cached->second;
    query.finish();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(QString(u"query failed: "_s + query.lastError().text() + u" in "_s + sql).toStdString());
    return query;
}

QVariant SandboxStore::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = exec(sql, values);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

void SandboxStore::releaseStatements()
{
    // A statement left mid-result would pin a read snapshot and keep the WAL from
    // checkpointing; transactions end with every cached statement reset.
    for (auto &[sql, query] : m_statements)
        query->finish();
}

void SandboxStore::begin()
{
    if (!m_db.transaction())
        throw StoreError("cannot begin a transaction: " + m_db.lastError().text().toStdString());
}

void SandboxStore::commit()
{
    releaseStatements();
    if (!m_db.commit())
        throw StoreError("cannot commit: " + m_db.lastError().text().toStdString());
}

void SandboxStore::rollback()
{
    releaseStatements();
    m_db.rollback();
}

QString SandboxStore::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void SandboxStore::setMeta(const QString &key, const QString &value)
{
    exec(u"INSERT INTO meta(key, value) VALUES(?, ?) "
         u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
         {key, value});
}

void SandboxStore::createSchema()
{
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE IF NOT EXISTS accounts ("
        " account TEXT PRIMARY KEY,"
        " balance_micros INTEGER)", // NULL: unlimited credit
        "CREATE TABLE IF NOT EXISTS checkouts ("
        " token TEXT PRIMARY KEY, account TEXT NOT NULL, amount_micros INTEGER NOT NULL,"
        " created_at INTEGER NOT NULL, redeemed_at INTEGER)",
        "CREATE TABLE IF NOT EXISTS idempotency ("
        " account TEXT NOT NULL, capability TEXT NOT NULL, key TEXT NOT NULL,"
        " fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body BLOB NOT NULL,"
        " created_at INTEGER NOT NULL, PRIMARY KEY (account, capability, key)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS projects ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, account TEXT NOT NULL,"
        " name TEXT NOT NULL, vendor TEXT NOT NULL, region TEXT NOT NULL, plan TEXT NOT NULL,"
        " mode TEXT NOT NULL, postgres_version TEXT NOT NULL, connection_uri TEXT NOT NULL,"
        " created_at INTEGER NOT NULL, ready_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS projects_by_account ON projects(account, seq)",
        "CREATE TABLE IF NOT EXISTS branches ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
        " project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
        " branch_name TEXT NOT NULL, parent_branch TEXT, connection_uri TEXT NOT NULL,"
        " created_at INTEGER NOT NULL, ready_at INTEGER NOT NULL,"
        " UNIQUE (project_id, branch_name))",
        "CREATE INDEX IF NOT EXISTS branches_by_project ON branches(project_id, seq)",
        "CREATE TABLE IF NOT EXISTS snapshots ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
        " project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
        " label TEXT, size_bytes INTEGER, created_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS snapshots_by_project ON snapshots(project_id, seq)",
        "CREATE TABLE IF NOT EXISTS queues ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, name TEXT NOT NULL,"
        " type TEXT NOT NULL, dead_letter_queue TEXT, max_retries INTEGER NOT NULL,"
        " visibility_timeout INTEGER NOT NULL, retention_days INTEGER NOT NULL,"
        " enable_priority INTEGER NOT NULL, created_at INTEGER NOT NULL,"
        " UNIQUE (account, name))",
        // queue: where the message lives now (NULL: the source queue's dead list when it has
        // no DLQ). source_queue/dead_seq: set while dead-lettered, for dlq.list and redrive.
        // seq is the rowid: publish order, without AUTOINCREMENT's extra table write.
        "CREATE TABLE IF NOT EXISTS messages ("
        " seq INTEGER PRIMARY KEY, account TEXT NOT NULL, id TEXT NOT NULL UNIQUE,"
        " queue TEXT, payload TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0,"
        " delivery_count INTEGER NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0,"
        " published_at INTEGER NOT NULL, visible_at INTEGER NOT NULL, lease_until INTEGER,"
        " source_queue TEXT, dead_lettered_at INTEGER, dead_seq INTEGER)",
        "CREATE INDEX IF NOT EXISTS messages_ready ON messages(account, queue, lease_until, priority, seq)",
        // Partial: publishing a live message does not touch the dead-letter index.
        "CREATE INDEX IF NOT EXISTS messages_dead ON messages(account, source_queue, dead_seq)"
        " WHERE source_queue IS NOT NULL",
        "CREATE TABLE IF NOT EXISTS subscriptions ("
        " id TEXT PRIMARY KEY, account TEXT NOT NULL, queue TEXT NOT NULL, url TEXT NOT NULL,"
        " secret TEXT, max_retries INTEGER NOT NULL, visibility_timeout INTEGER NOT NULL,"
        " dead_letter_queue TEXT, created_at INTEGER NOT NULL)",
    };
    for (const char *statement : statements)
        exec(QString::fromLatin1(statement));
}
