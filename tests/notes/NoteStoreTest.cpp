// SPDX-License-Identifier: GPL-3.0-or-later
// Progress notes as a clinic uses them (issue 6): a counselor writes and signs a DAP note for an
// attended session; the signed note cannot be changed, even by SQL; corrections are addenda;
// a trainee's note waits for a supervisor, who co-signs it or returns it with a comment.
#include "storage/NoteStore.h"

#include "notes/NoteRules.h"
#include "storage/AttendanceTestSupport.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::storagetest;

namespace {

const QDate admitted(2026, 2, 2);
const QDate sessionDay(2026, 3, 2); // a Monday

QMap<QString, QString> dap()
{
    return { { QStringLiteral("data"),
                 QStringLiteral("Reported two days of cravings after a conflict at work.") },
        { QStringLiteral("assessment"),
            QStringLiteral("Recognised the trigger early; uses the coping card.") },
        { QStringLiteral("plan"), QStringLiteral("Practise urge surfing daily; review Friday.") } };
}

// A counselor (a trainee whose notes need co-signing), a supervisor, another counselor, one
// participant on the trainee's caseload with an attended individual session.
struct Clinic
{
    test::MockClock clock { QDateTime(sessionDay, QTime(15, 0), Qt::UTC) };
    test::TestDatabase t;
    Id trainee = 0, supervisor = 0, otherCounselor = 0, participant = 0, session = 0;

    Clinic()
    {
        trainee = t.addStaff(QStringLiteral("Toni Trainee"), { StaffRole::Counselor });
        supervisor = t.addStaff(QStringLiteral("Sam Supervisor"), { StaffRole::Supervisor });
        otherCounselor = t.addStaff(QStringLiteral("Olly Other"), { StaffRole::Counselor });
        setCosign(trainee, true);
        participant = admit(t, QStringLiteral("N-1"), admitted, trainee);
        SessionInput in;
        in.sessionType = QStringLiteral("individual_counseling");
        in.date = sessionDay;
        in.start = QTime(9, 0);
        in.end = QTime(10, 0);
        in.facilitatorIds = { trainee };
        in.participantIds = { participant };
        auto id = ScheduleStore(t.db()).book(in);
        REQUIRE_OK(id);
        session = id.value();
        take(t, session, { entry(participant, AttendanceStatus::Present) });
    }

    void setCosign(Id staffId, bool required)
    {
        const auto previous = t.db().session();
        t.actAs(t.leadId(), { StaffRole::Administrator });
        auto member = StaffStore(t.db()).get(staffId);
        REQUIRE_OK(member);
        StaffMember m = member.value();
        m.cosignRequired = required;
        REQUIRE_OK(StaffStore(t.db()).update(m));
        t.db().setSession(previous);
    }

    void as(Id staffId)
    {
        RoleSet roles { StaffRole::Counselor };
        if (staffId == supervisor)
            roles = { StaffRole::Supervisor };
        t.actAs(staffId, roles);
    }

    Id draft(const QMap<QString, QString>& sections = dap())
    {
        NoteInput in;
        in.participantId = participant;
        in.sessionId = session;
        in.format = NoteFormat::Dap;
        in.sections = sections;
        auto id = NoteStore(t.db()).createDraft(in);
        REQUIRE_OK(id);
        return id.value();
    }

    Note note(Id id)
    {
        auto n = NoteStore(t.db()).get(id);
        REQUIRE_OK(n);
        return n.value();
    }
};

} // namespace

