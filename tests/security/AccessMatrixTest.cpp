// SPDX-License-Identifier: GPL-3.0-or-later
// Every role against every permission, then against the real services: what each role may do,
// what it is refused (with an access.denied audit row), and what no one may do unsigned.
#include "SecurityTestSupport.h"
#include "auth/Access.h"
#include "auth/EmergencyAccess.h"
#include "io/AuditCsv.h"
#include "io/ParticipantCsv.h"
#include "storage/AccountStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <functional>
#include <set>

using namespace stepwise;

namespace {

constexpr StaffRole C = StaffRole::Counselor;
constexpr StaffRole S = StaffRole::Supervisor;
constexpr StaffRole A = StaffRole::Administrator;

// The matrix of docs/security.md, one role at a time. A person holding several roles may do
// what any of them may.
struct MatrixRow
{
    Permission permission;
    bool counselor, supervisor, administrator;
};
const MatrixRow matrix[] = {
    { Permission::ViewParticipant, true, true, false },
    { Permission::EditParticipant, true, true, false },
    { Permission::CreateParticipant, true, true, false },
    { Permission::ChangePhase, true, true, false },
    { Permission::ReassignCounselor, false, true, false },
    { Permission::SignNote, true, true, false },
    { Permission::CoSignNote, false, true, false },
    { Permission::ViewOwnReports, true, true, false },
    { Permission::ViewAllReports, false, true, false },
    { Permission::ImportParticipants, false, true, false },
    { Permission::ExportParticipants, false, true, false },
    { Permission::EmergencyAccess, true, true, false },
    { Permission::ViewAudit, false, true, true },
    { Permission::ManageStaff, false, false, true },
    { Permission::ManageSettings, false, false, true },
    { Permission::Backup, false, false, true },
    { Permission::RecordAssessment, true, true, false },
    { Permission::ManageSchedule, true, true, false },
    { Permission::RecordAttendance, true, true, false },
    { Permission::WriteRecord, true, true, false },
};

const QDate today(2026, 11, 26);
const QDate admitted(2026, 11, 2);

// Two counselors with one participant each (admitted), a supervisor and an administrator.
struct Clinic
{
    test::MockClock clock { sectest::startTime() };
    test::TestDatabase t;
    Id counselorA = 0, counselorB = 0, supervisor = 0, admin = 0;
    Id pA = 0, pB = 0, episodeB = 0;

    Clinic()
    {
        // One commit for the whole setup: every commit is an fsync (synchronous=FULL).
        Transaction tx(t.db());
        REQUIRE(tx.ok());
        counselorA = t.counselorId();
        counselorB = t.addStaff(QStringLiteral("Blake Counselor"), { C });
        supervisor = t.addStaff(QStringLiteral("Sam Supervisor"), { S });
        admin = t.addStaff(QStringLiteral("Ari Admin"), { A });
        pA = addParticipant(QStringLiteral("A-100"), QStringLiteral("Rivera"), counselorA);
        pB = addParticipant(QStringLiteral("B-200"), QStringLiteral("Stone"), counselorB);
        auto episodes = EpisodeStore(t.db()).episodes(pB);
        REQUIRE_OK(episodes);
        episodeB = episodes->first().id;
        REQUIRE_OK(tx.commit());
    }

    Id addParticipant(const QString& record, const QString& lastName, Id counselor)
    {
        Participant p = test::sampleParticipant(record);
        p.legalLastName = lastName;
        p.counselorId = counselor;
        auto id = ParticipantStore(t.db()).add(
            p, Admission { admitted, { 3, 9.0 }, QStringLiteral("intake") });
        REQUIRE_OK(id);
        return id.value();
    }

    void asCounselorA() { t.actAs(counselorA, { C }); }
    void asCounselorB() { t.actAs(counselorB, { C }); }
    void asSupervisor() { t.actAs(supervisor, { S }); }
    void asAdmin() { t.actAs(admin, { A }); }

