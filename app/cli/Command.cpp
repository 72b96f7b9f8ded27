// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

namespace stepwise::cli {

std::unique_ptr<Database> openDatabase(
    Console& console, const Invocation& invocation, Database::OpenMode mode)
{
    auto db = Database::open(invocation.databasePath(), mode);
    if (!db) {
        console.fail(db.error());
        return nullptr;
    }
    (*db)->setWorkstation((*db)->workstation() + QStringLiteral(" (stepwise-cli)"));
    return std::move(db).value();
}

} // namespace stepwise::cli
