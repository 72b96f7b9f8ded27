// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"

namespace stepwise::PhaseHistoryCodec {

inline constexpr auto Field = "phase_history";

// One phase as the cell carries it: which phase, and the day it began.
struct Entry
{
    PhaseKind kind = PhaseKind::Intensive;
    QDate start;
    bool operator==(const Entry&) const = default;
};

// The phases of one episode in one CSV cell, in a form people can read and type:
//
//   intensive 2026-06-03; step_down 2026-08-19; intensive 2026-09-25
//
// - Entries are separated by ";" (spaces around it are ignored; empty entries are skipped).
// - Each entry is a phase (storage key or English label, any case: "Step-down", "step down")
//   followed by the yyyy-MM-dd date it began. Each phase ends the day before the next begins.
// - Plans, reasons and end dates are not carried: plans come from the program defaults on
//   import, so an export of an import writes the same text again.
QString encode(const QList<Phase>& phases);

// Refused with a translated message (field "phase_history") naming the entry at fault when an
// entry does not follow the form, or the entries cannot be one episode: the first must be
// intensive on `admission`, each later one a different phase from the one before it, beginning
// after it. Empty text gives an empty list.
Result<QList<Entry>> decode(const QString& text, const QDate& admission);

} // namespace stepwise::PhaseHistoryCodec
