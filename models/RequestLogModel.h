#pragma once

#include <QAbstractTableModel>

class RequestLog;

// The request log as a table: time, method, URL, status, duration, request id.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column { Time, Method, Url, Status, Duration, RequestId, ColumnCount };
    enum Role { CurlRole = Qt::UserRole + 1, FailedRole };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Header texts are not cached, so a language switch only needs a repaint.
    void retranslate();

private:
    RequestLog *m_log;
};
