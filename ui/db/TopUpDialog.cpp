#include "db/TopUpDialog.h"

#include "db/DbActions.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TopUpDialog::TopUpDialog(DbActions *actions, QWidget *parent)
    : QDialog(parent),
      m_actions(actions),
      m_message(new QLabel(this)),
      m_open(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(u"topUpDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(440, 0);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_open->setEnabled(false);
        m_message->setText(tr("Asking the service for a checkout page…"));
        m_actions->requestTopUp();
    });
    connect(actions, &DbActions::checkoutReady, this, [this](const QUrl &url) {
        m_url = url;
        QDesktopServices::openUrl(url);
        emit checkoutOpened(url);
        m_message->setText(tr("The checkout page is open in your browser (%1). When the payment "
                              "is done, retry the failed operation from the Operations dock.")
                               .arg(url.toString()));
        m_open->setEnabled(true);
    });
    connect(actions, &DbActions::topUpFailed, this, [this](const ApiError &error) {
        m_message->setText(error.message());
        m_open->setEnabled(true);
    });
    retranslate();
}

void TopUpDialog::retranslate()
{
    setWindowTitle(tr("Out of credit"));
    if (m_url.isEmpty())
        m_message->setText(tr("The account has run out of credit, so the service refused to "
                              "create more resources. Top up to continue; nothing was created."));
    m_open->setText(tr("Open checkout page"));
    m_close->setText(tr("Close"));
}

void TopUpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
