#pragma once

#include "api/ApiRequest.h"

#include <QUrl>

// Builds a shell command that repeats a request. The credential is always the shell
// variable (e.g. $INFRAI_API_KEY), and secret fields in the body are replaced, so the
// command is safe to paste into a ticket.
QString curlCommand(const ApiRequest &request, const QUrl &url, const QString &credentialVariable);
// Single-quotes a string for POSIX shells.
QString shellQuote(const QString &text);
