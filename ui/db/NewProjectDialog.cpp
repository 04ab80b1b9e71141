#include "db/NewProjectDialog.h"

#include "api/db/InfraiDbClient.h"
#include "db/DbActions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

NewProjectDialog::NewProjectDialog(DbActions *actions, InfraiDbClient *client, QWidget *parent)
    : ActionDialog(actions, parent),
      m_name(new QLineEdit(this)),
      m_mode(new QComboBox(this)),
      m_vendor(new QComboBox(this)),
      m_region(new QComboBox(this)),
      m_plan(new QComboBox(this)),
      m_version(new QComboBox(this))
{
    setObjectName(u"newProjectDialog"_s);
    m_name->setMaxLength(128);
    m_mode->addItem(QString(), u"managed"_s);
    m_mode->addItem(QString(), u"byok"_s);
    addField(u"name"_s, m_name);
    addField(u"mode"_s, m_mode);
    addField(u"vendor"_s, m_vendor);
    addField(u"region"_s, m_region);
    addField(u"plan"_s, m_plan);
    addField(u"postgres_version"_s, m_version);
    resize(460, 0);
    retranslate();
    fillChoices();
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &NewProjectDialog::fillChoices);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { clearErrors(); });
    client->discover(u"db.project.create"_s, this, [this](const DiscoveryInfo &info, const ApiError &error) {
        if (error.isError())
            m_discoveryError = error.message();
        else
            m_discovery = info;
        fillChoices();
        if (error.isError())
            showFieldError(u"vendor"_s, tr("Vendor choices could not be loaded: %1").arg(m_discoveryError));
        emit discoveryFinished();
    });
}

void NewProjectDialog::retranslate()
{
    setWindowTitle(tr("New project"));
    setFieldLabel(m_name, tr("&Name:"));
    setFieldLabel(m_mode, tr("&Mode:"));
    setFieldLabel(m_vendor, tr("&Vendor:"));
    setFieldLabel(m_region, tr("&Region:"));
    setFieldLabel(m_plan, tr("&Plan:"));
    setFieldLabel(m_version, tr("Postgres v&ersion:"));
    m_name->setPlaceholderText(tr("e.g. billing-prod"));
    m_mode->setItemText(0, tr("Managed"));
    m_mode->setItemText(1, tr("Bring your own key (byok)"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    fillChoices();
}

void NewProjectDialog::fillChoices()
{
    const QString vendor = m_vendor->currentData().toString();
    const QString region = m_region->currentData().toString();
    const QString plan = m_plan->currentData().toString();
    const QString version = m_version->currentData().toString();
    const QSignalBlocker blockVendor(m_vendor);
    m_vendor->clear();
    m_region->clear();
    m_plan->clear();
    m_version->clear();
    const QString automatic = tr("Automatic (gateway chooses)");
    m_vendor->addItem(automatic, QString());
    m_region->addItem(tr("Default"), QString());
    m_plan->addItem(tr("Default"), QString());
    m_version->addItem(tr("Default"), QString());
    if (!m_discovery) {
        m_vendor->setItemText(0, m_discoveryError.isEmpty() ? tr("Loading vendors…") : automatic);
        return;
    }
    QStringList regions;
    for (const VendorChoice &choice : m_discovery->vendors) {
        m_vendor->addItem(choice.available ? choice.name : tr("%1 (unavailable)").arg(choice.name), choice.id);
        if (choice.id == vendor || vendor.isEmpty())
            for (const QString &r : choice.regions)
                if (!regions.contains(r))
                    regions << r;
        if (choice.id == vendor) {
            for (const QString &p : choice.plans)
                m_plan->addItem(p, p);
            for (const QString &v : choice.postgresVersions)
                m_version->addItem(v, v);
        }
    }
    for (const QString &r : regions)
        m_region->addItem(r, r);
    m_vendor->setCurrentIndex(std::max(0, m_vendor->findData(vendor)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(plan)));
    m_version->setCurrentIndex(std::max(0, m_version->findData(version)));
    // Plan and version only mean something once a vendor is chosen.
    m_plan->setEnabled(!vendor.isEmpty());
    m_version->setEnabled(!vendor.isEmpty());
}

NewProjectSpec NewProjectDialog::spec() const
{
    NewProjectSpec spec;
    spec.name = m_name->text().trimmed();
    spec.mode = m_mode->currentData().toString();
    spec.vendor = m_vendor->currentData().toString();
    spec.region = m_region->currentData().toString();
    spec.plan = m_plan->currentData().toString();
    spec.postgresVersion = m_version->currentData().toString();
    return spec;
}

bool NewProjectDialog::validate()
{
    const NewProjectSpec s = spec();
    bool valid = true;
    if (s.name.isEmpty()) {
        showFieldError(u"name"_s, tr("Enter a name for the project."));
        valid = false;
    }
    if (s.mode == u"byok" && s.vendor.isEmpty()) {
        showFieldError(u"vendor"_s, tr("Bring-your-own-key projects need a specific vendor."));
        valid = false;
    }
    return valid;
}

int NewProjectDialog::start()
{
    return actions()->createProject(spec());
}
