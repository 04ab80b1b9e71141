#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

// The vendors the gateway can route a capability to, with what each offers.
struct VendorOffer
{
    QString id;
    QString name;
    QStringList regions;
    QStringList plans;
    QStringList postgresVersions;
};

class DiscoveryCatalog final
{
public:
    DiscoveryCatalog();

    const std::vector<VendorOffer> &vendors() const { return m_vendors; }
    const VendorOffer *vendor(const QString &id) const;
    QString defaultVendor() const { return QStringLiteral("neon"); }
    // The vendor for a call that named none: the default, or the first serving `region`.
    const VendorOffer &route(const QString &region) const;
    QStringList vendorIds() const;

    bool knows(const QString &capability) const;
    QJsonObject describe(const QString &capability) const;

private:
    std::vector<VendorOffer> m_vendors;
};
