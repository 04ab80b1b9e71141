#include "queue/QueueDialogs.h"

#include "SecretClipboard.h"
#include "queue/QueueActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QSpinBox *spin(QWidget *parent, int min, int max, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    return box;
}

enum DlqChoice { NoDlq, CreateDlq, ExistingDlq };

} // namespace

// ---------------------------------------------------------------- NewQueueDialog

NewQueueDialog::NewQueueDialog(QueueActions *actions, const QStringList &existingQueues, QWidget *parent)
    : ActionDialog(actions->tracker(), parent),
      m_queueActions(actions),
      m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_dlq(new QComboBox(this)),
      m_maxRetries(spin(this, 0, 100, 5)),
      m_visibility(spin(this, 1, 43200, 30)),
      m_retention(spin(this, 1, 14, 4)),
      m_priority(new QCheckBox(this))
{
    setObjectName(u"newQueueDialog"_s);
    m_type->addItem(QString(), u"standard"_s);
    m_type->addItem(QString(), u"fifo"_s);
    m_dlq->addItem(QString(), int(NoDlq));
    m_dlq->addItem(QString(), int(CreateDlq));
    for (const QString &queue : existingQueues)
        m_dlq->addItem(queue, int(ExistingDlq));
    m_dlq->setCurrentIndex(1); // a DLQ of its own: what most queues want
    addField(u"name"_s, m_name);
    addField(u"type"_s, m_type);
    addField(u"dead_letter_queue"_s, m_dlq);
    addField(u"max_retries"_s, m_maxRetries);
    addField(u"visibility_timeout_default"_s, m_visibility);
    addField(u"message_retention_days"_s, m_retention);
    addField(u"enable_priority"_s, m_priority);
    connect(m_name, &QLineEdit::textChanged, this, &NewQueueDialog::retranslate);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        // A FIFO queue's DLQ must be FIFO as well, by name convention ".fifo".
        m_priority->setEnabled(m_type->currentData().toString() != u"fifo");
        retranslate();
    });
    resize(480, 0);
    retranslate();
}

bool NewQueueDialog::isValidQueueName(const QString &name)
{
    static const QRegularExpression rule(u"^[A-Za-z0-9._-]{1,80}$"_s);
    return rule.match(name).hasMatch();
}

QString NewQueueDialog::newDlqName() const
{
    QString name = m_name->text().trimmed();
    if (name.endsWith(u".fifo"))
        return name.chopped(5) + u"-dlq.fifo"_s;
    return name + u"-dlq"_s;
}

