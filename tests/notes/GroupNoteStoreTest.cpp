// SPDX-License-Identifier: GPL-3.0-or-later
// Group notes (issue 6): a 12-person group is one shared summary plus twelve short individual
// parts, not twelve copies of the same text; signing signs all of it at once, and each
// participant's chart shows their own note with the shared summary.
#include "storage/GroupNoteStore.h"

#include "notes/NoteRules.h"
#include "storage/AttendanceTestSupport.h"
#include "storage/NoteStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::storagetest;

namespace {

const QDate admitted(2026, 2, 2);
const QDate monday(2026, 3, 2);
const QString summary = QStringLiteral(
    "Relapse prevention group: mapping high-risk situations and rehearsing refusal skills.");

QMap<QString, QString> partFor(int i)
{
    return { { QStringLiteral("data"), QStringLiteral("Shared situation %1.").arg(i) },
        { QStringLiteral("assessment"), QStringLiteral("Engaged, gave feedback to peers.") },
        { QStringLiteral("plan"), QStringLiteral("Continue group; practise refusal line.") } };
}

// Twelve participants of three counselors in "Evening IOP", led by the facilitator, who is
// a counselor with none of them on the caseload.
struct Group
{
    test::MockClock clock { QDateTime(monday.addDays(1), QTime(15, 0), Qt::UTC) };
    test::TestDatabase t;
    Id facilitator = 0, supervisor = 0, bystander = 0, templateId = 0, session = 0;
    QList<Id> members;

    Group()
    {
        facilitator = t.addStaff(QStringLiteral("Fran Facilitator"), { StaffRole::Counselor });
        supervisor = t.addStaff(QStringLiteral("Sam Supervisor"), { StaffRole::Supervisor });
        bystander = t.addStaff(QStringLiteral("Bea Bystander"), { StaffRole::Counselor });
        const Id c1 = t.addStaff(QStringLiteral("Casey One"), { StaffRole::Counselor });
        const Id c2 = t.addStaff(QStringLiteral("Casey Two"), { StaffRole::Counselor });
        for (int i = 0; i < 12; ++i)
            members.append(admit(t, QStringLiteral("G-%1").arg(i + 1), admitted,
                i % 3 == 0 ? c1 : (i % 3 == 1 ? c2 : t.counselorId()),
                QStringLiteral("Member%1").arg(QChar(u'A' + i))));
        templateId = createTemplate(t, eveningIop(facilitator));
        for (Id m : members)
            REQUIRE_OK(ScheduleStore(t.db()).enroll(templateId, m, admitted));
        session = sessionIdOn(t, templateId, monday);
        QList<AttendanceEntry> entries;
        for (int i = 0; i < 12; ++i)
            entries.append(entry(members.at(i), AttendanceStatus::Present));
        take(t, session, entries);
        t.actAs(facilitator, { StaffRole::Counselor });
    }
};

} // namespace

TEST_CASE("A 12-person group note stores the summary once and a part per attendee",
    "[notes][storage][group]")
{
    Group g;
    GroupNoteStore store(g.t.db());
    auto id = store.start(g.session, NoteFormat::Dap);
    REQUIRE_OK(id);
    CHECK(store.start(g.session, NoteFormat::Dap).error().code == ErrorCode::Conflict);
    auto note = store.get(id.value());
    REQUIRE_OK(note);
    REQUIRE(note->parts.size() == 12);
    CHECK(note->parts.first().participantName.startsWith(QStringLiteral("MemberA")));
    CHECK(note->serviceDate == monday);

    QHash<Id, QMap<QString, QString>> parts;
    for (int i = 0; i < 12; ++i)
        parts.insert(g.members.at(i), partFor(i));
    // The facilitator saves and signs for everyone in the room, whoever's caseload.
    REQUIRE_OK(store.save(id.value(), summary, parts));
    REQUIRE_OK(store.sign(id.value()));

    // The summary is stored once; every part holds only its own text.
    CHECK(rowCount(g.t, QStringLiteral("group_note")) == 1);
    auto stored = g.t.db().exec(
        QStringLiteral("SELECT count(*) FROM note WHERE group_note_id = ? AND sections LIKE ?"),
        { id.value(), QStringLiteral("%mapping high-risk%") });
    REQUIRE_OK(stored);
    REQUIRE(stored->next());
    CHECK(stored->value(0).toInt() == 0);

    // Each chart shows a signed group note with the shared summary and its own part.
    g.t.actAs(g.supervisor, { StaffRole::Supervisor });
    NoteStore notes(g.t.db());
    for (int i = 0; i < 12; ++i) {
        auto list = notes.notes(g.members.at(i));
        REQUIRE_OK(list);
        REQUIRE(list->size() == 1);
        CHECK(list->first().contact == NoteContact::Group);
        CHECK(list->first().state == NoteState::Signed);
        CHECK(list->first().sessionTitle.startsWith(QStringLiteral("Evening IOP")));
        auto full = notes.get(list->first().id);
        REQUIRE_OK(full);
        CHECK(full->groupSummary == summary);
        CHECK(full->sections == partFor(i));
        CHECK(full->contentHash == NoteRules::hash(full.value()));
    }
    CHECK(notes.verify()->isEmpty());
    // The summary is locked with the parts.
    CHECK_FALSE(g.t.db()
                    .exec(QStringLiteral("UPDATE group_note SET summary = 'x' WHERE id = ?"),
                        { id.value() })
                    .ok());
    g.t.actAs(g.facilitator, { StaffRole::Counselor });
    CHECK(
        store.save(id.value(), QStringLiteral("changed"), {}).error().code == ErrorCode::Conflict);
    auto addendum = store.addAddendum(id.value(), QStringLiteral("Two members left at 20:30."));
    REQUIRE_OK(addendum);
    g.t.actAs(g.supervisor, { StaffRole::Supervisor });
    auto withAddendum = notes.get(notes.notes(g.members.first())->first().id);
    REQUIRE_OK(withAddendum);
    CHECK(withAddendum->addenda.size() == 1);
    CHECK(notes.verify()->isEmpty());
}

