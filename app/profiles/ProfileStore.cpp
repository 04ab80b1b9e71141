#include "profiles/ProfileStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(QObject *parent) : QObject(parent)
{
    load();
}

void ProfileStore::load()
{
    QSettings settings;
    const int count = settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile profile;
        profile.id = settings.value(u"id"_s).toString();
        profile.name = settings.value(u"name"_s).toString();
        bool kindOk = false;
        profile.kind = Profile::kindFromId(settings.value(u"kind"_s).toString(), &kindOk);
        profile.baseUrl = QUrl(settings.value(u"baseUrl"_s).toString());
        profile.fields = settings.value(u"fields"_s).toMap();
        if (!profile.id.isEmpty() && kindOk)
            m_profiles.append(profile);
    }
    settings.endArray();
    m_activeId = settings.value(u"activeProfile"_s).toString();
}

void ProfileStore::persist()
{
    QSettings settings;
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &profile = m_profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, profile.id);
        settings.setValue(u"name"_s, profile.name);
        settings.setValue(u"kind"_s, Profile::kindId(profile.kind));
        settings.setValue(u"baseUrl"_s, profile.baseUrl.toString());
        settings.setValue(u"fields"_s, profile.fields);
    }
    settings.endArray();
    settings.setValue(u"activeProfile"_s, m_activeId);
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::save(const Profile &profile)
{
    const QString error = profile.validate();
    if (!error.isEmpty())
        return error;
    Profile stored = profile;
    if (stored.id.isEmpty())
        stored.id = Profile::newId();
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const Profile &p) { return p.id == stored.id; });
    if (it != m_profiles.end())
        *it = stored;
    else
        m_profiles.append(stored);
    persist();
    emit profilesChanged();
    return {};
}

void ProfileStore::remove(const QString &id)
{
    m_profiles.removeIf([&](const Profile &p) { return p.id == id; });
    if (m_activeId == id)
        m_activeId.clear();
    persist();
    emit profilesChanged();
}

void ProfileStore::setActiveId(const QString &id)
{
    if (id == m_activeId)
        return;
    m_activeId = id;
    persist();
    emit activeChanged(id);
}
