// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ParticipantStore.h"

#include "domain/ParticipantRules.h"
#include "storage/AuditTrail.h"
#include "storage/CaseloadQuery.h"
#include "storage/EpisodeStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

int participantCount(Database& db)
{
    auto rows = CaseloadQuery::rows(db, {}, QDate(2026, 11, 26));
    REQUIRE_OK(rows);
    return int(rows->size());
}

} // namespace

TEST_CASE("A participant round-trips every field", "[storage][participant]")
{
    test::MockClock clock(QDate(2026, 11, 26));
    test::TestDatabase t;
    Participant p = test::sampleParticipant();
    p.preferredName = QStringLiteral("Lex");
    p.address = QStringLiteral("12 Example Street\nApt 4\nSpringfield");
    p.emergencyContact = { QStringLiteral("Sam Rivera"), QStringLiteral("Sibling"),
        QStringLiteral("555-010-0142") };
    p.counselorId = t.counselorId();
    p.sexAtBirth = SexAtBirth::Intersex;
    p.status = ParticipantStatus::OnHold;

    ParticipantStore store(t.db());
    auto id = store.add(p);
    REQUIRE_OK(id);
    auto loaded = store.get(id.value());
    REQUIRE(loaded.ok());
    p.id = id.value();
    CHECK(loaded.value() == p);
}

TEST_CASE(
    "Names and text round-trip exactly, whatever they contain", "[storage][participant][text]")
{
    test::TestDatabase t;
    ParticipantStore store(t.db());
    const char* names[] = { "O'Brien", "Say \"Hi\"", "Nguyễn Thị Minh", "محمد", "张伟", "Ёлка",
        "Zoë 🌱🧠", "<b>Bold</b>", "<img src=x onerror=alert(1)>",
        "'; DROP TABLE participant; --", "Robert\"); --", "100% _wild%_", "back\\slash" };
    int n = 0;
    for (const char* raw : names) {
        const QString name = QString::fromUtf8(raw);
        Participant p = test::sampleParticipant(QStringLiteral("T-%1").arg(++n));
        p.legalLastName = name;
        p.preferredName = name;
        p.referralSource = name;
        auto id = store.add(p);
        REQUIRE_OK(id);
        auto back = store.get(id.value());
        REQUIRE(back.ok());
        CHECK(back->legalLastName == name);
        CHECK(back->preferredName == name);
        CHECK(back->referralSource == name);
    }
    CHECK(participantCount(t.db()) == n); // the table survived the hostile strings
}

TEST_CASE("Record numbers are unique regardless of case and spacing", "[storage][participant]")
{
    test::TestDatabase t;
    ParticipantStore store(t.db());
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("R-100"))));
    auto again = store.add(test::sampleParticipant(QStringLiteral(" r-100 ")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error()
              .fieldMessage(QLatin1String(ParticipantRules::RecordNumber))
              .contains(QStringLiteral("already used")));
    CHECK(participantCount(t.db()) == 1);
}

TEST_CASE("An invalid participant writes nothing, not even the admission", "[storage][participant]")
{
    test::MockClock clock(QDate(2026, 11, 26));
    test::TestDatabase t;
    ParticipantStore store(t.db());

    Participant bad = test::sampleParticipant();
    bad.email = QStringLiteral("nope");
    bad.dateOfBirth = QDate(2030, 1, 1);
    auto r = store.add(bad, Admission { QDate(2026, 11, 1), { 3, 9.0 }, {} });
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    CHECK(r.error().hasField(QLatin1String(ParticipantRules::Email)));
    CHECK(r.error().hasField(QLatin1String(ParticipantRules::DateOfBirth)));
    CHECK(participantCount(t.db()) == 0);

    // A valid participant whose admission is refused is not saved half-way either.
    auto future
        = store.add(test::sampleParticipant(), Admission { QDate(2026, 12, 1), { 3, 9.0 }, {} });
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().hasField(QStringLiteral("date")));
    CHECK(participantCount(t.db()) == 0);
    for (const char* prefix : { "participant.", "episode.", "phase." }) {
        AuditFilter written;
        written.action = QString::fromLatin1(prefix);
        CHECK(AuditTrail::entries(t.db(), written)->isEmpty());
    }
}

TEST_CASE("An unknown counselor is refused", "[storage][participant]")
{
    test::TestDatabase t;
    Participant p = test::sampleParticipant();
    p.counselorId = 9999;
    auto r = ParticipantStore(t.db()).add(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().hasField(QLatin1String(ParticipantRules::Counselor)));
}

