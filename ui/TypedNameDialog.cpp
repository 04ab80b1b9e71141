#include "TypedNameDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TypedNameDialog::TypedNameDialog(const QString &title, const QString &message, const QString &name,
                                 const QString &confirmText, QWidget *parent)
    : QDialog(parent), m_name(name), m_typed(new QLineEdit(this)), m_confirm(nullptr), m_option(new QCheckBox(this))
{
    setObjectName(u"typedNameDialog"_s);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QLabel(message, this);
    text->setWordWrap(true);
    auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(name.toHtmlEscaped()), this);
    prompt->setBuddy(m_typed);
    m_option->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::DestructiveRole);
    m_confirm->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(prompt);
    layout->addWidget(m_typed);
    layout->addWidget(m_option);
    layout->addWidget(buttons);
    connect(m_typed, &QLineEdit::textChanged, this,
            [this](const QString &typed) { m_confirm->setEnabled(typed.trimmed() == m_name); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_typed->text().trimmed() != m_name)
            return;
        if (m_confirmed)
            m_confirmed(m_option->isVisible() && m_option->isChecked());
        accept();
    });
    setMinimumWidth(440);
    m_typed->setFocus();
}

void TypedNameDialog::offerOption(const QString &text, bool checked)
{
    m_option->setText(text);
    m_option->setChecked(checked);
    m_option->show();
}
