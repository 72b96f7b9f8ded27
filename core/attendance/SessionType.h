// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace stepwise::SessionTypes {

// The services of an IOP (issue 5). Keys are stored in the database and in CSV files: never
// rename one. A program adds its own types in settings ("attendance.session_types"); those are
// stored by their name, which is also their label.
inline constexpr auto GroupTherapy = "group_therapy";
inline constexpr auto IndividualCounseling = "individual_counseling";
inline constexpr auto Psychoeducation = "psychoeducation";
inline constexpr auto RelapsePrevention = "relapse_prevention";
inline constexpr auto FamilySession = "family_session";
inline constexpr auto CaseManagement = "case_management";
inline constexpr auto MedicationManagement = "medication_management";

QStringList builtIn(); // in display order
bool isBuiltIn(const QString& key);
// The built-in label ("Relapse prevention / coping skills group") or a custom type's name.
QString label(const QString& key);
// The key for a storage key, an English label or one of `custom` (case-insensitive); empty when
// it is none of them.
QString parse(const QString& text, const QStringList& custom);
// Whether sessions of this type are held for a group (attendance for many on one screen) or
// booked one participant at a time. Custom types count as group sessions.
bool isGroup(const QString& key);

} // namespace stepwise::SessionTypes
