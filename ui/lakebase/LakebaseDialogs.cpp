#include "lakebase/LakebaseDialogs.h"

#include "AppearanceManager.h"
#include "SecretClipboard.h"
#include "lakebase/LakebaseActions.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDoubleSpinBox *cuBox(QWidget *parent, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.5, 64);
    box->setSingleStep(0.5);
    box->setDecimals(1);
    box->setValue(value);
    return box;
}

// Shows `problem` under `field` as it happens, and hides it once the value is fine. Called
// through queued connections: ActionDialog hides an edited field's error on the same edit.
void sayAsTyped(ActionDialog *dialog, const QString &field, const QString &problem)
{
    if (QLabel *error = dialog->fieldError(field)) {
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
    }
}

} // namespace

ComputeFields::ComputeFields(QWidget *parent, double min, double max, int suspendSeconds)
    : QObject(parent),
      minCu(cuBox(parent, min)),
      maxCu(cuBox(parent, max)),
      suspendMinutes(new QSpinBox(parent)),
      neverSuspend(new QCheckBox(parent)),
      suspendRow(new QWidget(parent))
{
    auto *row = new QHBoxLayout(suspendRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(suspendMinutes);
    row->addWidget(neverSuspend);
    row->addStretch();
    suspendRow->setFocusProxy(suspendMinutes);
    suspendMinutes->setRange(1, 7 * 24 * 60); // 60 s to 7 days, as the service allows
    suspendMinutes->setValue(std::max(1, suspendSeconds / 60));
    neverSuspend->setChecked(suspendSeconds <= 0);
    suspendMinutes->setEnabled(suspendSeconds > 0);
    connect(neverSuspend, &QCheckBox::toggled, suspendMinutes, [this](bool never) {
        suspendMinutes->setEnabled(!never);
        emit changed();
    });
    connect(minCu, &QDoubleSpinBox::valueChanged, this, &ComputeFields::changed);
    connect(maxCu, &QDoubleSpinBox::valueChanged, this, &ComputeFields::changed);
    connect(suspendMinutes, &QSpinBox::valueChanged, this, &ComputeFields::changed);
    retranslate();
}

double ComputeFields::minValue() const
{
    return minCu->value();
}

double ComputeFields::maxValue() const
{
    return maxCu->value();
}

int ComputeFields::suspendSeconds() const
{
    return neverSuspend->isChecked() ? 0 : suspendMinutes->value() * 60;
}

void ComputeFields::retranslate()
{
    //: Compute units of a Lakebase endpoint.
    minCu->setSuffix(tr(" CU"));
    maxCu->setSuffix(tr(" CU"));
    suspendMinutes->setSuffix(tr(" min"));
    neverSuspend->setText(tr("&Never suspend"));
}

NewLakebaseProjectDialog::NewLakebaseProjectDialog(LakebaseActions *actions, OperationTracker *tracker, QWidget *parent)
    : ActionDialog(tracker, parent),
      m_actions(actions),
      m_id(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)),
      m_version(new QComboBox(this)),
      m_compute(new ComputeFields(this, 0.5, 2, 300)),
      m_protect(new QCheckBox(this))
{
    setObjectName(u"newLakebaseProjectDialog"_s);
    m_id->setMaxLength(63);
    m_displayName->setMaxLength(256);
    m_version->addItem(u"17"_s, 17);
    m_version->addItem(u"16"_s, 16);
    addField(u"project_id"_s, m_id);
    addField(u"display_name"_s, m_displayName);
    addField(u"pg_version"_s, m_version);
    addField(u"min_cu"_s, m_compute->minCu);
    addField(u"max_cu"_s, m_compute->maxCu);
    addField(u"suspend"_s, m_compute->suspendRow);
    addField(u"protect"_s, m_protect);
    connect(m_id, &QLineEdit::textEdited, this, &NewLakebaseProjectDialog::checkAsTyped, Qt::QueuedConnection);
    connect(m_compute, &ComputeFields::changed, this, &NewLakebaseProjectDialog::checkAsTyped, Qt::QueuedConnection);
    retranslate();
}

