#include "queue/UrlSafety.h"

#include <algorithm>

using namespace Qt::StringLiterals;

bool UrlSafety::isForbiddenAddress(const QHostAddress &address)
{
    QHostAddress ip = address;
    bool mapped = false;
    const quint32 v4 = ip.toIPv4Address(&mapped);
    if (mapped)
        ip = QHostAddress(v4);
    if (ip.isLoopback() || ip.isLinkLocal() || ip.isSiteLocal() || ip.isUniqueLocalUnicast() || ip.isMulticast() ||
        ip.isBroadcast() || ip == QHostAddress::AnyIPv4 || ip == QHostAddress::AnyIPv6)
        return true;
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = ip.toIPv4Address();
        const auto in = [a](quint32 net, int bits) { return (a >> (32 - bits)) == (net >> (32 - bits)); };
        return in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || // RFC 1918
               in(0xA9FE0000, 16) ||                                            // link-local, metadata
               in(0x64400000, 10) ||                                            // carrier-grade NAT
               in(0xC6120000, 15) ||                                            // benchmarking
               in(0xF0000000, 4) ||                                             // reserved
               in(0x00000000, 8);
    }
    // IPv6 prefixes that reach IPv4 space through a translator: NAT64 (64:ff9b::/96) and
    // 6to4 (2002::/16) could be steered at private IPv4 hosts.
    const Q_IPV6ADDR v6 = ip.toIPv6Address();
    const bool nat64 = v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b &&
                       std::all_of(v6.c + 4, v6.c + 12, [](quint8 byte) { return byte == 0; });
    const bool sixToFour = v6[0] == 0x20 && v6[1] == 0x02;
    return nat64 || sixToFour;
}

QString UrlSafety::checkPushUrl(const QUrl &url, bool allowLoopbackHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return u"url must be an absolute https URL"_s;
    const QString host = url.host().toLower();
    const QHostAddress literal(host);
    const bool loopback =
        host == u"localhost" || host.endsWith(u".localhost"_s) || (!literal.isNull() && literal.isLoopback());
    if (allowLoopbackHttp && loopback && (url.scheme() == u"http" || url.scheme() == u"https"))
        return {};
    if (url.scheme() != u"https")
        return u"url must use https"_s;
    if (loopback || host == u"metadata.google.internal" || (!literal.isNull() && isForbiddenAddress(literal)))
        return u"url must not point to a loopback, private, link-local or metadata address"_s;
    return {};
}
