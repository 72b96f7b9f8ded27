// SPDX-License-Identifier: GPL-3.0-or-later
// Entering assessments with the keyboard as a clinician does (digits and Tab, Enter to save),
// the live score, the messages beside items, and a safety alert from chart to follow-up.
#include "assessment/AssessmentForm.h"

#include "UiTestSupport.h"
#include "assessment/AssessmentDialog.h"
#include "assessment/FollowUpDialog.h"
#include "assessment/SafetyAlertBanner.h"
#include "caseload/CaseloadModel.h"
#include "participant/ParticipantPage.h"
#include "storage/AssessmentStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/SafetyAlertStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <iostream>

using namespace stepwise;
using namespace stepwise::test;

namespace {

Participant loaded(UiFixture& f, Id id)
{
    auto p = ParticipantStore(f.database.db()).get(id);
    REQUIRE_OK(p);
    return p.value();
}

const InstrumentDefinition& instrument(const char* id)
{
    const InstrumentDefinition* d = Instruments::find(QString::fromLatin1(id));
    REQUIRE(d != nullptr);
    return *d;
}

// qWaitForWindowActive() also holds for a dialog whose parent window is active (QWindow counts
// transient children as active), before the dialog itself has the keyboard: wait for that.
bool waitForKeyboard(QWidget* window)
{
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    return w;
}

// Types each answer into the field that has the focus and moves on with Tab, as a clinician
// does from a paper form; an empty answer is skipped with Tab alone.
void typeAnswers(const QList<std::optional<int>>& answers)
{
    for (int i = 0; i < answers.size(); ++i) {
        if (answers.at(i))
            QTest::keyClicks(focused(), QString::number(*answers.at(i)));
        if (i + 1 < answers.size())
            QTest::keyClick(focused(), Qt::Key_Tab);
    }
}

QString attentionOf(UiFixture& f, Id participant)
{
    auto rows = CaseloadQuery::rows(f.database.db(), {}, uiToday());
    REQUIRE_OK(rows);
    CaseloadModel model;
    model.setRows(rows.value());
    const int row = model.rowOfParticipant(participant);
    REQUIRE(row >= 0);
    return model.index(row, CaseloadModel::Attention).data().toString();
}

} // namespace

