// SPDX-License-Identifier: GPL-3.0-or-later
// Discharge and readmission from the chart (issue 6), driven as a counselor would: the summary
// arrives drafted from the record, an open safety alert must be answered, the signed record is
// kept and printable, and a readmission opens a new episode beside the old one.
#include "UiTestSupport.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "discharge/DischargeDialog.h"
#include "discharge/EpisodeActions.h"
#include "discharge/ReadmitDialog.h"
#include "participant/ParticipantPage.h"
#include "storage/AssessmentStore.h"
#include "storage/DischargeStore.h"
#include "storage/SafetyAlertStore.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace stepwise;
using namespace stepwise::test;

namespace {

Participant jordan()
{
    Participant p = sampleParticipant(QStringLiteral("R-4001"));
    p.legalFirstName = QStringLiteral("Jordan");
    p.legalLastName = QStringLiteral("Abbott");
    return p;
}

void phq9WithItem9(UiFixture& f, Id pid)
{
    AssessmentInput in;
    in.participantId = pid;
    in.instrument = QStringLiteral("phq9");
    in.administeredOn = uiToday().addDays(-3);
    in.answers = { 2, 2, 2, 2, 1, 1, 1, 1, 1 };
    REQUIRE_OK(AssessmentStore(f.database.db()).record(in));
}

void replaceSummary(DischargeDialog& dialog)
{
    QString text = dialog.summaryEdit()->toPlainText();
    const int at = text.indexOf(QLatin1Char('['));
    REQUIRE(at > 0);
    text = text.left(at)
        + QStringLiteral("Engaged well; mood improved; left for work in another city.");
    dialog.summaryEdit()->setPlainText(text);
}

} // namespace

TEST_CASE("A counselor discharges with a drafted summary and answers the open safety alert",
    "[ui][discharge]")
{
    UiFixture f;
    const Id pid = f.addAdmitted(jordan(), 60);
    phq9WithItem9(f, pid);
    f.database.actAs(f.database.counselorId(), { StaffRole::Counselor });

    DischargeDialog dialog(f.context, pid, DischargeDialog::Mode::Discharge);
    const QString draft = dialog.summaryEdit()->toPlainText();
    INFO(draft.toStdString());
    CHECK(draft.contains(QStringLiteral("Jordan Abbott (R-4001) was admitted")));
    CHECK(draft.contains(QStringLiteral("PHQ-9: 13")));
    REQUIRE(dialog.alertActions().size() == 1);

    // Nothing is chosen for the clinician; the draft says so.
    CHECK(dialog.reasonBox()->currentIndex() == -1);
    CHECK(draft.contains(QStringLiteral("Reason: [choose above].")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("choose")));
    dialog.conditionBox()->setCurrentIndex(
        dialog.conditionBox()->findData(int(DischargeCondition::PartlyImproved)));
    // The reason follows into the untouched draft.
    dialog.reasonBox()->setCurrentIndex(dialog.reasonBox()->findData(int(DischargeReason::Moved)));
    CHECK(dialog.summaryEdit()->toPlainText().contains(QStringLiteral("Reason: Moved away.")));

    // The bracketed prompt and the unanswered alert are refused; nothing changes.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    INFO(dialog.messageBar()->text().toStdString());
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("safety alert")));
    CHECK(EpisodeStore(f.database.db()).episodes(pid)->last().isOpen());

    replaceSummary(dialog);
    dialog.alertActions().first()->setCurrentIndex(
        dialog.alertActions().first()->findData(int(FollowUpAction::SafetyPlan)));
    QTest::keyClicks(dialog.alertNotes().first(),
        QStringLiteral("Safety plan reviewed; crisis line numbers given."));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    INFO(dialog.messageBar()->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);

    auto episodes = EpisodeStore(f.database.db()).episodes(pid);
    REQUIRE_OK(episodes);
    CHECK_FALSE(episodes->last().isOpen());
    CHECK(episodes->last().dischargeDate == uiToday());
    auto record = DischargeStore(f.database.db()).record(episodes->last().id);
    REQUIRE_OK(record);
    REQUIRE(record->has_value());
    CHECK((*record)->reason == DischargeReason::Moved);
    CHECK((*record)->summary.contains(QStringLiteral("left for work in another city")));
    CHECK(SafetyAlertStore(f.database.db()).alerts(pid, true)->isEmpty());
}

TEST_CASE("The chart offers discharge while in care, then print and readmission", "[ui][discharge]")
{
    UiFixture f;
    const Id pid = f.addAdmitted(jordan(), 40);
    ParticipantPage page(f.context);
    REQUIRE(page.showParticipant(pid));
    EpisodeActions* actions = page.episodeActions();
    CHECK(actions->dischargeAction()->isEnabled());
    CHECK_FALSE(actions->readmitAction()->isEnabled());
    CHECK_FALSE(actions->printAction()->isEnabled());

    {
        DischargeDialog dialog(f.context, pid, DischargeDialog::Mode::Discharge);
        dialog.reasonBox()->setCurrentIndex(0);
        dialog.conditionBox()->setCurrentIndex(0);
        replaceSummary(dialog);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    // The dialog announced the change; the chart reloaded.
    CHECK_FALSE(actions->dischargeAction()->isEnabled());
    CHECK(actions->printAction()->isEnabled());
    CHECK(actions->readmitAction()->isEnabled());

    f.clock.set(QDateTime(uiToday().addDays(20), QTime(10, 0)));
    auto episodes = EpisodeStore(f.database.db()).episodes(pid);
    REQUIRE_OK(episodes);
    ReadmitDialog readmit(f.context, pid, episodes.value());
    readmit.accept();
    CHECK(readmit.result() != QDialog::Accepted); // a reason is needed
    QTest::keyClicks(readmit.reasonEdit(), QStringLiteral("Return to use after a job loss"));
    readmit.accept();
    REQUIRE(readmit.result() == QDialog::Accepted);
    episodes = EpisodeStore(f.database.db()).episodes(pid);
    REQUIRE(episodes->size() == 2);
    CHECK(episodes->last().isOpen());
    CHECK(episodes->last().admissionDate == uiToday().addDays(20));
    CHECK(actions->dischargeAction()->isEnabled());
    CHECK_FALSE(actions->printAction()->isEnabled());
}

TEST_CASE("Pictures of the discharge dialog", "[.shots]")
{
    UiFixture f;
    const Id pid = f.addAdmitted(jordan(), 60);
    phq9WithItem9(f, pid);
    DischargeDialog dialog(f.context, pid, DischargeDialog::Mode::Discharge);
    dialog.reasonBox()->setCurrentIndex(
        dialog.reasonBox()->findData(int(DischargeReason::TransferredLower)));
    dialog.reasonNote()->setText(QStringLiteral("Harbor Counseling, weekly outpatient therapy"));
    dialog.conditionBox()->setCurrentIndex(
        dialog.conditionBox()->findData(int(DischargeCondition::Improved)));
    dialog.rebuildSummary();
    dialog.show();
    QTest::qWait(50);
    dialog.grab().save(shotsDir() + QStringLiteral("/discharge-dialog.png"));
}
