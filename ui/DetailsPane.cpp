#include "DetailsPane.h"

#include "AppearanceManager.h"
#include "explorer/TreeNode.h"
#include "lakebase/LakebaseController.h"
#include "lakebase/LakebaseSection.h"

#include "CopyFeedback.h"
#include "SecretClipboard.h"

#include "api/queue/InfraiQueueClient.h"

#include "api/db/InfraiDbClient.h"
#include "explorer/DbTreeModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString statusName(ResourceStatus status)
{
    switch (status) {
    case ResourceStatus::Provisioning: return DetailsPane::tr("Provisioning");
    case ResourceStatus::Ready: return DetailsPane::tr("Ready");
    case ResourceStatus::Deleting: return DetailsPane::tr("Deleting");
    case ResourceStatus::Failed: return DetailsPane::tr("Failed");
    case ResourceStatus::Unknown: return DetailsPane::tr("Unknown");
    }
    return {};
}

} // namespace

DetailsPane::DetailsPane(DbTreeModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_form(new QFormLayout),
      m_buttons(new QWidget(this))
{
    setObjectName(u"detailsPane"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    AppearanceManager::setTextRole(m_subtitle, SemanticColors::Role::Muted);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(8);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addStretch();
    m_model = nullptr;
    setSource(model, nullptr);
}

void DetailsPane::setSource(DbTreeModel *model, InfraiDbClient *client)
{
    m_client = client;
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_id.clear();
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
            if (!m_id.isEmpty() && from.data(DbTreeModel::IdRole).toString() == m_id)
                rebuild();
        });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
            if (!m_id.isEmpty() && !m_model->indexForId(m_id).isValid())
                showItem({});
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { showItem({}); });
    }
    rebuild();
}

QString DetailsPane::maskUri(const QString &uri)
{
    static const QRegularExpression password(u"^([a-z0-9+.-]+://[^:/@]+:)([^@]*)(@)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString masked = uri;
    masked.replace(password, u"\\1••••••••\\3"_s);
    return masked;
}

QString DetailsPane::relativeAge(const QDateTime &when)
{
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    if (seconds < 86400 * 60)
        return tr("%n day(s) ago", nullptr, int(seconds / 86400));
    return tr("%n month(s) ago", nullptr, int(seconds / (86400 * 30)));
}

QString DetailsPane::created(const QDateTime &when) const
{
    if (!when.isValid())
        return tr("unknown");
    return tr("%1 (%2)").arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat), relativeAge(when));
}

void DetailsPane::showItem(const QString &id)
{
    if (id != m_id)
        m_revealed = false;
    m_id = id;
    m_summary.reset();
    rebuild();
}

void DetailsPane::showSummary(const Summary &summary)
{
    m_id.clear();
    m_summary = summary;
    rebuild();
}

void DetailsPane::addRow(const QString &name, const QString &label, const QString &value)
{
    auto *text = new QLabel(value.isEmpty() ? u"—"_s : value, this);
    text->setObjectName(name);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    m_form->addRow(label, text);
}

void DetailsPane::addUriRow(const QString &uri)
{
    m_uri = uri;
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_uriLabel = new QLabel(row);
    m_uriLabel->setObjectName(u"connection_uri"_s);
    m_uriLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uriLabel->setWordWrap(true);
    m_uriLabel->setText(m_revealed ? uri : maskUri(uri));
    m_revealButton = new QPushButton(m_revealed ? tr("Hide") : tr("Reveal"), row);
    m_revealButton->setObjectName(u"revealUri"_s);
    auto *copy = new QPushButton(tr("Copy"), row);
    copy->setObjectName(u"copyUri"_s);
    connect(m_revealButton, &QPushButton::clicked, this, [this] { setUriRevealed(!m_revealed); });
    auto *notice = new QLabel(this);
    notice->setObjectName(u"copyNotice"_s);
    notice->hide();
    // Straight to the clipboard, and out of it again soon: the URI holds a password and goes
    // to no log.
    connect(copy, &QPushButton::clicked, notice, [this, notice] {
        SecretClipboard::copy(m_uri);
        notice->setText(SecretClipboard::copiedNotice());
        notice->show();
        QTimer::singleShot(SecretClipboard::clearDelayMs(), notice, &QLabel::hide);
    });
    layout->addWidget(m_uriLabel, 1);
    layout->addWidget(m_revealButton);
    layout->addWidget(copy);
    m_form->addRow(tr("Connection URI:"), row);
    m_form->addRow(QString(), notice);
}

