// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 from start to end, as pictures (hidden "[shots]" case, run by hand): a trainee writes
// and signs a DAP note for a session, a supervisor co-signs it from the worklist, a plan review
// is recorded, and the participant is discharged with an aftercare plan. Every step also
// checks what was stored, so the pictures show a flow that works.
#include "UiTestSupport.h"
#include "common/MessageBox.h"
#include "common/ReadOnlyTable.h"
#include "discharge/DischargeDialog.h"
#include "domain/ProgramSettings.h"
#include "notes/NoteEditorDialog.h"
#include "notes/NoteViewDialog.h"
#include "notes/NotesWorklistPage.h"
#include "notes/SectionEditors.h"
#include "plans/PlanReviewDialog.h"
#include "plans/PlanTestSupport.h"
#include "plans/TreatmentPlanTab.h"
#include "reports/DocumentRenderer.h"
#include "reports/PlanDocuments.h"
#include "reports/RecordDocuments.h"
#include "storage/AttendanceStore.h"
#include "storage/CarePlanStore.h"
#include "storage/DischargeStore.h"
#include "storage/NoteStore.h"
#include "storage/ScheduleStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "storage/TreatmentPlanStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace stepwise;
using namespace stepwise::test;

namespace {

void shoot(QWidget* w, const char* name)
{
    w->show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    REQUIRE(w->grab().save(shotsDir() + QLatin1Char('/') + QLatin1String(name)));
}

} // namespace