TEST_CASE("A counselor writes and signs a DAP note for an attended session", "[notes][storage]")
{
    Clinic c;
    c.as(c.trainee);
    NoteStore store(c.t.db());
    const Id id = c.draft({ { QStringLiteral("data"), QStringLiteral("Started the note.") } });
    Note n = c.note(id);
    CHECK(n.state() == NoteState::Draft);
    CHECK(n.serviceDate == sessionDay);
    CHECK(n.sessionTitle.startsWith(QStringLiteral("Individual")));

    // Signing an incomplete note names the empty sections and leaves it a draft.
    Status refused = store.sign(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().hasField(QStringLiteral("section.assessment")));
    CHECK(refused.error().hasField(QStringLiteral("section.plan")));
    CHECK(c.note(id).state() == NoteState::Draft);

    REQUIRE_OK(store.saveDraft(id, NoteFormat::Dap, dap(), sessionDay, std::nullopt));
    c.clock.set(QDateTime(sessionDay, QTime(16, 5), Qt::UTC));
    REQUIRE_OK(store.sign(id));
    n = c.note(id);
    CHECK(n.isSigned());
    CHECK(n.signedAt == QDateTime(sessionDay, QTime(16, 5), Qt::UTC));
    CHECK(n.contentHash == NoteRules::hash(n));
    CHECK(n.sections.value(QStringLiteral("plan")) == dap().value(QStringLiteral("plan")));
    // Toni is a trainee: the note waits for a supervisor.
    CHECK(n.state() == NoteState::AwaitingCosign);
    c.as(c.supervisor);
    CHECK(auditRows(c.t, QStringLiteral("note.sign")).size() == 1);
    c.as(c.trainee);

    // Signed means locked, through the store ...
    Status edit = store.saveDraft(id, NoteFormat::Dap, {}, sessionDay, std::nullopt);
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == ErrorCode::Conflict);
    CHECK_FALSE(store.discardDraft(id).ok());
    CHECK_FALSE(store.sign(id).ok());
    // ... and in the database itself.
    for (const char* sql :
        { "UPDATE note SET sections = '{}' WHERE id = ?",
            "UPDATE note SET signed_at = NULL, content_hash = NULL WHERE id = ?",
            "UPDATE note SET service_date = '2026-03-01' WHERE id = ?",
            "UPDATE note SET cosign_required = 0 WHERE id = ?", "DELETE FROM note WHERE id = ?" }) {
        INFO(sql);
        auto r = c.t.db().exec(QLatin1String(sql), { id });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().detail.contains(QStringLiteral("signed note")));
    }
    CHECK(c.note(id).contentHash == n.contentHash);
    auto problems = store.verify();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("Where a note may be written, and by whom", "[notes][storage]")
{
    Clinic c;
    NoteStore store(c.t.db());
    NoteInput in;
    in.participantId = c.participant;
    in.sessionId = c.session;
    in.sections = dap();

    SECTION("not for a session the participant missed")
    {
        c.as(c.trainee);
        take(c.t, c.session, { entry(c.participant, AttendanceStatus::UnexcusedAbsence) });
        auto r = store.createDraft(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().hasField(QStringLiteral("session")));
    }
    SECTION("one note per participant and session")
    {
        c.as(c.trainee);
        c.draft();
        auto r = store.createDraft(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Conflict);
    }
    SECTION("a contact outside the schedule needs a date in care, not in the future")
    {
        c.as(c.trainee);
        in.sessionId = 0;
        in.contact = NoteContact::CaseManagement;
        in.format = NoteFormat::Free;
        in.minutes = 20;
        in.serviceDate = admitted.addDays(-1);
        auto before = store.createDraft(in);
        REQUIRE_FALSE(before.ok());
        CHECK(before.error().hasField(QStringLiteral("service_date")));
        in.serviceDate = sessionDay.addDays(1);
        CHECK_FALSE(store.createDraft(in).ok());
        in.serviceDate = sessionDay;
        REQUIRE_OK(store.createDraft(in));
    }
    SECTION("not by a counselor who does not reach the participant, nor an administrator")
    {
        const int notes = rowCount(c.t, QStringLiteral("note"));
        c.as(c.otherCounselor);
        auto r = store.createDraft(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
        c.t.actAs(c.t.leadId(), { StaffRole::Administrator });
        CHECK(store.createDraft(in).error().code == ErrorCode::Forbidden);
        CHECK(rowCount(c.t, QStringLiteral("note")) == notes);
    }
    SECTION("only the author changes, discards or signs a draft")
    {
        c.as(c.trainee);
        const Id id = c.draft();
        c.as(c.supervisor);
        CHECK(store.saveDraft(id, NoteFormat::Dap, {}, sessionDay, std::nullopt).error().code
            == ErrorCode::Forbidden);
        CHECK(store.sign(id).error().code == ErrorCode::Forbidden);
        CHECK(store.discardDraft(id).error().code == ErrorCode::Forbidden);
        c.as(c.trainee);
        REQUIRE_OK(store.discardDraft(id));
        CHECK(store.get(id).error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("A supervisor co-signs a trainee's note; nobody co-signs their own", "[notes][storage]")
{
    Clinic c;
    NoteStore store(c.t.db());
    c.as(c.trainee);
    const Id id = c.draft();
    REQUIRE_OK(store.sign(id));

    // The trainee cannot co-sign (role) and the supervisor's queue shows the note.
    Status own = store.cosign(id);
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().code == ErrorCode::Forbidden);
    c.as(c.otherCounselor);
    CHECK(store.cosignQueue().error().code == ErrorCode::Forbidden);
    c.as(c.supervisor);
    auto queue = store.cosignQueue();
    REQUIRE_OK(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().id == id);
    CHECK(queue->first().authorName == QStringLiteral("Toni Trainee"));

    c.clock.set(QDateTime(sessionDay.addDays(1), QTime(9, 0), Qt::UTC));
    REQUIRE_OK(store.cosign(id));
    const Note n = c.note(id);
    CHECK(n.state() == NoteState::Cosigned);
    CHECK(n.cosignedByName == QStringLiteral("Sam Supervisor"));
    CHECK(n.cosignedAt == QDateTime(sessionDay.addDays(1), QTime(9, 0), Qt::UTC));
    CHECK(store.cosignQueue()->isEmpty());
    CHECK(store.cosign(id).error().code == ErrorCode::Conflict);
    // The co-signature is final too.
    auto undo = c.t.db().exec(
        QStringLiteral("UPDATE note SET cosigned_by = NULL, cosigned_at = NULL WHERE id = ?"),
        { id });
    CHECK_FALSE(undo.ok());

    SECTION("a supervisor's own note needs no co-signature and cannot be co-signed by them")
    {
        // A supervisor writing a note for a contact outside the schedule.
        NoteInput in;
        in.participantId = c.participant;
        in.contact = NoteContact::Phone;
        in.format = NoteFormat::Free;
        in.serviceDate = sessionDay;
        in.sections = { { QStringLiteral("note"), QStringLiteral("Called about transport.") } };
        auto mine = store.createDraft(in);
        REQUIRE_OK(mine);
        REQUIRE_OK(store.sign(mine.value()));
        CHECK(c.note(mine.value()).state() == NoteState::Signed);
        CHECK(store.cosign(mine.value()).error().code == ErrorCode::Forbidden);
    }
}

TEST_CASE(
    "A returned note goes back to its author until an addendum answers it", "[notes][storage]")
{
    Clinic c;
    NoteStore store(c.t.db());
    c.as(c.trainee);
    const Id id = c.draft();
    REQUIRE_OK(store.sign(id));
    const QString signedHash = c.note(id).contentHash;

    c.as(c.supervisor);
    CHECK(
        store.returnToAuthor(id, QStringLiteral(" ")).error().hasField(QStringLiteral("comment")));
    c.clock.set(QDateTime(sessionDay, QTime(17, 0), Qt::UTC));
    REQUIRE_OK(store.returnToAuthor(id, QStringLiteral("Add the PHQ-9 score you discussed.")));
    CHECK(c.note(id).state() == NoteState::Returned);
    CHECK(store.cosignQueue()->isEmpty());
    CHECK(store.returnToAuthor(id, QStringLiteral("Again please")).error().code
        == ErrorCode::Conflict);

    c.as(c.trainee);
    auto work = store.worklist();
    REQUIRE_OK(work);
    REQUIRE(work->size() == 1);
    CHECK(work->first().state == NoteState::Returned);
    CHECK(work->first().returnComment == QStringLiteral("Add the PHQ-9 score you discussed."));

    CHECK(store.addAddendum(id, QStringLiteral("ok")).error().hasField(QStringLiteral("text")));
    c.clock.set(QDateTime(sessionDay, QTime(18, 0), Qt::UTC));
    auto addendum = store.addAddendum(id, QStringLiteral("PHQ-9 today was 11 (moderate)."));
    REQUIRE_OK(addendum);
    Note n = c.note(id);
    CHECK(n.state() == NoteState::AwaitingCosign);
    CHECK(n.contentHash == signedHash); // the note itself is untouched
    REQUIRE(n.addenda.size() == 1);
    CHECK(n.addenda.first().authorName == QStringLiteral("Toni Trainee"));
    CHECK(n.addenda.first().contentHash == NoteRules::hash(n.addenda.first(), signedHash));
    CHECK(store.worklist()->isEmpty());
    auto change
        = c.t.db().exec(QStringLiteral("UPDATE note_addendum SET text = 'edited' WHERE id = ?"),
            { addendum.value() });
    CHECK_FALSE(change.ok());
    CHECK_FALSE(
        c.t.db()
            .exec(QStringLiteral("DELETE FROM note_addendum WHERE id = ?"), { addendum.value() })
            .ok());

    c.as(c.supervisor);
    REQUIRE(store.cosignQueue()->size() == 1);
    REQUIRE_OK(store.cosign(id));
    n = c.note(id);
    REQUIRE(n.reviews.size() == 2);
    CHECK(n.reviews.at(0).action == NoteReviewAction::Returned);
    CHECK(n.reviews.at(1).action == NoteReviewAction::Cosigned);
}

TEST_CASE("Addenda are only for signed notes and are signed when written", "[notes][storage]")
{
    Clinic c;
    NoteStore store(c.t.db());
    c.as(c.trainee);
    const Id id = c.draft();
    CHECK(store.addAddendum(id, QStringLiteral("Too early for this.")).error().code
        == ErrorCode::Conflict);
    // The database refuses it as well.
    auto direct = c.t.db().exec(QStringLiteral("INSERT INTO note_addendum (note_id, text, "
                                               "author_id, signed_at, content_hash) "
                                               "VALUES (?, 'x', ?, '2026-03-02', 'h')"),
        { id, c.trainee });
    CHECK_FALSE(direct.ok());
    REQUIRE_OK(store.sign(id));
    // A supervisor may add to the note as well; it does not answer anything.
    c.as(c.supervisor);
    REQUIRE_OK(store.addAddendum(id, QStringLiteral("Reviewed with the team on Tuesday.")));
    CHECK(c.note(id).state() == NoteState::AwaitingCosign);
    CHECK(store.verify()->isEmpty());
}

TEST_CASE("Unsigned notes are late 72 hours after the session, for the author and supervisors",
    "[notes][storage]")
{
    Clinic c;
    NoteStore store(c.t.db());
    c.as(c.trainee);
    const Id id = c.draft();
    // Sessions are booked in the workstation's zone; the deadline counts from the end instant.
    auto session = ScheduleStore(c.t.db()).session(c.session);
    REQUIRE_OK(session);
    const QDateTime end = session->times.endUtc;
    c.clock.set(end.addSecs(72 * 3600));
    CHECK(store.lateUnsigned()->isEmpty());
    CHECK(store.lateUnsignedCounts({ c.participant })->value(c.participant) == 0);
    c.clock.set(end.addSecs(72 * 3600 + 60));
    REQUIRE(store.lateUnsigned()->size() == 1);
    CHECK(store.lateUnsignedCounts({ c.participant })->value(c.participant) == 1);
    c.as(c.otherCounselor);
    CHECK(store.lateUnsigned()->isEmpty()); // not Olly's note
    c.as(c.supervisor);
    REQUIRE(store.lateUnsigned()->size() == 1);
    CHECK(store.lateUnsigned()->first().id == id);
    c.as(c.trainee);
    REQUIRE_OK(store.sign(id));
    CHECK(store.lateUnsigned()->isEmpty());
    CHECK(store.lateUnsignedCounts({ c.participant })->value(c.participant) == 0);
}

TEST_CASE("verify() finds a signed note whose stored content was changed behind the triggers",
    "[notes][storage]")
{
    Clinic c;
    NoteStore store(c.t.db());
    c.as(c.trainee);
    const Id id = c.draft();
    REQUIRE_OK(store.sign(id));
    // Someone with the file and a SQLite shell drops the trigger and edits the text.
    REQUIRE_OK(c.t.db().exec(QStringLiteral("DROP TRIGGER note_signed")));
    REQUIRE_OK(c.t.db().exec(
        QStringLiteral("UPDATE note SET sections = replace(sections, 'two', 'no') WHERE id = ?"),
        { id }));
    c.as(c.supervisor);
    auto problems = store.verify();
    REQUIRE_OK(problems);
    REQUIRE(problems->size() == 1);
    CHECK(problems->first().entity == QStringLiteral("note"));
    CHECK(problems->first().id == id);
}
