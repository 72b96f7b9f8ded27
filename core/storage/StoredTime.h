// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QVariant>

namespace stepwise::StoredTime {

// Instants are stored as ISO 8601 UTC text with milliseconds, so that text order is time order
// and a signed record's hash can be recomputed from the text as stored.
inline QString text(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QString now()
{
    return text(Clock::instance().nowUtc());
}

// NULL reads as an invalid QDateTime.
inline QDateTime read(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace stepwise::StoredTime
