// SPDX-License-Identifier: GPL-3.0-or-later
// Length of stay against the expected length of the phase (issue 5): intensive 8-12 weeks,
// step-down 4-8 and aftercare 8-26 by default, lengthened by recorded extensions of 1 to 26
// weeks, each with a clinical reason and an approver. Days count inclusively: the first day of
// the phase is day 1.
#include "attendance/LengthOfStay.h"

#include "AttendanceTestSupport.h"

using namespace stepwise;
using namespace stepwise::attendancetest;
using LengthOfStayRules::measure;

namespace {

const QDate admission(2026, 1, 5);
const AttendanceSettings defaults;

PhaseExtension extension(Id phaseId, int weeks)
{
    PhaseExtension x;
    x.id = weeks;
    x.phaseId = phaseId;
    x.weeks = weeks;
    x.reason = QStringLiteral("Relapse in week 10; needs more structure");
    x.approvedBy = 7;
    return x;
}

bool refusedFor(const QList<FieldError>& errors, const char* field)
{
    for (const FieldError& e : errors) {
        if (e.field == QLatin1String(field))
            return !e.message.isEmpty();
    }
    return false;
}

} // namespace

TEST_CASE("An intensive phase is expected to last 8 to 12 weeks", "[attendance][stay]")
{
    const Episode e = intensiveSince(admission);
    const LengthOfStay l = measure(e, e.phases.first(), {}, defaults, admission.addDays(30));
    CHECK(l.expectedMinDays == 56);
    CHECK(l.expectedMaxDays == 84);
    CHECK(l.extensionWeeks == 0);
    CHECK(l.daysInPhase == 31);
    CHECK(l.daysInProgram == 31);
    CHECK_FALSE(l.pastExpected());
    CHECK(l.daysOver() == 0);
}

TEST_CASE("Day 84 of a 12-week phase is within it, day 85 is past it", "[attendance][stay]")
{
    const Episode e = intensiveSince(admission);
    const LengthOfStay day84 = measure(e, e.phases.first(), {}, defaults, admission.addDays(83));
    CHECK(day84.daysInPhase == 84);
    CHECK_FALSE(day84.pastExpected());
    CHECK(day84.daysOver() == 0);

    const LengthOfStay day85 = measure(e, e.phases.first(), {}, defaults, admission.addDays(84));
    CHECK(day85.daysInPhase == 85);
    CHECK(day85.pastExpected());
    CHECK(day85.daysOver() == 1);
}

TEST_CASE("Step-down and aftercare have their own expected lengths", "[attendance][stay]")
{
    const Episode e = episode({ { PhaseKind::Intensive, admission },
        { PhaseKind::StepDown, QDate(2026, 3, 2) }, { PhaseKind::Aftercare, QDate(2026, 4, 27) } });
    const LengthOfStay s = measure(e, e.phases.at(1), {}, defaults, QDate(2026, 5, 1));
    CHECK(s.expectedMinDays == 28);
    CHECK(s.expectedMaxDays == 56);
    // The step-down phase ended on 26 April: 2 March to 26 April is 56 days.
    CHECK(s.daysInPhase == 56);
    CHECK_FALSE(s.pastExpected());

    const LengthOfStay a = measure(e, e.phases.at(2), {}, defaults, QDate(2026, 5, 1));
    CHECK(a.expectedMinDays == 56);
    CHECK(a.expectedMaxDays == 182);
    CHECK(a.daysInPhase == 5);
    CHECK(a.daysInProgram == 117);
}

TEST_CASE("Expected lengths come from the settings", "[attendance][stay]")
{
    AttendanceSettings s;
    s.expectedMinWeeks[0] = 6;
    s.expectedMaxWeeks[0] = 10;
    const Episode e = intensiveSince(admission);
    const LengthOfStay l = measure(e, e.phases.first(), {}, s, admission.addDays(70));
    CHECK(l.expectedMinDays == 42);
    CHECK(l.expectedMaxDays == 70);
    CHECK(l.daysInPhase == 71);
    CHECK(l.pastExpected());
    CHECK(l.daysOver() == 1);
}

TEST_CASE("Extensions of the phase add their weeks to its expected length", "[attendance][stay]")
{
    const Episode e = episode(
        { { PhaseKind::Intensive, admission }, { PhaseKind::StepDown, QDate(2026, 3, 2) } });
    const Phase& intensive = e.phases.at(0);
    const Phase& stepDown = e.phases.at(1);
    const QList<PhaseExtension> extensions
        = { extension(stepDown.id, 2), extension(stepDown.id, 1), extension(intensive.id, 4) };

    // Step-down, 4-8 weeks, extended 3 weeks: 77 days.
    const LengthOfStay day60
        = measure(e, stepDown, extensions, defaults, QDate(2026, 3, 2).addDays(59));
    CHECK(day60.extensionWeeks == 3);
    CHECK(day60.expectedMaxDays == 77);
    CHECK(day60.expectedMinDays == 28);
    CHECK_FALSE(day60.pastExpected());

    const LengthOfStay day78
        = measure(e, stepDown, extensions, defaults, QDate(2026, 3, 2).addDays(77));
    CHECK(day78.pastExpected());
    CHECK(day78.daysOver() == 1);

    // Without the extensions the same day is three weeks and a day over.
    const LengthOfStay plain = measure(e, stepDown, {}, defaults, QDate(2026, 3, 2).addDays(77));
    CHECK(plain.daysOver() == 22);
}

TEST_CASE("An extension is 1 to 26 weeks with a reason and an approver", "[attendance][stay]")
{
    using LengthOfStayRules::validate;
    CHECK(validate(extension(11, 1)).isEmpty());
    CHECK(validate(extension(11, 26)).isEmpty());

    const QList<FieldError> none = validate(extension(11, 0));
    CHECK(refusedFor(none, LengthOfStayRules::Weeks));
    CHECK(none.size() == 1);
    CHECK(refusedFor(validate(extension(11, 27)), LengthOfStayRules::Weeks));
    CHECK(refusedFor(validate(extension(11, -2)), LengthOfStayRules::Weeks));

    PhaseExtension terse = extension(11, 2);
    terse.reason = QStringLiteral("needs it");
    CHECK(refusedFor(validate(terse), LengthOfStayRules::Reason));
    // Padding is not a reason.
    terse.reason = QStringLiteral("   needs it      ");
    CHECK(refusedFor(validate(terse), LengthOfStayRules::Reason));
    terse.reason = QStringLiteral("Relapsed");
    CHECK(refusedFor(validate(terse), LengthOfStayRules::Reason));
    terse.reason = QStringLiteral("Relapsed x2");
    CHECK(validate(terse).isEmpty());

    PhaseExtension unapproved = extension(11, 2);
    unapproved.approvedBy = 0;
    const QList<FieldError> errors = validate(unapproved);
    CHECK(refusedFor(errors, LengthOfStayRules::ApprovedBy));
    CHECK(errors.size() == 1);
}
