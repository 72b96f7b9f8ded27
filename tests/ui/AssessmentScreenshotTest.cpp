// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the assessment entry forms and the chart's Assessments tab for people to look at.
// Hidden from ctest ([.]): run `ui_assessment_screenshots "[shots]"`; the PNGs go to
// $STEPWISE_SHOTS_DIR, or /tmp/stepwise-shots.
#include "UiTestSupport.h"
#include "assessment/AssessmentDialog.h"
#include "assessment/AssessmentForm.h"
#include "assessment/AssessmentsTab.h"
#include "instruments/AsamPlacement.h"
#include "participant/ParticipantPage.h"
#include "storage/AssessmentStore.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace stepwise;
using namespace stepwise::test;

namespace {

void save(QWidget* w, const QString& name)
{
    settle();
    REQUIRE(w->grab().save(shotsDir() + QLatin1Char('/') + name, "png"));
}

// Types every answer as a clinician would: the digits, then Tab.
void typeAnswers(AssessmentForm* form, const QList<int>& answers)
{
    const InstrumentDefinition& d = form->definition();
    for (int i = 0; i < answers.size() && i < d.items.size(); ++i) {
        QLineEdit* entry = form->entry(d.items.at(i).key);
        entry->setFocus();
        QTest::keyClicks(entry, QString::number(answers.at(i)));
    }
}

AssessmentInput phq9(Id participant, const QDate& on, const QList<int>& answers)
{
    AssessmentInput in;
    in.participantId = participant;
    in.instrument = QStringLiteral("phq9");
    in.administeredOn = on;
    for (int a : answers)
        in.answers.append(a);
    return in;
}

} // namespace

TEST_CASE("Assessment forms and the Assessments tab, as pictures", "[.][shots]")
{
    UiFixture f;
    Participant p = sampleParticipant(QStringLiteral("SW-20417"));
    p.legalFirstName = QStringLiteral("Maya");
    p.legalLastName = QStringLiteral("Okafor");
    p.sexAtBirth = SexAtBirth::Female;
    const Id id = f.addAdmitted(p, 70);
    auto stored = ParticipantStore(f.database.db()).get(id);
    REQUIRE_OK(stored);

    SECTION("PHQ-9 being typed, with item 9 above 0")
    {
        AssessmentDialog dialog(
            f.context, stored.value(), *Instruments::find(QStringLiteral("phq9")));
        dialog.show();
        typeAnswers(dialog.form(), { 2, 2, 3, 2, 1, 2, 1, 1, 1 });
        save(&dialog, QStringLiteral("assessment-phq9.png"));
    }
    SECTION("PHQ-9 with an item out of range and one missing")
    {
        AssessmentDialog dialog(
            f.context, stored.value(), *Instruments::find(QStringLiteral("phq9")));
        dialog.show();
        typeAnswers(dialog.form(), { 1, 4, 0, 1 });
        dialog.accept();
        save(&dialog, QStringLiteral("assessment-phq9-refused.png"));
    }
    SECTION("BAM")
    {
        AssessmentDialog dialog(
            f.context, stored.value(), *Instruments::find(QStringLiteral("bam")));
        dialog.resize(1000, 900);
        dialog.show();
        typeAnswers(dialog.form(),
            { 3, 12, 9, 4, 2, 3, 3, 0, 0, 0, 0, 0, 0, 3, 1, 0, 6, 1, 8, 0, 2, 10, 2 });
        save(&dialog, QStringLiteral("assessment-bam.png"));
    }
    SECTION("ASAM dimensions")
    {
        AssessmentDialog dialog(
            f.context, stored.value(), *Instruments::find(QStringLiteral("asam")));
        dialog.resize(1000, 950);
        dialog.show();
        typeAnswers(dialog.form(), { 0, 1, 2, 2, 3, 1 });
        dialog.form()
            ->narrative(QStringLiteral("3"))
            ->setPlainText(QStringLiteral("Moderate depressive symptoms; PHQ-9 14. No psychosis."));
        save(&dialog, QStringLiteral("assessment-asam.png"));
    }
    SECTION("AUDIT-C")
    {
        AssessmentDialog dialog(
            f.context, stored.value(), *Instruments::find(QStringLiteral("auditc")));
        dialog.show();
        typeAnswers(dialog.form(), { 2, 0, 1 });
        save(&dialog, QStringLiteral("assessment-auditc.png"));
    }
    SECTION("The Assessments tab with a PHQ-9 history and an open safety alert")
    {
        AssessmentStore store(f.database.db());
        const QDate admitted = uiToday().addDays(-70);
        const QList<QList<int>> series
            = { { 3, 3, 2, 2, 2, 2, 2, 1, 0 }, { 2, 3, 2, 2, 2, 2, 1, 1, 0 },
                  { 2, 2, 2, 2, 1, 1, 1, 1, 0 }, { 2, 2, 1, 1, 1, 1, 1, 1, 0 },
                  { 1, 1, 1, 1, 1, 1, 1, 0, 1 }, { 1, 1, 1, 0, 1, 0, 1, 0, 0 } };
        for (int i = 0; i < series.size(); ++i)
            REQUIRE_OK(store.record(phq9(id, admitted.addDays(2 + i * 13), series.at(i))));
        ParticipantPage page(f.context);
        page.resize(1280, 800);
        REQUIRE(page.showParticipant(id));
        page.tabs()->setCurrentWidget(page.assessmentsTab());
        page.show();
        save(&page, QStringLiteral("assessments-tab.png"));
    }
}