    // The stored participant, read as the lead.
    Participant participant(Id id)
    {
        return sectest::asLead(t, [&] {
            auto p = ParticipantStore(t.db()).get(id);
            REQUIRE_OK(p);
            return p.value();
        });
    }
    std::set<Id> caseload()
    {
        auto rows = CaseloadQuery::rows(t.db(), {}, today);
        REQUIRE_OK(rows);
        std::set<Id> ids;
        for (const CaseloadRow& r : rows.value())
            ids.insert(r.participantId);
        return ids;
    }
    std::set<Id> listed()
    {
        auto all = ParticipantStore(t.db()).all();
        REQUIRE_OK(all);
        std::set<Id> ids;
        for (const Participant& p : all.value())
            ids.insert(p.id);
        return ids;
    }
    void saveSettings(const std::function<void(ProgramSettings&)>& change)
    {
        sectest::asLead(t, [&] {
            SettingsStore store(t.db());
            auto s = store.load();
            REQUIRE_OK(s);
            change(s.value());
            REQUIRE_OK(store.save(s.value()));
        });
    }
    QList<AuditEntry> denials()
    {
        AuditFilter f;
        f.action = QStringLiteral("access.denied");
        return sectest::auditRows(t, f);
    }
};

using Outcome = std::optional<Error>; // nullopt: the service did it

template<typename T> Outcome outcomeOf(const Result<T>& r)
{
    return r.ok() ? Outcome() : Outcome(r.error());
}

Outcome outcomeOf(const ParticipantCsv::ImportOutcome& o)
{
    if (o.error)
        return o.error;
    if (!o.problems.isEmpty())
        return Error { ErrorCode::Validation, o.problems.first().message, {}, {} };
    return {};
}

enum class Who { Counselor, Supervisor, Administrator, Nobody };

const char* name(Who w)
{
    switch (w) {
    case Who::Counselor:
        return "counselor";
    case Who::Supervisor:
        return "supervisor";
    case Who::Administrator:
        return "administrator";
    case Who::Nobody:
        return "nobody signed in";
    }
    return "";
}

struct ServiceCase
{
    const char* action;
    // Whether the counselor (A, whose participant is pA), a supervisor and an administrator
    // may do it.
    bool counselor, supervisor, administrator;
    std::function<Outcome(Clinic&)> run;
};

Participant withNewPhone(Clinic& c, Id id)
{
    Participant p = c.participant(id);
    p.phone = QStringLiteral("(555) 010-7777");
    return p;
}

// In an order one clinic can run them in: later cases do not depend on what earlier ones wrote.
const QList<ServiceCase>& serviceCases()
{
    static const QList<ServiceCase> cases = {
        { "list the caseload", true, true, false,
            [](Clinic& c) { return outcomeOf(CaseloadQuery::rows(c.t.db(), {}, today)); } },
        { "list participants", true, true, false,
            [](Clinic& c) { return outcomeOf(ParticipantStore(c.t.db()).all()); } },
        { "find a record number", true, true, false,
            [](Clinic& c) {
                return outcomeOf(
                    ParticipantStore(c.t.db()).findByRecordNumber(QStringLiteral("B-200")));
            } },
        { "open a chart of one's caseload", true, true, false,
            [](Clinic& c) { return outcomeOf(ParticipantStore(c.t.db()).openChart(c.pA)); } },
        { "read a participant of one's caseload", true, true, false,
            [](Clinic& c) { return outcomeOf(ParticipantStore(c.t.db()).get(c.pA)); } },
        { "open another counselor's chart", false, true, false,
            [](Clinic& c) { return outcomeOf(ParticipantStore(c.t.db()).openChart(c.pB)); } },
        { "read another counselor's participant", false, true, false,
            [](Clinic& c) { return outcomeOf(ParticipantStore(c.t.db()).get(c.pB)); } },
        { "edit a participant of one's caseload", true, true, false,
            [](Clinic& c) {
                return outcomeOf(ParticipantStore(c.t.db()).update(withNewPhone(c, c.pA)));
            } },
        { "edit another counselor's participant", false, true, false,
            [](Clinic& c) {
                return outcomeOf(ParticipantStore(c.t.db()).update(withNewPhone(c, c.pB)));
            } },
        { "read another counselor's participant's episodes", false, true, false,
            [](Clinic& c) { return outcomeOf(EpisodeStore(c.t.db()).episodes(c.pB)); } },
        { "change another counselor's participant's phase", false, true, false,
            [](Clinic& c) {
                return outcomeOf(EpisodeStore(c.t.db()).transition(c.episodeB, PhaseKind::StepDown,
                    QDate(2026, 11, 20), { 2, 4.0 }, QStringLiteral("met intensive goals")));
            } },
        { "intake a new participant", true, true, false,
            [](Clinic& c) {
                return outcomeOf(ParticipantStore(c.t.db()).add(
                    test::sampleParticipant(QStringLiteral("N-300"))));
            } },
        { "move a participant to another counselor", false, true, false,
            [](Clinic& c) {
                Participant p = c.participant(c.pA);
                p.counselorId = c.counselorB;
                return outcomeOf(ParticipantStore(c.t.db()).update(p));
            } },
        { "export participants as CSV", false, true, false,
            [](Clinic& c) { return outcomeOf(ParticipantCsv::exportCsv(c.t.db(), {})); } },
        { "import participants from CSV", false, true, false,
            [](Clinic& c) {
                const QByteArray headerOnly
                    = ParticipantCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
                return outcomeOf(ParticipantCsv::importCsv(c.t.db(), headerOnly, today));
            } },
        { "read the audit log", false, true, true,
            [](Clinic& c) { return outcomeOf(AuditTrail::entries(c.t.db())); } },
        { "verify the audit chain", false, true, true,
            [](Clinic& c) { return outcomeOf(AuditTrail::verify(c.t.db())); } },
        { "export the audit log", false, true, true,
            [](Clinic& c) { return outcomeOf(AuditCsv::exportCsv(c.t.db(), {})); } },
        { "list staff", true, true, true,
            [](Clinic& c) { return outcomeOf(StaffStore(c.t.db()).list()); } },
        { "add a staff member", false, false, true,
            [](Clinic& c) {
                StaffMember m;
                m.name = QStringLiteral("New Hire");
                return outcomeOf(StaffStore(c.t.db()).add(m));
            } },
        { "change a staff member's roles", false, false, true,
            [](Clinic& c) {
                StaffMember m = sectest::asLead(c.t, [&] {
                    auto got = StaffStore(c.t.db()).get(c.counselorB);
                    REQUIRE_OK(got);
                    return got.value();
                });
                m.roles.add(S);
                return outcomeOf(StaffStore(c.t.db()).update(m));
            } },
        { "give a staff member an account", false, false, true,
            [](Clinic& c) {
                return outcomeOf(AccountStore(c.t.db()).setCredentials(
                    c.counselorB, QStringLiteral("bcounselor"), sectest::StrongPassword));
            } },
        { "unlock an account", false, false, true,
            [](Clinic& c) { return outcomeOf(AccountStore(c.t.db()).unlock(c.counselorB)); } },
        { "read another person's account", false, false, true,
            [](Clinic& c) { return outcomeOf(AccountStore(c.t.db()).account(c.counselorB)); } },
        { "save program settings", false, false, true,
            [](Clinic& c) {
                ProgramSettings s;
                s.clinicName = QStringLiteral("Harbor IOP");
                return outcomeOf(SettingsStore(c.t.db()).save(s));
            } },
        { "use emergency access", true, true, false,
            [](Clinic& c) {
                return outcomeOf(EmergencyAccess::grant(
                    c.t.db(), c.pB, QStringLiteral("Crisis call while their counselor is out")));
            } },
    };
    return cases;
}

} // namespace