TEST_CASE("Updating keeps the record number rule and rewrites diagnoses", "[storage][participant]")
{
    test::TestDatabase t;
    ParticipantStore store(t.db());
    const Id a = store.add(test::sampleParticipant(QStringLiteral("A-1"))).value();
    const Id b = store.add(test::sampleParticipant(QStringLiteral("B-1"))).value();

    Participant pb = store.get(b).value();
    pb.recordNumber = QStringLiteral("a-1");
    auto clash = store.update(pb);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == ErrorCode::Conflict);

    pb.recordNumber = QStringLiteral("B-2");
    pb.diagnoses = { { QStringLiteral("F41.1"), QStringLiteral("Generalized anxiety disorder"),
        Severity::Unspecified } };
    pb.counselorId = t.counselorId();
    REQUIRE_OK(store.update(pb));
    const Participant after = store.get(b).value();
    CHECK(after.recordNumber == QStringLiteral("B-2"));
    REQUIRE(after.diagnoses.size() == 1);
    CHECK(after.diagnoses.first().icd10Code == QStringLiteral("F41.1"));
    CHECK(store.get(a)->recordNumber == QStringLiteral("A-1"));
    CHECK(store.findByRecordNumber(QStringLiteral("b-2"))->value_or(0) == b);
}

TEST_CASE("Status cannot say discharged while an episode is open", "[storage][participant]")
{
    test::MockClock clock(QDate(2026, 11, 26));
    test::TestDatabase t;
    ParticipantStore store(t.db());
    const Id id
        = store.add(test::sampleParticipant(), Admission { QDate(2026, 11, 2), { 3, 9.0 }, {} })
              .value();
    Participant p = store.get(id).value();
    p.status = ParticipantStatus::Discharged;
    auto r = store.update(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().hasField(QStringLiteral("status")));
}

TEST_CASE("Every write is audited with who and when", "[storage][audit]")
{
    test::MockClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
    test::TestDatabase t;
    ParticipantStore store(t.db());
    const Id id
        = store.add(test::sampleParticipant(), Admission { QDate(2026, 11, 2), { 3, 9.0 }, {} })
              .value();
    Participant p = store.get(id).value();
    p.phone = QStringLiteral("555-010-0177");
    REQUIRE_OK(store.update(p));

    AuditFilter filter;
    filter.participantId = id;
    auto all = AuditTrail::entries(t.db(), filter);
    REQUIRE(all.ok());
    QStringList actions;
    for (const AuditEntry& e : all.value()) {
        actions << e.action;
        CHECK(e.staffId == t.leadId());
        CHECK(e.staffName == QStringLiteral("Riley Lead"));
        CHECK_FALSE(e.workstation.isEmpty());
        CHECK(e.at == QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
    }
    CHECK(actions
        == QStringList { QStringLiteral("participant.create"), QStringLiteral("episode.admit"),
            QStringLiteral("participant.update") });
    // The change carries the old and the new value of exactly the field that changed.
    const QJsonObject changes = QJsonDocument::fromJson(all->last().changes.toUtf8()).object();
    CHECK(changes.keys() == QStringList { QStringLiteral("phone") });
    CHECK(changes.value(QStringLiteral("phone")).toObject().value(QStringLiteral("before"))
        == QStringLiteral("(555) 010-0199"));
    CHECK(changes.value(QStringLiteral("phone")).toObject().value(QStringLiteral("after"))
        == QStringLiteral("555-010-0177"));
}

TEST_CASE(
    "Uniqueness ignores case beyond ASCII and Unicode composition", "[storage][participant][text]")
{
    test::TestDatabase t;
    ParticipantStore store(t.db());
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("ÅS-1"))));
    CHECK(store.add(test::sampleParticipant(QStringLiteral("ås-1"))).error().code
        == ErrorCode::Conflict);
    // "A" followed by a combining ring is the same record number as "Å".
    CHECK(store.add(test::sampleParticipant(QStringLiteral("A\u030AS-1"))).error().code
        == ErrorCode::Conflict);
    CHECK(store.findByRecordNumber(QStringLiteral("ås-1"))->has_value());

    StaffStore staff(t.db());
    StaffMember s;
    s.name = QStringLiteral("Siobhán O'Brien");
    REQUIRE_OK(staff.add(s));
    s.name = QStringLiteral("SIOBHÁN O'BRIEN");
    CHECK(staff.add(s).error().code == ErrorCode::Conflict);
    CHECK(staff.findByName(QStringLiteral("siobhán o'brien"))->has_value());
}

TEST_CASE("check() reports every problem at once without writing", "[storage][participant]")
{
    test::TestDatabase t;
    ParticipantStore store(t.db());
    const Id first = store.add(test::sampleParticipant(QStringLiteral("R-1"))).value();
    Participant p = test::sampleParticipant(QStringLiteral("r-1"));
    p.email = QStringLiteral("x@");
    auto errors = store.check(p);
    REQUIRE_OK(errors);
    QStringList fields;
    for (const FieldError& e : errors.value())
        fields << e.field;
    CHECK(fields == QStringList { QStringLiteral("email"), QStringLiteral("record_number") });
    // The participant's own record number is not a clash with itself.
    Participant self = store.get(first).value();
    CHECK(store.check(self)->isEmpty());
    CHECK(participantCount(t.db()) == 1);
}
