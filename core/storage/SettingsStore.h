// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/ProgramSettings.h"

namespace stepwise {

class Database;

// Program settings in the database's `setting` table; missing keys take the defaults of
// ProgramSettings.
class SettingsStore
{
public:
    explicit SettingsStore(Database& db)
        : m_db(db)
    { }

    Result<ProgramSettings> load();
    Status save(const ProgramSettings& settings);

private:
    Database& m_db;
};

} // namespace stepwise