TEST_CASE("Every role combination gets exactly the documented permissions", "[security][access]")
{
    for (int bits = 0; bits < 8; ++bits) {
        RoleSet roles;
        if (bits & 1)
            roles.add(C);
        if (bits & 2)
            roles.add(S);
        if (bits & 4)
            roles.add(A);
        for (const MatrixRow& row : matrix) {
            const bool expected = ((bits & 1) && row.counselor) || ((bits & 2) && row.supervisor)
                || ((bits & 4) && row.administrator);
            INFO("roles \"" << roles.storageKeys().join(QLatin1Char(',')).toStdString()
                            << "\", permission " << storageKey(row.permission).toStdString());
            CHECK(Access::roleAllows(roles, row.permission) == expected);
        }
    }
    // The table names every permission once.
    std::set<QString> keys;
    for (const MatrixRow& row : matrix)
        keys.insert(storageKey(row.permission));
    CHECK(keys.size() == std::size(matrix));
    CHECK(std::size(matrix) == std::size_t(Permission::WriteRecord) + 1);
}

// One clinic per role, the cases in the order of the table: reads first, then writes that leave
// the later cases' answers alone, emergency access last (it widens the counselor's reach).
TEST_CASE("Every role against every service: allowed, or refused and audited",
    "[security][access][services]")
{
    for (Who who : { Who::Counselor, Who::Supervisor, Who::Administrator }) {
        Clinic c;
        Id actor = 0;
        switch (who) {
        case Who::Counselor:
            c.asCounselorA();
            actor = c.counselorA;
            break;
        case Who::Supervisor:
            c.asSupervisor();
            actor = c.supervisor;
            break;
        default:
            c.asAdmin();
            actor = c.admin;
            break;
        }
        for (const ServiceCase& sc : serviceCases()) {
            const bool allowed = who == Who::Counselor ? sc.counselor
                : who == Who::Supervisor               ? sc.supervisor
                                                       : sc.administrator;
            const auto deniedBefore = c.denials().size();
            const Outcome outcome = sc.run(c);
            INFO(name(who) << ": " << sc.action << ": "
                           << (outcome ? test::describe(*outcome) : std::string("done")));
            const auto denied = c.denials();
            if (allowed) {
                CHECK_FALSE(outcome.has_value());
                CHECK(denied.size() == deniedBefore);
            } else {
                REQUIRE(outcome.has_value());
                CHECK(outcome->code == ErrorCode::Forbidden);
                REQUIRE(denied.size() == deniedBefore + 1);
                CHECK(denied.last().staffId == actor);
                CHECK_FALSE(denied.last().detail.isEmpty());
            }
        }
    }
}