TEST_CASE("A PHQ-9 is typed with digits and Tab, scored as it is typed and saved with Enter",
    "[ui][assessment]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant());
    AssessmentDialog dialog(f.context, loaded(f, id), instrument("phq9"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    AssessmentForm* form = dialog.form();
    CHECK(dialog.cutoffCombo() == nullptr);
    CHECK(QApplication::focusWidget() == form->entry(QStringLiteral("1")));

    QElapsedTimer timer;
    timer.start();
    QTest::keyClicks(focused(), QStringLiteral("1"));
    CHECK(form->resultLabel()->text() == QStringLiteral("Total so far 1, 8 items not answered"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == form->entry(QStringLiteral("2")));
    QTest::keyClicks(focused(), QStringLiteral("2"));
    CHECK(form->resultLabel()->text() == QStringLiteral("Total so far 3, 7 items not answered"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeAnswers({ 0, 1, 2, 0, 1, 2, 0 });
    CHECK(QApplication::focusWidget() == form->entry(QStringLiteral("9")));
    CHECK(form->resultLabel()->text() == QStringLiteral("Total 9 of 27: Mild"));
    REQUIRE(form->score().has_value());
    CHECK(*form->score()->total == 9);
    CHECK_FALSE(form->flagsLabel()->isVisible()); // item 9 is 0: no safety message

    QTest::keyClick(focused(), Qt::Key_Return);
    const qint64 elapsed = timer.elapsed();
    std::cout << "PHQ-9 entry by keyboard and save: " << elapsed << " ms\n";

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    auto history = AssessmentStore(f.database.db()).history(id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().id == dialog.savedId());
    CHECK(history->first().administeredOn == uiToday());
    CHECK(*history->first().score.total == 9);
    CHECK(history->first().score.band == QStringLiteral("mild"));
    const Answers expected { 1, 2, 0, 1, 2, 0, 1, 2, 0 };
    CHECK(history->first().answers == expected);
}

TEST_CASE("A PHQ-9 with an item left out is not saved and the item says why", "[ui][assessment]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant());
    AssessmentDialog dialog(f.context, loaded(f, id), instrument("phq9"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    AssessmentForm* form = dialog.form();
    QLabel* hint3 = child<QLabel>(form, QStringLiteral("hint_3"));

    typeAnswers({ 1, 1, std::nullopt, 1, 1, 1, 1, 1, 1 });
    CHECK(form->resultLabel()->text() == QStringLiteral("Total so far 8, 1 item not answered"));
    CHECK(hint3->text().isEmpty()); // not an error while the clinician is still typing

    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.savedId() == 0);
    auto history = AssessmentStore(f.database.db()).history(id);
    REQUIRE_OK(history);
    CHECK(history->isEmpty());
    CHECK(hint3->text() == QStringLiteral("Item 3 is not answered."));
    CHECK(hint3->isVisible());

    // A value the item does not take is named beside it at once, before any save.
    QLineEdit* item3 = form->entry(QStringLiteral("3"));
    item3->setFocus();
    QTest::keyClicks(item3, QStringLiteral("4"));
    CHECK(item3->text() == QStringLiteral("4"));
    CHECK(hint3->text() == QStringLiteral("Item 3 takes 0 to 3, not 4."));
    CHECK(item3->property("invalid").toBool());
    CHECK(form->resultLabel()->text() == QStringLiteral("Total so far 8, 1 answer out of range"));
    CHECK_FALSE(form->score().has_value());

    // Corrected to 3, it saves.
    QTest::keyClick(item3, Qt::Key_Backspace);
    QTest::keyClicks(item3, QStringLiteral("3"));
    CHECK(hint3->text() == QStringLiteral("Nearly every day"));
    CHECK(form->resultLabel()->text() == QStringLiteral("Total 11 of 27: Moderate"));
    QTest::keyClick(item3, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    history = AssessmentStore(f.database.db()).history(id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(*history->first().score.total == 11);
}

TEST_CASE("AUDIT-C shows its cut-off and screens a woman positive at 3", "[ui][assessment]")
{
    UiFixture f;
    Participant woman = sampleParticipant();
    REQUIRE(woman.sexAtBirth == SexAtBirth::Female);
    const Id id = f.addAdmitted(woman);
    AssessmentDialog dialog(f.context, loaded(f, id), instrument("auditc"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QComboBox* cutoff = dialog.cutoffCombo();
    REQUIRE(cutoff != nullptr);
    CHECK(cutoff->isVisible());
    CHECK(cutoff->currentData().toString() == QStringLiteral("female"));
    CHECK(QApplication::focusWidget() == dialog.form()->entry(QStringLiteral("1")));

    typeAnswers({ 1, 1, 1 });
    CHECK(dialog.form()->resultLabel()->text()
        == QStringLiteral("Total 3 of 12: Positive screen (cut-off 3)"));

    // The men's cut-off changes the result at once.
    cutoff->setCurrentIndex(cutoff->findData(QStringLiteral("male")));
    CHECK(dialog.form()->resultLabel()->text()
        == QStringLiteral("Total 3 of 12: Negative screen (cut-off 4)"));
    cutoff->setCurrentIndex(cutoff->findData(QStringLiteral("female")));

    dialog.form()->entry(QStringLiteral("3"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto history = AssessmentStore(f.database.db()).history(id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().score.band == QStringLiteral("positive"));
    REQUIRE(history->first().score.cutoff.has_value());
    CHECK(*history->first().score.cutoff == 3);
}

TEST_CASE("A safety alert stays on the chart and the caseload until the follow-up is recorded",
    "[ui][assessment][safety]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant());
    ParticipantPage page(f.context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.showParticipant(id));
    SafetyAlertBanner* banner = page.safetyBanner();
    CHECK_FALSE(banner->isVisible());

    // A PHQ-9 with item 9 at 1, typed into the form the chart opens.
    page.recordAssessment(QStringLiteral("phq9"));
    QPointer<AssessmentDialog> dialog = findTopLevel<AssessmentDialog>();
    REQUIRE(dialog);
    REQUIRE(waitForKeyboard(dialog));
    CHECK(QApplication::focusWidget() == dialog->form()->entry(QStringLiteral("1")));
    typeAnswers({ 1, 1, 1, 1, 0, 0, 0, 0, 1 });
    CHECK(dialog->form()->resultLabel()->text() == QStringLiteral("Total 5 of 27: Mild"));
    CHECK(dialog->form()->flagsLabel()->isVisible());
    CHECK(dialog->form()->flagsLabel()->text().contains(QStringLiteral("Item 9")));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::qWait(0);
    REQUIRE((dialog.isNull() || !dialog->isVisible()));

    CHECK(banner->isVisible());
    REQUIRE(banner->alerts().size() == 1);
    CHECK(banner->textLabel()->text().contains(QStringLiteral("PHQ-9")));
    CHECK(attentionOf(f, id).contains(QStringLiteral("Safety alert")));
    {
        auto rows = CaseloadQuery::rows(f.database.db(), {}, uiToday());
        REQUIRE_OK(rows);
        CaseloadModel model;
        model.setRows(rows.value());
        CHECK(model.index(model.rowOfParticipant(id), CaseloadModel::Attention)
                  .data(CaseloadModel::NeedsAttentionRole)
                  .toBool());
    }

    // The follow-up, from the banner's button.
    QTest::mouseClick(banner->followUpButton(), Qt::LeftButton);
    QPointer<FollowUpDialog> followUp = findTopLevel<FollowUpDialog>();
    REQUIRE(followUp);
    followUp->actionCombo()->setCurrentIndex(
        followUp->actionCombo()->findData(storageKey(FollowUpAction::SafetyPlan)));

    // Too short a note is refused: the dialog stays and the alert stays open.
    typeInto(followUp->noteEdit(), QStringLiteral("Called"));
    followUp->accept();
    REQUIRE(followUp);
    CHECK(followUp->isVisible());
    CHECK(banner->isVisible());

    typeInto(followUp->noteEdit(),
        QStringLiteral(
            "Safety plan reviewed in session; participant agreed to call 988 if needed"));
    followUp->accept();
    QTest::qWait(0);
    CHECK((followUp.isNull() || !followUp->isVisible()));
    CHECK_FALSE(banner->isVisible());
    CHECK(banner->alerts().isEmpty());

    auto alerts = SafetyAlertStore(f.database.db()).alerts(id);
    REQUIRE_OK(alerts);
    REQUIRE(alerts->size() == 1);
    REQUIRE(alerts->first().action.has_value());
    CHECK(*alerts->first().action == FollowUpAction::SafetyPlan);
    CHECK(alerts->first().followedUpBy == f.database.leadId());

    // Out of the caseload's attention column; the overdue baselines are still there.
    const QString attention = attentionOf(f, id);
    CHECK_FALSE(attention.contains(QStringLiteral("Safety alert")));
    CHECK(attention.contains(QStringLiteral("GAD-7 overdue")));
}
