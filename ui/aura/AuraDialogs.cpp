#include "aura/AuraDialogs.h"

#include "Confirm.h"
#include "CopyFeedback.h"
#include "SecretClipboard.h"
#include "aura/AuraActions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NewAuraInstanceDialog::NewAuraInstanceDialog(AuraActions *actions, OperationTracker *tracker,
                                             const AuraTenantDetails &tenant, QWidget *parent)
    : ActionDialog(tracker, parent),
      m_actions(actions),
      m_tenant(tenant),
      m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_cloud(new QComboBox(this)),
      m_region(new QComboBox(this)),
      m_memory(new QComboBox(this))
{
    setObjectName(u"newAuraInstanceDialog"_s);
    m_name->setMaxLength(30);
    addField(u"name"_s, m_name);
    addField(u"type"_s, m_type);
    addField(u"cloud_provider"_s, m_cloud);
    addField(u"region"_s, m_region);
    addField(u"memory"_s, m_memory);
    for (QComboBox *combo : {m_type, m_cloud, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { narrow(combo); });
    narrow(nullptr);
    retranslate();
}

void NewAuraInstanceDialog::narrow(QComboBox *changed)
{
    // The combos after the changed one are rebuilt from the configurations that match every
    // choice before them; a choice still allowed is kept.
    const QList<QComboBox *> order{m_type, m_cloud, m_region, m_memory};
    const int from = changed ? int(order.indexOf(changed)) + 1 : 0;
    for (int level = from; level < order.size(); ++level) {
        QComboBox *combo = order.at(level);
        const QString kept = combo->currentData().toString();
        const QSignalBlocker quiet(combo);
        combo->clear();
        for (const AuraConfiguration &c : std::as_const(m_tenant.configurations)) {
            const QString values[] = {c.type, c.cloud, c.region, c.memory};
            bool fits = true;
            for (int before = 0; before < level; ++before)
                fits &= values[before] == order.at(before)->currentData().toString();
            if (!fits || combo->findData(values[level]) >= 0)
                continue;
            const QString label = level == 2 && !c.regionName.isEmpty() ? c.regionName : values[level];
            combo->addItem(label, values[level]);
        }
        const int keep = combo->findData(kept);
        combo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
}

AuraNewInstance NewAuraInstanceDialog::spec() const
{
    QString version;
    for (const AuraConfiguration &c : m_tenant.configurations)
        if (c.type == m_type->currentData() && c.cloud == m_cloud->currentData() &&
            c.region == m_region->currentData() && c.memory == m_memory->currentData())
            version = c.version;
    return {m_name->text().trimmed(),           version,
            m_region->currentData().toString(), m_memory->currentData().toString(),
            m_type->currentData().toString(),   m_tenant.id,
            m_cloud->currentData().toString()};
}

bool NewAuraInstanceDialog::validate()
{
    if (m_name->text().trimmed().isEmpty()) {
        showFieldError(u"name"_s, tr("Give the instance a name."));
        return false;
    }
    if (m_memory->count() == 0) {
        showFieldError(u"memory"_s, tr("This tenant offers no configuration to create."));
        return false;
    }
    return true;
}

int NewAuraInstanceDialog::start()
{
    return m_actions->create(spec());
}

void NewAuraInstanceDialog::retranslate()
{
    setWindowTitle(tr("New Aura instance"));
    setFieldLabel(m_name, tr("&Name:"));
    setFieldLabel(m_type, tr("&Type:"));
    setFieldLabel(m_cloud, tr("&Cloud:"));
    setFieldLabel(m_region, tr("&Region:"));
    setFieldLabel(m_memory, tr("&Memory:"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Create"));
}

namespace {
QString g_nextSavePath;
}

AuraPasswordDialog::AuraPasswordDialog(const AuraInstance &instance, bool inKeychain, const QString &keychainMessage,
                                       QWidget *parent)
    : QDialog(parent),
      m_instance(instance),
      m_password(new QLabel(instance.password, this)),
      m_message(new QLabel(this)),
      m_copy(new QPushButton(tr("&Copy password"), this)),
      m_save(new QPushButton(tr("&Save as .env…"), this))
{
    setObjectName(u"auraPasswordDialog"_s);
    setWindowTitle(tr("Password of %1").arg(instance.name));
    auto *intro = new QLabel(tr("This is the only time Aura shows the password of <b>%1</b>. Copy it or save it as a "
                                ".env file now: without it, the instance has to be recreated.")
                                 .arg(instance.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *uri = new QLabel(instance.connectionUrl, this);
    auto *user = new QLabel(instance.username, this);
    for (QLabel *value : {uri, user, m_password})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_password->setFont(mono);
    m_password->setObjectName(u"password"_s);
    form->addRow(tr("Connection URI:"), uri);
    form->addRow(tr("Username:"), user);
    form->addRow(tr("Password:"), m_password);
    m_message->setWordWrap(true);
    m_message->setText(
        inKeychain ? tr("It is also kept in the system keychain, where the instance's details offer it.")
                   : tr("It could not be kept in the keychain (%1): copy or save it now.").arg(keychainMessage));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        SecretClipboard::copy(m_instance.password); // cleared from the clipboard after a while
        CopyFeedback::showOnButton(m_copy);
        m_kept = true;
    });
    connect(m_save, &QPushButton::clicked, this, &AuraPasswordDialog::saveAs);
    setMinimumWidth(520);
}

void AuraPasswordDialog::setNextSavePath(const QString &path)
{
    g_nextSavePath = path;
}

QString AuraPasswordDialog::envText(const AuraInstance &instance)
{
    return u"NEO4J_URI=%1\nNEO4J_USERNAME=%2\nNEO4J_PASSWORD=%3\nNEO4J_DATABASE=neo4j\nAURA_INSTANCE_ID=%4\n"
           u"AURA_INSTANCE_NAME=%5\n"_s.arg(instance.connectionUrl, instance.username, instance.password, instance.id,
                                            instance.name);
}

// A `.git` entry (folder, or file for a linked work tree) here or in a parent folder.
static bool insideGitWorkTree(const QString &folder)
{
    for (QDir dir(folder);;) {
        if (QFileInfo::exists(dir.filePath(u".git"_s)))
            return true;
        if (!dir.cdUp())
            return false;
    }
}

bool AuraPasswordDialog::saveEnvTo(const QString &path)
{
    QSaveFile file(path);
    // Owner-only before the password is written, not after.
    const bool opened = file.open(QIODevice::WriteOnly);
    const bool private_ = opened && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || file.write(envText(m_instance).toUtf8()) < 0 || !file.commit()) {
        m_message->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_kept = true;
    m_message->setObjectName(u"saved"_s);
    m_message->setText(private_ ? tr("Saved to %1 (readable by you only).").arg(QDir::toNativeSeparators(path))
                                : tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    // Inside a git work tree that does not ignore it, the password is one commit away from a
    // repository. Asked in the background: git may be slow, or missing.
    auto *git = new QProcess(this);
    git->setWorkingDirectory(QFileInfo(path).absolutePath());
    connect(git, &QProcess::finished, this, [this, git, path](int exitCode, QProcess::ExitStatus status) {
        git->deleteLater();
        // check-ignore: 0 ignored, 1 not ignored (in a work tree), 128 not a work tree.
        if (status != QProcess::NormalExit || exitCode != 1)
            return;
        m_message->setObjectName(u"gitWarning"_s);
        m_message->setText(tr("Saved to %1 — but git does not ignore it there: add it to .gitignore before it is "
                              "committed.")
                               .arg(QDir::toNativeSeparators(path)));
        emit gitChecked();
    });
    connect(git, &QProcess::errorOccurred, this, [this, git, path](QProcess::ProcessError error) {
        git->deleteLater();
        // No git to ask: inside a work tree all the same, say that it could not be checked.
        if (error != QProcess::FailedToStart || !insideGitWorkTree(QFileInfo(path).absolutePath()))
            return;
        m_message->setObjectName(u"gitUnchecked"_s);
        m_message->setText(tr("Saved to %1 — it is inside a git work tree, and git is not installed to check its "
                              "ignore rules: make sure .gitignore covers it.")
                               .arg(QDir::toNativeSeparators(path)));
        emit gitChecked();
    });
    git->start(u"git"_s, {u"check-ignore"_s, u"-q"_s, QFileInfo(path).fileName()});
    return true;
}

void AuraPasswordDialog::saveAs()
{
    QString path = g_nextSavePath;
    g_nextSavePath.clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save as .env"), QDir::home().filePath(u".env"_s));
    if (!path.isEmpty())
        saveEnvTo(path);
}

void AuraPasswordDialog::reject()
{
    if (!m_kept && !Confirm::ask(this, tr("Close without the password?"),
                                 tr("The password was neither copied nor saved. Aura will not show it again (the "
                                    "keychain keeps a copy when it could). Close anyway?")))
        return;
    QDialog::reject();
}