TEST_CASE("Without a session every service answers Unauthenticated and writes nothing",
    "[security][access][services]")
{
    Clinic c;
    const Id before = sectest::lastAuditId(c.t);
    for (const ServiceCase& sc : serviceCases()) {
        INFO(sc.action);
        // Cases that prepare a record read it as the lead first, then act as nobody.
        c.t.db().setSession(std::nullopt);
        const Outcome outcome = sc.run(c);
        REQUIRE(outcome.has_value());
        CHECK(outcome->code == ErrorCode::Unauthenticated);
        CHECK(sectest::lastAuditId(c.t) == before);
    }
}

TEST_CASE("A counselor's lists hold their own caseload and nothing else", "[security][access]")
{
    Clinic c;
    c.asCounselorA();
    CHECK(c.caseload() == std::set<Id> { c.pA });
    CHECK(c.listed() == std::set<Id> { c.pA });
    // Filtering on another counselor does not widen what one sees.
    CaseloadFilter theirs;
    theirs.counselorId = c.counselorB;
    auto rows = CaseloadQuery::rows(c.t.db(), theirs, today);
    REQUIRE_OK(rows);
    CHECK(rows->isEmpty());

    c.asCounselorB();
    CHECK(c.caseload() == std::set<Id> { c.pB });
    c.asSupervisor();
    CHECK(c.caseload() == std::set<Id> { c.pA, c.pB });
    CHECK(c.listed() == std::set<Id> { c.pA, c.pB });
}

TEST_CASE("Refused reads and edits of another caseload are audited with what was tried",
    "[security][access]")
{
    Clinic c;
    const Participant before = c.participant(c.pB);
    c.asCounselorA();
    ParticipantStore store(c.t.db());
    CHECK(store.get(c.pB).error().code == ErrorCode::Forbidden);
    Participant edit = before;
    edit.phone = QStringLiteral("(555) 010-0000");
    CHECK(store.update(edit).error().code == ErrorCode::Forbidden);
    CHECK(EpisodeStore(c.t.db()).episodes(c.pB).error().code == ErrorCode::Forbidden);
    CHECK(c.participant(c.pB) == before);

    const auto denied = c.denials();
    REQUIRE(denied.size() == 3);
    const QStringList details { denied.at(0).detail, denied.at(1).detail, denied.at(2).detail };
    CHECK(details
        == QStringList({ QStringLiteral("view_participant"), QStringLiteral("edit_participant"),
            QStringLiteral("view_participant") }));
    for (const AuditEntry& e : denied) {
        CHECK(e.staffId == c.counselorA);
        CHECK(e.participantId == c.pB);
        CHECK(e.at == sectest::startTime());
    }
}

