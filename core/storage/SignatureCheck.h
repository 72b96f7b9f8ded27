// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/NoteStore.h"

namespace stepwise {

class Database;

struct SignatureReport
{
    int notes = 0; // signed notes and group notes
    int addenda = 0;
    int plans = 0;      // finalized treatment plan versions
    int discharges = 0; // signed discharge records
    QList<SignatureProblem> problems;
    bool intact() const { return problems.isEmpty(); }
};

// Recomputes the stored hash of every signed record (notes, group notes, addenda, finalized
// treatment plans, discharge records) and names those whose content no longer matches: an
// edit made behind the triggers, with the file and a SQLite shell. Reports ids, never content,
// so an administrator may run it. Needs ViewAudit or a clinical role.
namespace SignatureCheck {
Result<SignatureReport> verifyAll(Database& db);
}

} // namespace stepwise
