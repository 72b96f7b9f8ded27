// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stepwise::FormulaGuard {

// Spreadsheets run a cell that starts with = + - @ (or tab / CR before one) as a formula, which
// lets a name typed by anyone execute when staff open an export ("CSV injection", OWASP).
// protect() puts one apostrophe before such a cell so spreadsheets show it as text;
// unprotect() removes exactly that apostrophe again, so protect → unprotect is the identity.
//
// The rule, on the first character after any leading apostrophes:
//   if it is one of = + - @ TAB CR, protect() adds one apostrophe and unprotect() removes one
//   (only when there is one); any other cell passes through unchanged both ways.
// Counting the apostrophes already there is what makes a value such as '=x (typed with its own
// apostrophe) come back unchanged: it is written ''=x and read back as '=x.
QString protect(const QString& cell);
QString unprotect(const QString& cell);

bool isFormulaTrigger(QChar c);

} // namespace stepwise::FormulaGuard