TEST_CASE("Only a supervisor moves participants between caseloads", "[security][access]")
{
    Clinic c;
    c.asCounselorA();
    Participant p = c.participant(c.pA);
    p.counselorId = c.counselorB;
    const Status moved = ParticipantStore(c.t.db()).update(p);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().code == ErrorCode::Forbidden);
    CHECK(moved.error().hasField(QStringLiteral("counselor")));
    CHECK(c.participant(c.pA).counselorId == c.counselorA);

    // A counselor's intake joins their own caseload; they cannot put it on someone else's.
    Participant other = test::sampleParticipant(QStringLiteral("N-301"));
    other.counselorId = c.counselorB;
    CHECK(ParticipantStore(c.t.db()).add(other).error().code == ErrorCode::Forbidden);
    auto mine = ParticipantStore(c.t.db()).add(test::sampleParticipant(QStringLiteral("N-302")));
    REQUIRE_OK(mine);
    CHECK(c.participant(mine.value()).counselorId == c.counselorA);

    c.asSupervisor();
    REQUIRE_OK(ParticipantStore(c.t.db()).update(p));
    CHECK(c.participant(c.pA).counselorId == c.counselorB);
    c.asCounselorA();
    CHECK(c.caseload() == std::set<Id> { mine.value() });
    CHECK(ParticipantStore(c.t.db()).get(c.pA).error().code == ErrorCode::Forbidden);
}

TEST_CASE(
    "An administrator without a clinical role reads no clinical content", "[security][access]")
{
    Clinic c;
    c.asAdmin();
    CHECK(CaseloadQuery::rows(c.t.db(), {}, today).error().code == ErrorCode::Forbidden);
    CHECK(ParticipantStore(c.t.db()).get(c.pA).error().code == ErrorCode::Forbidden);
    CHECK(ParticipantStore(c.t.db()).all().error().code == ErrorCode::Forbidden);
    CHECK(ParticipantCsv::exportCsv(c.t.db(), {}).error().code == ErrorCode::Forbidden);
    const auto import = ParticipantCsv::importCsv(
        c.t.db(), ParticipantCsv::columns().join(QLatin1Char(',')).toUtf8(), today);
    REQUIRE(import.error.has_value());
    CHECK(import.error->code == ErrorCode::Forbidden);
    CHECK(EmergencyAccess::grant(c.t.db(), c.pA, QStringLiteral("Need to check the address"))
              .error()
              .code
        == ErrorCode::Forbidden);
    // Even with counselors seeing the whole program.
    c.saveSettings([](ProgramSettings& s) { s.security.counselorScope = CounselorScope::Program; });
    c.asAdmin();
    CHECK(ParticipantStore(c.t.db()).get(c.pA).error().code == ErrorCode::Forbidden);

    // What administrators are for.
    StaffMember m;
    m.name = QStringLiteral("Robin New");
    REQUIRE_OK(StaffStore(c.t.db()).add(m));
    ProgramSettings s;
    s.security.idleLockMinutes = 5;
    REQUIRE_OK(SettingsStore(c.t.db()).save(s));
}

TEST_CASE(
    "The program setting widens a counselor's reach to every participant", "[security][access]")
{
    Clinic c;
    c.saveSettings([](ProgramSettings& s) { s.security.counselorScope = CounselorScope::Program; });
    c.asCounselorA();
    CHECK(c.caseload() == std::set<Id> { c.pA, c.pB });
    CHECK(c.listed() == std::set<Id> { c.pA, c.pB });
    REQUIRE_OK(ParticipantStore(c.t.db()).update(withNewPhone(c, c.pB)));
    const Id before = sectest::lastAuditId(c.t);
    REQUIRE_OK(ParticipantStore(c.t.db()).openChart(c.pB));
    const auto view = sectest::auditRowsAfter(c.t, before);
    REQUIRE(sectest::actions(view) == QStringList { QStringLiteral("chart.view") });
    CHECK_FALSE(view.first().flagged); // in reach by the setting: no emergency
    // Reassigning still needs a supervisor.
    Participant p = c.participant(c.pB);
    p.counselorId = c.counselorA;
    CHECK(ParticipantStore(c.t.db()).update(p).error().code == ErrorCode::Forbidden);

    c.saveSettings(
        [](ProgramSettings& s) { s.security.counselorScope = CounselorScope::Caseload; });
    c.asCounselorA();
    CHECK(c.caseload() == std::set<Id> { c.pA });
    CHECK(ParticipantStore(c.t.db()).get(c.pB).error().code == ErrorCode::Forbidden);
}

