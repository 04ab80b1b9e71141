#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>

#include <vector>

// What a connection's loads found out beyond "the server answers": which parts of the
// service fail, since when and why. The status bar reads it ("online, databases failing
// (503)"); each failing view reports and clears its own entry.
class ServiceHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceHealth)

public:
    // The parts an operator names; each service adds its own.
    enum class Area { Databases, Queues };
    Q_ENUM(Area)

    struct Problem
    {
        QString key; // who reported it: "tree:Databases", "stats:orders", …
        Area area;
        ApiError error;
        QDateTime since;
    };

    explicit ServiceHealth(QObject *parent = nullptr) : QObject(parent) {}

    // An error the server answered with (or an undecodable answer) on a load.
    void report(const QString &key, Area area, const ApiError &error);
    void clear(const QString &key);
    // Drops every entry whose key starts with `prefix` (a view that went away).
    void clearPrefix(const QString &prefix);
    void clearAll();
    bool isDegraded() const { return !m_problems.empty(); }
    const std::vector<Problem> &problems() const { return m_problems; }
    // The failing areas in a fixed order, each once.
    QList<Area> failingAreas() const;
    // The HTTP status the problems of an area share, or 0 when they differ or have none.
    int commonStatus(Area area) const;

signals:
    void changed();

private:
    std::vector<Problem> m_problems;
};
