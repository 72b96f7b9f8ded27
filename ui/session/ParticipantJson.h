// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QJsonObject>

namespace stepwise {

// A participant as typed into a form, for a draft: every field by name, enums by storage key,
// dates as ISO text. Reading is lenient (a draft is what someone typed, not a record).
namespace ParticipantJson {

QJsonObject toJson(const Participant& p);
Participant fromJson(const QJsonObject& json);

} // namespace ParticipantJson
} // namespace stepwise
