// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QString>

namespace stepwise {

class Database;

namespace WriteAccess {

// Why the signed-in user may not record medications, screens or use for this participant, or
// empty when they may. Asked without an audit row, so opening a form is not logged as a
// refusal; the store still checks (and audits) on save.
QString refusal(Database& db, Id participantId);

} // namespace WriteAccess
} // namespace stepwise
