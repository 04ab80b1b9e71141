#pragma once

#include "profiles/Profile.h"

#include <QList>
#include <QObject>

class QSettings;

// Connection profiles in QSettings (never secrets), and which one is active.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QObject *parent = nullptr);

    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> find(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const;
    // Adds or replaces by id; returns the validation error (empty on success).
    QString save(const Profile &profile);
    void remove(const QString &id);

    QString activeId() const { return m_activeId; }
    void setActiveId(const QString &id);

signals:
    void profilesChanged();
    void activeChanged(const QString &id);

private:
    void load();
    void persist();

    QList<Profile> m_profiles;
    QString m_activeId;
};
