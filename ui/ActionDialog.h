#pragma once

#include "api/ApiError.h"

#include <QDialog>
#include <QHash>

class DbActions;
class OperationTracker;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

// Base of the action dialogs: a form whose fields show their own errors, a submit that
// starts an operation, and the dialog staying open (and responsive) until the service
// accepted the call, as the operation tracker reports it. Server validation errors land
// next to the named field.
class ActionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionDialog)

public:
    ActionDialog(OperationTracker *tracker, QWidget *parent);
    ActionDialog(DbActions *actions, QWidget *parent);

    QLabel *fieldError(const QString &field) const { return m_fieldErrors.value(field); }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Validates and submits; false when the form itself is not valid.
    bool submit();

protected:
    void addField(const QString &field, QWidget *editor);
    void setFieldLabel(QWidget *editor, const QString &text);
    void showFieldError(const QString &field, const QString &text);
    void clearErrors();
    // Grows the dialog to fit wrapped messages at its current width.
    void fitToContents();
    // Local checks; call showFieldError for each problem. Returns true when valid.
    virtual bool validate() = 0;
    // Starts the call; returns its operation id.
    virtual int start() = 0;
    virtual void retranslate() = 0;
    // After an operation succeeded: the id of a follow-up operation to wait for (a dialog
    // that needs two calls in order), or 0 to close.
    virtual int continueAfter(int operationId)
    {
        Q_UNUSED(operationId)
        return 0;
    }
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    DbActions *actions() const { return m_actions; }
    QFormLayout *form() const { return m_form; }

private slots:
    void onFieldEdited();

private:
    void onOperationChanged(int row);
    void showServiceError(const ApiError &error);
    void onFinished(const ApiError &error);

    OperationTracker *m_tracker;
    DbActions *m_actions = nullptr;
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_fieldErrors;
    QHash<const QObject *, QString> m_editorFields;
    QWidget *m_firstField = nullptr;
    // What the errors on show came from, to say them again after a language switch.
    enum class ShownError { None, Local, Service };
    ShownError m_shownError = ShownError::None;
    ApiError m_serviceError;
    int m_pending = 0;
};
