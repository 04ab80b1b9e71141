#include "RequestLogDock.h"

#include "RequestLogModel.h"
#include "api/RequestLog.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;

RequestLogDock::RequestLogDock(RequestLog *log, QWidget *parent)
    : QDockWidget(parent), m_model(new RequestLogModel(log, this)), m_view(new QTableView(this))
{
    setObjectName(u"requestLogDock"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setSectionResizeMode(RequestLogModel::Url, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(RequestLogModel::Time, 100);
    m_view->setColumnWidth(RequestLogModel::Method, 70);
    m_view->setColumnWidth(RequestLogModel::Status, 150);
    m_view->setColumnWidth(RequestLogModel::Duration, 80);
    m_view->setColumnWidth(RequestLogModel::RequestId, 200);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Copy as curl"), this, [this, index] { copyCurl(index.row()); });
        menu.addAction(tr("Copy request ID"), this, [this, index] {
            QApplication::clipboard()->setText(
                m_model->index(index.row(), RequestLogModel::RequestId).data().toString());
        });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Follow the newest entry unless the user scrolled up to read.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 30)
            m_view->scrollToBottom();
    });
    setWidget(m_view);
    retranslate();
}

void RequestLogDock::copyCurl(int row) const
{
    QApplication::clipboard()->setText(m_model->index(row, 0).data(RequestLogModel::CurlRole).toString());
}

void RequestLogDock::retranslate()
{
    setWindowTitle(tr("Request log"));
    m_model->retranslate();
}

void RequestLogDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}
