#pragma once

#include <QPointer>
#include <QWidget>

class Connection;
class QLabel;
class QPushButton;

// What the window shows instead of the explorer when a profile gives it nothing to show —
// none yet, no key, the key rejected, the service out of reach — with the next steps as
// buttons: Retry, Edit profile, Use a different profile (or Add a profile).
class ConnectionProblemPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProblemPage)

public:
    explicit ConnectionProblemPage(QWidget *parent = nullptr);

    // Null: no profile at all. `otherProfiles`: whether there is another one to switch to.
    void setConnection(Connection *connection, bool otherProfiles);
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *switchButton() const { return m_switch; }

signals:
    void editProfileRequested();
    void switchProfileRequested();
    void addProfileRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<Connection> m_connection;
    bool m_otherProfiles = false;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_retryState;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_switch;
    QPushButton *m_add;
};
