// SPDX-License-Identifier: GPL-3.0-or-later
// Treatment plans, reviews, the participant's agreement, relapse prevention and aftercare plans
// as a counselor uses them (issue 6), from the keyboard. The hidden "[shots]" case writes
// pictures of the screens and of the printed plans to $STEPWISE_SHOTS_DIR (or
// /tmp/stepwise-shots) for people to look at.
#include "UiTestSupport.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "domain/ProgramSettings.h"
#include "plans/AftercarePlanDialog.h"
#include "plans/CarePlansTab.h"
#include "plans/ContactsTable.h"
#include "plans/OptionalDateEdit.h"
#include "plans/OptionalTimeEdit.h"
#include "plans/ParticipantAgreementDialog.h"
#include "plans/PlanReviewDialog.h"
#include "plans/PlanTree.h"
#include "plans/RelapsePlanDialog.h"
#include "plans/TextListEditor.h"
#include "plans/TreatmentPlanEditor.h"
#include "plans/TreatmentPlanTab.h"
#include "reports/DocumentRenderer.h"
#include "reports/PlanDocuments.h"
#include "session/DraftOffer.h"
#include "session/UnsavedWork.h"
#include "storage/CarePlanStore.h"
#include "storage/DraftStore.h"
#include "storage/SettingsStore.h"
#include "storage/TreatmentPlanStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace stepwise;
using namespace stepwise::test;

namespace {

// A date or time typed as a user does it: each part of the field selected in turn (as a
// double-click does) and typed over, in the field's own format.
void typeDateTime(QDateTimeEdit* edit, const QDateTime& value)
{
    QDateTimeEdit model(value);
    model.setDisplayFormat(edit->displayFormat());
    edit->setFocus();
    for (int i = 0; i < edit->sectionCount(); ++i) {
        const QDateTimeEdit::Section section = edit->sectionAt(i);
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, model.sectionText(section));
    }
    INFO("typed " << model.text().toStdString() << ", shows " << edit->text().toStdString());
    REQUIRE(edit->text() == model.text());
}

void typeDate(QDateEdit* edit, const QDate& date)
{
    typeDateTime(edit, QDateTime(date, QTime(12, 0)));
    REQUIRE(edit->date() == date);
}

void typeTime(QTimeEdit* edit, const QTime& time)
{
    typeDateTime(edit, QDateTime(QDate(2000, 1, 1), time));
    REQUIRE(edit->time() == time);
}

// Types into one cell of a table as a user would: the cell's editor, then Enter.
void typeInCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTableWidgetItem* item = table->item(row, column);
    REQUIRE(item != nullptr);
    table->editItem(item);
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor != nullptr);
    REQUIRE(editor != table);
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

// A line added to a list editor: typed in its field, then Enter.
void addLine(TextListEditor* list, const QString& text)
{
    typeInto(list->entry(), text);
    QTest::keyClick(list->entry(), Qt::Key_Return);
}

struct PlanClinic
{
    UiFixture f;
    Id participant = 0;
    Id episode = 0;

    PlanClinic()
    {
        Participant p = sampleParticipant(QStringLiteral("R-2001"));
        p.legalFirstName = QStringLiteral("Ana");
        p.legalLastName = QStringLiteral("Alvarez");
        p.preferredName.clear();
        participant = f.addAdmitted(p, 10);
        auto episodes = EpisodeStore(f.database.db()).episodes(participant);
        REQUIRE_OK(episodes);
        episode = episodes->last().id;
        // A counselor with a name, as after signing in.
        Session s;
        s.staffId = f.database.counselorId();
        s.name = QStringLiteral("Dana Counselor");
        s.roles = RoleSet { StaffRole::Counselor };
        s.signedInAt = f.clock.nowUtc();
        f.database.db().setSession(s);
    }

    TreatmentPlanStore plans() { return TreatmentPlanStore(f.database.db()); }

    // Version 1 with one problem, goal, objective and intervention, finalized today.
    PlanVersion finalizedPlan()
    {
        auto draft = plans().draft(participant);
        REQUIRE_OK(draft);
        PlanIntervention i;
        i.serviceType = QStringLiteral("Group therapy");
        i.frequency = QStringLiteral("3 times a week");
        i.responsibleStaffId = f.database.counselorId();
        i.responsibleName = QStringLiteral("Dana Counselor");
        PlanObjective o;
        o.text = QStringLiteral("Attend 3 IOP groups a week for 4 weeks");
        o.targetDate = uiToday().addDays(28);
        o.status = ObjectiveStatus::InProgress;
        o.interventions = { i };
        PlanObjective o2;
        o2.text = QStringLiteral("Name 3 triggers and a coping skill for each");
        o2.targetDate = uiToday().addDays(14);
        o2.interventions = { i };
        o2.interventions.first().serviceType = QStringLiteral("Individual counseling");
        o2.interventions.first().frequency = QStringLiteral("Weekly");
        PlanGoal g;
        g.participantWords = QStringLiteral("I want to stop drinking and keep my job");
        g.clinicalTerms = QStringLiteral("Sustained abstinence from alcohol");
        g.objectives = { o, o2 };
        PlanProblem p;
        p.statement = QStringLiteral("Daily alcohol use affecting work");
        p.diagnosisCode = QStringLiteral("F10.20");
        p.goals = { g };
        TreatmentPlan plan;
        plan.problems = { p };
        REQUIRE_OK(plans().saveDraft(draft->id, plan, {}));
        REQUIRE_OK(plans().finalize(draft->id));
        auto current = plans().current(episode);
        REQUIRE_OK(current);
        REQUIRE(current->has_value());
        return **current;
    }
};

} // namespace

