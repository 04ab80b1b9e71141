#pragma once

#include "api/db/DbTypes.h"

#include <QIcon>

// The tree's icons: status dots and the dead-letter badge are painted (they carry state and
// numbers); the rest are the SVGs of resources/icons.
namespace StatusIcons {
QIcon forStatus(ResourceStatus status);
QIcon folder(bool failed);
QIcon snapshot();
QIcon queue();
// A red badge with the number of dead letters ("99+" beyond).
QIcon deadLetterBadge(qint64 count);
QIcon deadLetters();
// An amber warning triangle: data from the server that the console cannot show as meant.
QIcon warning();
// A connection profile's icon; `kind` is Profile::Kind as an int.
QIcon profile(int kind);
} // namespace StatusIcons
