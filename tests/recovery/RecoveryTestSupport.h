// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders for the medication, toxicology and use-event storage tests (issue 6).
#include "storage/ParticipantStore.h"
#include "support/TestDatabase.h"

#include <QSqlRecord>
#include <catch2/catch.hpp>
#include <string>

namespace stepwise::recoverytest {

inline std::string iso(const QDate& d)
{
    return d.isNull() ? std::string("(null)") : d.toString(Qt::ISODate).toStdString();
}

// A participant on `counselor`'s caseload (Dana's when 0), admitted to the intensive phase on
// `on`.
inline Id admit(test::TestDatabase& t, const QString& record, const QDate& on, Id counselor = 0)
{
    Participant p = test::sampleParticipant(record);
    p.counselorId = counselor ? counselor : t.counselorId();
    auto id = ParticipantStore(t.db()).add(p, Admission { on, { 3, 9.0 }, {} });
    REQUIRE_OK(id);
    return id.value();
}

inline int rowCount(test::TestDatabase& t, const QString& table)
{
    // The table name is one of the tests' literals, never input.
    auto row = t.db().queryOne(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE_OK(row);
    REQUIRE(row->has_value());
    return (*row)->value(0).toInt();
}

// The rows the recovery stores write, to show a refusal wrote none of them.
struct Counts
{
    int medications = 0;
    int screens = 0;
    int results = 0;
    int uses = 0;
    bool operator==(const Counts&) const = default;
};

inline Counts counts(test::TestDatabase& t)
{
    return { rowCount(t, QStringLiteral("medication")), rowCount(t, QStringLiteral("tox_screen")),
        rowCount(t, QStringLiteral("tox_result")), rowCount(t, QStringLiteral("use_event")) };
}

} // namespace stepwise::recoverytest
