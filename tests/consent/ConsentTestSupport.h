// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders for the consent and disclosure tests (issue 7).
#include "consent/Consent.h"
#include "consent/Disclosure.h"
#include "storage/AuditTrail.h"
#include "storage/ParticipantStore.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <string>

namespace stepwise::consenttest {

inline std::string text(const QString& s)
{
    return s.toStdString();
}

// A participant on `counselor`'s caseload (Dana's when 0), admitted on `on`.
inline Id admit(test::TestDatabase& t, const QString& record, const QDate& on, Id counselor = 0)
{
    Participant p = test::sampleParticipant(record);
    p.counselorId = counselor ? counselor : t.counselorId();
    auto id = ParticipantStore(t.db()).add(p, Admission { on, { 3, 9.0 }, {} });
    REQUIRE_OK(id);
    return id.value();
}

// Signed on the start day, in effect from `start` through `expiry`, to the probation office.
inline Consent probationConsent(Id participantId, const QDate& start, const QDate& expiry)
{
    Consent c;
    c.participantId = participantId;
    c.recipientName = QStringLiteral("Jordan Lee");
    c.recipientOrganization = QStringLiteral("County Probation Department");
    c.purpose = QStringLiteral("Report attendance and progress to the probation officer");
    c.information = QStringLiteral("Attendance, drug screen results and progress in treatment");
    c.startDate = start;
    c.expiryDate = expiry;
    c.signedDate = start;
    return c;
}

inline int rowCount(test::TestDatabase& t, const QString& table)
{
    // The table name is one of the tests' literals, never input.
    auto row = t.db().queryOne(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE_OK(row);
    REQUIRE(row->has_value());
    return (*row)->value(0).toInt();
}

inline QList<AuditEntry> auditRows(test::TestDatabase& t, const char* action)
{
    // Read as the lead, who may read the log, then give the session back.
    const auto session = t.db().session();
    t.actAs(t.leadId(), { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    AuditFilter filter;
    filter.action = QLatin1String(action);
    auto rows = AuditTrail::entries(t.db(), filter);
    t.db().setSession(session);
    REQUIRE_OK(rows);
    return rows.value();
}

} // namespace stepwise::consenttest
