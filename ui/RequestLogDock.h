#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class RequestLog;
class RequestLogFilterProxy;
class RequestLogModel;

// Every HTTP attempt with status, timing and request id; copy any one as curl. A filter row
// narrows it by method, status and path, and leaves out the calls pollers make on a timer
// (saying how many) unless asked to show them.
class RequestLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogDock)

public:
    explicit RequestLogDock(RequestLog *log, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    RequestLogFilterProxy *filter() const { return m_filter; }
    QComboBox *methodBox() const { return m_methodBox; }
    QComboBox *statusBox() const { return m_statusBox; }
    QLineEdit *pathEdit() const { return m_pathEdit; }
    QCheckBox *hidePollingBox() const { return m_hidePollingBox; }
    QLabel *hiddenPollingLabel() const { return m_hiddenPollingLabel; }
    // `row` is a row of the view (as filtered).
    void copyCurl(int row) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHiddenPollingLabel();

    RequestLogModel *m_model;
    RequestLogFilterProxy *m_filter;
    QTableView *m_view;
    QComboBox *m_methodBox;
    QComboBox *m_statusBox;
    QLineEdit *m_pathEdit;
    QCheckBox *m_hidePollingBox;
    QLabel *m_hiddenPollingLabel;
};
