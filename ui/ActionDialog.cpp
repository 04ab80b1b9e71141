#include "ActionDialog.h"

#include "AppearanceManager.h"
#include "LiveLabel.h"
#include "db/DbActions.h"
#include "ops/OperationTracker.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMetaProperty>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ActionDialog::ActionDialog(DbActions *actions, QWidget *parent) : ActionDialog(actions->tracker(), parent)
{
    m_actions = actions;
}

ActionDialog::ActionDialog(OperationTracker *tracker, QWidget *parent)
    : QDialog(parent),
      m_tracker(tracker),
      m_form(new QFormLayout),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_message->setWordWrap(true);
    AppearanceManager::setTextRole(m_message, SemanticColors::Role::Error);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(tracker, &OperationTracker::changed, this, &ActionDialog::onOperationChanged);
}

void ActionDialog::addField(const QString &field, QWidget *editor)
{
    const FieldWithError row(field, editor, this);
    auto *label = new QLabel(this);
    label->setBuddy(editor); // "&Name:" becomes Alt+N, not a literal ampersand
    m_form->addRow(label, row.column);
    m_fieldErrors.insert(field, row.error);
    if (!m_firstField)
        m_firstField = editor;
    // An error goes away as soon as its field is edited: the user property's change signal
    // (text, value, current index …) of the editor or of the widget it hands focus to.
    QWidget *input = editor->focusProxy() ? editor->focusProxy() : editor;
    const QMetaProperty value = input->metaObject()->userProperty();
    if (value.hasNotifySignal()) {
        m_editorFields.insert(input, field);
        connect(input, value.notifySignal(), this, metaObject()->method(metaObject()->indexOfSlot("onFieldEdited()")));
    }
}

void ActionDialog::onFieldEdited()
{
    if (QLabel *error = m_fieldErrors.value(m_editorFields.value(sender())))
        error->hide();
    // Once nothing is on show, a language switch has nothing to say again.
    if (!m_message->isVisible() &&
        std::none_of(m_fieldErrors.cbegin(), m_fieldErrors.cend(), [](QLabel *l) { return l->isVisible(); }))
        m_shownError = ShownError::None;
}

void ActionDialog::showEvent(QShowEvent *event)
{
    // Typing goes to the first field, not to OK (where Space would submit).
    if (m_firstField && !event->spontaneous())
        m_firstField->setFocus(Qt::OtherFocusReason);
    QDialog::showEvent(event);
    fitToContents();
}

void ActionDialog::setFieldLabel(QWidget *editor, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(editor->parentWidget())))
        label->setText(text);
}

void ActionDialog::showFieldError(const QString &field, const QString &text)
{
    if (QLabel *label = m_fieldErrors.value(field)) {
        label->setText(text);
        label->show();
    } else {
        m_message->setText(text);
        m_message->show();
    }
    fitToContents();
}

void ActionDialog::fitToContents()
{
    // Wrapped text needs more height the narrower it is: grow to what the layout needs at
    // the current width, so a two-line message (longer in one language) is never clipped.
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    // Never past the screen: a long message from the service wraps, it does not push the
    // buttons out of reach.
    const int room = screen() ? screen()->availableGeometry().height() * 9 / 10 : needed;
    if (needed > height())
        resize(width(), std::min(needed, room));
}

void ActionDialog::clearErrors()
{
    m_shownError = ShownError::None;
    for (QLabel *label : std::as_const(m_fieldErrors))
        label->hide();
    m_message->hide();
}

bool ActionDialog::submit()
{
    clearErrors();
    if (m_pending)
        return false;
    if (!validate()) {
        m_shownError = ShownError::Local;
        return false;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_pending = start();
    return true;
}

void ActionDialog::onOperationChanged(int row)
{
    const Operation &operation = m_tracker->at(row);
    if (!m_pending || operation.id != m_pending)
        return;
    // Answered: succeeded, or accepted and now provisioning (the dock follows that).
    if (operation.state == Operation::State::Succeeded || operation.state == Operation::State::Settling) {
        if (const int next = continueAfter(operation.id)) {
            m_pending = next;
            return;
        }
        onFinished(ApiError());
    } else if (operation.state == Operation::State::Failed) {
        onFinished(operation.error);
    }
}

void ActionDialog::onFinished(const ApiError &error)
{
    m_pending = 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!error.isError()) {
        accept();
        return;
    }
    showServiceError(error);
}

void ActionDialog::showServiceError(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Validation && !error.field().isEmpty())
        showFieldError(error.field(), error.message());
    else
        showFieldError({}, error.message());
    m_shownError = ShownError::Service;
    m_serviceError = error;
}

void ActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // After the button box has reset its standard texts for the new language ("OK"),
        // put the dialog's own back ("Create"), say the shown errors again in it, and fit
        // the new line breaks.
        QMetaObject::invokeMethod(
            this,
            [this] {
                retranslate();
                if (m_shownError == ShownError::Local) {
                    clearErrors();
                    if (!validate())
                        m_shownError = ShownError::Local;
                } else if (m_shownError == ShownError::Service) {
                    showServiceError(m_serviceError);
                }
                fitToContents();
            },
            Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}
