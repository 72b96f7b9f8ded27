// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsSettings.h"

#include <QCoreApplication>

namespace stepwise {

QList<FieldError> RecordsSettings::validate() const
{
    QList<FieldError> errors;
    auto range = [&errors](const char* key, int value, int low, int high) {
        if (value < low || value > high)
            errors.append({ QString::fromLatin1(key),
                QCoreApplication::translate(
                    "stepwise::RecordsSettings", "Must be a whole number from %1 to %2.")
                    .arg(low)
                    .arg(high) });
    };
    range("plan.review_days", planReviewDays, 7, 180);
    range("plan.initial_days", initialPlanDays, 1, 60);
    range("notes.unsigned_hours", unsignedNoteHours, 1, 720);
    return errors;
}

} // namespace stepwise