void DetailsPane::setUriRevealed(bool revealed)
{
    m_revealed = revealed;
    if (m_uriLabel)
        m_uriLabel->setText(revealed ? m_uri : maskUri(m_uri));
    if (m_revealButton)
        m_revealButton->setText(revealed ? tr("Hide") : tr("Reveal"));
}

QString DetailsPane::uriText() const
{
    return m_uriLabel ? m_uriLabel->text() : QString();
}

QString DetailsPane::fieldText(const QString &name) const
{
    const auto *label = findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

QString DetailsPane::curl() const
{
    if (!m_client || m_id.isEmpty())
        return {};
    if (const QString queue = queueNameOf(m_id); !queue.isEmpty())
        return m_client->transport()->curlFor(InfraiQueueClient::getRequest(queue));
    if (!m_model)
        return {};
    const QString kind = m_model->project(m_id) ? u"project"_s : m_model->branch(m_id) ? u"branch"_s : u"snapshot"_s;
    return m_client->transport()->curlFor(InfraiDbClient::getRequest(kind, m_id));
}

QString DetailsPane::queueNameOf(const QString &id)
{
    if (id.startsWith(u"queue:"))
        return id.mid(6);
    if (id.startsWith(u"dlq:"))
        return id.mid(4);
    return {};
}

void DetailsPane::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_uriLabel = nullptr;
    m_revealButton = nullptr;
    // deleteLater: the clicked button may be what led here.
    for (QPushButton *old : m_buttons->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly)) {
        m_buttons->layout()->removeWidget(old);
        old->hide();
        old->setObjectName({});
        old->deleteLater();
    }

    if (m_summary) {
        m_title->setText(m_summary->title);
        m_subtitle->setText(m_summary->subtitle);
        for (const auto &[label, value] : m_summary->rows)
            addRow({}, label, value);
    } else if (!m_model) {
        m_title->setText(tr("Nothing selected"));
        m_subtitle->setText(tr("Select a project, branch, snapshot or queue to see its details."));
    } else if (const std::optional<DbProject> p = m_model->project(m_id)) {
        m_title->setText(p->name);
        m_subtitle->setText(tr("Postgres project"));
        addButton(u"newBranch"_s, tr("New branch…"));
        addButton(u"snapshot"_s, tr("Snapshot…"));
        addButton(u"delete"_s, tr("Delete…"));
        addButton(u"curl"_s, tr("Copy as curl"));
        addRow(u"id"_s, tr("ID:"), p->id);
        addRow(u"status"_s, tr("Status:"), statusName(p->status));
        addRow(u"vendor"_s, tr("Vendor:"), DbProject::vendorName(p->vendor));
        addRow(u"region"_s, tr("Region:"), p->region);
        addRow(u"plan"_s, tr("Plan:"), p->plan);
        addRow(u"mode"_s, tr("Mode:"),
               p->mode == u"managed" ? tr("managed")
               : p->mode == u"byok"  ? tr("bring your own key")
                                     : p->mode);
        addRow(u"postgres_version"_s, tr("Postgres version:"), p->postgresVersion);
        addRow(u"created_at"_s, tr("Created:"), created(p->createdAt));
        addUriRow(p->connectionUri);
    } else if (const std::optional<DbBranch> b = m_model->branch(m_id)) {
        const std::optional<DbProject> project = m_model->project(b->projectId);
        const std::optional<DbBranch> parent = m_model->branch(b->parentBranchId);
        m_title->setText(b->name);
        m_subtitle->setText(tr("Branch of %1").arg(project ? project->name : b->projectId));
        addButton(u"newBranch"_s, tr("New branch…"));
        addButton(u"delete"_s, tr("Delete…"));
        addButton(u"curl"_s, tr("Copy as curl"));
        addRow(u"id"_s, tr("ID:"), b->id);
        addRow(u"status"_s, tr("Status:"), statusName(b->status));
        addRow(u"project_id"_s, tr("Project:"),
               project ? tr("%1 (%2)").arg(project->name, b->projectId) : b->projectId);
        addRow(u"parent_branch"_s, tr("Parent branch:"),
               b->parentBranchId.isEmpty() ? tr("none (root branch)")
               : parent                    ? parent->name
                                           : b->parentBranchId);
        addRow(u"created_at"_s, tr("Created:"), created(b->createdAt));
        addUriRow(b->connectionUri);
    } else if (const std::optional<DbSnapshot> s = m_model->snapshot(m_id)) {
        const std::optional<DbProject> project = m_model->project(s->projectId);
        m_title->setText(s->label.isEmpty() ? s->id : s->label);
        m_subtitle->setText(tr("Snapshot of %1").arg(project ? project->name : s->projectId));
        addButton(u"restore"_s, tr("Restore…"));
        addButton(u"curl"_s, tr("Copy as curl"));
        addRow(u"id"_s, tr("ID:"), s->id);
        addRow(u"label"_s, tr("Label:"), s->label);
        addRow(u"project_id"_s, tr("Project:"),
               project ? tr("%1 (%2)").arg(project->name, s->projectId) : s->projectId);
        addRow(u"created_at"_s, tr("Created:"), created(s->createdAt));
        addRow(u"size_bytes"_s, tr("Size:"), s->sizeBytes >= 0 ? QLocale().formattedDataSize(s->sizeBytes) : QString());
    } else if (const std::optional<AuraInstance> a = m_model->auraInstance(m_id)) {
        m_title->setText(a->name);
        m_subtitle->setText(tr("Neo4j Aura instance"));
        // Only what the status allows: a call in another state would be refused.
        if (a->status == u"running") {
            addButton(u"auraPause"_s, tr("Pause"));
            if (a->type != u"free-db") // Free instances are never resized
                addButton(u"auraResize"_s, tr("Resize…"));
            addButton(u"auraSnapshot"_s, tr("Take snapshot"));
        }
        if (a->status != u"destroying")
            addButton(u"auraRename"_s, tr("Rename…"));
        if (a->status == u"paused")
            addButton(u"auraResume"_s, tr("Resume"));
        if (a->status != u"destroying") {
            addButton(u"auraDelete"_s, tr("Delete…"));
            addButton(u"auraCopyPassword"_s, tr("Copy password"));
        }
        addRow(u"id"_s, tr("ID:"), a->id);
        addRow(u"status"_s, tr("Status:"), a->status);
        addRow(u"type"_s, tr("Type:"), a->type);
        addRow(u"memory"_s, tr("Memory:"), a->memory);
        addRow(u"storage"_s, tr("Storage:"), a->storage);
        addRow(u"cloud"_s, tr("Cloud:"), a->cloud);
        addRow(u"region"_s, tr("Region:"), a->region);
        addRow(u"tenant"_s, tr("Tenant:"), a->tenantId);
        addRow(u"created_at"_s, tr("Created:"), created(a->createdAt));
        addRow(u"connection_url"_s, tr("Connection URI:"),
               a->connectionUrl.isEmpty() ? tr("none while the instance is paused") : a->connectionUrl);
    } else if (const std::optional<AuraSnapshot> snap = m_model->auraSnapshot(m_id)) {
        m_title->setText(QLocale().toString(snap->timestamp.toLocalTime(), QLocale::ShortFormat));
        m_subtitle->setText(snap->profile == u"AdHoc" ? tr("Aura snapshot, taken on demand")
                                                      : tr("Aura snapshot, scheduled"));
        addRow(u"snapshot_id"_s, tr("ID:"), snap->snapshotId);
        addRow(u"instance_id"_s, tr("Instance:"), snap->instanceId);
        addRow(u"status"_s, tr("Status:"), snap->status);
        addRow(u"timestamp"_s, tr("Taken:"), created(snap->timestamp));
        addRow(u"exportable"_s, tr("Exportable:"), snap->exportable ? tr("yes") : tr("no"));
    } else if (const auto lp = m_model->record<LakebaseProject>(m_id)) {
        m_title->setText(lp->displayName);
        m_subtitle->setText(lp->isDeleted() ? tr("Lakebase project, deleted") : tr("Lakebase project"));
        addLakebaseButtons();
        addRow(u"project_id"_s, tr("ID:"), lp->id);
        addRow(u"pg_version"_s, tr("Postgres version:"), QString::number(lp->pgVersion));
        addRow(u"default_branch"_s, tr("Default branch:"), lp->defaultBranch.section(u'/', 3, 3));
        addRow(u"owner"_s, tr("Owner:"), lp->owner);
        addRow(u"created_at"_s, tr("Created:"), created(lp->createdAt));
        addLakebaseDeletion(lp->deletedAt, lp->purgeAt);
    } else if (const auto lb = m_model->record<LakebaseBranch>(m_id)) {
        m_title->setText(lb->id);
        m_subtitle->setText(tr("Lakebase branch of %1").arg(lb->projectId));
        addLakebaseButtons();
        addRow(u"branch_id"_s, tr("ID:"), lb->id);
        addRow(u"current_state"_s, tr("State:"), LakebaseSection::branchStateText(*lb));
        addRow(u"source_branch"_s, tr("From branch:"),
               lb->sourceBranch.isEmpty() ? tr("none (the project's first branch)") : lb->sourceBranchId());
        addRow(u"default"_s, tr("Default branch:"), lb->isDefault ? tr("yes") : tr("no"));
        addRow(u"is_protected"_s, tr("Protected:"),
               lb->isProtected ? tr("yes — it, its endpoints and its project cannot be deleted") : tr("no"));
        addRow(u"expire_time"_s, tr("Expires:"), lb->expireTime.isValid() ? created(lb->expireTime) : tr("never"));
        addRow(u"created_at"_s, tr("Created:"), created(lb->createdAt));
        addLakebaseDeletion(lb->deletedAt, lb->purgeAt);
    } else if (const auto le = m_model->record<LakebaseEndpoint>(m_id)) {
        const QLocale locale;
        m_title->setText(le->id);
        m_subtitle->setText(le->isReadWrite() ? tr("Read-write endpoint on %1").arg(le->branchId)
                                              : tr("Read-only endpoint on %1").arg(le->branchId));
        addLakebaseButtons();
        addRow(u"endpoint_id"_s, tr("ID:"), le->id);
        addRow(u"current_state"_s, tr("State:"), LakebaseSection::endpointStateText(le->state));
        addRow(u"compute"_s, tr("Compute:"),
               tr("%1 to %2 CU").arg(locale.toString(le->minCu), locale.toString(le->maxCu)));
        addRow(u"suspension"_s, tr("Suspends:"),
               le->suspendSeconds > 0 ? tr("after %n minute(s) idle", nullptr, le->suspendSeconds / 60) : tr("never"));
        addRow(u"host"_s, tr("Host:"), le->host);
        if (!le->readOnlyHost.isEmpty() && le->readOnlyHost != le->host)
            addRow(u"read_only_host"_s, tr("Read-only host:"), le->readOnlyHost);
        addRow(u"disabled"_s, tr("Disabled:"), le->disabled ? tr("yes") : tr("no"));
        addRow(u"created_at"_s, tr("Created:"), created(le->createdAt));
    } else if (const auto ld = m_model->record<LakebaseDatabase>(m_id)) {
        m_title->setText(ld->postgresName);
        m_subtitle->setText(tr("Postgres database"));
        addRow(u"database"_s, tr("Name:"), ld->postgresName);
        addRow(u"owner"_s, tr("Owner:"), ld->owner);
        addRow(u"resource"_s, tr("Resource:"), ld->name);
    } else if (const auto lr = m_model->record<LakebaseRole>(m_id)) {
        m_title->setText(lr->postgresRole);
        m_subtitle->setText(tr("Postgres role"));
        addRow(u"postgres_role"_s, tr("Name:"), lr->postgresRole);
        addRow(u"identity_type"_s, tr("Identity:"), lr->identityType);
        addRow(u"auth_method"_s, tr("Signs in with:"), lr->authMethod);
        addRow(u"resource"_s, tr("Resource:"), lr->name);
    } else if (const std::optional<QueueRecord> q = m_model->queue(queueNameOf(m_id))) {
        const std::optional<QueueStats> stats = m_model->queueStats(q->name);
        const QLocale locale;
        m_title->setText(q->name);
        m_subtitle->setText(q->isFifo() ? tr("FIFO queue") : tr("Standard queue"));
        addButton(u"openQueue"_s, tr("Open inspector"));
        addButton(u"openDeadLetters"_s, tr("Dead letters"));
        addButton(u"deleteQueue"_s, tr("Delete…"));
        addButton(u"curl"_s, tr("Copy as curl"));
        addRow(u"dead_letter_queue"_s, tr("Dead-letter queue:"),
               q->deadLetterQueue.isEmpty() ? tr("none (dead letters stay listed on this queue)") : q->deadLetterQueue);
        addRow(u"max_retries"_s, tr("Max retries:"), locale.toString(q->maxRetries));
        addRow(u"visibility_timeout_default"_s, tr("Visibility timeout:"),
               tr("%n second(s)", nullptr, q->visibilityTimeoutDefault));
        addRow(u"message_retention_days"_s, tr("Retention:"), tr("%n day(s)", nullptr, q->messageRetentionDays));
        addRow(u"enable_priority"_s, tr("Priority:"), q->enablePriority ? tr("on") : tr("off"));
        addRow(u"created_at"_s, tr("Created:"), created(q->createdAt));
        if (stats) {
            addRow(u"available"_s, tr("Available:"), locale.toString(stats->available));
            addRow(u"in_flight"_s, tr("In flight:"), locale.toString(stats->inFlight));
            addRow(u"dlq"_s, tr("Dead letters:"), locale.toString(stats->dlq));
        }
    } else {
        m_title->setText(tr("Nothing selected"));
        m_subtitle->setText(tr("Select a project, branch, snapshot or queue to see its details."));
    }
}

void DetailsPane::addButton(const QString &action, const QString &text)
{
    auto *button = new QPushButton(text, m_buttons);
    button->setObjectName(action + u"Button"_s);
    connect(button, &QPushButton::clicked, this, [this, action, button] {
        if (action == u"curl")
            CopyFeedback::copy(button, curl());
        else
            emit actionRequested(action);
    });
    m_buttons->layout()->addWidget(button);
}

void DetailsPane::addLakebaseButtons()
{
    for (const LakebaseController::Offer &offer : LakebaseController::offers(m_model->indexForId(m_id)))
        addButton(offer.action, offer.text);
}

void DetailsPane::addLakebaseDeletion(const QDateTime &deleted, const QDateTime &purge)
{
    if (!deleted.isValid())
        return;
    addRow(u"delete_time"_s, tr("Deleted:"), created(deleted));
    addRow(u"purge_time"_s, tr("Undeletable until:"), created(purge));
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