TEST_CASE(
    "A counselor writes a first treatment plan, saves the draft and finalizes it", "[ui][plans]")
{
    PlanClinic c;
    TreatmentPlanEditor editor(c.f.context, c.participant);
    REQUIRE(editor.isOpen());
    CHECK(editor.version().version == 1);
    activate(&editor);

    click(child<QPushButton>(&editor, QStringLiteral("addProblem")));
    typeText(child<QPlainTextEdit>(&editor, QStringLiteral("statement")),
        QStringLiteral("Daily alcohol use affecting work"));
    auto* diagnosis = child<QComboBox>(&editor, QStringLiteral("diagnosis"));
    QTest::keyClick(diagnosis, Qt::Key_Down); // the chart's only diagnosis, after "(none)"
    CHECK(diagnosis->currentData().toString() == QStringLiteral("F10.20"));

    click(child<QPushButton>(&editor, QStringLiteral("addGoal")));
    typeText(child<QPlainTextEdit>(&editor, QStringLiteral("participantWords")),
        QStringLiteral("I want to stop drinking and keep my job"));
    typeText(child<QPlainTextEdit>(&editor, QStringLiteral("clinicalTerms")),
        QStringLiteral("Sustained abstinence from alcohol"));

    click(child<QPushButton>(&editor, QStringLiteral("addObjective")));
    typeText(child<QPlainTextEdit>(&editor, QStringLiteral("objectiveText")),
        QStringLiteral("Attend 3 IOP groups a week for 4 weeks"));

    click(child<QPushButton>(&editor, QStringLiteral("addIntervention")));
    typeInto(child<QComboBox>(&editor, QStringLiteral("serviceType"))->lineEdit(),
        QStringLiteral("Group therapy"));
    typeInto(child<QComboBox>(&editor, QStringLiteral("frequency"))->lineEdit(),
        QStringLiteral("3 times a week"));
    // Whoever writes the plan is responsible until someone else is named.
    CHECK(child<QComboBox>(&editor, QStringLiteral("responsible"))->currentText()
        == QStringLiteral("Dana Counselor"));
    CHECK(editor.tree()->topLevelItem(0)->text(0)
        == QStringLiteral("Problem 1: Daily alcohol use affecting work [F10.20]"));
    CHECK(editor.isModified());
    CHECK(editor.isWindowModified());

    // Ctrl+S keeps the incomplete draft and gives every item its key.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(editor.isModified());
    CHECK(editor.messageBar()->type() == MessageBar::Type::Positive);
    auto draft = c.plans().draft(c.participant);
    REQUIRE_OK(draft);
    CHECK(draft->isDraft());
    REQUIRE(draft->plan.problems.size() == 1);
    CHECK(draft->plan.problems.first().key == QStringLiteral("p1"));
    const PlanObjective* saved = draft->plan.objective(QStringLiteral("o1"));
    REQUIRE(saved != nullptr);
    CHECK(saved->text == QStringLiteral("Attend 3 IOP groups a week for 4 weeks"));
    CHECK_FALSE(saved->targetDate.isValid());
    REQUIRE(saved->interventions.size() == 1);
    CHECK(saved->interventions.first().serviceType == QStringLiteral("Group therapy"));
    CHECK(saved->interventions.first().frequency == QStringLiteral("3 times a week"));
    CHECK(saved->interventions.first().responsibleStaffId == c.f.database.counselorId());

    // Finalizing without a target date is refused: the objective is marked and selected, the
    // reason beside its date, and no question asked.
    const int boxes = MessageBox::count();
    click(child<QPushButton>(&editor, QStringLiteral("finalize")));
    CHECK(MessageBox::count() == boxes);
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(editor.itemErrors(QStringLiteral("o1"))
        == QStringList { QStringLiteral("Give the objective a target date.") });
    CHECK(editor.tree()->currentItem()->text(0).startsWith(QStringLiteral("Objective 1:")));
    CHECK_FALSE(editor.tree()->currentItem()->icon(0).isNull());
    auto* dateError
        = editor.findChild<QLabel*>(FieldErrors::labelName(QStringLiteral("target_date")));
    REQUIRE(dateError != nullptr);
    CHECK(dateError->isVisible());
    CHECK(dateError->text() == QStringLiteral("Give the objective a target date."));
    CHECK(editor.messageBar()->text().contains(QStringLiteral("Version 1 was not finalized.")));

    // Giving the date clears the mark on the spot.
    auto* target = child<OptionalDateEdit>(&editor, QStringLiteral("targetDate"));
    QTest::keyClick(target->checkBox(), Qt::Key_Space);
    typeDate(target->dateEdit(), QDate(2025, 4, 7));
    CHECK(editor.itemErrors(QStringLiteral("o1")).isEmpty());
    CHECK(dateError->isHidden());
    CHECK(editor.tree()->currentItem()->icon(0).isNull());

    // Closing with changes asks; Cancel keeps the editor open with the typing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    editor.reject();
    CHECK(
        MessageBox::lastText() == QStringLiteral("Save your changes to the draft before closing?"));
    CHECK(editor.isVisible());

    // The clinician confirms; version 1 is finalized as theirs.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(&editor, QStringLiteral("finalize")));
    CHECK(MessageBox::lastText().startsWith(
        QStringLiteral("Finalize version 1 of the treatment plan?")));
    CHECK(editor.result() == QDialog::Accepted);
    auto current = c.plans().current(c.episode);
    REQUIRE_OK(current);
    REQUIRE(current->has_value());
    const PlanVersion& v1 = **current;
    CHECK(v1.version == 1);
    CHECK_FALSE(v1.isDraft());
    CHECK(v1.finalizedBy == c.f.database.counselorId());
    CHECK(v1.plan.objective(QStringLiteral("o1"))->targetDate == QDate(2025, 4, 7));
    CHECK(v1.plan.problems.first().diagnosisCode == QStringLiteral("F10.20"));
    auto verified = c.plans().verify(v1.id);
    REQUIRE_OK(verified);
    CHECK(*verified);
}

