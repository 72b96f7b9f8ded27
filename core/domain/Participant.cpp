// SPDX-License-Identifier: GPL-3.0-or-later
#include "Participant.h"

namespace stepwise {

QString Participant::displayName() const
{
    const QString first = preferredName.isEmpty() ? legalFirstName : preferredName;
    return QString(first + QLatin1Char(' ') + legalLastName).trimmed();
}

QString Participant::sortName() const
{
    QString name = legalLastName;
    if (!legalFirstName.isEmpty())
        name += QStringLiteral(", ") + legalFirstName;
    if (!preferredName.isEmpty() && preferredName != legalFirstName)
        name += QStringLiteral(" \u201C") + preferredName + QStringLiteral("\u201D");
    return name;
}

int Participant::ageOn(const QDate& on) const
{
    if (!dateOfBirth.isValid() || !on.isValid() || dateOfBirth > on)
        return -1;
    int age = on.year() - dateOfBirth.year();
    // Not yet had this year's birthday. A 29 February birthday counts on 1 March in other years.
    if (on.month() < dateOfBirth.month()
        || (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day()))
        --age;
    return age;
}

} // namespace stepwise