TEST_CASE(
    "Walkthrough: note signed and co-signed, plan reviewed, discharge with aftercare", "[.shots]")
{
    UiFixture f;
    Database& db = f.database.db();
    const Id trainee
        = f.database.addStaff(QStringLiteral("Toni Trainee"), { StaffRole::Counselor });
    const Id supervisor
        = f.database.addStaff(QStringLiteral("Sam Supervisor"), { StaffRole::Supervisor });
    {
        f.database.actAs(f.database.leadId(), { StaffRole::Administrator });
        StaffMember m = StaffStore(db).get(trainee).value();
        m.cosignRequired = true;
        REQUIRE_OK(StaffStore(db).update(m));
        ProgramSettings s = SettingsStore(db).load().value();
        s.clinicName = QStringLiteral("Riverbend Recovery Center");
        s.programName = QStringLiteral("Adult Intensive Outpatient Program");
        REQUIRE_OK(SettingsStore(db).save(s));
        f.database.actAs(f.database.leadId(), { StaffRole::Supervisor, StaffRole::Counselor });
    }
    Participant p = sampleParticipant(QStringLiteral("R-6001"));
    p.legalFirstName = QStringLiteral("Jordan");
    p.legalLastName = QStringLiteral("Abbott");
    p.counselorId = trainee;
    const Id pid = f.addAdmitted(p, 60);
    SessionInput in;
    in.sessionType = QStringLiteral("individual_counseling");
    in.date = uiToday().addDays(-1);
    in.start = QTime(9, 0);
    in.end = QTime(10, 0);
    in.facilitatorIds = { trainee };
    in.participantIds = { pid };
    const Id session = ScheduleStore(db).book(in).value();
    AttendanceEntry present;
    present.participantId = pid;
    REQUIRE_OK(AttendanceStore(db).save(session, { present }));

    // 1. The trainee writes the DAP note for yesterday's session and signs it.
    f.database.actAs(trainee, { StaffRole::Counselor });
    Id noteId = 0;
    {
        NoteEditorDialog editor(f.context, NoteEditorDialog::NewNote { pid, session });
        editor.resize(760, 620);
        SectionEditors* s = editor.sectionEditors();
        s->editor(QStringLiteral("data"))
            ->setPlainText(QStringLiteral("Reported two days of cravings after a conflict at work; "
                                          "attended all three groups this week. PHQ-9 today 11."));
        s->editor(QStringLiteral("assessment"))
            ->setPlainText(QStringLiteral("Recognised the trigger early and used the coping card; "
                                          "engaged, no safety concerns voiced."));
        s->editor(QStringLiteral("plan"))
            ->setPlainText(QStringLiteral("Practise urge surfing daily; rehearse a refusal line "
                                          "with the group on Wednesday; review on Friday."));
        shoot(&editor, "walk-1-dap-note.png");
        s->editor(QStringLiteral("plan"))->setFocus();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(s->editor(QStringLiteral("plan")), Qt::Key_Return, Qt::ControlModifier);
        auto notes = NoteStore(db).notes(pid);
        REQUIRE_OK(notes);
        REQUIRE(notes->size() == 1);
        noteId = notes->first().id;
        CHECK(notes->first().state == NoteState::AwaitingCosign);
    }

    // 2. The supervisor co-signs it from the worklist.
    f.database.actAs(supervisor, { StaffRole::Supervisor });
    {
        NotesWorklistPage page(f.context);
        page.resize(1100, 520);
        page.reload();
        REQUIRE(page.cosignModel()->rowCount() == 1);
        page.cosignView()->setCurrentIndex(page.cosignModel()->index(0, 0));
        shoot(&page, "walk-2-cosign-queue.png");
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.cosignButton()->click();
        CHECK(NoteStore(db).get(noteId)->state() == NoteState::Cosigned);
        NoteViewDialog view(f.context, noteId);
        view.resize(640, 620);
        shoot(&view, "walk-3-cosigned-note.png");
        REQUIRE_OK(DocumentRenderer::writePdf(
            RecordDocuments::note(NoteStore(db).get(noteId).value(),
                ParticipantStore(db).get(pid).value(), SettingsStore(db).load().value()),
            shotsDir() + QStringLiteral("/walk-note.pdf")));
    }

    // 3. The plan, finalized at admission, is reviewed: one objective met.
    f.database.actAs(trainee, { StaffRole::Counselor });
    TreatmentPlanStore plans(db);
    {
        f.clock.set(QDateTime(uiToday().addDays(-55), QTime(10, 0)));
        auto draft = plans.draft(pid);
        REQUIRE_OK(draft);
        REQUIRE_OK(plans.saveDraft(draft->id, plantest::completePlan(trainee), QString()));
        REQUIRE_OK(plans.finalize(draft->id));
        f.clock.set(QDateTime(uiToday(), QTime(10, 0)));
        TreatmentPlanTab tab(f.context);
        tab.showParticipant(pid);
        REQUIRE(tab.currentVersion().has_value());
        PlanReviewDialog review(f.context, *tab.currentVersion(), plans.due(pid).value());
        review.resize(820, 560);
        review.statusCombo(QStringLiteral("o1"))
            ->setCurrentIndex(
                review.statusCombo(QStringLiteral("o1"))->findText(QStringLiteral("Met")));
        review.noteEdit(QStringLiteral("o1"))->setText(QStringLiteral("Attended 12 of 12 groups"));
        review.statusCombo(QStringLiteral("o2"))
            ->setCurrentIndex(
                review.statusCombo(QStringLiteral("o2"))->findText(QStringLiteral("In progress")));
        review.summary()->setPlainText(
            QStringLiteral("Group attendance objective met; triggers work continues."));
        shoot(&review, "walk-4-plan-review.png");
        review.accept();
        REQUIRE(review.result() == QDialog::Accepted);
        tab.reload();
        tab.resize(1200, 560);
        shoot(&tab, "walk-5-plan-tab.png");
        auto current = plans.current(EpisodeStore(db).episodes(pid)->last().id);
        REQUIRE((*current)->version == 2);
    }

    // 4. Discharge with an aftercare plan.
    {
        REQUIRE_OK(AftercarePlanStore(db).save(pid, plantest::aftercarePlan()));
        DischargeDialog dialog(f.context, pid, DischargeDialog::Mode::Discharge);
        dialog.resize(780, 820);
        dialog.reasonBox()->setCurrentIndex(
            dialog.reasonBox()->findData(int(DischargeReason::TransferredLower)));
        dialog.reasonNote()->setText(QStringLiteral("Riverside Counseling, weekly outpatient"));
        dialog.conditionBox()->setCurrentIndex(
            dialog.conditionBox()->findData(int(DischargeCondition::Improved)));
        QString text = dialog.summaryEdit()->toPlainText();
        text = text.left(text.indexOf(QLatin1Char('[')))
            + QStringLiteral("Met the attendance objective, names three triggers with a coping "
                             "skill for each; continues in outpatient therapy and SMART Recovery.");
        dialog.summaryEdit()->setPlainText(text);
        shoot(&dialog, "walk-6-discharge.png");
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        const Episode e = EpisodeStore(db).episodes(pid)->last();
        CHECK_FALSE(e.isOpen());
        const DischargeRecord record = DischargeStore(db).record(e.id).value().value();
        const Participant who = ParticipantStore(db).get(pid).value();
        const ProgramSettings settings = SettingsStore(db).load().value();
        REQUIRE_OK(DocumentRenderer::writePdf(
            RecordDocuments::discharge(record, who, settings, e.admissionDate),
            shotsDir() + QStringLiteral("/walk-discharge.pdf")));
        auto aftercare = AftercarePlanStore(db).current(e.id);
        REQUIRE_OK(aftercare);
        REQUIRE(aftercare->has_value());
        REQUIRE_OK(
            DocumentRenderer::writePdf(PlanDocuments::aftercarePlan(who, settings, **aftercare),
                shotsDir() + QStringLiteral("/walk-aftercare.pdf")));
    }
}
