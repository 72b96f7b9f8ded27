// SPDX-License-Identifier: GPL-3.0-or-later
// The demo clinic's clinical record (issue 6), read back through the stores with a pinned clock
// (Monday 2025-06-16, 10:00): plans, notes, screens and discharges as a clinic would have them.
#include "demo/DemoRecords.h"

#include "SharedDemo.h"
#include "consent/ConsentRules.h"
#include "demo/DemoGenerator.h"
#include "notes/NoteRules.h"
#include "recovery/Toxicology.h"
#include "storage/AuditTrail.h"
#include "storage/CarePlanStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/ConsentStore.h"
#include "storage/DischargeStore.h"
#include "storage/EpisodeStore.h"
#include "storage/MedicationStore.h"
#include "storage/NoteStore.h"
#include "storage/ParticipantStore.h"
#include "storage/ScheduleStore.h"
#include "storage/StaffStore.h"
#include "storage/ToxicologyStore.h"
#include "storage/TreatmentPlanStore.h"
#include "storage/UseEventStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today = SharedDemo::Today;

StaffMember account(Database& db, const char* username)
{
    auto staff = StaffStore(db).list(true);
    REQUIRE_OK(staff);
    for (const StaffMember& s : *staff) {
        if (s.username == QLatin1String(username))
            return s;
    }
    FAIL("no demo account " << username);
    return {};
}

// Everything the record holds, counted through the stores as the supervisor reads it.
struct Record
{
    int participants = 0;
    int closedEpisodes = 0;
    int plannedEpisodes = 0; // with a finalized treatment plan
    int planVersions = 0;
    int plansWithSeveralVersions = 0;
    int reviews = 0;
    int phaseChangeReviews = 0;
    int agreements = 0;
    int relapsePlans = 0;
    int aftercarePlans = 0;
    int onMedication = 0;
    int screens = 0;
    int unexpectedPositiveScreens = 0;
    int expectedPositiveScreens = 0;
    int diluteScreens = 0;
    int observedScreens = 0;
    int useEvents = 0;
    int notes = 0;
    int signedNotes = 0;
    int drafts = 0;
    int awaiting = 0;
    int cosigned = 0;
    int groupParts = 0;
    QSet<Id> groupNotes;
    int otherContacts = 0; // case management, medication management, phone
    int withAddendum = 0;
    int dischargeRecords = 0;
    QSet<int> formats;
};

Record readRecord(Database& db)
{
    Record r;
    auto participants = ParticipantStore(db).all();
    REQUIRE_OK(participants);
    for (const Participant& p : *participants) {
        ++r.participants;
        auto episodes = EpisodeStore(db).episodes(p.id);
        REQUIRE_OK(episodes);
        for (const Episode& e : *episodes) {
            r.closedEpisodes += e.isOpen() ? 0 : 1;
            auto versions = TreatmentPlanStore(db).versions(e.id);
            REQUIRE_OK(versions);
            int finalized = 0;
            for (const PlanVersion& v : *versions) {
                if (v.isDraft())
                    continue;
                ++finalized;
                r.agreements += v.participantAgreedOn.isValid() ? 1 : 0;
            }
            r.plannedEpisodes += finalized > 0 ? 1 : 0;
            r.plansWithSeveralVersions += finalized > 1 ? 1 : 0;
            r.planVersions += finalized;
            auto reviews = TreatmentPlanStore(db).reviews(e.id);
            REQUIRE_OK(reviews);
            r.reviews += int(reviews->size());
            for (const PlanReview& review : *reviews)
                r.phaseChangeReviews += review.occasion == ReviewOccasion::PhaseChange ? 1 : 0;
            auto relapse = RelapsePlanStore(db).versions(e.id);
            REQUIRE_OK(relapse);
            r.relapsePlans += int(relapse->size());
            auto aftercare = AftercarePlanStore(db).versions(e.id);
            REQUIRE_OK(aftercare);
            r.aftercarePlans += int(aftercare->size());
            if (!e.isOpen()) {
                auto record = DischargeStore(db).record(e.id);
                REQUIRE_OK(record);
                r.dischargeRecords += *record ? 1 : 0;
            }
        }
        auto medications = MedicationStore(db).medications(p.id);
        REQUIRE_OK(medications);
        r.onMedication += medications->isEmpty() ? 0 : 1;
        auto screens = ToxicologyStore(db).screens(p.id);
        REQUIRE_OK(screens);
        for (const ToxScreen& s : *screens) {
            ++r.screens;
            r.observedScreens += s.observed ? 1 : 0;
            const ToxSummary summary = ToxicologyRules::summarize(s, *medications);
            r.unexpectedPositiveScreens += summary.unexpectedPositives.isEmpty() ? 0 : 1;
            r.expectedPositiveScreens += summary.expectedPositives.isEmpty() ? 0 : 1;
            r.diluteScreens += summary.dilute.isEmpty() ? 0 : 1;
        }
        auto uses = UseEventStore(db).events(p.id);
        REQUIRE_OK(uses);
        r.useEvents += int(uses->size());
        auto notes = NoteStore(db).notes(p.id);
        REQUIRE_OK(notes);
        for (const NoteSummary& n : *notes) {
            ++r.notes;
            r.formats.insert(int(n.format));
            r.signedNotes += n.signedAt.isValid() ? 1 : 0;
            r.drafts += n.state == NoteState::Draft ? 1 : 0;
            r.awaiting += n.state == NoteState::AwaitingCosign ? 1 : 0;
            r.cosigned += n.state == NoteState::Cosigned ? 1 : 0;
            r.withAddendum += n.addendumCount > 0 ? 1 : 0;
            if (n.groupNoteId > 0) {
                ++r.groupParts;
                r.groupNotes.insert(n.groupNoteId);
            }
            r.otherContacts += n.contact == NoteContact::CaseManagement
                    || n.contact == NoteContact::MedicationManagement
                    || n.contact == NoteContact::Phone
                ? 1
                : 0;
        }
    }
    return r;
}

} // namespace

