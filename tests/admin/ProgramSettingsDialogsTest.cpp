// SPDX-License-Identifier: GPL-3.0-or-later
// The program rules an administrator sets: attendance requirements and lengths (issue 5), the
// assessment schedule (issue 4), plan reviews, note format and deadline, and whose notes need a
// co-signature (issue 6).
#include "admin/AssessmentScheduleDialog.h"
#include "admin/AttendanceSettingsDialog.h"
#include "admin/RecordsSettingsDialog.h"
#include "admin/StaffDialog.h"
#include "common/MessageBar.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "ui/UiTestSupport.h"

#include <QCheckBox>
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

TEST_CASE("Plans and notes settings save the review interval, format and unsigned deadline",
    "[ui][admin][settings][records]")
{
    UiFixture f;
    {
        RecordsSettingsDialog dialog(f.context);
        CHECK(dialog.reviewDays()->value() == 30);
        CHECK(dialog.unsignedHours()->value() == 72);
        CHECK(dialog.noteFormat()->currentData().toInt() == int(NoteFormat::Dap));
        dialog.reviewDays()->setValue(28);
        dialog.unsignedHours()->setValue(48);
        dialog.noteFormat()->setCurrentIndex(dialog.noteFormat()->findData(int(NoteFormat::Birp)));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    auto saved = SettingsStore(f.database.db()).load();
    REQUIRE_OK(saved);
    CHECK(saved->records.planReviewDays == 28);
    CHECK(saved->records.unsignedNoteHours == 48);
    CHECK(saved->records.defaultNoteFormat == NoteFormat::Birp);

    f.database.actAs(f.database.counselorId(), { StaffRole::Counselor });
    RecordsSettingsDialog counselor(f.context);
    counselor.reviewDays()->setValue(90);
    counselor.accept();
    CHECK_FALSE(counselor.result() == QDialog::Accepted);
    CHECK(SettingsStore(f.database.db()).load()->records.planReviewDays == 28);
}

TEST_CASE(
    "The staff dialog marks a clinician whose notes need a co-signature", "[ui][admin][staff]")
{
    UiFixture f;
    f.database.actAs(f.database.leadId(), { StaffRole::Administrator });
    auto member = StaffStore(f.database.db()).get(f.database.counselorId());
    REQUIRE_OK(member);
    CHECK_FALSE(member->cosignRequired);
    StaffDialog dialog(f.context, member.value());
    auto* cosign = dialog.findChild<QCheckBox*>(QStringLiteral("cosignRequired"));
    REQUIRE(cosign != nullptr);
    CHECK_FALSE(cosign->isChecked());
    cosign->setChecked(true);
    REQUIRE_OK(StaffStore(f.database.db()).update(dialog.member()));
    CHECK(StaffStore(f.database.db()).get(f.database.counselorId())->cosignRequired);
}
