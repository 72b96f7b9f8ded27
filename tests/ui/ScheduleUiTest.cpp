// SPDX-License-Identifier: GPL-3.0-or-later
// The week view, the chart's Attendance & Readiness tab and the readiness decision, as a
// counselor uses them (issue 5). "[shots]" cases are hidden: they write week.png and
// readiness.png to $STEPWISE_SHOTS_DIR (or /tmp/stepwise-shots) for people to look at.
#include "UiTestSupport.h"
#include "admin/AttendanceSettingsDialog.h"
#include "common/MessageBar.h"
#include "participant/ParticipantPage.h"
#include "progress/AttendanceTab.h"
#include "progress/DecisionModel.h"
#include "progress/IndicatorModel.h"
#include "progress/ReadinessDecisionDialog.h"
#include "progress/ReadinessPanel.h"
#include "progress/WeekHoursModel.h"
#include "schedule/BookSessionDialog.h"
#include "schedule/GroupDialog.h"
#include "schedule/LeaveGroupDialog.h"
#include "schedule/WeekModel.h"
#include "schedule/WeekPage.h"
#include "storage/AttendanceStore.h"
#include "storage/EpisodeStore.h"
#include "storage/ReadinessStore.h"
#include "storage/ScheduleStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace stepwise;
using namespace stepwise::test;

namespace {

// Wednesday evening of the week of 10 March 2025, while the Evening IOP of that day runs.
const QDate monday = uiToday();
const QDateTime wednesdayEvening(monday.addDays(2), QTime(20, 0));

Participant person(const QString& record, const QString& first, const QString& last)
{
    Participant p = sampleParticipant(record);
    p.legalFirstName = first;
    p.legalLastName = last;
    p.preferredName.clear();
    return p;
}

// "Evening IOP", Mon/Wed/Fri 18:00-21:00 led by Dana, from four weeks back to the end of the
// month, with Ana, Ben and Cal as members. Before this week: Ana attends everything, Ben misses
// the last two sessions without an excuse, Cal comes 30 minutes late once. This Monday is
// taken for all three; Wednesday (running now) is not.
struct Clinic
{
    UiFixture f;
    Id ana = 0, ben = 0, cal = 0, group = 0;

    Clinic()
    {
        ana = f.addAdmitted(
            person(QStringLiteral("R-101"), QStringLiteral("Ana"), QStringLiteral("Alvarez")), 30);
        ben = f.addAdmitted(
            person(QStringLiteral("R-102"), QStringLiteral("Ben"), QStringLiteral("Brooks")), 30);
        cal = f.addAdmitted(
            person(QStringLiteral("R-103"), QStringLiteral("Cal"), QStringLiteral("Chen")), 30);
        f.clock.set(wednesdayEvening);
        GroupTemplate t;
        t.name = QStringLiteral("Evening IOP");
        t.sessionType = QStringLiteral("group_therapy");
        t.weekdays = { Qt::Monday, Qt::Wednesday, Qt::Friday };
        t.start = QTime(18, 0);
        t.end = QTime(21, 0);
        t.phase = PhaseKind::Intensive;
        t.location = QStringLiteral("Room 2");
        t.facilitatorId = f.database.counselorId();
        auto id = ScheduleStore(f.database.db())
                      .createGroup(t, { ana, ben, cal }, monday.addDays(-28), monday.addDays(20));
        REQUIRE_OK(id);
        group = *id;

        auto sessions = ScheduleStore(f.database.db()).sessions(monday.addDays(-28), monday);
        REQUIRE_OK(sessions);
        AttendanceStore store(f.database.db());
        const int count = int(sessions->size());
        for (int i = 0; i < count; ++i) {
            const ScheduledSession& s = sessions->at(i);
            const bool lastTwoBefore = i >= count - 3 && i < count - 1;
            AttendanceEntry a { ana, AttendanceStatus::Present, 0, 0, false, {} };
            AttendanceEntry b { ben,
                lastTwoBefore ? AttendanceStatus::UnexcusedAbsence : AttendanceStatus::Present, 0,
                0, false, {} };
            AttendanceEntry c { cal, AttendanceStatus::Present, 0, 0, false, {} };
            if (i == 2)
                c = { cal, AttendanceStatus::Late, 30, 0, false, {} };
            if (s.times.localDate == monday)
                b.status = AttendanceStatus::UnexcusedAbsence;
            REQUIRE_OK(store.save(s.id, { a, b, c }));
        }
        f.database.actAs(f.database.counselorId(), RoleSet { StaffRole::Counselor });
    }
};

} // namespace