void NewLakebaseProjectDialog::checkAsTyped()
{
    sayAsTyped(this, u"project_id"_s, m_id->text().isEmpty() ? QString() : LakebaseIds::problem(m_id->text()));
    sayAsTyped(this, u"max_cu"_s, m_compute->problem());
    buttons()
        ->button(QDialogButtonBox::Ok)
        ->setEnabled(LakebaseIds::isValid(m_id->text()) && m_compute->problem().isEmpty());
    fitToContents();
}

LakebaseClient::NewProject NewLakebaseProjectDialog::spec() const
{
    LakebaseClient::NewProject spec;
    spec.id = m_id->text();
    spec.displayName = m_displayName->text().trimmed();
    spec.pgVersion = m_version->currentData().toInt();
    spec.minCu = m_compute->minValue();
    spec.maxCu = m_compute->maxValue();
    spec.suspendSeconds = m_compute->suspendSeconds();
    spec.protectDefaultBranch = m_protect->isChecked();
    return spec;
}

bool NewLakebaseProjectDialog::validate()
{
    bool ok = true;
    if (const QString problem = LakebaseIds::problem(m_id->text()); !problem.isEmpty()) {
        showFieldError(u"project_id"_s, problem);
        ok = false;
    }
    if (const QString problem = m_compute->problem(); !problem.isEmpty()) {
        showFieldError(u"max_cu"_s, problem);
        ok = false;
    }
    return ok;
}

int NewLakebaseProjectDialog::start()
{
    return m_actions->createProject(spec());
}

void NewLakebaseProjectDialog::retranslate()
{
    setWindowTitle(tr("New Lakebase project"));
    setFieldLabel(m_id, tr("Project &ID:"));
    m_id->setPlaceholderText(tr("e.g. orders-app"));
    m_id->setToolTip(tr("Lowercase letters, digits and hyphens; starts with a letter; at most 63; cannot change "
                        "later."));
    setFieldLabel(m_displayName, tr("&Display name:"));
    m_displayName->setPlaceholderText(tr("optional; the ID when empty"));
    setFieldLabel(m_version, tr("&Postgres version:"));
    setFieldLabel(m_compute->minCu, tr("Compute, mi&nimum:"));
    setFieldLabel(m_compute->maxCu, tr("Compute, ma&ximum:"));
    setFieldLabel(m_compute->suspendRow, tr("&Suspend when idle for:"));
    setFieldLabel(m_protect, QString());
    m_protect->setText(tr("P&rotect the default branch (it cannot be deleted or reset)"));
    m_compute->retranslate();
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    if (m_id->text().isEmpty())
        buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
}

NewLakebaseBranchDialog::NewLakebaseBranchDialog(LakebaseActions *actions, OperationTracker *tracker,
                                                 const QString &project, const QList<LakebaseBranch> &sources,
                                                 const QString &preferredSource, QWidget *parent)
    : ActionDialog(tracker, parent),
      m_actions(actions),
      m_project(project),
      m_id(new QLineEdit(this)),
      m_source(new QComboBox(this)),
      m_protect(new QCheckBox(this)),
      m_expires(new QCheckBox(this)),
      m_expiry(new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this))
{
    setObjectName(u"newLakebaseBranchDialog"_s);
    m_id->setMaxLength(63);
    for (const LakebaseBranch &branch : sources)
        m_source->addItem(branch.id, branch.name);
    m_defaults.reserve(sources.size());
    for (const LakebaseBranch &branch : sources)
        m_defaults << branch.isDefault;
    // None loaded yet: the service takes the project's default branch.
    if (sources.isEmpty())
        m_source->addItem(QString(), QString());
    m_source->setCurrentIndex(std::max(0, m_source->findData(preferredSource)));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_expiry->setEnabled(false);
    auto *expiryRow = new QWidget(this);
    auto *row = new QHBoxLayout(expiryRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_expires);
    row->addWidget(m_expiry, 1);
    expiryRow->setFocusProxy(m_expires);
    addField(u"branch_id"_s, m_id);
    addField(u"source_branch"_s, m_source);
    addField(u"is_protected"_s, m_protect);
    addField(u"expiration"_s, expiryRow);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(
        m_id, &QLineEdit::textEdited, this,
        [this](const QString &text) {
            sayAsTyped(this, u"branch_id"_s, text.isEmpty() ? QString() : LakebaseIds::problem(text));
            buttons()->button(QDialogButtonBox::Ok)->setEnabled(LakebaseIds::isValid(text));
            fitToContents();
        },
        Qt::QueuedConnection);
    retranslate();
}

