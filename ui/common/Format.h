// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QDate>
#include <QString>

namespace stepwise::Format {

// The locale's short date with a four-digit year: birth dates two digits cannot disambiguate.
QString dateFormat();
QString date(const QDate& date);     // empty for a null date
QString age(int years);              // empty when unknown (-1)
QString days(int days);              // "12 days"; empty when unknown (-1)
QString hours(double hours);         // "9 h", "1.5 h"
QString plan(const PhasePlan& plan); // "3 sessions, 9 h a week"

} // namespace stepwise::Format
