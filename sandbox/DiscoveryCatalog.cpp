#include "DiscoveryCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

DiscoveryCatalog::DiscoveryCatalog()
{
    m_vendors = {
        {u"neon"_s,
         u"Neon"_s,
         {u"aws-us-east-1"_s, u"aws-us-east-2"_s, u"aws-us-west-2"_s, u"aws-eu-central-1"_s, u"aws-ap-southeast-1"_s},
         {u"free"_s, u"launch"_s, u"scale"_s, u"business"_s},
         {u"15"_s, u"16"_s, u"17"_s}},
        {u"supabase"_s,
         u"Supabase"_s,
         {u"us-east-1"_s, u"us-west-1"_s, u"eu-west-1"_s, u"eu-central-1"_s, u"ap-southeast-1"_s, u"ap-northeast-1"_s},
         {u"free"_s, u"pro"_s, u"team"_s, u"enterprise"_s},
         {u"15"_s, u"17"_s}},
        {u"planetscale"_s,
         u"PlanetScale"_s,
         {u"us-east-1"_s, u"us-west-2"_s, u"eu-west-1"_s, u"ap-south-1"_s},
         {u"ps-10"_s, u"ps-20"_s, u"ps-40"_s, u"ps-80"_s},
         {u"16"_s, u"17"_s}},
    };
}

const VendorOffer *DiscoveryCatalog::vendor(const QString &id) const
{
    for (const VendorOffer &offer : m_vendors) {
        if (offer.id == id)
            return &offer;
    }
    return nullptr;
}

const VendorOffer &DiscoveryCatalog::route(const QString &region) const
{
    if (!region.isEmpty()) {
        for (const VendorOffer &offer : m_vendors) {
            if (offer.regions.contains(region))
                return offer;
        }
    }
    return *vendor(defaultVendor());
}

QStringList DiscoveryCatalog::vendorIds() const
{
    QStringList ids;
    for (const VendorOffer &offer : m_vendors)
        ids << offer.id;
    return ids;
}

bool DiscoveryCatalog::knows(const QString &capability) const
{
    static const QStringList dbCapabilities = {u"db.project.create"_s, u"db.project.get"_s,   u"db.project.list"_s,
                                               u"db.project.delete"_s, u"db.branch.create"_s, u"db.branch.get"_s,
                                               u"db.branch.list"_s,    u"db.branch.delete"_s, u"db.snapshot.create"_s,
                                               u"db.snapshot.get"_s,   u"db.snapshot.list"_s, u"db.snapshot.restore"_s};
    return dbCapabilities.contains(capability);
}

QJsonObject DiscoveryCatalog::describe(const QString &capability) const
{
    QJsonArray vendors;
    for (const VendorOffer &offer : m_vendors) {
        vendors.append(QJsonObject{{u"id"_s, offer.id},
                                   {u"name"_s, offer.name},
                                   {u"regions"_s, QJsonArray::fromStringList(offer.regions)},
                                   {u"plans"_s, QJsonArray::fromStringList(offer.plans)},
                                   {u"postgres_versions"_s, QJsonArray::fromStringList(offer.postgresVersions)},
                                   {u"available"_s, true}});
    }
    return {{u"capability"_s, capability}, {u"vendors"_s, vendors}, {u"default_vendor"_s, defaultVendor()}};
}
