#include "ConnectionStatusWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_dot->setFixedSize(10, 10);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    refresh();
}

void ConnectionStatusWidget::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (connection)
        connect(connection, &Connection::stateChanged, this, &ConnectionStatusWidget::refresh);
    refresh();
}

QString ConnectionStatusWidget::text() const
{
    return m_label->text();
}

QString ConnectionStatusWidget::stateText(Connection::State state)
{
    switch (state) {
    case Connection::State::LoadingKey: return tr("reading key from keychain…");
    case Connection::State::NoKey: return tr("no API key");
    case Connection::State::KeychainProblem: return tr("keychain unavailable");
    case Connection::State::Checking: return tr("connecting…");
    case Connection::State::Online: return tr("online");
    case Connection::State::Offline: return tr("unreachable");
    case Connection::State::Rejected: return tr("key rejected");
    }
    return {};
}

void ConnectionStatusWidget::refresh()
{
    QString color = u"#9e9e9e"_s;
    if (!m_connection) {
        m_label->setText(tr("No profile selected"));
        m_label->setToolTip({});
    } else {
        const Connection::State state = m_connection->state();
        if (state == Connection::State::Online)
            color = u"#2e7d32"_s;
        else if (state == Connection::State::Offline || state == Connection::State::Rejected ||
                 state == Connection::State::KeychainProblem)
            color = u"#c62828"_s;
        else if (state == Connection::State::NoKey)
            color = u"#ef6c00"_s;
        m_label->setText(tr("%1 — %2").arg(m_connection->profile().name, stateText(state)));
        m_label->setToolTip(m_connection->lastError().isError() ? m_connection->lastError().message()
                                                                : m_connection->profile().baseUrl.toString());
    }
    m_dot->setStyleSheet(u"background:%1;border-radius:5px;"_s.arg(color));
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
