#include "DesktopNotifier.h"

#include "AppInfo.h"
#include "ops/OperationTracker.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;

} // namespace

DesktopNotifier::DesktopNotifier(OperationTracker *tracker, QWidget *window, QObject *parent)
    : QObject(parent), m_tracker(tracker), m_window(window), m_enabled(enabledSetting())
{
    connect(tracker, &OperationTracker::added, this, &DesktopNotifier::onChanged);
    connect(tracker, &OperationTracker::changed, this, &DesktopNotifier::onChanged);
    // Any sender: a daemon started after the console still reaches it. Ids not ours are
    // ignored.
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(QString(), Path, Interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(QString(), Path, Interface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::detach()
{
    disconnect(m_tracker, nullptr, this, nullptr);
}

bool DesktopNotifier::enabledSetting()
{
    return QSettings().value(u"ui/notifications"_s, true).toBool();
}

void DesktopNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    QSettings().setValue(u"ui/notifications"_s, enabled);
}

void DesktopNotifier::onChanged(int row)
{
    const Operation &operation = m_tracker->at(row);
    if (operation.inFlight()) {
        m_running.insert(operation.id);
        return;
    }
    if (!m_running.remove(operation.id))
        return; // settled before (or never seen running)
    const bool failed = operation.state == Operation::State::Failed;
    // Cancelled is the operator's own doing (or the console closing): nothing to announce.
    // In the background: neither the window nor a dialog of it is the active one.
    const QWidget *active = QApplication::activeWindow();
    const bool inFront = active && (active == m_window || m_window->isAncestorOf(active));
    if (!m_enabled || inFront || operation.error.kind() == ApiError::Kind::Cancelled ||
        (!failed && operation.durationMs < m_longAfterMs))
        return;
    const QString result = failed ? operation.error.message() : operation.resultText();
    // Servers may read the body as markup: an error's text is shown as it is.
    const QString body = result.isEmpty() ? operation.stateText() : operation.stateText() + u" — "_s + result;
    notify(operation.id, operation.describe(), body.toHtmlEscaped(), failed);
}

void DesktopNotifier::notify(int operationId, const QString &summary, const QString &body, bool failed)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, QString::fromLatin1(AppInfo::DesktopId));
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(failed ? 2 : 1)));
    //: The button of a desktop notification that brings the console's window forward.
    call << QCoreApplication::applicationName() << uint(0) << QString::fromLatin1(AppInfo::Name) << summary << body
         << QStringList{u"default"_s, tr("Show")} << hints << int(-1);
    // Asynchronous: no notification daemon costs nothing but a silent error.
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, operationId] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isValid())
            m_notifications.insert(reply.value(), operationId);
    });
}

void DesktopNotifier::onActionInvoked(uint notificationId, const QString &action)
{
    const auto it = m_notifications.constFind(notificationId);
    if (it == m_notifications.cend())
        return;      // another application's
    Q_UNUSED(action) // the only action is the default one, "Show"
    const int operationId = *it;
    m_notifications.erase(it);
    emit activated(operationId);
}

void DesktopNotifier::onClosed(uint notificationId, uint)
{
    m_notifications.remove(notificationId);
}