TEST_CASE("The week view shows a counselor's sessions, who is expected and what is not taken",
    "[ui][schedule]")
{
    Clinic c;
    WeekPage page(c.f.context);
    page.resize(1100, 600);
    CHECK(page.mineOnly()->isChecked()); // a counselor starts with the sessions they lead
    CHECK(page.weekStart() == monday);
    WeekModel* model = page.model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->data(model->index(0, WeekModel::Attendance)).toString()
        == QStringLiteral("Taken: 2 of 3 attended"));
    CHECK(model->data(model->index(1, WeekModel::Attendance)).toString()
        == QStringLiteral("Not taken"));
    CHECK(model->data(model->index(2, WeekModel::Attendance)).toString()
        == QStringLiteral("Upcoming"));
    CHECK(model->data(model->index(1, WeekModel::Session)).toString()
        == QStringLiteral("Evening IOP"));
    CHECK(
        model->data(model->index(1, WeekModel::Time)).toString() == QStringLiteral("18:00–21:00"));
    CHECK(page.summaryText() == QStringLiteral("3 sessions · attendance not taken for 1"));

    // It opens on the session waiting for attendance, and lists who is expected there.
    CHECK(page.view()->currentIndex().row() == 1);
    auto* expected = page.findChild<QListWidget*>();
    REQUIRE(expected != nullptr);
    REQUIRE(expected->count() == 3);
    CHECK(expected->item(0)->text() == QStringLiteral("Alvarez, Ana (R-101)"));

    // Another counselor's session shows only when the whole program is listed.
    const Id kim
        = c.f.database.addStaff(QStringLiteral("Kim Other"), RoleSet { StaffRole::Counselor });
    SessionInput individual;
    individual.sessionType = QStringLiteral("individual_counseling");
    individual.date = monday.addDays(3);
    individual.start = QTime(10, 0);
    individual.end = QTime(11, 0);
    individual.facilitatorIds = { kim };
    individual.participantIds = { c.ana };
    REQUIRE_OK(ScheduleStore(c.f.database.db()).book(individual));
    page.reload();
    CHECK(model->rowCount() == 3);
    page.mineOnly()->setChecked(false);
    CHECK(model->rowCount() == 4);

    // Once taken, the week is up to date; next week has its three sessions, all upcoming.
    REQUIRE_OK(AttendanceStore(c.f.database.db())
                   .save(model->rows().at(1).id,
                       { { c.ana, AttendanceStatus::Present, 0, 0, false, {} },
                           { c.ben, AttendanceStatus::ExcusedAbsence, 0, 0, false, {} },
                           { c.cal, AttendanceStatus::Present, 0, 0, false, {} } }));
    page.mineOnly()->setChecked(true);
    CHECK(page.summaryText() == QStringLiteral("3 sessions · attendance up to date"));
    page.showWeek(monday.addDays(7));
    CHECK(model->rowCount() == 3);
    CHECK(page.summaryText() == QStringLiteral("3 sessions · attendance up to date"));
    CHECK(model->data(model->index(0, WeekModel::Attendance)).toString()
        == QStringLiteral("Upcoming"));

    // A cancelled session stays listed, struck out, with its reason.
    REQUIRE_OK(ScheduleStore(c.f.database.db())
                   .cancel(model->rows().at(2).id, QStringLiteral("Facilitator training")));
    page.reload();
    CHECK(model->data(model->index(2, WeekModel::Attendance)).toString()
        == QStringLiteral("Cancelled: Facilitator training"));
    CHECK(
        model->data(model->index(2, WeekModel::Session), Qt::FontRole).value<QFont>().strikeOut());
    CHECK(page.summaryText() == QStringLiteral("2 sessions · attendance up to date"));
}

TEST_CASE("The chart's attendance tab shows weekly hours, engagement and flags", "[ui][attendance]")
{
    Clinic c;
    ParticipantPage page(c.f.context);
    REQUIRE(page.showParticipant(c.ben));
    page.showAttendance();
    AttendanceTab* tab = page.attendanceTab();
    CHECK(page.tabs()->currentWidget() == tab);
    // Ben missed the last Friday and Wednesday before this week and this Monday.
    CHECK(tab->flagsText().contains(QStringLiteral("3 unexcused absences in a row")));
    CHECK(tab->flagsText().contains(QStringLiteral("Below hours last week (3 of 9 h)")));
    CHECK(tab->engagementText().contains(QStringLiteral("3 unexcused absences in a row")));
    CHECK(tab->lengthText().startsWith(QStringLiteral(
        "Day 33 in the program · day 33 of the intensive phase (expected 8–12 weeks)")));

    WeekHoursModel* weeks = tab->weeks();
    REQUIRE(weeks->rowCount() == 8); // newest first
    CHECK(weeks->data(weeks->index(0, WeekHoursModel::Status)).toString()
        == QStringLiteral("This week, so far"));
    CHECK(
        weeks->data(weeks->index(1, WeekHoursModel::Attended)).toString() == QStringLiteral("3 h"));
    CHECK(weeks->data(weeks->index(1, WeekHoursModel::Status)).toString()
        == QStringLiteral("Below hours"));
    CHECK(
        weeks->data(weeks->index(2, WeekHoursModel::Attended)).toString() == QStringLiteral("9 h"));
    CHECK(weeks->data(weeks->index(2, WeekHoursModel::Status)).toString() == QStringLiteral("Met"));
    CHECK(weeks->data(weeks->index(2, WeekHoursModel::Required)).toString()
        == QStringLiteral("9 h on 3 days"));

    // Cal's late arrival: 30 minutes fewer that week.
    REQUIRE(page.showParticipant(c.cal));
    bool found = false;
    for (int row = 0; row < weeks->rowCount(); ++row)
        found = found
            || weeks->data(weeks->index(row, WeekHoursModel::Attended)).toString()
                == QStringLiteral("8.5 h");
    CHECK(found);
}