TEST_CASE("the demo writes each kind of clinical record", "[demo][records]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();
    const DemoSummary& summary = demo.summary();
    const Record r = readRecord(t.db());
    REQUIRE(r.participants == SharedDemo::Participants);

    // Treatment plans for most episodes, reviewed, agreed to and moved on by their reviews.
    CHECK(r.plannedEpisodes * 100 >= (summary.episodes - r.closedEpisodes) * 60);
    CHECK(r.plansWithSeveralVersions > 0);
    CHECK(r.phaseChangeReviews > 0);
    CHECK(r.reviews > r.phaseChangeReviews);
    CHECK(r.agreements * 100 >= r.plannedEpisodes * 80);
    CHECK(r.relapsePlans > 0);
    CHECK(r.aftercarePlans > 0);
    // Medications for about one in five, explaining expected positives.
    CHECK(r.onMedication * 100 >= r.participants * 8);
    CHECK(r.onMedication * 100 <= r.participants * 35);
    CHECK(r.expectedPositiveScreens > 0);
    // Screens mostly observed and negative; a few unexpected positives and dilute specimens.
    REQUIRE(r.screens > 200);
    CHECK(r.observedScreens * 100 >= r.screens * 70);
    CHECK(r.unexpectedPositiveScreens * 100 >= r.screens * 2);
    CHECK(r.unexpectedPositiveScreens * 100 <= r.screens * 15);
    CHECK(r.useEvents > 0);
    // Notes: individual ones in more than one format, group notes, other contacts; drafts few.
    CHECK(r.formats.size() >= 2);
    CHECK(r.groupParts > 0);
    CHECK(r.otherContacts > 0);
    CHECK(r.drafts > 0);
    CHECK(r.drafts * 100 <= r.notes * 6);
    CHECK(r.cosigned > 0);
    CHECK(r.awaiting > 0);
    CHECK(r.withAddendum > 0);
    CHECK(r.dischargeRecords == r.closedEpisodes);

    // The summary counts what is there.
    CHECK(summary.treatmentPlans == r.plannedEpisodes);
    CHECK(summary.planVersions == r.planVersions);
    CHECK(summary.planReviews == r.reviews);
    CHECK(summary.relapsePlans == r.relapsePlans);
    CHECK(summary.aftercarePlans == r.aftercarePlans);
    CHECK(summary.screens == r.screens);
    CHECK(summary.unexpectedPositiveScreens == r.unexpectedPositiveScreens);
    CHECK(summary.useEvents == r.useEvents);
    CHECK(summary.notes == r.notes);
    CHECK(summary.notesSigned == r.signedNotes);
    CHECK(summary.notesDraft == r.drafts);
    CHECK(summary.notesAwaitingCosign == r.awaiting);
    CHECK(summary.groupNotes == int(r.groupNotes.size()));
    CHECK(summary.dischargeRecords == r.dischargeRecords);
}

