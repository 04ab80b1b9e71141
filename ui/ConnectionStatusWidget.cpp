#include "ConnectionStatusWidget.h"

#include "SemanticColors.h"
#include "api/RecoverySchedule.h"
#include "profiles/ServiceHealth.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_label(new QLabel(this)), m_retry(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_dot->setObjectName(u"statusDot"_s);
    m_dot->setFixedSize(10, 10);
    m_retry->setAutoRaise(true);
    m_retry->hide();
    connect(m_retry, &QToolButton::clicked, this, [this] {
        if (m_connection)
            m_connection->retryNow();
    });
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    layout->addWidget(m_retry);
    refresh();
}

void ConnectionStatusWidget::setConnection(Connection *connection)
{
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
        disconnect(m_connection->health(), nullptr, this, nullptr);
        disconnect(m_connection->recovery(), nullptr, this, nullptr);
    }
    m_connection = connection;
    if (connection) {
        connect(connection, &Connection::stateChanged, this, &ConnectionStatusWidget::refresh);
        connect(connection->health(), &ServiceHealth::changed, this, &ConnectionStatusWidget::refresh);
        connect(connection->recovery(), &RecoverySchedule::countdown, this, &ConnectionStatusWidget::refresh);
    }
    refresh();
}

QString ConnectionStatusWidget::text() const
{
    return m_label->text();
}

QString ConnectionStatusWidget::toolTipText() const
{
    return m_label->toolTip();
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

QString ConnectionStatusWidget::degradedText(const ServiceHealth &health)
{
    QStringList parts;
    for (const ServiceHealth::Area area : health.failingAreas()) {
        const int status = health.commonStatus(area);
        switch (area) {
        //: Part of the status bar: "online, databases failing (503)"; %1 is the HTTP status.
        case ServiceHealth::Area::Databases:
            parts << (status > 0 ? tr("databases failing (%1)").arg(status) : tr("databases failing"));
            break;
        //: Part of the status bar: "online, queues failing (503)"; %1 is the HTTP status.
        case ServiceHealth::Area::Queues:
            parts << (status > 0 ? tr("queues failing (%1)").arg(status) : tr("queues failing"));
            break;
        }
    }
    return parts.join(tr("; "));
}

QString ConnectionStatusWidget::failingCallsText(const ServiceHealth &health)
{
    QStringList lines{tr("Failing calls:")};
    for (const ServiceHealth::Problem &problem : health.problems()) {
        const QString line = problem.error.call().isEmpty()
                                 ? problem.error.message()
                                 : tr("%1 — %2").arg(problem.error.call(), problem.error.message());
        lines << (problem.error.requestId().isEmpty() ? line
                                                      : tr("%1 (request %2)").arg(line, problem.error.requestId()));
    }
    lines << tr("They are retried by themselves.");
    return lines.join(u'\n');
}

QString ConnectionStatusWidget::recoveryText(const Connection &connection)
{
    if (connection.isRechecking())
        return tr("retrying now…");
    if (const int seconds = connection.recovery()->secondsLeft(); seconds > 0)
        return tr("retrying in %n s", nullptr, seconds);
    return {};
}

void ConnectionStatusWidget::refresh()
{
    QString color = SemanticColors::color(SemanticColors::Role::Muted).name();
    m_retry->setText(tr("Retry now"));
    m_retry->setToolTip(tr("Check the connection now instead of waiting"));
    if (!m_connection) {
        m_label->setText(tr("No profile selected"));
        m_label->setToolTip({});
        m_retry->hide();
        m_dot->setStyleSheet(u"background:%1;border-radius:5px;"_s.arg(color));
        return;
    }
    const Connection::State state = m_connection->state();
    const ServiceHealth &health = *m_connection->health();
    QString status = stateText(state);
    QString tip = m_connection->lastError().isError() ? m_connection->lastError().message()
                                                      : m_connection->profile().baseUrl.toString();
    if (state == Connection::State::Online && health.isDegraded()) {
        color = SemanticColors::color(SemanticColors::Role::Warning).name();
        //: Status bar: "online, databases failing (503)".
        status = tr("%1, %2").arg(status, degradedText(health));
        tip = failingCallsText(health);
    } else if (state == Connection::State::Online) {
        color = SemanticColors::color(SemanticColors::Role::Success).name();
    } else if (state == Connection::State::Offline) {
        color = SemanticColors::color(SemanticColors::Role::Error).name();
        if (const QString retry = recoveryText(*m_connection); !retry.isEmpty())
            status = tr("%1, %2").arg(status, retry);
    } else if (state == Connection::State::Rejected || state == Connection::State::KeychainProblem) {
        color = SemanticColors::color(SemanticColors::Role::Error).name();
    } else if (state == Connection::State::NoKey) {
        color = SemanticColors::color(SemanticColors::Role::Warning).name();
    }
    m_label->setText(tr("%1 — %2").arg(m_connection->profile().name, status));
    m_label->setToolTip(tip);
    m_retry->setVisible(state == Connection::State::Offline);
    m_retry->setEnabled(!m_connection->isRechecking());
    m_dot->setStyleSheet(u"background:%1;border-radius:5px;"_s.arg(color));
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}
