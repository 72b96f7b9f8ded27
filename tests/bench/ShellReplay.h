// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bound issue 8 names for a screen: the same statements, with the same values, run by the
// sqlite3 shell on the same file. The benchmark records a screen's statements as Stepwise runs
// them (Database::setStatementObserver) and replays them here.
#include "storage/Database.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

namespace stepwise::bench {

class ShellReplay
{
public:
    // Records every statement `db` runs until stop().
    void record(Database& db);
    void stop(Database& db);
    int statements() const { return int(m_statements.size()); }

    // The milliseconds the sqlite3 shell reports for all of them together (its own ".timer"),
    // opened read-only on `path`; the median of `runs`. -1 when the shell fails.
    double medianMs(const QString& path, int runs) const;

    // The script the shell runs, for a person to rerun and read statement by statement.
    QString script() const;

private:
    QList<QPair<QString, QVariantList>> m_statements;
};

} // namespace stepwise::bench
