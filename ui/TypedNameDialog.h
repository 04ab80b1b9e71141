#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// For what cannot be undone (deleting an instance, replacing its data from a snapshot): the
// operator types the name before the button works. An optional box offers a safety step
// first (a snapshot before a delete).
class TypedNameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedNameDialog)

public:
    TypedNameDialog(const QString &title, const QString &message, const QString &name, const QString &confirmText,
                    QWidget *parent = nullptr);

    // Shows the box (unchecked unless `checked`); its state reaches the confirmation.
    void offerOption(const QString &text, bool checked);
    // Runs with the option's state when the operator confirms.
    void onConfirmed(std::function<void(bool option)> confirmed) { m_confirmed = std::move(confirmed); }

    QLineEdit *nameEdit() const { return m_typed; }
    QPushButton *confirmButton() const { return m_confirm; }
    QCheckBox *optionBox() const { return m_option; }

private:
    QString m_name;
    QLineEdit *m_typed;
    QPushButton *m_confirm;
    QCheckBox *m_option;
    std::function<void(bool)> m_confirmed;
};
