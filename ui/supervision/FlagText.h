// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "supervision/CaseloadFlag.h"

#include <QString>
#include <QStringList>

namespace stepwise::FlagText {

// A column heading: "Late notes".
QString label(CaseloadFlag flag);
// What it means, for tooltips and the list's heading.
QString description(CaseloadFlag flag);
// The labels of the flags set, in the dashboard's order.
QStringList labels(const CaseloadFlags& flags);

} // namespace stepwise::FlagText
