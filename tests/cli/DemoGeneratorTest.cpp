// SPDX-License-Identifier: GPL-3.0-or-later
// The demo clinic checked record by record through the stores, with a pinned clock.
#include "demo/DemoGenerator.h"

#include "SharedDemo.h"
#include "auth/Authenticator.h"
#include "domain/ParticipantRules.h"
#include "domain/PhaseRules.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today = SharedDemo::Today;

struct Clinic
{
    QList<Participant> participants;
    QList<QList<Episode>> episodes; // per participant, same order
    QList<StaffMember> staff;
};

Clinic load(Database& db)
{
    Clinic clinic;
    auto participants = ParticipantStore(db).all();
    REQUIRE(participants.ok());
    clinic.participants = participants.value();
    for (const Participant& p : std::as_const(clinic.participants)) {
        auto episodes = EpisodeStore(db).episodes(p.id);
        REQUIRE(episodes.ok());
        clinic.episodes << episodes.value();
    }
    auto staff = StaffStore(db).list(true);
    REQUIRE(staff.ok());
    clinic.staff = staff.value();
    return clinic;
}

} // namespace

TEST_CASE("every demo participant and episode satisfies the core rules", "[demo]")
{
    MockClock clock(Today);
    SharedDemo demo;
    const DemoSummary& summary = demo.summary();
    const Clinic clinic = load(demo.db());
    REQUIRE(clinic.participants.size() == SharedDemo::Participants);
    CHECK(summary.participants == SharedDemo::Participants);

    int episodes = 0;
    int phases = 0;
    for (qsizetype i = 0; i < clinic.participants.size(); ++i) {
        const Participant& p = clinic.participants.at(i);
        const QList<Episode>& history = clinic.episodes.at(i);
        INFO(p.recordNumber.toStdString());
        CHECK(ParticipantRules::validate(p, Today).isEmpty());
        REQUIRE(!history.isEmpty());
        episodes += int(history.size());
        for (qsizetype e = 0; e < history.size(); ++e) {
            const Episode& episode = history.at(e);
            phases += int(episode.phases.size());
            CHECK(PhaseRules::validateEpisode(episode).isEmpty());
            CHECK(episode.admissionDate <= Today);
            CHECK(p.dateOfBirth.addYears(18) <= episode.admissionDate);
            if (e + 1 < history.size()) {
                CHECK_FALSE(episode.isOpen());
                CHECK(episode.dischargeDate < history.at(e + 1).admissionDate);
            }
            if (!episode.isOpen())
                CHECK(episode.dischargeDate <= Today);
        }
        // The status agrees with the latest episode.
        CHECK(history.last().isOpen() == (p.status != ParticipantStatus::Discharged));
    }
    CHECK(summary.episodes == episodes);
    CHECK(summary.phases == phases);
}

TEST_CASE("demo phases last as long as IOP phases commonly do", "[demo]")
{
    MockClock clock(Today);
    SharedDemo demo;
    const Clinic clinic = load(demo.db());
    int setbacks = 0;
    for (const QList<Episode>& history : clinic.episodes) {
        for (const Episode& episode : history) {
            // Only phases that ended in a move to the next one ran their planned course.
            for (qsizetype k = 0; k + 1 < episode.phases.size(); ++k) {
                const Phase& phase = episode.phases.at(k);
                const qint64 days = phase.startDate.daysTo(episode.phases.at(k + 1).startDate);
                INFO("phase " << k << " " << storageKey(phase.kind).toStdString() << " " << days
                              << " days");
                switch (phase.kind) {
                case PhaseKind::Intensive:
                    if (k == 0) {
                        CHECK(days >= 6 * 7);
                        CHECK(days <= 12 * 7);
                    } else {
                        ++setbacks; // a return to intensive after a setback is shorter
                        CHECK(days >= 14);
                        CHECK(days <= 42);
                    }
                    break;
                case PhaseKind::StepDown:
                    CHECK(days >= 3 * 7);
                    CHECK(days <= 6 * 7);
                    break;
                case PhaseKind::Aftercare:
                    CHECK(days >= 8 * 7);
                    CHECK(days <= 26 * 7);
                    break;
                }
            }
            if (episode.phases.size() > 1 && episode.phases.at(1).kind == PhaseKind::StepDown)
                CHECK(episode.phases.at(0).kind == PhaseKind::Intensive);
        }
    }
    CHECK(setbacks >= 3);
}

TEST_CASE("demo people have fictional contacts and varied names", "[demo]")
{
    MockClock clock(Today);
    SharedDemo demo;
    const Clinic clinic = load(demo.db());
    const QRegularExpression phone(QStringLiteral("^(\\(\\d{3}\\) |\\d{3}-)555-01\\d\\d$"));
    int apostrophes = 0;
    int otherScripts = 0;
    int diagnosed = 0;
    for (const Participant& p : clinic.participants) {
        if (!p.phone.isEmpty())
            CHECK(phone.match(p.phone).hasMatch());
        if (!p.emergencyContact.phone.isEmpty())
            CHECK(phone.match(p.emergencyContact.phone).hasMatch());
        if (!p.email.isEmpty())
            CHECK(p.email.endsWith(QStringLiteral("@example.org")));
        if (p.legalLastName.contains(QLatin1Char('\'')))
            ++apostrophes;
        for (QChar c : p.preferredName) {
            if (c.isLetter() && c.script() != QChar::Script_Latin) {
                ++otherScripts;
                break;
            }
        }
        diagnosed += p.diagnoses.isEmpty() ? 0 : 1;
        for (const Diagnosis& d : p.diagnoses)
            CHECK(ParticipantRules::isIcd10CmCode(d.icd10Code));
    }
    CHECK(apostrophes >= 2);
    CHECK(otherScripts >= 2);
    CHECK(diagnosed == SharedDemo::Participants);
}