TEST_CASE("Emergency access opens one chart for a while, with a reason, flagged",
    "[security][access][emergency]")
{
    Clinic c;
    c.asCounselorA();
    REQUIRE(ParticipantStore(c.t.db()).get(c.pB).error().code == ErrorCode::Forbidden);

    // A reason is required: a few characters are not one.
    auto tooShort = EmergencyAccess::grant(c.t.db(), c.pB, QStringLiteral("   urgent  "));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == ErrorCode::Validation);
    CHECK(tooShort.error().hasField(QStringLiteral("reason")));
    CHECK(ParticipantStore(c.t.db()).get(c.pB).error().code == ErrorCode::Forbidden);

    const QString reason = QStringLiteral("Crisis line call; Blake is out today");
    auto grant = EmergencyAccess::grant(c.t.db(), c.pB, reason);
    REQUIRE_OK(grant);
    CHECK(grant->expiresAt == sectest::startTime().addSecs(60 * 60));
    CHECK(grant->reason == reason);

    AuditFilter grants;
    grants.action = QStringLiteral("emergency_access.grant");
    const auto granted = sectest::auditRows(c.t, grants);
    REQUIRE(granted.size() == 1);
    CHECK(granted.first().flagged);
    CHECK(granted.first().staffId == c.counselorA);
    CHECK(granted.first().participantId == c.pB);
    CHECK(granted.first().detail.contains(reason));

    // The chart is in reach now, and its view is flagged for review.
    REQUIRE_OK(ParticipantStore(c.t.db()).get(c.pB));
    REQUIRE_OK(EpisodeStore(c.t.db()).episodes(c.pB));
    CHECK(c.caseload() == std::set<Id> { c.pA, c.pB });
    const Id before = sectest::lastAuditId(c.t);
    REQUIRE_OK(ParticipantStore(c.t.db()).openChart(c.pB));
    auto views = sectest::auditRowsAfter(c.t, before);
    REQUIRE(sectest::actions(views) == QStringList { QStringLiteral("chart.view") });
    CHECK(views.first().flagged);
    CHECK(views.first().participantId == c.pB);
    // Their own participant's chart is not an emergency.
    REQUIRE_OK(ParticipantStore(c.t.db()).openChart(c.pA));
    views = sectest::auditRowsAfter(c.t, views.last().id);
    REQUIRE(views.size() == 1);
    CHECK_FALSE(views.first().flagged);
    // The grant is for that chart and that person only.
    c.asCounselorB();
    CHECK(ParticipantStore(c.t.db()).get(c.pA).error().code == ErrorCode::Forbidden);
    c.asCounselorA();

    c.clock.set(sectest::startTime().addSecs(59 * 60));
    REQUIRE_OK(ParticipantStore(c.t.db()).get(c.pB));
    c.clock.set(sectest::startTime().addSecs(61 * 60));
    CHECK(ParticipantStore(c.t.db()).get(c.pB).error().code == ErrorCode::Forbidden);
    CHECK(c.caseload() == std::set<Id> { c.pA });
    auto active = EmergencyAccess::active(c.t.db(), c.pB);
    REQUIRE_OK(active);
    CHECK_FALSE(active->has_value());
}

TEST_CASE("The emergency access minutes are a setting", "[security][access][emergency]")
{
    Clinic c;
    c.saveSettings([](ProgramSettings& s) { s.security.emergencyAccessMinutes = 5; });
    c.asCounselorA();
    REQUIRE_OK(EmergencyAccess::grant(c.t.db(), c.pB, QStringLiteral("Crisis line call tonight")));
    c.clock.set(sectest::startTime().addSecs(4 * 60));
    CHECK(ParticipantStore(c.t.db()).get(c.pB).ok());
    c.clock.set(sectest::startTime().addSecs(5 * 60 + 1));
    CHECK(ParticipantStore(c.t.db()).get(c.pB).error().code == ErrorCode::Forbidden);
}

