// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace stepwise {

// At start-up, when the database fails its checks (damaged, truncated, not a database): says
// so plainly and, if the automatic backups beside it hold a good copy, offers to put the
// newest one back. The damaged file is never written to: Backup::restore keeps it aside.
namespace RestoreOffer {

enum class Outcome {
    NotOffered, // not a damaged file, or no good backup to offer
    Restored,   // the backup is in place: open the file again
    Declined,   // the user chose Quit
    Failed,     // the restore was refused; the message was shown
};

// The automatic backups' folder when the database cannot be read for its setting.
QString backupFolderFor(const QString& databasePath);

Outcome offer(const QString& databasePath, const Error& openError);

// The next offer is not shown; it answers `restore` at once. For tests.
void setNextAnswer(bool restore);

} // namespace RestoreOffer
} // namespace stepwise
