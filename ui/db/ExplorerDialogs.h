#pragma once

#include "ActionDialog.h"
#include "api/db/DbTypes.h"

class QComboBox;
class QLineEdit;

// "New branch": a name and the source branch (default main) of a project.
class NewBranchDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewBranchDialog)

public:
    NewBranchDialog(DbActions *actions, const DbProject &project, const QList<DbBranch> &branches,
                    const QString &sourceBranchId, QWidget *parent);
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *sourceCombo() const { return m_source; }

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    DbProject m_project;
    QLineEdit *m_name;
    QComboBox *m_source;
};

// One text field: a snapshot's label, or the name of the project a restore creates.
class SnapshotDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotDialog)

public:
    enum class Purpose { CreateSnapshot, Restore };
    SnapshotDialog(DbActions *actions, Purpose purpose, const QString &resourceId, const QString &resourceName,
                   QWidget *parent);
    QLineEdit *textEdit() const { return m_text; }

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    Purpose m_purpose;
    QString m_resourceId;
    QString m_resourceName;
    QLineEdit *m_text;
};

// Deleting needs the resource's name typed back, and says what goes with it.
class DeleteConfirmDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteConfirmDialog)

public:
    enum class Target { Project, Branch };
    DeleteConfirmDialog(DbActions *actions, Target target, const QString &id, const QString &name,
                        const QStringList &consequences, QWidget *parent);
    QLineEdit *confirmEdit() const { return m_confirm; }

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    Target m_target;
    QString m_id;
    QString m_name;
    QStringList m_consequences;
    QLabel *m_explanation;
    QLineEdit *m_confirm;
};