bool NewLakebaseBranchDialog::validate()
{
    if (const QString problem = LakebaseIds::problem(m_id->text()); !problem.isEmpty()) {
        showFieldError(u"branch_id"_s, problem);
        return false;
    }
    return true;
}

int NewLakebaseBranchDialog::start()
{
    LakebaseClient::NewBranch spec;
    spec.project = m_project;
    spec.id = m_id->text();
    spec.sourceBranch = m_source->currentData().toString();
    spec.isProtected = m_protect->isChecked();
    if (m_expires->isChecked())
        spec.expireTime = m_expiry->dateTime();
    return m_actions->createBranch(spec);
}

void NewLakebaseBranchDialog::retranslate()
{
    setWindowTitle(tr("New branch in %1").arg(m_project));
    setFieldLabel(m_id, tr("Branch &ID:"));
    m_id->setPlaceholderText(tr("e.g. feature-login"));
    setFieldLabel(m_source, tr("&From branch:"));
    for (int i = 0; i < m_source->count(); ++i) {
        const QString id = m_source->itemData(i).toString().section(u'/', 3, 3);
        m_source->setItemText(i, id.isEmpty()                             ? tr("the project's default branch")
                                 : i < m_defaults.size() && m_defaults[i] ? tr("%1 (default)").arg(id)
                                                                          : id);
    }
    setFieldLabel(m_protect, QString());
    m_protect->setText(tr("&Protected (cannot be deleted or reset)"));
    setFieldLabel(m_expires, QString());
    m_expires->setText(tr("&Expires at"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    if (m_id->text().isEmpty())
        buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
}

NewLakebaseEndpointDialog::NewLakebaseEndpointDialog(LakebaseActions *actions, OperationTracker *tracker,
                                                     const QString &project, const QString &branch,
                                                     const QString &existingReadWrite, QWidget *parent)
    : ActionDialog(tracker, parent),
      m_actions(actions),
      m_project(project),
      m_branch(branch),
      m_existingReadWrite(existingReadWrite),
      m_id(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_compute(new ComputeFields(this, 0.5, 2, 300))
{
    setObjectName(u"newLakebaseEndpointDialog"_s);
    m_id->setMaxLength(63);
    m_type->addItem(QString(), true);
    m_type->addItem(QString(), false);
    // A branch has at most one read-write endpoint.
    m_type->setCurrentIndex(existingReadWrite.isEmpty() ? 0 : 1);
    addField(u"endpoint_id"_s, m_id);
    addField(u"endpoint_type"_s, m_type);
    addField(u"min_cu"_s, m_compute->minCu);
    addField(u"max_cu"_s, m_compute->maxCu);
    addField(u"suspend"_s, m_compute->suspendRow);
    auto check = [this] {
        sayAsTyped(this, u"endpoint_id"_s, m_id->text().isEmpty() ? QString() : LakebaseIds::problem(m_id->text()));
        sayAsTyped(this, u"max_cu"_s, m_compute->problem());
        buttons()
            ->button(QDialogButtonBox::Ok)
            ->setEnabled(LakebaseIds::isValid(m_id->text()) && m_compute->problem().isEmpty());
        fitToContents();
    };
    connect(m_id, &QLineEdit::textEdited, this, check, Qt::QueuedConnection);
    connect(m_compute, &ComputeFields::changed, this, check, Qt::QueuedConnection);
    retranslate();
}

bool NewLakebaseEndpointDialog::validate()
{
    bool ok = true;
    if (const QString problem = LakebaseIds::problem(m_id->text()); !problem.isEmpty()) {
        showFieldError(u"endpoint_id"_s, problem);
        ok = false;
    }
    if (const QString problem = m_compute->problem(); !problem.isEmpty()) {
        showFieldError(u"max_cu"_s, problem);
        ok = false;
    }
    return ok;
}

int NewLakebaseEndpointDialog::start()
{
    LakebaseClient::NewEndpoint spec;
    spec.project = m_project;
    spec.branch = m_branch;
    spec.id = m_id->text();
    spec.readWrite = m_type->currentData().toBool();
    spec.minCu = m_compute->minValue();
    spec.maxCu = m_compute->maxValue();
    spec.suspendSeconds = m_compute->suspendSeconds();
    return m_actions->createEndpoint(spec);
}

void NewLakebaseEndpointDialog::retranslate()
{
    setWindowTitle(tr("New endpoint on %1").arg(m_branch));
    setFieldLabel(m_id, tr("Endpoint &ID:"));
    m_id->setPlaceholderText(tr("e.g. reporting"));
    setFieldLabel(m_type, tr("&Type:"));
    m_type->setItemText(0, m_existingReadWrite.isEmpty()
                               ? tr("Read-write")
                               : tr("Read-write (the branch has one: %1)").arg(m_existingReadWrite));
    m_type->setItemText(1, tr("Read-only"));
    // The second read-write endpoint cannot be picked at all.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_type->model()))
        if (QStandardItem *readWrite = items->item(0))
            readWrite->setEnabled(m_existingReadWrite.isEmpty());
    setFieldLabel(m_compute->minCu, tr("Compute, mi&nimum:"));
    setFieldLabel(m_compute->maxCu, tr("Compute, ma&ximum:"));
    setFieldLabel(m_compute->suspendRow, tr("&Suspend when idle for:"));
    m_compute->retranslate();
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    if (m_id->text().isEmpty())
        buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
}

EditLakebaseEndpointDialog::EditLakebaseEndpointDialog(LakebaseActions *actions, OperationTracker *tracker,
                                                       const LakebaseEndpoint &endpoint, QWidget *parent)
    : ActionDialog(tracker, parent),
      m_actions(actions),
      m_endpoint(endpoint),
      m_compute(new ComputeFields(this, endpoint.minCu, endpoint.maxCu, endpoint.suspendSeconds))
{
    setObjectName(u"editLakebaseEndpointDialog"_s);
    addField(u"min_cu"_s, m_compute->minCu);
    addField(u"max_cu"_s, m_compute->maxCu);
    addField(u"suspend"_s, m_compute->suspendRow);
    // What the dialog shows to begin with: only what differs from it is sent (a 90 s timeout
    // shown as 1 minute is not rewritten when only the CU range changes).
    m_shownMin = m_compute->minValue();
    m_shownMax = m_compute->maxValue();
    m_shownSuspend = m_compute->suspendSeconds();
    connect(
        m_compute, &ComputeFields::changed, this,
        [this] {
            sayAsTyped(this, u"max_cu"_s, m_compute->problem());
            const LakebaseClient::EndpointChange changed = change();
            buttons()
                ->button(QDialogButtonBox::Ok)
                ->setEnabled(m_compute->problem().isEmpty() &&
                             (changed.minCu || changed.maxCu || changed.suspendSeconds));
            fitToContents();
        },
        Qt::QueuedConnection);
    retranslate();
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false); // nothing changed yet
}

LakebaseClient::EndpointChange EditLakebaseEndpointDialog::change() const
{
    LakebaseClient::EndpointChange change;
    if (m_compute->minValue() != m_shownMin)
        change.minCu = m_compute->minValue();
    if (m_compute->maxValue() != m_shownMax)
        change.maxCu = m_compute->maxValue();
    if (m_compute->suspendSeconds() != m_shownSuspend)
        change.suspendSeconds = m_compute->suspendSeconds();
    return change;
}

bool EditLakebaseEndpointDialog::validate()
{
    if (const QString problem = m_compute->problem(); !problem.isEmpty()) {
        showFieldError(u"max_cu"_s, problem);
        return false;
    }
    return true;
}

int EditLakebaseEndpointDialog::start()
{
    return m_actions->updateEndpoint(m_endpoint.name, change());
}

void EditLakebaseEndpointDialog::retranslate()
{
    setWindowTitle(tr("Compute of %1").arg(m_endpoint.id));
    setFieldLabel(m_compute->minCu, tr("Compute, mi&nimum:"));
    setFieldLabel(m_compute->maxCu, tr("Compute, ma&ximum:"));
    setFieldLabel(m_compute->suspendRow, tr("&Suspend when idle for:"));
    m_compute->retranslate();
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
}

LakebaseCredentialDialog::LakebaseCredentialDialog(const LakebaseCredential &credential,
                                                   const LakebaseEndpoint &endpoint, const QString &user,
                                                   QWidget *parent)
    : QDialog(parent),
      m_credential(credential),
      m_endpoint(endpoint),
      m_user(user),
      m_intro(new QLabel(this)),
      m_hostLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)),
      m_tokenLabel(new QLabel(this)),
      m_psqlLabel(new QLabel(this)),
      m_countdown(new QLabel(this)),
      m_token(new QLineEdit(credential.token, this)),
      m_psql(new QLineEdit(this)),
      m_copy(new QPushButton(this)),
      m_copyPsql(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(u"lakebaseCredentialDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_intro->setWordWrap(true);
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_psql->setReadOnly(true);
    m_countdown->setObjectName(u"credentialCountdown"_s);
    auto *host = new QLabel(endpoint.host, this);
    host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *userValue = new QLabel(user, this);
    userValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, host);
    form->addRow(m_userLabel, userValue);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    form->addRow(m_tokenLabel, tokenRow);
    auto *psqlRow = new QHBoxLayout;
    psqlRow->addWidget(m_psql, 1);
    psqlRow->addWidget(m_copyPsql);
    form->addRow(m_psqlLabel, psqlRow);
    m_tokenLabel->setBuddy(m_token);
    m_psqlLabel->setBuddy(m_psql);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Both copies leave the clipboard again after a while: the token is a password.
    connect(m_copy, &QPushButton::clicked, this, [this] {
        SecretClipboard::copy(m_credential.token);
        m_countdown->setToolTip(SecretClipboard::copiedNotice());
    });
    connect(m_copyPsql, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(psqlCommand()); });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LakebaseCredentialDialog::tick);
    m_timer.start();
    retranslate();
    resize(640, sizeHint().height());
}