void NewQueueDialog::retranslate()
{
    setWindowTitle(tr("New queue"));
    setFieldLabel(m_name, tr("&Name:"));
    m_name->setPlaceholderText(tr("letters, digits, - _ . (up to 80)"));
    setFieldLabel(m_type, tr("&Type:"));
    m_type->setItemText(0, tr("Standard — at-least-once, best-effort order"));
    m_type->setItemText(1, tr("FIFO — publish order, one in flight blocks the rest"));
    setFieldLabel(m_dlq, tr("&Dead-letter queue:"));
    m_dlq->setItemText(0, tr("None (dead letters stay listed on this queue)"));
    m_dlq->setItemText(1, m_name->text().trimmed().isEmpty() ? tr("Create a new one")
                                                             : tr("Create a new one: %1").arg(newDlqName()));
    setFieldLabel(m_maxRetries, tr("Max &retries:"));
    m_maxRetries->setToolTip(tr("Failures (nacks and lapsed leases) before a message moves to the DLQ"));
    setFieldLabel(m_visibility, tr("&Visibility timeout:"));
    m_visibility->setSuffix(tr(" s"));
    setFieldLabel(m_retention, tr("R&etention:"));
    m_retention->setSuffix(tr(" days"));
    setFieldLabel(m_priority, tr("&Priority:"));
    m_priority->setText(tr("Deliver higher priority first"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Create"));
}

bool NewQueueDialog::validate()
{
    const QString name = m_name->text().trimmed();
    if (!isValidQueueName(name)) {
        showFieldError(u"name"_s,
                       name.isEmpty() ? tr("Enter a name.") : tr("Use 1–80 letters, digits, '-', '_' or '.'."));
        return false;
    }
    if (m_dlq->currentData().toInt() == CreateDlq && !isValidQueueName(newDlqName())) {
        showFieldError(u"dead_letter_queue"_s, tr("The name is too long to add \"-dlq\"; choose an existing DLQ."));
        return false;
    }
    return true;
}

QueueSettings NewQueueDialog::settings() const
{
    QueueSettings settings;
    settings.type = m_type->currentData().toString();
    settings.maxRetries = m_maxRetries->value();
    settings.visibilityTimeoutDefault = m_visibility->value();
    settings.messageRetentionDays = m_retention->value();
    settings.enablePriority = m_priority->isEnabled() && m_priority->isChecked();
    switch (m_dlq->currentData().toInt()) {
    case CreateDlq: settings.deadLetterQueue = newDlqName(); break;
    case ExistingDlq: settings.deadLetterQueue = m_dlq->currentText(); break;
    default: break;
    }
    return settings;
}

int NewQueueDialog::start()
{
    if (m_dlq->currentData().toInt() == CreateDlq) {
        QueueSettings dlq;
        dlq.type = m_type->currentData().toString();
        dlq.messageRetentionDays = 14; // dead letters are kept longer, to be looked at
        m_dlqOperation = m_queueActions->createQueue(newDlqName(), dlq);
        return m_dlqOperation;
    }
    return m_queueActions->createQueue(m_name->text().trimmed(), settings());
}

int NewQueueDialog::continueAfter(int operationId)
{
    if (operationId != m_dlqOperation)
        return 0;
    m_dlqOperation = 0;
    m_dlq->addItem(newDlqName(), int(ExistingDlq)); // a retry after a failure uses it
    m_dlq->setCurrentIndex(m_dlq->count() - 1);
    return m_queueActions->createQueue(m_name->text().trimmed(), settings());
}

// ---------------------------------------------------------------- QueueConfirmDialog

QueueConfirmDialog::QueueConfirmDialog(QueueActions *actions, Purpose purpose, const QString &queue, qint64 pending,
                                       QWidget *parent)
    : ActionDialog(actions->tracker(), parent),
      m_queueActions(actions),
      m_purpose(purpose),
      m_queue(queue),
      m_pending(pending),
      m_explanation(new QLabel(this)),
      m_confirm(new QLineEdit(this))
{
    setObjectName(purpose == Purpose::Purge ? u"purgeDialog"_s : u"deleteQueueDialog"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    form()->addRow(m_explanation);
    addField(u"confirm"_s, m_confirm);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this](const QString &text) { buttons()->button(QDialogButtonBox::Ok)->setEnabled(text == m_queue); });
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(460, 0);
    retranslate();
}

void QueueConfirmDialog::retranslate()
{
    const QString name = m_queue.toHtmlEscaped();
    const QString count = m_pending < 0 ? tr("all its messages")
                                        : tr("%n message(s)", nullptr, int(std::min<qint64>(m_pending, INT_MAX)));
    if (m_purpose == Purpose::Purge) {
        setWindowTitle(tr("Purge queue"));
        m_explanation->setText(tr("Purge <b>%1</b>? This discards %2 waiting or in flight; "
                                  "dead letters in its DLQ are kept. This cannot be undone.")
                                   .arg(name, count));
        buttons()->button(QDialogButtonBox::Ok)->setText(tr("Purge"));
    } else {
        setWindowTitle(tr("Delete queue"));
        m_explanation->setText(tr("Delete <b>%1</b>? Its configuration goes, and with it %2 waiting or in "
                                  "flight. This cannot be undone.")
                                   .arg(name, count));
        buttons()->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
    }
    setFieldLabel(m_confirm, tr("Type <b>%1</b> to confirm:").arg(name));
}

bool QueueConfirmDialog::validate()
{
    if (m_confirm->text() != m_queue) {
        showFieldError(u"confirm"_s, tr("The name does not match."));
        return false;
    }
    return true;
}

int QueueConfirmDialog::start()
{
    return m_purpose == Purpose::Purge ? m_queueActions->purgeQueue(m_queue) : m_queueActions->deleteQueue(m_queue);
}

// ---------------------------------------------------------------- PushSubscriptionDialog

PushSubscriptionDialog::PushSubscriptionDialog(QueueActions *actions, const QueueRecord &queue, QWidget *parent)
    : ActionDialog(actions->tracker(), parent),
      m_queueActions(actions),
      m_queue(queue),
      m_consequences(new QLabel(this)),
      m_url(new QLineEdit(this)),
      m_secret(new QLineEdit(this)),
      m_copySecret(new QPushButton(this)),
      m_copied(new QLabel(this)),
      m_maxRetries(spin(this, 0, 100, queue.maxRetries)),
      m_visibility(spin(this, 1, 43200, queue.visibilityTimeoutDefault)),
      m_understood(new QCheckBox(this))
{
    setObjectName(u"pushSubscriptionDialog"_s);
    m_consequences->setObjectName(u"pushConsequences"_s);
    m_consequences->setWordWrap(true);
    m_url->setPlaceholderText(u"https://"_s);
    // Shown in clear, once: the receiver needs it to verify signatures, and the API never
    // returns it. Afterwards it can be copied or revealed from the keychain.
    QByteArray random(24, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(QRandomGenerator::system()->bounded(256));
    m_secret->setText(
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    // No input method, prediction or history keeps it.
    m_secret->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_copySecret->setObjectName(u"copySecret"_s);
    m_copied->setObjectName(u"secretCopied"_s);
    m_copied->setWordWrap(true);
    m_copied->hide();
    auto *secretRow = new QWidget(this);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_copySecret);
    secretRow->setFocusProxy(m_secret);
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        SecretClipboard::copy(m_secret->text());
        m_copied->setText(SecretClipboard::copiedNotice());
        m_copied->show();
    });
    m_understood->setObjectName(u"understood"_s);
    form()->addRow(m_consequences);
    addField(u"url"_s, m_url);
    addField(u"secret"_s, secretRow);
    form()->addRow(QString(), m_copied);
    addField(u"max_retries"_s, m_maxRetries);
    addField(u"visibility_timeout"_s, m_visibility);
    form()->addRow(m_understood);
    // Nothing can undo a subscription: it is created only once the operator said so.
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_understood, &QCheckBox::toggled, buttons()->button(QDialogButtonBox::Ok), &QPushButton::setEnabled);
    connect(m_maxRetries, &QSpinBox::valueChanged, this, &PushSubscriptionDialog::retranslate);
    connect(m_visibility, &QSpinBox::valueChanged, this, &PushSubscriptionDialog::retranslate);
    resize(560, 0);
    retranslate();
}

