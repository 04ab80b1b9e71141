#include "RequestLogModel.h"

#include "SemanticColors.h"
#include "api/RequestLog.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent) : QAbstractTableModel(parent), m_log(log)
{
    connect(log, &RequestLog::aboutToDropOldest, this, [this](int count) { beginRemoveRows({}, 0, count - 1); });
    connect(log, &RequestLog::droppedOldest, this, [this] { endRemoveRows(); });
    connect(log, &RequestLog::aboutToAppend, this, [this] {
        const int row = m_log->size();
        beginInsertRows({}, row, row);
    });
    connect(log, &RequestLog::appended, this, [this] { endInsertRows(); });
    connect(log, &RequestLog::aboutToClear, this, [this] { beginResetModel(); });
    connect(log, &RequestLog::cleared, this, [this] { endResetModel(); });
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_log->size();
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_log->size())
        return {};
    const RequestLogEntry &entry = m_log->at(index.row());
    const bool failed = !entry.outcome.isEmpty();
    if (role == CurlRole)
        return entry.curl;
    if (role == FailedRole)
        return failed;
    if (role == PollingRole)
        return entry.polling;
    if (role == MethodRole)
        return QString::fromLatin1(entry.method);
    if (role == StatusCodeRole)
        return entry.status;
    if (role == PathRole)
        return pathOf(entry.url).toString();
    if (role == Qt::ForegroundRole && failed && index.column() == Status)
        return QBrush(SemanticColors::color(SemanticColors::Role::Error));
    if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Url)
        return entry.url;
    if (role == Qt::ToolTipRole && index.column() == Status && failed)
        return entry.outcome; // the service's code or the network failure, verbatim
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return QLocale().toString(entry.startedAt.time(), u"HH:mm:ss.zzz"_s);
    case Profile: return entry.source;
    case Method: return QString::fromLatin1(entry.method);
    case Url: return entry.attempt > 1 ? tr("%1 (attempt %2)").arg(entry.url).arg(entry.attempt) : entry.url;
    case Status:
        if (entry.status)
            return entry.status;
        return ApiError::kindText(entry.failure); // no answer: why, in words
    case Duration: return tr("%1 ms").arg(QLocale().toString(entry.durationMs));
    case RequestId: return entry.requestId;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    //: Request log column: the connection profile that sent the request.
    case Profile: return tr("Profile");
    case Method: return tr("Method");
    case Url: return tr("URL");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case RequestId: return tr("Request ID");
    }
    return {};
}

QStringView RequestLogModel::pathOf(QStringView url)
{
    const qsizetype scheme = url.indexOf(u"://");
    if (scheme < 0)
        return url;
    for (qsizetype at = scheme + 3; at < url.size(); ++at)
        if (url[at] == u'/' || url[at] == u'?' || url[at] == u'#')
            return url.mid(at);
    return {};
}

void RequestLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
