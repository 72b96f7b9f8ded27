// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace stepwise {

// A prescription the program knows of: what explains a positive screen (issue 6). The analytes
// are the screen results it is expected to make positive (Analytes keys, or a lab's own names).
struct Medication
{
    Id id = 0;
    Id participantId = 0;
    QString name; // as prescribed: "Suboxone 8 mg/2 mg film"
    QStringList analytes;
    QString prescriber;
    QDate startDate;
    QDate endDate; // null while current; the last day taken, inclusive
    QString note;
    Id recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC

    bool isCurrent() const { return endDate.isNull(); }
    // Taken on `date`: from the start date through the end date, both included.
    bool isActiveOn(const QDate& date) const;
    bool operator==(const Medication&) const = default;
};

// A medication the suggestion table knows: its generic name, brand names and the analytes it
// makes positive; the note is a caveat the form shows beside it.
struct KnownMedication
{
    QString name;
    QStringList brandNames;
    QStringList analytes;
    QString note;
};

namespace MedicationRules {

inline constexpr auto Name = "name";
inline constexpr auto Analytes = "analytes";
inline constexpr auto StartDate = "start_date";
inline constexpr auto EndDate = "end_date";

QList<KnownMedication> known();
// The analytes a medication of this name is expected to make positive, from the generic or a
// brand name anywhere in it ("Suboxone 8 mg" gives buprenorphine); empty when it makes none
// positive or the table does not know it. A suggestion for the form: the clinician decides.
QStringList suggestAnalytes(const QString& name);
// The caveats of the known medications in the name, for the form.
QStringList notes(const QString& name);
// "buprenorphine (Suboxone 8 mg)": the generic name first when the name is a brand's.
QString describe(const QString& name);

// What add() refuses: a blank name, a missing or future start date, an end before the start.
// Analytes are not refused: they are stored as normalizedAnalytes() gives them.
QList<FieldError> validate(const Medication& m, const QDate& today);
// Analyte names as stored: normalized, blanks and repeats dropped, in the given order.
QStringList normalizedAnalytes(const QStringList& analytes);

} // namespace MedicationRules
} // namespace stepwise
