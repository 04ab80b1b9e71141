#include "queue/QueueDialogs.h"

#include "queue/QueueActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    setFieldLabel(m_name, tr("Name:"));
    m_name->setPlaceholderText(tr("letters, digits, - _ . (up to 80)"));
    setFieldLabel(m_type, tr("Type:"));
    m_type->setItemText(0, tr("Standard — at-least-once, best-effort order"));
    m_type->setItemText(1, tr("FIFO — publish order, one in flight blocks the rest"));
    setFieldLabel(m_dlq, tr("Dead-letter queue:"));
    m_dlq->setItemText(0, tr("None (dead letters stay listed on this queue)"));
    m_dlq->setItemText(1, m_name->text().trimmed().isEmpty() ? tr("Create a new one")
                                                             : tr("Create a new one: %1").arg(newDlqName()));
    setFieldLabel(m_maxRetries, tr("Max retries:"));
    m_maxRetries->setToolTip(tr("Failures (nacks and lapsed leases) before a message moves to the DLQ"));
    setFieldLabel(m_visibility, tr("Visibility timeout:"));
    m_visibility->setSuffix(tr(" s"));
    setFieldLabel(m_retention, tr("Retention:"));
    m_retention->setSuffix(tr(" days"));
    setFieldLabel(m_priority, tr("Priority:"));
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
      m_url(new QLineEdit(this)),
      m_secret(new QLineEdit(this)),
      m_maxRetries(spin(this, 0, 100, queue.maxRetries)),
      m_visibility(spin(this, 1, 43200, queue.visibilityTimeoutDefault))
{
    setObjectName(u"pushSubscriptionDialog"_s);
    m_url->setPlaceholderText(u"https://"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    // A strong secret by default; the operator may paste the receiver's own.
    QByteArray random(24, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(QRandomGenerator::system()->bounded(256));
    m_secret->setText(
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    addField(u"url"_s, m_url);
    addField(u"secret"_s, m_secret);
    addField(u"max_retries"_s, m_maxRetries);
    addField(u"visibility_timeout"_s, m_visibility);
    resize(500, 0);
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
    setFieldLabel(m_url, tr("URL:"));
    setFieldLabel(m_secret, tr("Signing secret:"));
    m_secret->setToolTip(tr("Each delivery carries X-Infrai-Signature: an HMAC-SHA256 of the body with this "
                            "secret. It is kept in the system keychain and not shown again."));
    setFieldLabel(m_maxRetries, tr("Max retries:"));
    setFieldLabel(m_visibility, tr("Visibility timeout:"));
    m_visibility->setSuffix(tr(" s"));
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
