// SPDX-License-Identifier: GPL-3.0-or-later
// Attendance settings (issue 5): the ASAM 2.1 defaults and the bounds a program may set them to.
#include "AttendanceTestSupport.h"
#include "attendance/SessionType.h"

using namespace stepwise;

namespace {

bool refused(const AttendanceSettings& s, const QString& fieldPart)
{
    const QList<FieldError> errors = s.validate();
    for (const FieldError& e : errors) {
        if (e.field.contains(fieldPart) && !e.message.isEmpty())
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The default settings follow ASAM level 2.1 and are valid", "[attendance][settings]")
{
    const AttendanceSettings s;
    CHECK(s.validate().isEmpty());
    CHECK(s.weekStartsOn == Qt::Monday);
    CHECK(s.adultFromAge == 18);
    CHECK(s.requirement(PhaseKind::Intensive, AgeGroup::Adult) == HoursRequirement { 9.0, 3 });
    CHECK(s.requirement(PhaseKind::Intensive, AgeGroup::Adolescent) == HoursRequirement { 6.0, 3 });
    CHECK(s.requirement(PhaseKind::StepDown, AgeGroup::Adult) == HoursRequirement { 3.0, 1 });
    CHECK(s.requirement(PhaseKind::StepDown, AgeGroup::Adolescent) == HoursRequirement { 3.0, 1 });
    CHECK(s.requirement(PhaseKind::Aftercare, AgeGroup::Adult) == HoursRequirement { 0.0, 0 });
    CHECK(s.requirement(PhaseKind::Aftercare, AgeGroup::Adolescent) == HoursRequirement { 0.0, 0 });
    CHECK(s.expectedMinWeeks == std::array<int, 3> { 8, 4, 8 });
    CHECK(s.expectedMaxWeeks == std::array<int, 3> { 12, 8, 26 });
    CHECK(s.readinessAttendancePercent == 90);
}

TEST_CASE(
    "A requirement set for one phase and age group changes only that one", "[attendance][settings]")
{
    AttendanceSettings s;
    s.setRequirement(PhaseKind::StepDown, AgeGroup::Adolescent, { 4.5, 2 });
    CHECK(s.requirement(PhaseKind::StepDown, AgeGroup::Adolescent) == HoursRequirement { 4.5, 2 });
    CHECK(s.requirement(PhaseKind::StepDown, AgeGroup::Adult) == HoursRequirement { 3.0, 1 });
    CHECK(s.requirement(PhaseKind::Intensive, AgeGroup::Adolescent) == HoursRequirement { 6.0, 3 });
    CHECK(s.validate().isEmpty());
}

TEST_CASE("Settings refuse an adult age out of range", "[attendance][settings]")
{
    AttendanceSettings s;
    s.adultFromAge = 0;
    CHECK(refused(s, QStringLiteral("adult_from_age")));
    s.adultFromAge = 40;
    CHECK(refused(s, QStringLiteral("adult_from_age")));
    s.adultFromAge = 21;
    CHECK(s.validate().isEmpty());
}

TEST_CASE("Settings refuse weekly hours or days out of range", "[attendance][settings]")
{
    const QList<HoursRequirement> bad = { { -1.0, 3 }, { 9.0, -1 }, { 9.0, 8 }, { 200.0, 3 } };
    for (const HoursRequirement& r : bad) {
        INFO(r.hours << " h on " << r.days << " days");
        AttendanceSettings s;
        s.setRequirement(PhaseKind::Intensive, AgeGroup::Adult, r);
        CHECK(refused(s, QStringLiteral("intensive")));
        AttendanceSettings a;
        a.setRequirement(PhaseKind::Aftercare, AgeGroup::Adolescent, r);
        CHECK(refused(a, QStringLiteral("aftercare")));
    }
    AttendanceSettings s;
    s.setRequirement(PhaseKind::Intensive, AgeGroup::Adult, { 20.0, 7 });
    CHECK(s.validate().isEmpty());
}

TEST_CASE("Settings refuse expected lengths out of range or upside down", "[attendance][settings]")
{
    AttendanceSettings upsideDown;
    upsideDown.expectedMinWeeks[0] = 13;
    CHECK(refused(upsideDown, QStringLiteral("intensive")));

    AttendanceSettings none;
    none.expectedMinWeeks[1] = 0;
    none.expectedMaxWeeks[1] = 0;
    CHECK_FALSE(none.validate().isEmpty());

    AttendanceSettings negative;
    negative.expectedMinWeeks[2] = -1;
    CHECK_FALSE(negative.validate().isEmpty());

    AttendanceSettings tenYears;
    tenYears.expectedMaxWeeks[2] = 520;
    CHECK_FALSE(tenYears.validate().isEmpty());

    AttendanceSettings equal;
    equal.expectedMinWeeks[0] = 12;
    CHECK(equal.validate().isEmpty());
}

TEST_CASE("Settings refuse a readiness percentage out of range", "[attendance][settings]")
{
    AttendanceSettings s;
    s.readinessAttendancePercent = 0;
    CHECK_FALSE(s.validate().isEmpty());
    s.readinessAttendancePercent = 101;
    CHECK_FALSE(s.validate().isEmpty());
    s.readinessAttendancePercent = 100;
    CHECK(s.validate().isEmpty());
    s.readinessAttendancePercent = 1;
    CHECK(s.validate().isEmpty());
}

TEST_CASE("Added session types must be new names on one line", "[attendance][settings]")
{
    AttendanceSettings s;
    s.customSessionTypes = { QStringLiteral("Art therapy"), QStringLiteral("Yoga") };
    CHECK(s.validate().isEmpty());
    CHECK(s.sessionTypes() == SessionTypes::builtIn() + s.customSessionTypes);

    const QStringList bad = { QStringLiteral("   "), QStringLiteral("group_therapy"),
        QStringLiteral("Group therapy"), QStringLiteral("PSYCHOEDUCATION"),
        QStringLiteral("Art\ntherapy"), QString(61, QLatin1Char('x')) };
    for (const QString& name : bad) {
        INFO(name.toStdString());
        AttendanceSettings t;
        t.customSessionTypes = { name };
        CHECK(refused(t, QStringLiteral("session_types")));
    }

    AttendanceSettings twice;
    twice.customSessionTypes = { QStringLiteral("Yoga"), QStringLiteral("yoga ") };
    CHECK(refused(twice, QStringLiteral("session_types")));
}