TEST_CASE("Opening the editor and closing it untouched leaves no draft behind", "[ui][plans]")
{
    PlanClinic c;
    const PlanVersion v1 = c.finalizedPlan();
    {
        TreatmentPlanEditor editor(c.f.context, c.participant);
        REQUIRE(editor.isOpen());
        CHECK(editor.version().version == 2);
        // The draft starts from version 1: the same items, with their keys.
        CHECK(editor.plan() == v1.plan);
        editor.show();
        editor.reject();
        CHECK(editor.result() == QDialog::Rejected);
    }
    auto versions = c.plans().versions(c.episode);
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == 1);
    CHECK_FALSE(versions->first().isDraft());
}

TEST_CASE("Typing in the plan editor is kept as a draft when the screen locks and comes back",
    "[ui][plans]")
{
    PlanClinic c;
    Draft kept;
    {
        TreatmentPlanEditor editor(c.f.context, c.participant);
        activate(&editor);
        click(child<QPushButton>(&editor, QStringLiteral("addProblem")));
        typeText(child<QPlainTextEdit>(&editor, QStringLiteral("statement")),
            QStringLiteral("Opioid use since a back injury"));
        const QList<UnsavedForm*> modified = c.f.context.unsavedWork().modified();
        REQUIRE(modified.size() == 1);
        CHECK(modified.first() == &editor);
        // What the lock screen shows says nothing about whose plan it is.
        CHECK(editor.unsavedTitle() == QStringLiteral("Treatment plan changes not yet saved"));
        kept = editor.draft();
        REQUIRE_OK(DraftStore(c.f.database.db()).save(kept));
        // The owner decided on the lock screen: the editor closes without asking again.
        const int boxes = MessageBox::count();
        editor.discard();
        CHECK(MessageBox::count() == boxes);
        CHECK_FALSE(editor.isVisible());
    }
    CHECK(c.f.context.unsavedWork().forms().isEmpty());

    TreatmentPlanEditor again(c.f.context, c.participant);
    activate(&again);
    REQUIRE(again.draftOffer()->isOffering());
    CHECK(again.plan().problems.isEmpty());
    click(again.draftOffer()->resumeButton());
    REQUIRE(again.plan().problems.size() == 1);
    CHECK(again.plan().problems.first().statement
        == QStringLiteral("Opioid use since a back injury"));
    CHECK(again.tree()->topLevelItem(0)->text(0)
        == QStringLiteral("Problem 1: Opioid use since a back injury"));
    CHECK(again.isModified());
    // Nothing reached the plan itself until saved.
    auto stored = c.plans().get(again.version().id);
    REQUIRE_OK(stored);
    CHECK(stored->plan.problems.isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    stored = c.plans().get(again.version().id);
    REQUIRE_OK(stored);
    CHECK(stored->plan.problems.size() == 1);
}

TEST_CASE("The tab shows the plan, records the participant's agreement and a review that meets "
          "an objective",
    "[ui][plans]")
{
    PlanClinic c;
    TreatmentPlanTab tab(c.f.context);
    tab.showParticipant(c.participant);
    // Admitted 10 days ago with no plan: the first plan was due 3 days ago.
    CHECK(tab.dueText().startsWith(QStringLiteral("First treatment plan OVERDUE by 3 days")));
    CHECK(tab.isOverdue());
    CHECK_FALSE(tab.reviewButton()->isEnabled());
    CHECK(tab.editButton()->isEnabled());

    c.finalizedPlan();
    tab.reload();
    CHECK(tab.statusText().startsWith(QStringLiteral("Version 1, finalized on")));
    CHECK(tab.statusText().contains(QStringLiteral("by Dana Counselor")));
    CHECK(tab.statusText().contains(
        QStringLiteral("The participant's agreement is not yet recorded.")));
    CHECK(tab.dueText().startsWith(QStringLiteral("Next review due")));
    CHECK_FALSE(tab.isOverdue());
    QTreeWidgetItem* objective = tab.planTree()->itemForKey(QStringLiteral("o1"));
    REQUIRE(objective != nullptr);
    CHECK(objective->text(PlanTree::Status) == QStringLiteral("In progress"));
    CHECK(tab.agreementButton()->isEnabled());
    REQUIRE(tab.versionList()->count() == 1);

    // The participant signed the printed plan today.
    {
        ParticipantAgreementDialog agreement(c.f.context, *tab.currentVersion());
        activate(&agreement);
        CHECK(agreement.howEdit()->currentText()
            == QStringLiteral("Participant signed the printed plan"));
        typeInto(
            agreement.howEdit()->lineEdit(), QStringLiteral("Signed the printed plan in session"));
        QTest::keyClick(agreement.howEdit()->lineEdit(), Qt::Key_Return);
        CHECK(agreement.result() == QDialog::Accepted);
    }
    // The tab heard about it.
    CHECK(tab.statusText().contains(QStringLiteral("The participant agreed on")));
    CHECK(tab.statusText().contains(QStringLiteral("Signed the printed plan in session")));
    CHECK_FALSE(tab.agreementButton()->isEnabled());
    auto agreed = c.plans().current(c.episode);
    REQUIRE_OK(agreed);
    CHECK((*agreed)->participantAgreedOn == uiToday());

    // A review: the first objective met, the second in progress.
    PlanReviewDialog review(c.f.context, *tab.currentVersion(), std::nullopt);
    activate(&review);
    CHECK(review.occasion()->currentText() == QStringLiteral("Requested review"));
    CHECK(review.consequenceText().startsWith(QStringLiteral("No status changes")));
    QComboBox* first = review.statusCombo(QStringLiteral("o1"));
    REQUIRE(first != nullptr);
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("Met"));
    CHECK(first->currentText() == QStringLiteral("Met"));
    CHECK(review.consequenceText().contains(QStringLiteral(
        "Objective \u201CAttend 3 IOP groups a week for 4 weeks\u201D: in progress \u2192 met")));
    CHECK(review.consequenceText().contains(QStringLiteral("Version 2 will be created")));
    typeText(review.noteEdit(QStringLiteral("o1")), QStringLiteral("Attended 12 of 12 groups"));
    QComboBox* second = review.statusCombo(QStringLiteral("o2"));
    second->setFocus();
    QTest::keyClicks(second, QStringLiteral("In"));
    CHECK(second->currentText() == QStringLiteral("In progress"));

    // Without a summary nothing is recorded, and the reason is beside the field.
    click(child<QPushButton>(&review, QStringLiteral("recordReview")));
    CHECK(review.result() != QDialog::Accepted);
    auto* summaryError
        = review.findChild<QLabel*>(FieldErrors::labelName(QStringLiteral("summary")));
    REQUIRE(summaryError != nullptr);
    CHECK(summaryError->isVisible());
    CHECK(summaryError->text()
        == QStringLiteral("Summarise the changes made, or why the plan stays as it is."));
    auto none = c.plans().reviews(c.episode);
    REQUIRE_OK(none);
    CHECK(none->isEmpty());
    // Dana's name is already in "who took part"; the participant was there.
    CHECK(review.tookPart()->text() == QStringLiteral("Dana Counselor"));
    typeText(review.summary(),
        QStringLiteral("Group attendance objective met; triggers work continues"));
    click(child<QPushButton>(&review, QStringLiteral("recordReview")));
    REQUIRE(review.result() == QDialog::Accepted);

    auto v2 = c.plans().current(c.episode);
    REQUIRE_OK(v2);
    REQUIRE(v2->has_value());
    CHECK((*v2)->version == 2);
    CHECK((*v2)->plan.objective(QStringLiteral("o1"))->status == ObjectiveStatus::Met);
    CHECK((*v2)->plan.objective(QStringLiteral("o2"))->status == ObjectiveStatus::InProgress);
    auto reviews = c.plans().reviews(c.episode);
    REQUIRE_OK(reviews);
    REQUIRE(reviews->size() == 1);
    CHECK(reviews->first().resultVersion == 2);
    CHECK(reviews->first().occasion == ReviewOccasion::Requested);
    CHECK(reviews->first().progress.first().note == QStringLiteral("Attended 12 of 12 groups"));
    CHECK(reviews->first().participantPresent);

    // The tab follows: version 2 is current, its agreement not yet recorded, the objective met.
    CHECK(tab.statusText().startsWith(QStringLiteral("Version 2, finalized on")));
    CHECK(tab.agreementButton()->isEnabled());
    CHECK(tab.planTree()->itemForKey(QStringLiteral("o1"))->text(PlanTree::Status)
        == QStringLiteral("Met"));
    CHECK(tab.versionList()->count() == 2);
    REQUIRE(tab.reviewList()->count() == 1);
    CHECK(tab.reviewList()->item(0)->text().endsWith(QStringLiteral("\u2192 version 2")));
}

