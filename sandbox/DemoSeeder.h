#pragma once

#include <QString>

class DbService;
class QueueService;
class SandboxClock;
class SandboxStore;

// Seeds a realistic account for demos and screenshots: projects on every vendor with
// branch lineages and snapshots. Runs once per account (a restart keeps what is there).
class DemoSeeder final
{
public:
    DemoSeeder(SandboxStore &store, DbService &db, const SandboxClock &clock);
    void seed(const QString &account);
    // Queues that look like production trouble: a DLQ with a few hundred failures of
    // several kinds, a FIFO queue, a priority queue, delayed messages, a push subscription.
    // `deadLetters` on orders (320 by default; a million for incident-scale work).
    void seedQueues(const QString &account, QueueService &queues, int deadLetters = 320);

private:
    SandboxStore &m_store;
    DbService &m_db;
    const SandboxClock &m_clock;
};