TEST_CASE("A group note is signed only when the summary and every part are written",
    "[notes][storage][group]")
{
    Group g;
    GroupNoteStore store(g.t.db());
    auto id = store.start(g.session, NoteFormat::Birp);
    REQUIRE_OK(id);
    QHash<Id, QMap<QString, QString>> parts;
    for (int i = 0; i < 11; ++i)
        parts.insert(g.members.at(i),
            { { QStringLiteral("behavior"), QStringLiteral("Arrived on time, engaged.") },
                { QStringLiteral("intervention"), QStringLiteral("Role play of refusals.") },
                { QStringLiteral("response"), QStringLiteral("Practised twice.") },
                { QStringLiteral("plan"), QStringLiteral("Continue group.") } });
    REQUIRE_OK(store.save(id.value(), QString(), parts));
    Status refused = store.sign(id.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().hasField(QStringLiteral("group_summary")));
    const QString last = QString::number(g.members.last());
    CHECK(refused.error().hasField(last + QStringLiteral(".section.behavior")));
    CHECK_FALSE(refused.error().hasField(
        QString::number(g.members.first()) + QStringLiteral(".section.behavior")));
    auto unsignedParts = g.t.db().exec(
        QStringLiteral("SELECT count(*) FROM note WHERE group_note_id = ? AND signed_at IS NULL"),
        { id.value() });
    REQUIRE_OK(unsignedParts);
    REQUIRE(unsignedParts->next());
    CHECK(unsignedParts->value(0).toInt() == 12);
}

TEST_CASE("Group note parts follow the attendance until signed", "[notes][storage][group]")
{
    Group g;
    GroupNoteStore store(g.t.db());
    // Start with one person marked absent.
    g.t.actAs(g.t.leadId(), { StaffRole::Supervisor, StaffRole::Counselor });
    take(g.t, g.session, { entry(g.members.at(3), AttendanceStatus::ExcusedAbsence) });
    g.t.actAs(g.facilitator, { StaffRole::Counselor });
    auto id = store.start(g.session, NoteFormat::Dap);
    REQUIRE_OK(id);
    CHECK(store.get(id.value())->parts.size() == 11);
    // The attendance is corrected: they were there after all.
    take(g.t, g.session, { entry(g.members.at(3), AttendanceStatus::Late, 10) });
    CHECK(store.get(id.value())->parts.size() == 12);
    // Someone else is corrected to absent: their empty part goes.
    take(g.t, g.session, { entry(g.members.at(5), AttendanceStatus::UnexcusedAbsence) });
    CHECK(store.get(id.value())->parts.size() == 11);
}

TEST_CASE(
    "Who may write a group note, and the co-signature of all its parts", "[notes][storage][group]")
{
    Group g;
    GroupNoteStore store(g.t.db());
    SECTION("a counselor who does not lead the session cannot start it")
    {
        g.t.actAs(g.bystander, { StaffRole::Counselor });
        auto r = store.start(g.session, NoteFormat::Dap);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
        CHECK(rowCount(g.t, QStringLiteral("group_note")) == 0);
    }
    SECTION("a trainee facilitator's group note is co-signed in one step")
    {
        g.t.actAs(g.t.leadId(), { StaffRole::Administrator });
        auto member = StaffStore(g.t.db()).get(g.facilitator);
        REQUIRE_OK(member);
        StaffMember m = member.value();
        m.cosignRequired = true;
        REQUIRE_OK(StaffStore(g.t.db()).update(m));
        g.t.actAs(g.facilitator, { StaffRole::Counselor });
        auto id = store.start(g.session, NoteFormat::Dap);
        REQUIRE_OK(id);
        QHash<Id, QMap<QString, QString>> parts;
        for (int i = 0; i < 12; ++i)
            parts.insert(g.members.at(i), partFor(i));
        REQUIRE_OK(store.save(id.value(), summary, parts));
        REQUIRE_OK(store.sign(id.value()));
        CHECK(store.cosignAll(id.value()).error().code == ErrorCode::Forbidden);

        g.t.actAs(g.supervisor, { StaffRole::Supervisor });
        auto queue = NoteStore(g.t.db()).cosignQueue();
        REQUIRE_OK(queue);
        CHECK(queue->size() == 12);
        REQUIRE_OK(store.cosignAll(id.value()));
        CHECK(NoteStore(g.t.db()).cosignQueue()->isEmpty());
        CHECK(store.cosignAll(id.value()).error().code == ErrorCode::Conflict);
    }
    SECTION("a session nobody attended has no group note")
    {
        g.t.actAs(g.t.leadId(), { StaffRole::Supervisor, StaffRole::Counselor });
        const Id next = sessionIdOn(g.t, g.templateId, monday.addDays(-7));
        auto r = store.start(next, NoteFormat::Dap);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().hasField(QStringLiteral("session")));
    }
}
