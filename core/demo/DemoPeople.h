// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "domain/Participant.h"

#include <QDate>

namespace stepwise::demo {

// Synthetic people: names, demographics and contact details. Phones use the 555-0100..0199
// range the North American Numbering Plan reserves for fiction; emails use example.org
// (RFC 2606). Nothing here touches the database.
namespace DemoPeople {

// Fills names, sex, gender identity, pronouns, date of birth, phone, email, address and
// emergency contact. Clinical fields are left alone.
void fillPerson(Participant& p, DemoRandom& rng, const QDate& today);

// "Given Family" for a staff member; the caller keeps them unique.
QString staffName(DemoRandom& rng);

// A fictional phone number such as "503-555-0142".
QString phone(DemoRandom& rng);

// Lower-case ASCII letters and digits of `text` ("Núñez" -> "nunez", "O'Brien" -> "obrien").
QString asciiFold(const QString& text);

} // namespace DemoPeople
} // namespace stepwise::demo