TEST_CASE("A readiness decision is the clinician's, made from the panel with its indicators",
    "[ui][readiness]")
{
    Clinic c;
    ParticipantPage page(c.f.context);
    REQUIRE(page.showParticipant(c.ana));
    ReadinessPanel* panel = page.attendanceTab()->readiness();
    // Weeks, attendance, PHQ-9, GAD-7, ASAM, safety and toxicology.
    REQUIRE(panel->indicators()->rowCount() == 7);
    CHECK(panel->indicators()->rowAt(panel->indicators()->index(1, 0))->key
        == QStringLiteral("attendance"));
    CHECK(panel->decisions()->rowCount() == 0);

    // A counselor steps Ana down; the dialog names what the decision will do.
    ReadinessDecisionDialog dialog(
        c.f.context, c.ana, PhaseKind::Intensive, panel->indicators()->rows());
    auto* reason = dialog.findChild<QPlainTextEdit*>();
    REQUIRE(reason != nullptr);
    dialog.setKind(ReadinessDecisionKind::StepDown);
    dialog.accept(); // no reason: refused, the dialog stays
    CHECK_FALSE(dialog.result() == QDialog::Accepted);
    reason->setPlainText(QStringLiteral("Full attendance, goals met, team agrees to step down."));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    auto episodes = EpisodeStore(c.f.database.db()).episodes(c.ana);
    REQUIRE_OK(episodes);
    REQUIRE(episodes->last().currentPhase() != nullptr);
    CHECK(episodes->last().currentPhase()->kind == PhaseKind::StepDown);
    // The page heard of the change and shows the decision with the indicators of that moment.
    settle();
    REQUIRE(panel->decisions()->rowCount() == 1);
    CHECK(panel->decisions()
              ->data(panel->decisions()->index(0, DecisionModel::Decision))
              .toString()
              .startsWith(QStringLiteral("Step down from")));
    CHECK(panel->decisions()->rows().first().indicators.size() == 7);
}

TEST_CASE("A participant leaves a group from the chart: later sessions stop expecting them",
    "[ui][schedule]")
{
    Clinic c;
    LeaveGroupDialog dialog(c.f.context, c.cal);
    REQUIRE(dialog.groups()->count() == 1);
    CHECK(dialog.groups()->itemText(0).startsWith(QStringLiteral("Evening IOP — ")));
    dialog.lastDate()->setDate(monday.addDays(2)); // after this Wednesday's session
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    auto sessions = ScheduleStore(c.f.database.db()).sessions(monday, monday.addDays(6));
    REQUIRE_OK(sessions);
    REQUIRE(sessions->size() == 3);
    auto expected = [&](int i) {
        auto sheet = AttendanceStore(c.f.database.db()).sheet(sessions->at(i).id);
        REQUIRE_OK(sheet);
        QList<Id> ids;
        for (const AttendanceSheetRow& row : sheet->rows)
            ids.append(row.participantId);
        return ids;
    };
    CHECK(expected(1).contains(c.cal));       // Wednesday, the last day
    CHECK_FALSE(expected(2).contains(c.cal)); // Friday
    // Nothing left to leave.
    LeaveGroupDialog again(c.f.context, c.cal);
    CHECK(again.groups()->count() == 0);
    CHECK(again.messageBar()->text().contains(QStringLiteral("not a member")));
}

TEST_CASE("Pictures of the week view and the readiness panel", "[.][shots]")
{
    Clinic c;
    {
        WeekPage page(c.f.context);
        page.mineOnly()->setChecked(false);
        page.resize(1280, 560);
        page.show();
        settle();
        REQUIRE(page.grab().save(shotsDir() + QStringLiteral("/week.png"), "png"));
    }
    ParticipantPage page(c.f.context);
    REQUIRE(page.showParticipant(c.ben));
    page.showAttendance();
    page.resize(1280, 760);
    page.show();
    settle();
    REQUIRE(page.grab().save(shotsDir() + QStringLiteral("/readiness.png"), "png"));

    // The dialogs the week view and the chart open.
    auto shoot = [](QWidget& w, const char* name) {
        w.show();
        settle();
        REQUIRE(w.grab().save(shotsDir() + QLatin1Char('/') + QLatin1String(name), "png"));
        w.hide();
    };
    GroupDialog group(c.f.context);
    shoot(group, "group-dialog.png");
    BookSessionDialog book(c.f.context);
    book.setParticipant(c.ben);
    shoot(book, "book-dialog.png");
    ReadinessDecisionDialog decide(c.f.context, c.ben, PhaseKind::Intensive,
        page.attendanceTab()->readiness()->indicators()->rows());
    decide.setKind(ReadinessDecisionKind::Extend);
    shoot(decide, "decision-dialog.png");
    c.f.database.actAs(c.f.database.leadId(),
        { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    AttendanceSettingsDialog settings(c.f.context);
    shoot(settings, "attendance-settings.png");
}