TEST_CASE("demo records are dated when a clinic would have written them", "[demo][records]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();
    const QDateTime now = Clock::instance().nowUtc();
    auto participants = ParticipantStore(t.db()).all();
    REQUIRE_OK(participants);
    int firstPlans = 0;
    int firstPlansInAWeek = 0;
    int signedNotes = 0;
    int signedWithinTwoDays = 0;
    int screens = 0;
    for (const Participant& p : *participants) {
        auto episodes = EpisodeStore(t.db()).episodes(p.id);
        REQUIRE_OK(episodes);
        for (const Episode& e : *episodes) {
            auto versions = TreatmentPlanStore(t.db()).versions(e.id);
            REQUIRE_OK(versions);
            for (const PlanVersion& v : *versions) {
                if (v.isDraft())
                    continue;
                const QDate finalized = v.finalizedAt.toLocalTime().date();
                CHECK(finalized >= e.admissionDate);
                if (!e.isOpen())
                    CHECK(finalized <= e.dischargeDate);
                CHECK(v.finalizedAt <= now);
                if (v.version == 1) {
                    ++firstPlans;
                    firstPlansInAWeek += e.admissionDate.daysTo(finalized) <= 7 ? 1 : 0;
                }
            }
        }
        auto notes = NoteStore(t.db()).notes(p.id);
        REQUIRE_OK(notes);
        for (const NoteSummary& n : *notes) {
            if (!n.signedAt.isValid())
                continue;
            ++signedNotes;
            const QDate signedOn = n.signedAt.toLocalTime().date();
            CHECK(signedOn >= n.serviceDate);
            CHECK(n.signedAt <= now);
            signedWithinTwoDays += n.serviceDate.daysTo(signedOn) <= 2 ? 1 : 0;
        }
        auto tox = ToxicologyStore(t.db()).screens(p.id);
        REQUIRE_OK(tox);
        for (const ToxScreen& s : *tox) {
            ++screens;
            CHECK(s.recordedAt.toLocalTime().date() == s.collectedOn);
        }
    }
    INFO(firstPlansInAWeek << " of " << firstPlans << " first plans within a week");
    REQUIRE(firstPlans > 20);
    CHECK(firstPlansInAWeek * 100 >= firstPlans * 85);
    CHECK(firstPlansInAWeek < firstPlans); // a few were late
    INFO(signedWithinTwoDays << " of " << signedNotes << " notes signed within two days");
    REQUIRE(signedNotes > 200);
    CHECK(signedWithinTwoDays * 100 >= signedNotes * 95);
    CHECK(screens > 0);
}

TEST_CASE("every signed demo note and plan verifies and the audit trail holds", "[demo][records]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();
    const StaffMember supervisor = account(t.db(), DemoGenerator::SupervisorUser);
    t.actAs(supervisor.id, supervisor.roles);

    auto problems = NoteStore(t.db()).verify();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
    auto chain = AuditTrail::verify(t.db());
    REQUIRE_OK(chain);
    CHECK(chain->intact());
    CHECK(chain->rowsChecked > 1000);

    auto participants = ParticipantStore(t.db()).all();
    REQUIRE_OK(participants);
    int verified = 0;
    for (const Participant& p : *participants) {
        auto episodes = EpisodeStore(t.db()).episodes(p.id);
        REQUIRE_OK(episodes);
        for (const Episode& e : *episodes) {
            auto versions = TreatmentPlanStore(t.db()).versions(e.id);
            REQUIRE_OK(versions);
            for (const PlanVersion& v : *versions) {
                if (v.isDraft())
                    continue;
                auto ok = TreatmentPlanStore(t.db()).verify(v.id);
                REQUIRE_OK(ok);
                CHECK(*ok);
                ++verified;
            }
        }
    }
    CHECK(verified > 50);
}