TEST_CASE(
    "A relapse prevention plan is typed in and saved as a new version each time", "[ui][plans]")
{
    PlanClinic c;
    {
        RelapsePlanDialog dialog(c.f.context, c.participant);
        activate(&dialog);
        addLine(dialog.triggers(), QStringLiteral("Payday Fridays"));
        addLine(dialog.triggers(), QStringLiteral("Arguments at home"));
        addLine(dialog.warningSigns(), QStringLiteral("Skipping meetings"));
        addLine(dialog.copingStrategies(), QStringLiteral("Call my sponsor before going out"));
        CHECK(dialog.triggers()->items()
            == QStringList {
                QStringLiteral("Payday Fridays"), QStringLiteral("Arguments at home") });
        // Enter added the lines; it saved nothing.
        CHECK(dialog.isVisible());
        auto none = RelapsePlanStore(c.f.database.db()).versions(c.episode);
        REQUIRE_OK(none);
        CHECK(none->isEmpty());

        // A person without a plausible phone is refused, named in the message.
        click(dialog.people()->addButton());
        typeInCell(dialog.people()->table(), 0, ContactsTable::Name, QStringLiteral("Sam"));
        typeInCell(
            dialog.people()->table(), 0, ContactsTable::Relationship, QStringLiteral("sponsor"));
        typeInCell(dialog.people()->table(), 0, ContactsTable::Phone, QStringLiteral("12"));
        click(dialog.saveButton());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.messageBar()->text().startsWith(QStringLiteral("Sam: ")));
        typeInCell(
            dialog.people()->table(), 0, ContactsTable::Phone, QStringLiteral("(555) 010-2200"));
        click(dialog.saveButton());
        CHECK(dialog.result() == QDialog::Accepted);
    }
    auto v1 = RelapsePlanStore(c.f.database.db()).current(c.episode);
    REQUIRE_OK(v1);
    REQUIRE(v1->has_value());
    CHECK((*v1)->version == 1);
    CHECK((*v1)->plan.triggers.size() == 2);
    CHECK((*v1)->plan.warningSigns == QStringList { QStringLiteral("Skipping meetings") });
    REQUIRE((*v1)->plan.peopleToCall.size() == 1);
    CHECK((*v1)->plan.peopleToCall.first().name == QStringLiteral("Sam"));
    CHECK((*v1)->plan.peopleToCall.first().relationship == QStringLiteral("sponsor"));
    CHECK((*v1)->plan.peopleToCall.first().phone == QStringLiteral("(555) 010-2200"));

    // Opened again, it starts from version 1; a change makes version 2.
    RelapsePlanDialog again(c.f.context, c.participant);
    activate(&again);
    CHECK(again.plan().normalized() == (*v1)->plan.normalized());
    CHECK_FALSE(again.isModified());
    addLine(again.copingStrategies(), QStringLiteral("Walk the dog"));
    CHECK(again.isModified());
    click(again.saveButton());
    REQUIRE(again.result() == QDialog::Accepted);
    auto versions = RelapsePlanStore(c.f.database.db()).versions(c.episode);
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->first().version == 2);
    CHECK(versions->first().plan.copingStrategies.last() == QStringLiteral("Walk the dog"));
    CHECK(versions->last().plan.copingStrategies.size() == 1);

    // The older version is there to read, not to change.
    RelapsePlanDialog history(c.f.context, c.participant);
    REQUIRE(history.versionChoice()->count() == 2);
    CHECK(history.versionChoice()->isEnabled());
    history.versionChoice()->setCurrentIndex(1);
    emit history.versionChoice()->activated(1);
    CHECK(history.copingStrategies()->items().size() == 1);
    CHECK_FALSE(history.saveButton()->isEnabled());
}

