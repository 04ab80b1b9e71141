#include "db/ExplorerDialogs.h"

#include "db/DbActions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

NewBranchDialog::NewBranchDialog(DbActions *actions, const DbProject &project, const QList<DbBranch> &branches,
                                 const QString &sourceBranchId, QWidget *parent)
    : ActionDialog(actions, parent), m_project(project), m_name(new QLineEdit(this)), m_source(new QComboBox(this))
{
    setObjectName(u"newBranchDialog"_s);
    m_name->setMaxLength(128);
    for (const DbBranch &branch : branches)
        m_source->addItem(branch.name, branch.id);
    if (m_source->count() == 0)
        m_source->addItem(u"main"_s, u"main"_s); // branches not loaded yet: the API takes a name
    const int preferred = m_source->findData(sourceBranchId);
    m_source->setCurrentIndex(preferred >= 0 ? preferred : std::max(0, m_source->findText(u"main"_s)));
    addField(u"branch_name"_s, m_name);
    addField(u"from_branch"_s, m_source);
    resize(420, 0);
    retranslate();
}

void NewBranchDialog::retranslate()
{
    setWindowTitle(tr("New branch of %1").arg(m_project.name));
    setFieldLabel(m_name, tr("&Name:"));
    setFieldLabel(m_source, tr("&From branch:"));
    m_name->setPlaceholderText(tr("e.g. preview-pr-512"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Create branch"));
}

bool NewBranchDialog::validate()
{
    if (m_name->text().trimmed().isEmpty()) {
        showFieldError(u"branch_name"_s, tr("Enter a name for the branch."));
        return false;
    }
    return true;
}

int NewBranchDialog::start()
{
    return actions()->createBranch(m_project.id, m_name->text().trimmed(), m_source->currentData().toString());
}

SnapshotDialog::SnapshotDialog(DbActions *actions, Purpose purpose, const QString &resourceId,
                               const QString &resourceName, QWidget *parent)
    : ActionDialog(actions, parent),
      m_purpose(purpose),
      m_resourceId(resourceId),
      m_resourceName(resourceName),
      m_text(new QLineEdit(this))
{
    setObjectName(purpose == Purpose::Restore ? u"restoreDialog"_s : u"snapshotDialog"_s);
    m_text->setMaxLength(128);
    addField(purpose == Purpose::Restore ? u"new_name"_s : u"label"_s, m_text);
    if (purpose == Purpose::Restore)
        m_text->setText(resourceName + u"-restored"_s);
    resize(420, 0);
    retranslate();
}

void SnapshotDialog::retranslate()
{
    if (m_purpose == Purpose::Restore) {
        setWindowTitle(tr("Restore snapshot"));
        setFieldLabel(m_text, tr("New project &name:"));
        buttons()->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
    } else {
        setWindowTitle(tr("Snapshot %1").arg(m_resourceName));
        setFieldLabel(m_text, tr("&Label (optional):"));
        m_text->setPlaceholderText(tr("e.g. before-migration-0043"));
        buttons()->button(QDialogButtonBox::Ok)->setText(tr("Create snapshot"));
    }
}

bool SnapshotDialog::validate()
{
    if (m_purpose == Purpose::Restore && m_text->text().trimmed().isEmpty()) {
        showFieldError(u"new_name"_s, tr("Enter a name for the new project."));
        return false;
    }
    return true;
}

int SnapshotDialog::start()
{
    const QString text = m_text->text().trimmed();
    return m_purpose == Purpose::Restore ? actions()->restoreSnapshot(m_resourceId, text)
                                         : actions()->createSnapshot(m_resourceId, text);
}

DeleteConfirmDialog::DeleteConfirmDialog(DbActions *actions, Target target, const QString &id, const QString &name,
                                         const QStringList &consequences, QWidget *parent)
    : ActionDialog(actions, parent),
      m_target(target),
      m_id(id),
      m_name(name),
      m_consequences(consequences),
      m_explanation(new QLabel(this)),
      m_confirm(new QLineEdit(this))
{
    setObjectName(u"deleteDialog"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    form()->addRow(m_explanation);
    addField(u"confirm"_s, m_confirm);
    resize(460, 0);
    retranslate();
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this](const QString &text) { buttons()->button(QDialogButtonBox::Ok)->setEnabled(text == m_name); });
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void DeleteConfirmDialog::retranslate()
{
    const bool project = m_target == Target::Project;
    setWindowTitle(project ? tr("Delete project") : tr("Delete branch"));
    QString text = (project ? tr("Delete the project <b>%1</b>? This cannot be undone.")
                            : tr("Delete the branch <b>%1</b>? This cannot be undone."))
                       .arg(m_name.toHtmlEscaped());
    if (!m_consequences.isEmpty()) {
        text += u"<br>"_s + tr("It also deletes:") + u"<ul>"_s;
        for (const QString &line : m_consequences)
            text += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        text += u"</ul>"_s;
    }
    m_explanation->setText(text);
    setFieldLabel(m_confirm, tr("Type <b>%1</b> to confirm:").arg(m_name.toHtmlEscaped()));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
}

bool DeleteConfirmDialog::validate()
{
    if (m_confirm->text() != m_name) {
        showFieldError(u"confirm"_s, tr("The name does not match."));
        return false;
    }
    return true;
}

int DeleteConfirmDialog::start()
{
    return m_target == Target::Project ? actions()->deleteProject(m_id) : actions()->deleteBranch(m_id);
}