TEST_CASE("the demo counselor's caseload shows plan, note and screen flags and the supervisor "
          "has notes to co-sign",
    "[demo][records]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();

    const StaffMember counselor = account(t.db(), DemoGenerator::CounselorUser);
    t.actAs(counselor.id, counselor.roles);
    CaseloadFilter mine;
    mine.counselorId = counselor.id;
    auto caseload = CaseloadQuery::rows(t.db(), mine, Today);
    REQUIRE_OK(caseload);
    int planOverdue = 0;
    int lateNotes = 0;
    QList<Id> inCare;
    for (const CaseloadRow& row : *caseload) {
        planOverdue += row.planDue && row.planDue->overdue() ? 1 : 0;
        lateNotes += row.lateUnsignedNotes > 0 ? 1 : 0;
        if (row.phase)
            inCare.append(row.participantId);
    }
    CHECK(planOverdue >= 1);
    CHECK(lateNotes >= 1);
    auto recovery = ToxicologyStore(t.db()).signalsFor(inCare, Today);
    REQUIRE_OK(recovery);
    int positives = 0;
    for (const CaseloadRow& row : *caseload) {
        const RecoverySignals s = recovery->value(row.participantId);
        if (s.flaggedPositiveOn.isValid()) {
            ++positives;
            CHECK_FALSE(row.recoveryFlags.isEmpty()); // and the caseload shows it
        }
    }
    CHECK(positives >= 1);
    // The counselor's own late drafts are in their list.
    auto late = NoteStore(t.db()).lateUnsigned();
    REQUIRE_OK(late);
    CHECK_FALSE(late->isEmpty());

    // Across the program the flags stay the exception: plans overdue for about one in ten in
    // care, late notes and screen flags for a few.
    const StaffMember supervisor = account(t.db(), DemoGenerator::SupervisorUser);
    t.actAs(supervisor.id, supervisor.roles);
    auto everyone = CaseloadQuery::rows(t.db(), {}, Today);
    REQUIRE_OK(everyone);
    int inCareAll = 0;
    int plansOverdue = 0;
    int withLateNotes = 0;
    int withRecoveryFlags = 0;
    for (const CaseloadRow& row : *everyone) {
        if (!row.phase)
            continue;
        ++inCareAll;
        plansOverdue += row.planDue ? 1 : 0;
        withLateNotes += row.lateUnsignedNotes > 0 ? 1 : 0;
        withRecoveryFlags += row.recoveryFlags.isEmpty() ? 0 : 1;
    }
    INFO(plansOverdue << " plans overdue, " << withLateNotes << " with late notes, "
                      << withRecoveryFlags << " with screen or use flags, of " << inCareAll);
    REQUIRE(inCareAll > 20);
    CHECK(plansOverdue * 100 >= inCareAll * 3);
    CHECK(plansOverdue * 100 <= inCareAll * 25);
    CHECK(withLateNotes * 100 <= inCareAll * 20);
    CHECK(withRecoveryFlags * 100 <= inCareAll * 35);

    auto queue = NoteStore(t.db()).cosignQueue();
    REQUIRE_OK(queue);
    REQUIRE_FALSE(queue->isEmpty());
    // Waiting notes are the trainee's, and two notes went back to them and were answered.
    auto staff = StaffStore(t.db()).list(true);
    REQUIRE_OK(staff);
    QSet<Id> trainees;
    for (const StaffMember& s : *staff) {
        if (s.cosignRequired)
            trainees.insert(s.id);
    }
    CHECK(trainees.size() == 1);
    for (const NoteSummary& n : *queue)
        CHECK(trainees.contains(n.authorId));
    int returnedAndAnswered = 0;
    auto participants = ParticipantStore(t.db()).all();
    REQUIRE_OK(participants);
    for (const Participant& p : *participants) {
        auto notes = NoteStore(t.db()).notes(p.id);
        REQUIRE_OK(notes);
        for (const NoteSummary& n : *notes) {
            if (!trainees.contains(n.authorId) || n.addendumCount == 0 || n.groupNoteId > 0)
                continue;
            auto note = NoteStore(t.db()).get(n.id);
            REQUIRE_OK(note);
            bool returned = false;
            for (const NoteReview& review : note->reviews)
                returned = returned || review.action == NoteReviewAction::Returned;
            if (returned && !note->pendingReturn())
                ++returnedAndAnswered;
        }
    }
    CHECK(returnedAndAnswered == 2);
}