TEST_CASE("An aftercare plan is saved with a service and a support group and prints what was "
          "typed as text",
    "[ui][plans]")
{
    PlanClinic c;
    RelapsePlan relapse;
    relapse.triggers = { QStringLiteral("Payday Fridays") };
    relapse.copingStrategies = { QStringLiteral("Call my sponsor") };
    relapse.peopleToCall = { { QStringLiteral("Sam"), QStringLiteral("sponsor"),
        QStringLiteral("(555) 010-2200") } };
    REQUIRE_OK(RelapsePlanStore(c.f.database.db()).save(c.participant, relapse));

    const QDate appointment(2025, 3, 24);
    {
        AftercarePlanDialog dialog(c.f.context, c.participant);
        activate(&dialog);
        click(child<QPushButton>(&dialog, QStringLiteral("addService")));
        typeText(
            child<QLineEdit>(&dialog, QStringLiteral("provider")), QStringLiteral("<b>Dr</b>"));
        typeText(child<QLineEdit>(&dialog, QStringLiteral("contactPerson")),
            QStringLiteral("J. Moreno"));
        typeText(child<QLineEdit>(&dialog, QStringLiteral("servicePhone")),
            QStringLiteral("555-010-3300"));
        auto* booked = child<OptionalDateEdit>(&dialog, QStringLiteral("appointmentDate"));
        QTest::keyClick(booked->checkBox(), Qt::Key_Space);
        typeDate(booked->dateEdit(), appointment);
        auto* at = child<OptionalTimeEdit>(&dialog, QStringLiteral("appointmentTime"));
        QTest::keyClick(at->checkBox(), Qt::Key_Space);
        typeTime(at->timeEdit(), QTime(16, 30));
        typeText(child<QLineEdit>(&dialog, QStringLiteral("serviceNote")),
            QStringLiteral("Bring your insurance card"));
        auto* services = child<QTableWidget>(&dialog, QStringLiteral("serviceList"));
        REQUIRE(services->rowCount() == 1);
        CHECK(services->item(0, 1)->text() == QStringLiteral("<b>Dr</b>"));

        // A meeting without its day is refused: the group page opens on it, the reason beside
        // the days.
        click(child<QPushButton>(&dialog, QStringLiteral("addGroup")));
        CHECK(dialog.pages()->currentIndex() == 1);
        typeText(child<QLineEdit>(&dialog, QStringLiteral("groupName")),
            QStringLiteral("Tuesday Night Big Book"));
        typeText(child<QLineEdit>(&dialog, QStringLiteral("groupLocation")),
            QStringLiteral("St. Mark's Hall, 12 Elm St"));
        dialog.pages()->setCurrentIndex(0);
        click(dialog.saveButton());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.pages()->currentIndex() == 1);
        CHECK(dialog.messageBar()->text().contains(
            QStringLiteral("Tuesday Night Big Book: Choose the meeting day(s).")));
        auto* daysError = dialog.findChild<QLabel*>(FieldErrors::labelName(QStringLiteral("days")));
        REQUIRE(daysError != nullptr);
        CHECK(daysError->isVisible());
        QTest::keyClick(child<QCheckBox>(&dialog, QStringLiteral("day2")), Qt::Key_Space);
        CHECK(daysError->isHidden());

        // The triggers, coping plan and people to call come from the relapse prevention plan.
        dialog.pages()->setCurrentIndex(3);
        click(child<QPushButton>(&dialog, QStringLiteral("copyFromRelapsePlan")));
        CHECK(child<QPlainTextEdit>(&dialog, QStringLiteral("relapseTriggers"))->toPlainText()
            == QStringLiteral("Payday Fridays"));
        CHECK(child<ContactsTable>(&dialog, QStringLiteral("supportNetwork"))->contacts().size()
            == 1);

        click(dialog.saveButton());
        INFO(dialog.messageBar()->text().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    auto saved = AftercarePlanStore(c.f.database.db()).current(c.episode);
    REQUIRE_OK(saved);
    REQUIRE(saved->has_value());
    const AftercarePlan& plan = (*saved)->plan;
    REQUIRE(plan.services.size() == 1);
    CHECK(plan.services.first().provider == QStringLiteral("<b>Dr</b>"));
    CHECK(plan.services.first().appointmentDate == appointment);
    CHECK(plan.services.first().appointmentTime == QTime(16, 30));
    REQUIRE(plan.supportGroups.size() == 1);
    CHECK(plan.supportGroups.first().name == QStringLiteral("Tuesday Night Big Book"));
    CHECK(plan.supportGroups.first().days == QList<Qt::DayOfWeek> { Qt::Tuesday });
    CHECK(plan.supportGroups.first().time == QTime(19, 0));
    CHECK(plan.relapseTriggers == QStringLiteral("Payday Fridays"));
    REQUIRE(plan.supportNetwork.size() == 1);

    // The participant's copy: the appointment with day, time and phone; the provider's name as
    // typed, never as markup.
    auto participant = ParticipantStore(c.f.database.db()).get(c.participant);
    REQUIRE_OK(participant);
    auto settings = SettingsStore(c.f.database.db()).load();
    REQUIRE_OK(settings);
    const RecordDocument doc = PlanDocuments::aftercarePlan(*participant, *settings, **saved);
    CHECK(doc.forParticipant);
    CHECK(doc.recordNumber == QStringLiteral("R-2001"));
    CHECK(doc.bodyHtml.contains(QStringLiteral("&lt;b&gt;Dr&lt;/b&gt;")));
    CHECK_FALSE(doc.bodyHtml.contains(QStringLiteral("<b>Dr</b>")));
    CHECK(doc.bodyHtml.contains(QLocale().toString(appointment, QLocale::LongFormat)));
    CHECK(doc.bodyHtml.contains(
        QLocale().toString(QTime(16, 30), OptionalTimeEdit::displayFormat())));
    CHECK_FALSE(doc.bodyHtml.contains(QStringLiteral("16:30:00")));
    CHECK(doc.bodyHtml.contains(QStringLiteral("555-010-3300")));
    CHECK(doc.bodyHtml.contains(QStringLiteral("Your appointments")));

    // The chart section shows both plans as the participant's copies read.
    CarePlansTab tab(c.f.context);
    tab.showParticipant(c.participant);
    REQUIRE(tab.aftercarePlan().has_value());
    REQUIRE(tab.relapsePlan().has_value());
    CHECK(tab.aftercareText().contains(QStringLiteral("<b>Dr</b>")));
    CHECK(tab.aftercareText().contains(QStringLiteral("Tuesday Night Big Book")));
    CHECK(tab.relapseText().contains(QStringLiteral("People you can call")));
}

TEST_CASE("The printed treatment plan escapes what was typed and has lines to sign", "[ui][plans]")
{
    PlanClinic c;
    auto draft = c.plans().draft(c.participant);
    REQUIRE_OK(draft);
    TreatmentPlan plan;
    PlanProblem p;
    p.statement = QStringLiteral("Uses <script>alert(1)</script> at work");
    plan.problems = { p };
    REQUIRE_OK(c.plans().saveDraft(draft->id, plan, {}));
    auto stored = c.plans().get(draft->id);
    REQUIRE_OK(stored);
    auto participant = ParticipantStore(c.f.database.db()).get(c.participant);
    REQUIRE_OK(participant);
    const RecordDocument doc
        = PlanDocuments::treatmentPlan(*participant, ProgramSettings {}, *stored);
    CHECK(doc.title == QStringLiteral("Treatment Plan, version 1 (draft)"));
    CHECK(doc.bodyHtml.contains(QStringLiteral("&lt;script&gt;")));
    CHECK_FALSE(doc.bodyHtml.contains(QStringLiteral("<script>")));
    CHECK(doc.bodyHtml.contains(QStringLiteral("Participant: Ana Alvarez")));
}

TEST_CASE("Pictures of the plan screens and the printed plans", "[.][shots]")
{
    PlanClinic c;
    const PlanVersion v1 = c.finalizedPlan();
    REQUIRE_OK(c.plans().recordParticipantAgreement(
        v1.id, uiToday(), QStringLiteral("Participant signed the printed plan")));
    PlanReviewInput in;
    in.planId = v1.id;
    in.reviewedOn = uiToday();
    in.occasion = ReviewOccasion::Scheduled;
    in.progress = { { QStringLiteral("o1"), ObjectiveStatus::Met,
                        QStringLiteral("12 of 12 groups") },
        { QStringLiteral("o2"), ObjectiveStatus::InProgress, QStringLiteral("Named 2 of 3") } };
    in.summary = QStringLiteral("Attendance objective met; triggers work continues");
    in.tookPart = QStringLiteral("Dana Counselor, Ana Alvarez");
    REQUIRE_OK(c.plans().recordReview(in));
    auto v2 = c.plans().current(c.episode);
    REQUIRE_OK(v2);
    REQUIRE_OK(c.plans().recordParticipantAgreement(
        (**v2).id, uiToday(), QStringLiteral("Participant signed the printed plan")));
    v2 = c.plans().current(c.episode);
    REQUIRE_OK(v2);

    RelapsePlan relapse;
    relapse.triggers = { QStringLiteral("Payday Fridays"), QStringLiteral("Arguments at home"),
        QStringLiteral("Driving past the old bar on Main St") };
    relapse.warningSigns = { QStringLiteral("Skipping meetings"), QStringLiteral("Not sleeping") };
    relapse.copingStrategies = { QStringLiteral("Call my sponsor before going out"),
        QStringLiteral("Take the long way home"), QStringLiteral("Go to the evening meeting") };
    relapse.peopleToCall = { { QStringLiteral("Sam"), QStringLiteral("sponsor"),
                                 QStringLiteral("(555) 010-2200") },
        { QStringLiteral("Lee"), QStringLiteral("sister"), QStringLiteral("(555) 010-4400") } };
    REQUIRE_OK(RelapsePlanStore(c.f.database.db()).save(c.participant, relapse));
    AftercarePlan aftercare;
    AftercareService s;
    s.provider = QStringLiteral("Riverside Counseling");
    s.contactPerson = QStringLiteral("J. Moreno");
    s.phone = QStringLiteral("(555) 010-3300");
    s.referralDate = uiToday();
    s.appointmentDate = uiToday().addDays(14);
    s.appointmentTime = QTime(16, 30);
    s.note = QStringLiteral("Bring your insurance card");
    AftercareService m;
    m.kind = AftercareServiceKind::MedicationManagement;
    m.provider = QStringLiteral("Dr. Patel, Eastside Clinic");
    m.phone = QStringLiteral("(555) 010-5500");
    m.referralDate = uiToday();
    aftercare.services = { s, m };
    SupportGroup g;
    g.name = QStringLiteral("Tuesday Night Big Book");
    g.days = { Qt::Tuesday };
    g.time = QTime(19, 0);
    g.location = QStringLiteral("St. Mark's Hall, 12 Elm St");
    SupportGroup smart;
    smart.kind = SupportGroupKind::SmartRecovery;
    smart.name = QStringLiteral("SMART Recovery online");
    smart.days = { Qt::Monday, Qt::Thursday };
    smart.time = QTime(18, 30);
    smart.online = true;
    aftercare.supportGroups = { g, smart };
    aftercare.soberLiving = SoberLiving { QStringLiteral("Oak House"), QStringLiteral("40 Oak Ave"),
        QStringLiteral("(555) 010-6600"), uiToday().addDays(7) };
    aftercare.seedFrom(relapse);
    REQUIRE_OK(AftercarePlanStore(c.f.database.db()).save(c.participant, aftercare));

    auto shoot = [](QWidget& w, const char* name) {
        w.show();
        settle();
        REQUIRE(w.grab().save(shotsDir() + QLatin1Char('/') + QLatin1String(name), "png"));
    };
    {
        TreatmentPlanTab tab(c.f.context);
        tab.showParticipant(c.participant);
        tab.resize(1200, 620);
        shoot(tab, "plan-tab.png");
    }
    {
        CarePlansTab tab(c.f.context);
        tab.showParticipant(c.participant);
        tab.resize(1200, 620);
        shoot(tab, "care-plans-tab.png");
    }
    {
        // A draft of version 3 with a new objective still missing its date, refused.
        TreatmentPlanEditor editor(c.f.context, c.participant);
        editor.show();
        editor.tree()->setCurrentItem(editor.tree()->topLevelItem(0)->child(0));
        click(child<QPushButton>(&editor, QStringLiteral("addObjective")));
        typeText(child<QPlainTextEdit>(&editor, QStringLiteral("objectiveText")),
            QStringLiteral("Attend 2 community meetings a week"));
        typeInto(child<QLineEdit>(&editor, QStringLiteral("changeNote")),
            QStringLiteral("Added community meetings objective"));
        click(child<QPushButton>(&editor, QStringLiteral("finalize")));
        shoot(editor, "plan-editor.png");
        editor.tree()->setCurrentItem(editor.tree()->topLevelItem(0)->child(0)->child(0)->child(0));
        shoot(editor, "plan-editor-intervention.png");
        MessageBox::setNextAnswer(QMessageBox::Discard);
        editor.reject();
    }
    {
        PlanReviewDialog review(c.f.context, **v2, std::nullopt);
        review.statusCombo(QStringLiteral("o2"))->setCurrentIndex(2);
        shoot(review, "plan-review.png");
        MessageBox::setNextAnswer(QMessageBox::Discard);
        review.reject();
    }
    {
        AftercarePlanDialog dialog(c.f.context, c.participant);
        shoot(dialog, "aftercare-dialog.png");
        dialog.pages()->setCurrentIndex(1);
        shoot(dialog, "aftercare-groups.png");
    }
    {
        RelapsePlanDialog dialog(c.f.context, c.participant);
        shoot(dialog, "relapse-dialog.png");
    }

    auto participant = ParticipantStore(c.f.database.db()).get(c.participant);
    REQUIRE_OK(participant);
    ProgramSettings program;
    program.clinicName = QStringLiteral("Riverbend Recovery Center");
    program.programName = QStringLiteral("Adult Intensive Outpatient Program");
    auto relapseVersion = RelapsePlanStore(c.f.database.db()).current(c.episode);
    auto aftercareVersion = AftercarePlanStore(c.f.database.db()).current(c.episode);
    REQUIRE_OK(relapseVersion);
    REQUIRE_OK(aftercareVersion);
    const QList<QPair<QString, RecordDocument>> documents {
        { QStringLiteral("treatment-plan"),
            PlanDocuments::treatmentPlan(*participant, program, **v2) },
        { QStringLiteral("relapse-plan"),
            PlanDocuments::relapsePlan(*participant, program, **relapseVersion) },
        { QStringLiteral("aftercare-plan"),
            PlanDocuments::aftercarePlan(*participant, program, **aftercareVersion) },
    };
    for (const auto& [name, doc] : documents) {
        const QString pdf = shotsDir() + QLatin1Char('/') + name + QStringLiteral(".pdf");
        REQUIRE_OK(DocumentRenderer::writePdf(doc, pdf));
        QProcess::execute(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                shotsDir() + QLatin1Char('/') + name });
    }
}
