// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "recovery/Medication.h"

#include <QVariant>

namespace stepwise {

class Database;

// What the medication, toxicology and use-event stores share: no access checks here, the
// callers make them.
namespace RecoveryRows {

// NotFound unless the participant exists.
Status requireParticipant(Database& db, Id participantId);

// The episode of care `date` falls in (admission and discharge days included). When there is
// none, appends why under `field` (before the first admission, or between episodes) and
// returns 0.
Result<Id> episodeOn(Database& db, Id participantId, const QDate& date, const QString& field,
    QList<FieldError>& problems);

// Medications of the participants in `idsJson` (a JSON array of ids), oldest start first.
// `activeFrom` limits them to those not ended before that day; null for all.
Result<QList<Medication>> medications(
    Database& db, const QString& idsJson, const QDate& activeFrom = {});

QString idsJson(const QList<Id>& ids);
QString jsonText(const QStringList& list);
QStringList listFrom(const QVariant& jsonText);
QString nowText();

} // namespace RecoveryRows
} // namespace stepwise