TEST_CASE(
    "discharged demo episodes keep their signed records, readmissions included", "[demo][records]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();
    auto participants = ParticipantStore(t.db()).all();
    REQUIRE_OK(participants);
    int closed = 0;
    int earlier = 0;
    QSet<int> reasons;
    for (const Participant& p : *participants) {
        auto episodes = EpisodeStore(t.db()).episodes(p.id);
        REQUIRE_OK(episodes);
        for (qsizetype i = 0; i < episodes->size(); ++i) {
            const Episode& e = episodes->at(i);
            if (e.isOpen())
                continue;
            ++closed;
            earlier += i + 1 < episodes->size() ? 1 : 0;
            INFO(p.recordNumber.toStdString() << " " << e.dischargeReason.toStdString());
            auto record = DischargeStore(t.db()).record(e.id);
            REQUIRE_OK(record);
            REQUIRE(record->has_value());
            const DischargeRecord& d = **record;
            CHECK(d.dischargeDate == e.dischargeDate);
            CHECK(d.reason == demo::DemoRecords::reasonOf(e.dischargeReason));
            reasons.insert(int(d.reason));
            CHECK(d.summary.contains(p.recordNumber));
            CHECK_FALSE(d.summary.contains(QLatin1Char('[')));
            CHECK(d.signedAt.toLocalTime().date() >= e.dischargeDate);
        }
    }
    CHECK(closed > 20);
    CHECK(earlier > 0);
    CHECK(reasons.size() >= 3);
}

TEST_CASE("demo discharge reasons map to the record's reasons", "[demo][records]")
{
    using demo::DemoRecords;
    QString note;
    CHECK(DemoRecords::reasonOf(QStringLiteral("Completed program"), &note)
        == DischargeReason::Completed);
    CHECK(note.isEmpty());
    CHECK(DemoRecords::reasonOf(
              QStringLiteral("Completed program; continuing with outpatient therapist"), &note)
        == DischargeReason::Completed);
    CHECK(note == QStringLiteral("continuing with outpatient therapist"));
    CHECK(DemoRecords::reasonOf(QStringLiteral("Transferred to residential treatment"), &note)
        == DischargeReason::TransferredHigher);
    CHECK(note == QStringLiteral("Residential treatment"));
    CHECK(DemoRecords::reasonOf(QStringLiteral("Stopped attending; unable to reach"))
        == DischargeReason::Administrative);
    CHECK(DemoRecords::reasonOf(QStringLiteral("Left against clinical advice"))
        == DischargeReason::LeftAgainstAdvice);
    CHECK(DemoRecords::reasonOf(QStringLiteral("Incarcerated; discharged administratively"))
        == DischargeReason::Incarcerated);
    CHECK(DemoRecords::reasonOf(QStringLiteral("Insurance authorization ended"), &note)
        == DischargeReason::Other);
    CHECK(note == QStringLiteral("Insurance authorization ended"));
}

TEST_CASE("the same seed and day give the same clinical record", "[demo][records]")
{
    MockClock clock(Today);
    TestDatabase a;
    TestDatabase b;
    TestDatabase c;
    const DemoSummary sa = SharedDemo::generate(a.db(), 30, 36);
    const DemoSummary sb = SharedDemo::generate(b.db(), 30, 36);
    const DemoSummary sc = SharedDemo::generate(c.db(), 30, 37);
    const auto counts = [](const DemoSummary& s) {
        return QList<int> { s.treatmentPlans, s.planVersions, s.planReviews, s.relapsePlans,
            s.aftercarePlans, s.medications, s.notes, s.notesSigned, s.notesDraft,
            s.notesAwaitingCosign, s.groupNotes, s.screens, s.unexpectedPositiveScreens,
            s.useEvents, s.dischargeRecords };
    };
    CHECK(counts(sa) == counts(sb));
    CHECK(counts(sa) != counts(sc));
    CHECK(sa.notes > 0);
}

TEST_CASE("the demo has consents to disclose, in effect, revoked and expired", "[demo][records]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();
    auto participants = ParticipantStore(t.db()).all();
    REQUIRE_OK(participants);
    int consents = 0;
    int inEffect = 0;
    int revoked = 0;
    int expired = 0;
    for (const Participant& p : *participants) {
        auto list = ConsentStore(t.db()).list(p.id);
        REQUIRE_OK(list);
        for (const Consent& c : *list) {
            ++consents;
            CHECK(c.isSigned());
            CHECK_FALSE(c.recipientOrganization.isEmpty());
            switch (ConsentRules::validity(c, Today)) {
            case ConsentValidity::Valid:
                ++inEffect;
                break;
            case ConsentValidity::Revoked:
                ++revoked;
                break;
            case ConsentValidity::Expired:
                ++expired;
                break;
            default:
                break;
            }
        }
    }
    // About a third of those in care and some discharged in the last year.
    CHECK(consents >= 8);
    CHECK(inEffect >= 5);
    CHECK(expired >= 1);
    CHECK(inEffect + revoked + expired == consents);
}
