#pragma once

#include "ActionDialog.h"
#include "api/lakebase/LakebaseClient.h"

#include <QTimer>

class LakebaseActions;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// The compute settings every endpoint has: its CU range, checked as the service checks it
// (0.5 to 64 in steps of 0.5, at most 16 apart), and when it suspends.
class ComputeFields final : public QObject
{
    Q_OBJECT

public:
    ComputeFields(QWidget *parent, double minCu, double maxCu, int suspendSeconds);
    QDoubleSpinBox *minCu;
    QDoubleSpinBox *maxCu;
    QSpinBox *suspendMinutes;
    QCheckBox *neverSuspend;
    QWidget *suspendRow; // both of the above, as one form field
    // Seconds; 0 for never.
    int suspendSeconds() const;
    QString problem() const { return LakebaseClient::limitsProblem(minValue(), maxValue()); }
    double minValue() const;
    double maxValue() const;
    void retranslate();

signals:
    void changed();
};

// New project: the id checked as it is typed (with why it fails), a display name, the
// Postgres version, the size of the read-write endpoint every project starts with, and
// whether its default branch is protected.
class NewLakebaseProjectDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewLakebaseProjectDialog)

public:
    NewLakebaseProjectDialog(LakebaseActions *actions, OperationTracker *tracker, QWidget *parent);
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QComboBox *versionCombo() const { return m_version; }
    ComputeFields *compute() const { return m_compute; }
    LakebaseClient::NewProject spec() const;

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    void checkAsTyped();

    LakebaseActions *m_actions;
    QLineEdit *m_id;
    QLineEdit *m_displayName;
    QComboBox *m_version;
    ComputeFields *m_compute;
    QCheckBox *m_protect;
};

// New branch: from a source branch of the project, optionally protected, optionally expiring.
class NewLakebaseBranchDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewLakebaseBranchDialog)

public:
    NewLakebaseBranchDialog(LakebaseActions *actions, OperationTracker *tracker, const QString &project,
                            const QList<LakebaseBranch> &sources, const QString &preferredSource, QWidget *parent);
    QLineEdit *idEdit() const { return m_id; }
    QComboBox *sourceCombo() const { return m_source; }
    QCheckBox *protectBox() const { return m_protect; }
    QCheckBox *expiresBox() const { return m_expires; }
    QDateTimeEdit *expiryEdit() const { return m_expiry; }

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    LakebaseActions *m_actions;
    QString m_project;
    QLineEdit *m_id;
    QComboBox *m_source;
    QCheckBox *m_protect;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    QList<bool> m_defaults; // per source: the project's default branch
};

// New endpoint on a branch: read-write only when the branch has none yet.
class NewLakebaseEndpointDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewLakebaseEndpointDialog)

public:
    NewLakebaseEndpointDialog(LakebaseActions *actions, OperationTracker *tracker, const QString &project,
                              const QString &branch, const QString &existingReadWrite, QWidget *parent);
    QLineEdit *idEdit() const { return m_id; }
    QComboBox *typeCombo() const { return m_type; }
    ComputeFields *compute() const { return m_compute; }

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    LakebaseActions *m_actions;
    QString m_project, m_branch, m_existingReadWrite;
    QLineEdit *m_id;
    QComboBox *m_type;
    ComputeFields *m_compute;
};

// Resize and suspension of an endpoint: the update names only what changed.
class EditLakebaseEndpointDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditLakebaseEndpointDialog)

public:
    EditLakebaseEndpointDialog(LakebaseActions *actions, OperationTracker *tracker, const LakebaseEndpoint &endpoint,
                               QWidget *parent);
    ComputeFields *compute() const { return m_compute; }
    LakebaseClient::EndpointChange change() const;

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    LakebaseActions *m_actions;
    LakebaseEndpoint m_endpoint;
    ComputeFields *m_compute;
    double m_shownMin = 0, m_shownMax = 0;
    int m_shownSuspend = 0;
};

// A database credential, shown once: copy it (the clipboard forgets it again), and copy a psql
// command that connects with it (psql asks for it: the password is not in the command, so it
// never lands in a shell's history), while a countdown says how long it lives. The console
// writes it nowhere.
class LakebaseCredentialDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LakebaseCredentialDialog)

public:
    LakebaseCredentialDialog(const LakebaseCredential &credential, const LakebaseEndpoint &endpoint,
                             const QString &user, QWidget *parent);
    QString psqlCommand() const;
    QLabel *countdownLabel() const { return m_countdown; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *copyPsqlButton() const { return m_copyPsql; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tick();

    LakebaseCredential m_credential;
    LakebaseEndpoint m_endpoint;
    QString m_user;
    QLabel *m_intro;
    QLabel *m_hostLabel;
    QLabel *m_userLabel;
    QLabel *m_tokenLabel;
    QLabel *m_psqlLabel;
    QLabel *m_countdown;
    QLineEdit *m_token;
    QLineEdit *m_psql;
    QPushButton *m_copy;
    QPushButton *m_copyPsql;
    QPushButton *m_close;
    QTimer m_timer;
};
