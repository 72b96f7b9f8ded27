// SPDX-License-Identifier: GPL-3.0-or-later
// Attendance statuses and session types as people type them in CSV files and forms (issue 5):
// the storage key or the English label, in any case.
#include "AttendanceTestSupport.h"
#include "attendance/SessionType.h"

using namespace stepwise;

TEST_CASE("Every attendance status reads back from its key and its label in any case",
    "[attendance][vocabulary]")
{
    for (AttendanceStatus s : allAttendanceStatuses) {
        const QString key = storageKey(s);
        const QString name = label(s);
        INFO(key.toStdString() << " / " << name.toStdString());
        CHECK_FALSE(key.isEmpty());
        CHECK_FALSE(name.isEmpty());
        CHECK(parseAttendanceStatus(key) == s);
        CHECK(parseAttendanceStatus(key.toUpper()) == s);
        CHECK(parseAttendanceStatus(name) == s);
        CHECK(parseAttendanceStatus(name.toLower()) == s);
        CHECK(parseAttendanceStatus(name.toUpper()) == s);
    }
}

TEST_CASE("Attendance statuses as typed in a spreadsheet", "[attendance][vocabulary]")
{
    CHECK(parseAttendanceStatus(QStringLiteral("Left early")) == AttendanceStatus::LeftEarly);
    CHECK(parseAttendanceStatus(QStringLiteral("left_early")) == AttendanceStatus::LeftEarly);
    CHECK(parseAttendanceStatus(QStringLiteral("LATE")) == AttendanceStatus::Late);
    CHECK(parseAttendanceStatus(QStringLiteral(" present ")) == AttendanceStatus::Present);
    CHECK(parseAttendanceStatus(QStringLiteral("unexcused")) == AttendanceStatus::UnexcusedAbsence);
    CHECK(parseAttendanceStatus(QStringLiteral("Excused absence"))
        == AttendanceStatus::ExcusedAbsence);
    CHECK(parseAttendanceStatus(QStringLiteral("TeleHealth")) == AttendanceStatus::Telehealth);
    CHECK_FALSE(parseAttendanceStatus(QStringLiteral("absent")).has_value());
    CHECK_FALSE(parseAttendanceStatus(QStringLiteral("")).has_value());
    CHECK_FALSE(parseAttendanceStatus(QStringLiteral("present late")).has_value());
}

TEST_CASE("Attendance status keys are stable", "[attendance][vocabulary]")
{
    CHECK(storageKey(AttendanceStatus::Present) == QStringLiteral("present"));
    CHECK(storageKey(AttendanceStatus::Late) == QStringLiteral("late"));
    CHECK(storageKey(AttendanceStatus::LeftEarly) == QStringLiteral("left_early"));
    CHECK(storageKey(AttendanceStatus::Telehealth) == QStringLiteral("telehealth"));
    CHECK(label(AttendanceStatus::LeftEarly) == QStringLiteral("Left early"));
}

TEST_CASE("The built-in session types are the services of an IOP", "[attendance][vocabulary]")
{
    namespace T = SessionTypes;
    CHECK(T::builtIn()
        == QStringList { QLatin1String(T::GroupTherapy), QLatin1String(T::IndividualCounseling),
            QLatin1String(T::Psychoeducation), QLatin1String(T::RelapsePrevention),
            QLatin1String(T::FamilySession), QLatin1String(T::CaseManagement),
            QLatin1String(T::MedicationManagement) });
    CHECK(T::label(QLatin1String(T::RelapsePrevention))
        == QStringLiteral("Relapse prevention / coping skills group"));
    CHECK(T::isBuiltIn(QStringLiteral("group_therapy")));
    CHECK_FALSE(T::isBuiltIn(QStringLiteral("Group therapy")));
    CHECK_FALSE(T::isBuiltIn(QStringLiteral("Art therapy")));
}

TEST_CASE("Every session type reads back from its key and its label in any case",
    "[attendance][vocabulary]")
{
    for (const QString& key : SessionTypes::builtIn()) {
        const QString name = SessionTypes::label(key);
        INFO(key.toStdString() << " / " << name.toStdString());
        CHECK(name != key);
        CHECK(SessionTypes::parse(key, {}) == key);
        CHECK(SessionTypes::parse(key.toUpper(), {}) == key);
        CHECK(SessionTypes::parse(name, {}) == key);
        CHECK(SessionTypes::parse(name.toLower(), {}) == key);
        CHECK(SessionTypes::parse(QStringLiteral("  ") + name.toUpper() + QStringLiteral(" "), {})
            == key);
    }
}

TEST_CASE("A program's own session types read back by name", "[attendance][vocabulary]")
{
    const QStringList custom = { QStringLiteral("Art therapy"), QStringLiteral("Yoga") };
    CHECK(SessionTypes::parse(QStringLiteral("art THERAPY"), custom)
        == QStringLiteral("Art therapy"));
    CHECK(SessionTypes::parse(QStringLiteral("yoga"), custom) == QStringLiteral("Yoga"));
    CHECK(SessionTypes::parse(QStringLiteral("Group therapy"), custom)
        == QLatin1String(SessionTypes::GroupTherapy));
    CHECK(SessionTypes::parse(QStringLiteral("Art therapy"), {}).isEmpty());
    CHECK(SessionTypes::parse(QStringLiteral("Dance"), custom).isEmpty());
    CHECK(SessionTypes::parse(QString(), custom).isEmpty());
    CHECK(SessionTypes::label(QStringLiteral("Art therapy")) == QStringLiteral("Art therapy"));
}

TEST_CASE("Group services take attendance for many, individual ones are booked",
    "[attendance][vocabulary]")
{
    namespace T = SessionTypes;
    CHECK(T::isGroup(QLatin1String(T::GroupTherapy)));
    CHECK(T::isGroup(QLatin1String(T::Psychoeducation)));
    CHECK(T::isGroup(QLatin1String(T::RelapsePrevention)));
    CHECK_FALSE(T::isGroup(QLatin1String(T::IndividualCounseling)));
    CHECK_FALSE(T::isGroup(QLatin1String(T::FamilySession)));
    CHECK_FALSE(T::isGroup(QLatin1String(T::CaseManagement)));
    CHECK_FALSE(T::isGroup(QLatin1String(T::MedicationManagement)));
    CHECK(T::isGroup(QStringLiteral("Art therapy")));
}
