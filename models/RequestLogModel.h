#pragma once

#include <QAbstractTableModel>

class RequestLog;

// The request log as a table: time, method, URL, status, duration, request id.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column { Time, Profile, Method, Url, Status, Duration, RequestId, ColumnCount };
    enum Role {
        CurlRole = Qt::UserRole + 1,
        FailedRole,
        PollingRole,    // bool: sent by a poller, not asked for by the user
        MethodRole,     // QString: "GET", "POST", …
        StatusCodeRole, // int: the HTTP status, 0 when no answer came
        PathRole,       // QString: the URL from its path on (path and query), still encoded
    };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Header texts are not cached, so a language switch only needs a repaint.
    void retranslate();

    // The part of a logged URL from its path on: "https://h/v1/x?a=1" → "/v1/x?a=1".
    static QStringView pathOf(QStringView url);

private:
    RequestLog *m_log;
};