TEST_CASE("Audit readers without a clinical role see which fields changed, not the values",
    "[security][access][audit]")
{
    Clinic c;
    const QString oldPhone = c.participant(c.pA).phone;
    const QString newPhone = QStringLiteral("(555) 010-4242");
    sectest::asLead(c.t, [&] {
        Participant p = c.participant(c.pA);
        p.phone = newPhone;
        REQUIRE_OK(ParticipantStore(c.t.db()).update(p));
    });
    AuditFilter updates;
    updates.action = QStringLiteral("participant.update");

    c.asAdmin();
    auto hidden = AuditTrail::entries(c.t.db(), updates);
    REQUIRE_OK(hidden);
    REQUIRE(hidden->size() == 1);
    const QJsonObject redacted = QJsonDocument::fromJson(hidden->first().changes.toUtf8()).object();
    CHECK(redacted.keys() == QStringList { QStringLiteral("phone") });
    CHECK(redacted.value(QStringLiteral("phone"))
              .toObject()
              .value(QStringLiteral("hidden"))
              .toBool());
    CHECK_FALSE(hidden->first().changes.contains(newPhone));
    CHECK_FALSE(hidden->first().changes.contains(oldPhone));
    // Nor in the CSV an administrator exports, nor in the creation rows.
    auto csv = AuditCsv::exportCsv(c.t.db(), {});
    REQUIRE_OK(csv);
    CHECK_FALSE(csv->contains(newPhone.toUtf8()));
    CHECK_FALSE(csv->contains(oldPhone.toUtf8()));
    CHECK_FALSE(csv->contains(QByteArrayLiteral("Rivera")));

    c.asSupervisor();
    auto shown = AuditTrail::entries(c.t.db(), updates);
    REQUIRE_OK(shown);
    REQUIRE(shown->size() == 1);
    const QJsonObject values = QJsonDocument::fromJson(shown->first().changes.toUtf8()).object();
    const QJsonObject phone = values.value(QStringLiteral("phone")).toObject();
    CHECK(phone.value(QStringLiteral("before")).toString() == oldPhone);
    CHECK(phone.value(QStringLiteral("after")).toString() == newPhone);
}

// phase.plan and phase.transition rows carry values in `detail` ("2 sessions, 4 h",
// "intensive -> step_down on ..."): an administrator without a clinical role must not read them.
TEST_CASE("Audit readers without a clinical role see no clinical values in details either",
    "[security][access][audit]")
{
    Clinic c;
    sectest::asLead(c.t, [&] {
        EpisodeStore episodes(c.t.db());
        REQUIRE_OK(episodes.transition(c.episodeB, PhaseKind::StepDown, QDate(2026, 11, 20),
            { 2, 4.5 }, QStringLiteral("met intensive goals")));
        auto e = episodes.episode(c.episodeB);
        REQUIRE_OK(e);
        REQUIRE_OK(episodes.updatePlan(e->currentPhase()->id, { 1, 2.5 }));
    });
    c.asAdmin();
    AuditFilter phases;
    phases.action = QStringLiteral("phase.");
    auto rows = AuditTrail::entries(c.t.db(), phases);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 2);
    for (const AuditEntry& e : rows.value()) {
        INFO(e.action.toStdString() << ": " << e.detail.toStdString());
        CHECK_FALSE(e.detail.contains(QStringLiteral("step_down")));
        CHECK_FALSE(e.detail.contains(QStringLiteral("2.5")));
    }
}

// A chart that does not exist was not seen: no chart.view row for it.
TEST_CASE("Opening a chart that does not exist writes no chart.view", "[security][audit]")
{
    Clinic c;
    c.asSupervisor();
    const Id before = sectest::lastAuditId(c.t);
    auto missing = ParticipantStore(c.t.db()).openChart(987654);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(sectest::actions(sectest::auditRowsAfter(c.t, before)).isEmpty());
}
