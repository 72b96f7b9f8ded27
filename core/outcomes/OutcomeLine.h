// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stepwise {

// One figure of the program outcomes as people read it, on the page and in the PDF report:
// what, and how many.
struct OutcomeLine
{
    QString label;
    QString value;
    QString detail; // "of 12", the base of a rate
};

} // namespace stepwise
