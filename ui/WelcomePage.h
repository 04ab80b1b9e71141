#pragma once

#include "profiles/Profile.h"

#include <QWidget>

class QLabel;
class QPushButton;

// What the window shows with no profile at all: start the local sandbox (when it is
// installed beside the console), add a connection of any kind, or read the README.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    QPushButton *sandboxButton() const { return m_sandbox; }
    QPushButton *addButton(Profile::Kind kind) const;
    // While the sandbox starts, and why it did not.
    void setSandboxBusy(bool busy);
    void setSandboxProblem(const QString &message);
    static QUrl readmeUrl();

signals:
    void startSandboxRequested();
    void addConnectionRequested(Profile::Kind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_sandbox;
    QLabel *m_sandboxNote;
    QLabel *m_addTitle;
    QPushButton *m_infrai;
    QPushButton *m_aura;
    QPushButton *m_lakebase;
    QLabel *m_readme;
    bool m_busy = false;
    QString m_problem;
};
