// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "attendance/Schedule.h"

namespace stepwise::ScheduleRows {

// The columns ScheduleStore reads a session with (counts of expected, recorded, attended and
// not-taken participants, and the facilitators) up to its FROM clause; a WHERE follows.
const QString& sessionSelect();
ScheduledSession session(const Rows& row);

// A template's columns up to FROM, with the count of members enrolled on a date bound twice
// first; a WHERE follows.
const QString& templateSelect();
GroupTemplate groupTemplate(const Rows& row);

} // namespace stepwise::ScheduleRows
