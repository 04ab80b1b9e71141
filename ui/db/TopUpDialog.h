#pragma once

#include <QDialog>
#include <QUrl>

class DbActions;
class QLabel;
class QPushButton;

// Shown when a call answers 402: fetches a checkout link and opens it in the browser.
class TopUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopUpDialog)

public:
    TopUpDialog(DbActions *actions, QWidget *parent);
    QPushButton *openButton() const { return m_open; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void checkoutOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    DbActions *m_actions;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_close;
    QUrl m_url;
};
