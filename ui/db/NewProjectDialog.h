#pragma once

#include "ActionDialog.h"
#include "api/db/DbTypes.h"

class InfraiDbClient;
class QComboBox;
class QLineEdit;

// "New project": vendor, region, plan and Postgres version come from the discovery
// endpoint; "Automatic" lets the gateway route; byok requires a vendor.
class NewProjectDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectDialog)

public:
    NewProjectDialog(DbActions *actions, InfraiDbClient *client, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *modeCombo() const { return m_mode; }
    QComboBox *vendorCombo() const { return m_vendor; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *planCombo() const { return m_plan; }
    QComboBox *versionCombo() const { return m_version; }
    bool discoveryLoaded() const { return m_discovery.has_value(); }
    NewProjectSpec spec() const;

signals:
    void discoveryFinished();

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    void fillChoices();

    QLineEdit *m_name;
    QComboBox *m_mode;
    QComboBox *m_vendor;
    QComboBox *m_region;
    QComboBox *m_plan;
    QComboBox *m_version;
    std::optional<DiscoveryInfo> m_discovery;
    QString m_discoveryError;
};