TEST_CASE("demo adds counselors for its caseload, two supervisors and an administrator", "[demo]")
{
    MockClock clock(Today);
    SharedDemo demo; // already held Riley Lead (every role) and Dana Counselor
    TestDatabase& t = demo.testDatabase();
    const DemoSummary& summary = demo.summary();
    const Clinic clinic = load(t.db());
    int counselors = 0;
    int supervisors = 0;
    int administrators = 0;
    for (const StaffMember& s : clinic.staff) {
        // Riley Lead, Dana Counselor and the inactive "Local user" of older databases were there.
        if (s.id == t.leadId() || s.id == t.counselorId() || !s.active)
            continue;
        counselors += s.roles.has(StaffRole::Counselor) ? 1 : 0;
        supervisors += s.roles.has(StaffRole::Supervisor) ? 1 : 0;
        administrators += s.roles.has(StaffRole::Administrator) ? 1 : 0;
    }
    int inCare = 0;
    for (const Participant& p : clinic.participants)
        inCare += p.status != ParticipantStatus::Discharged ? 1 : 0;
    // About a dozen participants in care per counselor.
    CHECK(counselors * 9 <= inCare);
    CHECK(counselors * 15 >= inCare);
    CHECK(supervisors == 2);
    CHECK(administrators == 1);
    CHECK(summary.staff == counselors + 2 + 1);
}

TEST_CASE("the documented demo accounts sign in with the documented password and roles", "[demo]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();
    t.db().setSession(std::nullopt);
    const struct
    {
        const char* user;
        RoleSet roles;
    } accounts[] = {
        { DemoGenerator::AdministratorUser, { StaffRole::Administrator } },
        { DemoGenerator::SupervisorUser, { StaffRole::Supervisor } },
        { DemoGenerator::CounselorUser, { StaffRole::Counselor } },
    };
    for (const auto& account : accounts) {
        INFO(account.user);
        Authenticator auth(t.db());
        const auto session = auth.signIn(
            QString::fromLatin1(account.user), QString::fromLatin1(DemoGenerator::Password));
        REQUIRE_OK(session);
        CHECK(session->roles == account.roles);
        // The counselor account has a caseload to show.
        if (account.roles == RoleSet { StaffRole::Counselor }) {
            auto reached = ParticipantStore(t.db()).all();
            REQUIRE_OK(reached);
            CHECK_FALSE(reached->isEmpty());
            CHECK(reached->size() < SharedDemo::Participants);
        }
        auth.signOut();
    }
    // Nobody else can sign in with it.
    CHECK_FALSE(
        Authenticator(t.db())
            .signIn(QStringLiteral("Riley Lead"), QString::fromLatin1(DemoGenerator::Password))
            .ok());
}

TEST_CASE("the same seed and day give the same clinic", "[demo]")
{
    MockClock clock(Today);
    TestDatabase a;
    TestDatabase b;
    TestDatabase c;
    SharedDemo::generate(a.db(), 30, 77);
    SharedDemo::generate(b.db(), 30, 77);
    SharedDemo::generate(c.db(), 30, 78);
    const Clinic ca = load(a.db());
    const Clinic cb = load(b.db());
    const Clinic cc = load(c.db());
    CHECK(ca.participants == cb.participants);
    CHECK(ca.episodes == cb.episodes);
    CHECK(ca.staff == cb.staff);
    CHECK(ca.participants != cc.participants);
}

TEST_CASE("demo refuses a database with participants and changes nothing", "[demo]")
{
    MockClock clock(Today);
    TestDatabase t;
    auto id = ParticipantStore(t.db()).add(sampleParticipant());
    REQUIRE(id.ok());
    const Clinic before = load(t.db());

    DemoOptions options;
    options.participants = 10;
    options.today = Today;
    const auto result = DemoGenerator::generate(t.db(), options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Conflict);
    const Clinic after = load(t.db());
    CHECK(after.participants == before.participants);
    CHECK(after.staff == before.staff);
}

TEST_CASE("demo uses the clock's day when none is given", "[demo]")
{
    MockClock clock(QDate(2024, 2, 29));
    TestDatabase t;
    DemoOptions options;
    options.participants = 40;
    REQUIRE(DemoGenerator::generate(t.db(), options).ok());
    const Clinic clinic = load(t.db());
    QDate latest;
    for (const QList<Episode>& history : clinic.episodes) {
        for (const Episode& e : history) {
            for (const Phase& p : e.phases)
                latest = std::max(latest, p.startDate);
        }
    }
    CHECK(latest <= QDate(2024, 2, 29));
    CHECK(latest >= QDate(2023, 12, 1)); // someone moved phase in the last months
}
