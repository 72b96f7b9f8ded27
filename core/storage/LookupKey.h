// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stepwise {

// The form in which names and record numbers are compared for uniqueness: Unicode-normalised and
// case-folded, so "SIOBHÁN" and "Siobhán" (or a decomposed "Á") are the same key. SQLite's NOCASE
// folds ASCII only, so the key is computed here and stored in its own uniquely indexed column.
inline QString lookupKey(const QString& text)
{
    return text.simplified().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

} // namespace stepwise
