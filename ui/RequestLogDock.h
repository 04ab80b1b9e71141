#pragma once

#include <QDockWidget>

class QTableView;
class RequestLog;
class RequestLogModel;

// Every HTTP attempt with status, timing and request id; copy any one as curl.
class RequestLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogDock)

public:
    explicit RequestLogDock(RequestLog *log, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    void copyCurl(int row) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RequestLogModel *m_model;
    QTableView *m_view;
};
