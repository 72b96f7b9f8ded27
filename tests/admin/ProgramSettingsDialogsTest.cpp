// SPDX-License-Identifier: GPL-3.0-or-later
// The program rules an administrator sets: attendance requirements and lengths (issue 5) and the
// assessment schedule (issue 4).
#include "admin/AssessmentScheduleDialog.h"
#include "admin/AttendanceSettingsDialog.h"
#include "common/MessageBar.h"
#include "storage/SettingsStore.h"
#include "ui/UiTestSupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace stepwise;
using namespace stepwise::test;

TEST_CASE("Attendance settings show the defaults and save what the administrator changes",
    "[ui][admin][settings][attendance]")
{
    UiFixture f;
    AttendanceSettingsDialog dialog(f.context);
    // The ASAM level 2.1 defaults, as the dialog opens on a new database.
    CHECK(dialog.hoursBox(AgeGroup::Adult, PhaseKind::Intensive)->value() == 9.0);
    CHECK(dialog.daysBox(AgeGroup::Adult, PhaseKind::Intensive)->value() == 3);
    CHECK(dialog.hoursBox(AgeGroup::Adolescent, PhaseKind::Intensive)->value() == 6.0);
    CHECK(dialog.hoursBox(AgeGroup::Adult, PhaseKind::Aftercare)->value() == 0.0);
    CHECK(dialog.weekStart()->currentData().toInt() == int(Qt::Monday));

    dialog.hoursBox(AgeGroup::Adult, PhaseKind::StepDown)->setValue(4.5);
    dialog.daysBox(AgeGroup::Adult, PhaseKind::StepDown)->setValue(2);
    dialog.weekStart()->setCurrentIndex(6); // Sunday
    auto* types = dialog.findChild<QPlainTextEdit*>();
    REQUIRE(types != nullptr);
    types->setPlainText(QStringLiteral("Mindfulness group\n\n  Art therapy  \n"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    auto saved = SettingsStore(f.database.db()).load();
    REQUIRE_OK(saved);
    const AttendanceSettings& a = saved->attendance;
    CHECK(a.requirement(PhaseKind::StepDown, AgeGroup::Adult) == HoursRequirement { 4.5, 2 });
    CHECK(a.requirement(PhaseKind::Intensive, AgeGroup::Adult) == HoursRequirement { 9.0, 3 });
    CHECK(a.weekStartsOn == Qt::Sunday);
    CHECK(a.customSessionTypes
        == QStringList { QStringLiteral("Mindfulness group"), QStringLiteral("Art therapy") });
    CHECK(a.sessionTypes().contains(QStringLiteral("Art therapy")));
}

TEST_CASE("Attendance settings refuse a built-in type added twice and a counselor's change",
    "[ui][admin][settings][attendance]")
{
    UiFixture f;
    {
        AttendanceSettingsDialog dialog(f.context);
        dialog.findChild<QPlainTextEdit*>()->setPlainText(QStringLiteral("Group therapy"));
        dialog.accept();
        CHECK_FALSE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.messageBar()->text().contains(QStringLiteral("built-in")));
    }
    f.database.actAs(f.database.counselorId(), { StaffRole::Counselor });
    AttendanceSettingsDialog counselor(f.context);
    counselor.hoursBox(AgeGroup::Adult, PhaseKind::Intensive)->setValue(6.0);
    counselor.accept();
    CHECK_FALSE(counselor.result() == QDialog::Accepted);
    CHECK(counselor.messageBar()->text().contains(QStringLiteral("role")));
    CHECK(SettingsStore(f.database.db())
              .load()
              ->attendance.requirement(PhaseKind::Intensive, AgeGroup::Adult)
              .hours
        == 9.0);
}

TEST_CASE("The assessment schedule dialog saves intervals per instrument and phase",
    "[ui][admin][settings][assessment]")
{
    UiFixture f;
    AssessmentScheduleDialog dialog(f.context);
    REQUIRE(dialog.intervalBox(QStringLiteral("phq9"), PhaseKind::Intensive) != nullptr);
    CHECK(dialog.intervalBox(QStringLiteral("phq9"), PhaseKind::Intensive)->value() == 14);
    dialog.intervalBox(QStringLiteral("phq9"), PhaseKind::Intensive)->setValue(7);
    dialog.windowBox()->setValue(10);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto saved = SettingsStore(f.database.db()).load();
    REQUIRE_OK(saved);
    CHECK(saved->assessments.interval(QStringLiteral("phq9"), PhaseKind::Intensive) == 7);
    CHECK(saved->assessments.windowDays == 10);
}