QString PushSubscriptionDialog::urlProblem(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return tr("Enter the URL that receives the messages.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a valid URL.");
    if (url.scheme() != u"https")
        return tr("Push URLs must use https, so messages and signatures travel encrypted.");
    const QString host = url.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return tr("The service cannot push to this machine's own address (localhost).");
    const QHostAddress address(host);
    if (!address.isNull()) {
        static const QList<QPair<QHostAddress, int>> blocked = {
            QHostAddress::parseSubnet(u"127.0.0.0/8"_s),    QHostAddress::parseSubnet(u"10.0.0.0/8"_s),
            QHostAddress::parseSubnet(u"172.16.0.0/12"_s),  QHostAddress::parseSubnet(u"192.168.0.0/16"_s),
            QHostAddress::parseSubnet(u"169.254.0.0/16"_s), QHostAddress::parseSubnet(u"0.0.0.0/8"_s),
            QHostAddress::parseSubnet(u"100.64.0.0/10"_s),  QHostAddress::parseSubnet(u"::1/128"_s),
            QHostAddress::parseSubnet(u"fc00::/7"_s),       QHostAddress::parseSubnet(u"fe80::/10"_s),
        };
        for (const auto &subnet : blocked)
            if (address.isInSubnet(subnet))
                return tr("Push URLs must point to a public address, not a loopback, private, link-local "
                          "or metadata one.");
    }
    return {};
}

void PushSubscriptionDialog::retranslate()
{
    setWindowTitle(tr("New push subscription on %1").arg(m_queue.name));
    m_consequences->setText(
        tr("Every message of %1 will be sent to this URL and leave the queue once the receiver answers 2xx. A "
           "failed delivery counts toward max retries (%2) and waits the visibility timeout (%3 s) before the next "
           "attempt; once the retries are used up, the message moves to the dead-letter queue. The API cannot "
           "list, pause or remove a subscription: once created, it keeps running.")
            .arg(m_queue.name)
            .arg(m_maxRetries->value())
            .arg(m_visibility->value()));
    setFieldLabel(m_url, tr("&URL:"));
    setFieldLabel(m_secret->parentWidget(), tr("Signing &secret:"));
    m_secret->setToolTip(tr("Each delivery carries X-Infrai-Signature: an HMAC-SHA256 of the body with this "
                            "secret. Give it to the receiver now; it is kept in the system keychain, where the "
                            "Push page can copy or reveal it later."));
    m_copySecret->setText(tr("Cop&y"));
    setFieldLabel(m_maxRetries, tr("&Max retries:"));
    setFieldLabel(m_visibility, tr("&Visibility timeout:"));
    m_visibility->setSuffix(tr(" s"));
    m_understood->setText(tr("&I understand that this subscription cannot be paused or removed"));
    if (m_copied->isVisible())
        m_copied->setText(SecretClipboard::copiedNotice());
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Subscribe"));
}

bool PushSubscriptionDialog::validate()
{
    if (const QString problem = urlProblem(m_url->text()); !problem.isEmpty()) {
        showFieldError(u"url"_s, problem);
        return false;
    }
    if (m_secret->text().size() < 16) {
        showFieldError(u"secret"_s, tr("Use a secret of at least 16 characters."));
        return false;
    }
    return true;
}

int PushSubscriptionDialog::start()
{
    return m_queueActions->pushSubscribe(m_queue.name, QUrl(m_url->text().trimmed()), m_secret->text(),
                                         m_maxRetries->value(), m_visibility->value());
}