QString LakebaseCredentialDialog::psqlCommand() const
{
    return u"psql \"host=%1 port=5432 dbname=databricks_postgres user=%2 sslmode=require\""_s.arg(m_endpoint.host,
                                                                                                  m_user);
}

void LakebaseCredentialDialog::tick()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_credential.expireTime);
    if (left <= 0) {
        m_countdown->setText(tr("Expired. Get a new credential to connect again."));
        AppearanceManager::setTextRole(m_countdown, SemanticColors::Role::Error);
        m_copy->setEnabled(false);
        m_copyPsql->setEnabled(false);
        m_timer.stop();
        return;
    }
    //: A countdown: minutes and seconds until the credential expires, e.g. "Expires in 59:58".
    m_countdown->setText(
        tr("Expires in %1:%2 (at %3).")
            .arg(left / 60)
            .arg(left % 60, 2, 10, QChar(u'0'))
            .arg(QLocale().toString(m_credential.expireTime.toLocalTime().time(), QLocale::ShortFormat)));
}

void LakebaseCredentialDialog::retranslate()
{
    setWindowTitle(tr("Credential for %1").arg(m_endpoint.id));
    m_intro->setText(tr("A Postgres password for <b>%1</b> on branch %2. It is shown only now and is kept nowhere: "
                        "copy it before closing.")
                         .arg(m_endpoint.id, m_endpoint.branchId));
    m_hostLabel->setText(tr("Host:"));
    m_userLabel->setText(tr("User:"));
    m_tokenLabel->setText(tr("&Password:"));
    m_psqlLabel->setText(tr("p&sql:"));
    m_psql->setText(psqlCommand());
    m_psql->setCursorPosition(0); // the start of the command, not its end
    m_copy->setText(tr("&Copy password"));
    m_copyPsql->setText(tr("Copy psql &command"));
    m_close->setText(tr("Close"));
    tick();
}

void LakebaseCredentialDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
