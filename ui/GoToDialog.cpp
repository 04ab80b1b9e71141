#include "GoToDialog.h"

#include "explorer/DbTreeModel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Kind = DbTreeModel::NodeKind;

bool isDestination(Kind kind)
{
    switch (kind) {
    case Kind::Project:
    case Kind::Branch:
    case Kind::Queue:
    case Kind::AuraInstance:
    case Kind::LakebaseProject:
    case Kind::LakebaseBranch:
    case Kind::LakebaseEndpoint: return true;
    default: return false;
    }
}

constexpr int TargetRole = Qt::UserRole + 1;
constexpr int FilterRole = Qt::UserRole + 2; // what typing matches: the name alone

} // namespace

QList<GoToDialog::Target> GoToDialog::targetsOf(const QString &profileId, const QString &profileName,
                                                const DbTreeModel *tree)
{
    QList<Target> targets;
    // Only rows already loaded: rowCount never fetches.
    std::function<void(const QModelIndex &, const QString &)> walk = [&](const QModelIndex &parent,
                                                                         const QString &where) {
        for (int row = 0; row < tree->rowCount(parent); ++row) {
            const QModelIndex index = tree->index(row, 0, parent);
            const auto kind = Kind(index.data(DbTreeModel::KindRole).toInt());
            const QString name = index.data(Qt::DisplayRole).toString();
            QString inside = where;
            if (isDestination(kind)) {
                targets.append({profileId, index.data(DbTreeModel::IdRole).toString(), name, where,
                                index.data(Qt::DecorationRole).value<QIcon>()});
                if (kind == Kind::Project || kind == Kind::LakebaseProject || kind == Kind::AuraInstance)
                    inside = where + u" › "_s + name;
            }
            walk(index, inside);
        }
    };
    walk({}, profileName);
    return targets;
}

GoToDialog::GoToDialog(const QList<Target> &targets, QWidget *parent)
    : QDialog(parent),
      m_targets(targets),
      m_search(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_model(new QStandardItemModel(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(u"goToDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    for (int i = 0; i < m_targets.size(); ++i) {
        const Target &target = m_targets.at(i);
        auto *item = new QStandardItem(target.icon, QString(target.name + u"  —  "_s + target.where));
        item->setData(i, TargetRole);
        item->setToolTip(target.where);
        item->setData(target.name, FilterRole);
        m_model->appendRow(item);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(FilterRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(520, 380);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &GoToDialog::choose);
    connect(m_list, &QListView::activated, this, &GoToDialog::choose);
    m_list->setCurrentIndex(m_filter->index(0, 0));
    retranslate();
    m_search->setFocus();
}

int GoToDialog::shownCount() const
{
    return m_filter->rowCount();
}

void GoToDialog::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const int which = current.data(TargetRole).toInt();
    if (which < 0 || which >= m_targets.size())
        return;
    emit chosen(m_targets.at(which));
    accept();
}

bool GoToDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the list while typing goes on in the box.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GoToDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GoToDialog::retranslate()
{
    setWindowTitle(tr("Go to"));
    m_search->setPlaceholderText(tr("Name of a project, branch, queue or instance…"));
    m_search->setAccessibleName(tr("Go to"));
    m_list->setAccessibleName(tr("Matching resources"));
}
