#include "queue/PublishPage.h"

#include "AppearanceManager.h"
#include "LiveLabel.h"
#include "queue/MessageJsonl.h"
#include "queue/QueueActions.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PublishPage::PublishPage(QueueActions *actions, const QueueRecord &record, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_record(record),
      m_editor(new QPlainTextEdit(this)),
      m_validation(new QLabel(this)),
      m_delay(new QSpinBox(this)),
      m_priority(new QSpinBox(this)),
      m_key(new QLineEdit(this)),
      m_newKey(new QPushButton(this)),
      m_pretty(new QPushButton(this)),
      m_publish(new QPushButton(this)),
      m_batch(new QPushButton(this)),
      m_progress(new QProgressBar(this)),
      m_result(new LiveLabel(this)),
      m_payloadLabel(new QLabel(this)),
      m_delayLabel(new QLabel(this)),
      m_priorityLabel(new QLabel(this)),
      m_keyLabel(new QLabel(this))
{
    setObjectName(u"publishPage"_s);
    m_editor->setObjectName(u"payloadEditor"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(u"{\n  \"order_id\": \"ord_123\",\n  \"amount_cents\": 2599\n}"_s);
    m_editor->setTabChangesFocus(true);
    m_validation->setObjectName(u"payloadValidation"_s);
    m_delay->setRange(0, 7 * 86400);
    m_priority->setRange(0, 9);
    m_key->setObjectName(u"idempotencyKey"_s);
    m_key->setText(ApiRequest::newIdempotencyKey());
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publish->setObjectName(u"publish"_s);
    m_batch->setObjectName(u"publishBatch"_s);
    m_progress->hide();
    m_result->setObjectName(u"publishResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_validation, 1);
    editorButtons->addWidget(m_pretty);
    auto *form = new QFormLayout;
    form->addRow(m_delayLabel, m_delay);
    form->addRow(m_priorityLabel, m_priority);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_newKey);
    form->addRow(m_keyLabel, keyRow);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_publish);
    actionsRow->addStretch();
    actionsRow->addWidget(m_batch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_payloadLabel);
    layout->addWidget(m_editor, 1);
    layout->addLayout(editorButtons);
    layout->addLayout(form);
    layout->addLayout(actionsRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &PublishPage::validate);
    connect(m_pretty, &QPushButton::clicked, this, &PublishPage::prettyPrint);
    connect(m_publish, &QPushButton::clicked, this, &PublishPage::publish);
    connect(m_newKey, &QPushButton::clicked, this, [this] { m_key->setText(ApiRequest::newIdempotencyKey()); });
    connect(m_batch, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Publish batch"), QString(),
                                                          tr("JSON Lines (*.jsonl *.ndjson);;All files (*)"));
        if (!path.isEmpty())
            publishBatchFromFile(path);
    });
    connect(actions, &QueueActions::batchProgress, this, [this](int operation, int done, int total) {
        if (operation != m_pendingBatch)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(actions->tracker(), &OperationTracker::changed, this, [this](int row) {
        const Operation &operation = m_actions->tracker()->at(row);
        if (operation.inFlight())
            return;
        if (operation.id == m_pendingPublish) {
            m_pendingPublish = 0;
            m_publish->setEnabled(m_valid);
            if (operation.state == Operation::State::Failed) {
                m_result->showText([error = operation.error] { return error.message(); }, LiveLabel::Tone::Error);
            } else {
                m_result->showText([id = operation.resultId,
                                    key = m_key->text()] { return tr("Published %1 (key %2).").arg(id, key); },
                                   LiveLabel::Tone::Normal);
                m_key->setText(ApiRequest::newIdempotencyKey()); // the next message is a new one
            }
        } else if (operation.id == m_pendingBatch) {
            m_pendingBatch = 0;
            m_batch->setEnabled(true);
            m_progress->hide();
            const Operation done = operation;
            if (done.state == Operation::State::Failed)
                m_result->showText(
                    [done] {
                        return tr("Stopped after %1 of %2 batches: %3 Retry it from the Operations dock: only the "
                                  "batches not yet accepted are sent again.")
                            .arg(done.progressDone)
                            .arg((done.count + QueueActions::PublishChunk - 1) / QueueActions::PublishChunk)
                            .arg(done.error.message());
                    },
                    LiveLabel::Tone::Error);
            else
                m_result->showText(
                    [done] {
                        return tr("%1 of %2 messages accepted.")
                            .arg(QLocale().toString(done.resultCount), QLocale().toString(done.count));
                    },
                    LiveLabel::Tone::Normal);
        }
    });
    retranslate();
    setRecord(record);
    validate();
}

void PublishPage::setRecord(const QueueRecord &record)
{
    m_record = record;
    m_priority->setEnabled(record.enablePriority);
}

void PublishPage::validate()
{
    QJsonParseError error;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // The parser counts bytes; the operator counts lines and columns.
        const QByteArray before = text.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        m_valid = false;
        m_validation->setText(
            tr("Invalid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
    } else if (!document.isObject()) {
        m_valid = false;
        m_validation->setText(tr("The payload must be a JSON object, {…}."));
    } else {
        m_valid = true;
        m_validation->setText(
            tr("Valid JSON object, %n byte(s) compact.", nullptr, int(document.toJson(QJsonDocument::Compact).size())));
    }
    AppearanceManager::setTextRole(m_validation, m_valid ? SemanticColors::Role::Success : SemanticColors::Role::Error);
    m_publish->setEnabled(m_valid && !m_pendingPublish);
    m_pretty->setEnabled(m_valid);
}

void PublishPage::prettyPrint()
{
    const QJsonDocument document = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8());
    if (document.isObject())
        m_editor->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

void PublishPage::publish()
{
    if (!m_valid || m_pendingPublish)
        return;
    OutgoingMessage message;
    message.payload = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
    message.delaySeconds = m_delay->value();
    if (m_record.enablePriority)
        message.priority = m_priority->value();
    m_publish->setEnabled(false);
    m_result->clearText();
    m_pendingPublish = m_actions->publish(m_record.name, message, m_key->text());
}

bool PublishPage::publishBatchFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = file.errorString();
        m_result->showText([=] { return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), reason); },
                           LiveLabel::Tone::Error);
        return false;
    }
    const MessageJsonl batch = MessageJsonl::parse(file.readAll());
    if (!batch.errors.isEmpty()) {
        // Nothing is sent from a file with bad lines: a partial batch is hard to finish.
        const QStringList errors = batch.errors;
        m_result->showText(
            [errors]() -> QString {
                QStringList shown = errors.mid(0, 5);
                if (errors.size() > 5)
                    shown << tr("… and %n more", nullptr, int(errors.size() - 5));
                return tr("Nothing published: %n line(s) cannot be read.", nullptr, int(errors.size())) + u'\n' +
                       shown.join(u'\n');
            },
            LiveLabel::Tone::Error);
        return false;
    }
    if (batch.messages.isEmpty()) {
        m_result->showText([] { return tr("The file holds no messages."); }, LiveLabel::Tone::Error);
        return false;
    }
    m_batch->setEnabled(false);
    m_progress->setRange(0, int((batch.messages.size() + QueueActions::PublishChunk - 1) / QueueActions::PublishChunk));
    m_progress->setValue(0);
    m_progress->show();
    const int count = int(batch.messages.size());
    m_result->showText([count] { return tr("Publishing %n message(s)…", nullptr, count); }, LiveLabel::Tone::Normal);
    m_pendingBatch = m_actions->publishBatch(m_record.name, batch.messages);
    return true;
}

void PublishPage::retranslate()
{
    m_payloadLabel->setText(tr("Payload (a JSON object):"));
    m_pretty->setText(tr("Pretty-print"));
    m_delayLabel->setText(tr("Delay:"));
    m_delay->setSuffix(tr(" s"));
    m_priorityLabel->setText(tr("Priority:"));
    m_priority->setToolTip(tr("Higher first; this queue must have priority enabled"));
    m_keyLabel->setText(tr("Idempotency key:"));
    m_key->setToolTip(tr("Publishing again with the same key does not create a second message"));
    m_newKey->setText(tr("New key"));
    m_publish->setText(tr("Publish"));
    m_batch->setText(tr("Publish batch…"));
    validate();
}

void PublishPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
