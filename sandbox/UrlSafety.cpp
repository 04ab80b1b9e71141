#include "UrlSafety.h"

using namespace Qt::StringLiterals;

bool UrlSafety::isForbiddenAddress(const QHostAddress &address)
{
    QHostAddress ip = address;
    bool mapped = false;
    const quint32 v4 = ip.toIPv4Address(&mapped);
    if (mapped)
        ip = QHostAddress(v4);
    if (ip.isLoopback() || ip.isLinkLocal() || ip.isSiteLocal() || ip.isUniqueLocalUnicast() ||
        ip.isMulticast() || ip.isBroadcast() || ip == QHostAddress::AnyIPv4 || ip == QHostAddress::AnyIPv6)
        return true;
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = ip.toIPv4Address();
        const auto in = [a](quint32 net, int bits) { return (a >> (32 - bits)) == (net >> (32 - bits)); };
        return in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || // RFC 1918
               in(0xA9FE0000, 16) ||                                          // link-local, metadata
               in(0x64400000, 10) ||                                          // carrier-grade NAT
               in(0x00000000, 8);
    }
    return false;
}

QString UrlSafety::checkPushUrl(const QUrl &url, bool allowLoopbackHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return u"url must be an absolute https URL"_s;
    const QString host = url.host().toLower();
    const QHostAddress literal(host);
    const bool loopback = host == u"localhost" || host.endsWith(u".localhost"_s) ||
                          (!literal.isNull() && literal.isLoopback());
    if (allowLoopbackHttp && loopback && (url.scheme() == u"http" || url.scheme() == u"https"))
        return {};
    if (url.scheme() != u"https")
        return u"url must use https"_s;
    if (loopback || host == u"metadata.google.internal" ||
        (!literal.isNull() && isForbiddenAddress(literal)))
        return u"url must not point to a loopback, private, link-local or metadata address"_s;
    return {};
}
