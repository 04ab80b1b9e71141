#pragma once

#include <QHostAddress>
#include <QUrl>

// SSRF rules for push targets: https only, and never loopback, private, link-local or
// cloud-metadata addresses (loopback http only with the development flag).
namespace UrlSafety {
// Empty when acceptable at subscribe time (a literal host is checked; names are checked
// again at every delivery against what they resolve to).
QString checkPushUrl(const QUrl &url, bool allowLoopbackHttp);
bool isForbiddenAddress(const QHostAddress &address);
} // namespace UrlSafety
