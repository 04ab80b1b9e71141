#pragma once

#include "profiles/Connection.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

// Status-bar badge: the active profile and how its service is doing — online, which
// parts fail (tooltip: the failing calls), or out of reach and when it is tried again.
class ConnectionStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusWidget)

public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);
    void setConnection(Connection *connection);
    QString text() const;
    QString toolTipText() const;
    QToolButton *retryButton() const { return m_retry; }

    static QString stateText(Connection::State state);
    // "databases failing (503)", one phrase per failing part.
    static QString degradedText(const ServiceHealth &health);
    // One line per failing call, for tooltips.
    static QString failingCallsText(const ServiceHealth &health);
    // "retrying in 8 s" / "retrying now…" while the connection is out of reach.
    static QString recoveryText(const Connection &connection);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<Connection> m_connection;
    QLabel *m_dot;
    QLabel *m_label;
    QToolButton *m_retry;
};
