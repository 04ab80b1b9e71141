#pragma once

#include "profiles/Connection.h"

#include <QPointer>
#include <QWidget>

class QLabel;

// Status-bar badge: active profile and whether its service answers.
class ConnectionStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusWidget)

public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);
    void setConnection(Connection *connection);
    QString text() const;

    static QString stateText(Connection::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<Connection> m_connection;
    QLabel *m_dot;
    QLabel *m_label;
};
