// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormulaGuard.h"

namespace stepwise::FormulaGuard {

namespace {

constexpr QChar Apostrophe = QLatin1Char('\'');

// The character that decides, skipping apostrophes already there; null when there is none.
QChar deciding(const QString& cell)
{
    for (QChar c : cell) {
        if (c != Apostrophe)
            return c;
    }
    return {};
}

} // namespace

bool isFormulaTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QString protect(const QString& cell)
{
    return isFormulaTrigger(deciding(cell)) ? Apostrophe + cell : cell;
}

QString unprotect(const QString& cell)
{
    if (cell.startsWith(Apostrophe) && isFormulaTrigger(deciding(cell)))
        return cell.mid(1);
    return cell;
}

} // namespace stepwise::FormulaGuard
