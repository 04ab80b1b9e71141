#pragma once

#include <QDialog>
#include <QIcon>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class DbTreeModel;

// Ctrl+K: jump to any project, branch, queue or instance already loaded in any open
// profile, by typing part of its name. Nothing is fetched: it lists what the tree holds.
class GoToDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToDialog)

public:
    struct Target
    {
        QString profileId;
        QString nodeId;
        QString name;
        QString where; // the profile, and the project for a branch
        QIcon icon;
    };
    // The loaded resources of one profile's tree worth jumping to.
    static QList<Target> targetsOf(const QString &profileId, const QString &profileName, const DbTreeModel *tree);

    GoToDialog(const QList<Target> &targets, QWidget *parent = nullptr);
    QLineEdit *searchEdit() const { return m_search; }
    QListView *list() const { return m_list; }
    int shownCount() const;

signals:
    void chosen(const GoToDialog::Target &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose();

    QList<Target> m_targets;
    QLineEdit *m_search;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
};
