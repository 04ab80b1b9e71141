#include "ConnectionProblemPage.h"

#include "ConnectionStatusWidget.h"
#include "api/RecoverySchedule.h"
#include "profiles/Connection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionProblemPage::ConnectionProblemPage(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_message(new QLabel(this)),
      m_retryState(new QLabel(this)),
      m_retry(new QPushButton(this)),
      m_edit(new QPushButton(this)),
      m_switch(new QPushButton(this)),
      m_add(new QPushButton(this))
{
    setObjectName(u"connectionProblemPage"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *label : {m_title, m_message, m_retryState}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_retryState->setEnabled(false); // the quieter colour

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_retry, m_edit, m_switch, m_add})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(12);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_retryState);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_connection)
            return;
        if (m_connection->state() == Connection::State::Offline)
            m_connection->retryNow();
        else
            m_connection->open(); // the keychain may be unlocked, or the key stored or replaced, by now
    });
    connect(m_edit, &QPushButton::clicked, this, &ConnectionProblemPage::editProfileRequested);
    connect(m_switch, &QPushButton::clicked, this, &ConnectionProblemPage::switchProfileRequested);
    connect(m_add, &QPushButton::clicked, this, &ConnectionProblemPage::addProfileRequested);
    refresh();
}

void ConnectionProblemPage::setConnection(Connection *connection, bool otherProfiles)
{
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
        disconnect(m_connection->recovery(), nullptr, this, nullptr);
    }
    m_connection = connection;
    m_otherProfiles = otherProfiles;
    if (connection) {
        connect(connection, &Connection::stateChanged, this, &ConnectionProblemPage::refresh);
        connect(connection->recovery(), &RecoverySchedule::countdown, this, &ConnectionProblemPage::refresh);
    }
    refresh();
}

QString ConnectionProblemPage::message() const
{
    return m_message->text();
}

void ConnectionProblemPage::refresh()
{
    m_retry->setText(tr("&Retry"));
    m_edit->setText(tr("&Edit profile…"));
    m_add->setText(tr("&Add a connection profile…"));
    if (!m_connection) {
        m_title->setText(tr("No connection profile yet"));
        m_message->setText(tr("Add a profile with the service's base URL and API key. The key is kept in the "
                              "system keychain."));
        m_retryState->clear();
        m_retry->hide();
        m_edit->hide();
        m_switch->hide();
        m_add->show();
        return;
    }
    const Connection::State state = m_connection->state();
    const QString url = m_connection->profile().baseUrl.toString();
    const QString name = m_connection->profile().name;
    bool actionable = true;
    switch (state) {
    case Connection::State::LoadingKey:
    case Connection::State::Checking:
        m_title->setText(tr("Connecting to %1…").arg(name));
        m_message->setText(url);
        actionable = false;
        break;
    case Connection::State::Online:
        m_title->setText(tr("Connected to %1.").arg(name));
        m_message->setText(url);
        actionable = false;
        break;
    case Connection::State::NoKey:
        m_title->setText(tr("%1 has no API key").arg(name));
        m_message->setText(m_connection->keychainMessage());
        break;
    case Connection::State::KeychainProblem:
        m_title->setText(tr("The keychain did not give the key of %1").arg(name));
        m_message->setText(m_connection->keychainMessage());
        break;
    case Connection::State::Rejected:
        m_title->setText(tr("%1 refused the key").arg(name));
        m_message->setText(m_connection->lastError().message());
        break;
    case Connection::State::Offline:
        m_title->setText(tr("%1 cannot be reached").arg(name));
        m_message->setText(m_connection->lastError().message());
        break;
    }
    m_retryState->setText(state == Connection::State::Offline ? ConnectionStatusWidget::recoveryText(*m_connection)
                                                              : QString());
    m_retry->setVisible(actionable);
    m_retry->setEnabled(!m_connection->isRechecking());
    m_edit->setVisible(actionable);
    m_switch->setVisible(actionable);
    m_switch->setText(m_otherProfiles ? tr("&Use a different profile…") : tr("&Add another profile…"));
    m_add->hide();
}

void ConnectionProblemPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
