#pragma once

#include <QString>

class DbService;
class SandboxClock;
class SandboxStore;

// Seeds a realistic account for demos and screenshots: projects on every vendor with
// branch lineages and snapshots. Runs once per account (a restart keeps what is there).
class DemoSeeder final
{
public:
    DemoSeeder(SandboxStore &store, DbService &db, const SandboxClock &clock);
    void seed(const QString &account);

private:
    SandboxStore &m_store;
    DbService &m_db;
    const SandboxClock &m_clock;
};
