// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a participant between phases from their page, through the dialog.
#include "UiTestSupport.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/PlainLabel.h"
#include "participant/ParticipantPage.h"
#include "participant/PhaseModel.h"
#include "participant/PhasePlanDialog.h"
#include "participant/PhaseTimeline.h"
#include "participant/PhaseTransitionDialog.h"
#include "storage/EpisodeStore.h"
#include "storage/SettingsStore.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

using namespace stepwise;
using namespace stepwise::test;

namespace {

QStringList comboTexts(QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

TEST_CASE("Changing phase through the dialog updates the page and its timeline", "[ui][phase]")
{
    UiFixture f;
    ProgramSettings settings;
    settings.setDefaultPlan(PhaseKind::StepDown, { 2, 5.0 });
    REQUIRE_OK(SettingsStore(f.database.db()).save(settings));
    const Id id = f.addAdmitted(sampleParticipant(), 40);

    ParticipantPage page(f.context);
    page.show();
    REQUIRE(page.showParticipant(id));
    REQUIRE(page.timeline()->segmentRects().size() == 1);
    CHECK(page.careStatusLabel()->text().startsWith(QStringLiteral("In care: Intensive phase")));
    REQUIRE(page.changePhaseAction()->isEnabled());

    page.changePhaseAction()->trigger();
    QPointer<PhaseTransitionDialog> dialog = findTopLevel<PhaseTransitionDialog>();
    REQUIRE(dialog);

    // The current phase is not offered; the next one is chosen, with the program's plan.
    CHECK(comboTexts(dialog->phaseCombo())
        == QStringList(
            { QStringLiteral("Step-down (step down)"), QStringLiteral("Aftercare (step down)") }));
    CHECK(dialog->sessionsEdit()->value() == 2);
    CHECK(dialog->hoursEdit()->value() == 5.0);
    CHECK(dialog->dateEdit()->date() == uiToday());

    // The reason is required: nothing changes without it.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->errors()->message(QStringLiteral("reason"))
        == QStringLiteral("Give the reason for the change."));
    CHECK(dialog->reasonEdit()->property("fieldError").toBool());
    CHECK(page.timeline()->segmentRects().size() == 1);

    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Met step-down criteria at review"));
    dialog->sessionsEdit()->setValue(1);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTest::qWait(0);
    REQUIRE((dialog.isNull() || !dialog->isVisible()));

    // The page reloaded from storage.
    REQUIRE(page.timeline()->episode().has_value());
    const Episode& episode = *page.timeline()->episode();
    REQUIRE(episode.phases.size() == 2);
    CHECK(episode.phases.at(0).endDate == uiToday().addDays(-1));
    CHECK(episode.phases.at(1).kind == PhaseKind::StepDown);
    CHECK(episode.phases.at(1).plan == PhasePlan { 1, 5.0 });
    CHECK(page.timeline()->segmentRects().size() == 2);
    REQUIRE(page.phaseModel()->rowCount() == 2);
    CHECK(page.phaseModel()->index(1, PhaseModel::Reason).data().toString()
        == QStringLiteral("Met step-down criteria at review"));
    CHECK(page.careStatusLabel()->text().startsWith(
        QStringLiteral("In care: Step-down phase, day 1")));
    CHECK(
        page.valueLabel(QStringLiteral("plan"))->text() == QStringLiteral("1 session, 5 h a week"));
}

TEST_CASE("After a setback the dialog offers a return to more intensive care", "[ui][phase]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant(), 60);
    auto episodes = EpisodeStore(f.database.db()).episodes(id);
    REQUIRE_OK(episodes);
    const Id episodeId = episodes->first().id;
    REQUIRE_OK(EpisodeStore(f.database.db())
                   .transition(episodeId, PhaseKind::Aftercare, uiToday().addDays(-10), { 1, 1.5 },
                       QStringLiteral("Early aftercare")));
    auto episode = EpisodeStore(f.database.db()).episode(episodeId);
    REQUIRE_OK(episode);

    PhaseTransitionDialog dialog(f.context, episode.value());
    CHECK(comboTexts(dialog.phaseCombo())
        == QStringList({ QStringLiteral("Intensive (back to more intensive care)"),
            QStringLiteral("Step-down (back to more intensive care)") }));

    // A date before the current phase began comes back from core beside the date.
    dialog.dateEdit()->setDate(uiToday().addDays(-20));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Relapse"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errors()->message(QStringLiteral("date")).contains(QStringLiteral("began on")));

    dialog.dateEdit()->setDate(uiToday());
    REQUIRE(dialog.save());
    auto after = EpisodeStore(f.database.db()).episode(episodeId);
    REQUIRE_OK(after);
    REQUIRE(after->currentPhase() != nullptr);
    CHECK(after->currentPhase()->kind == PhaseKind::Intensive);
    CHECK(after->currentPhase()->plan == ProgramSettings().defaultPlan(PhaseKind::Intensive));
}

TEST_CASE("Someone not in care is shown as such and cannot change phase", "[ui][phase]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant(), 60);
    auto episodes = EpisodeStore(f.database.db()).episodes(id);
    REQUIRE_OK(episodes);
    REQUIRE_OK(
        EpisodeStore(f.database.db())
            .discharge(episodes->first().id, QDate(2025, 3, 1), QStringLiteral("Completed")));

    ParticipantPage page(f.context);
    REQUIRE(page.showParticipant(id));
    CHECK(page.careStatusLabel()->text()
        == QStringLiteral("Not in care (discharged on %1)").arg(Format::date(QDate(2025, 3, 1))));
    CHECK_FALSE(page.changePhaseAction()->isEnabled());
    page.changePhase(); // no dialog appears
    CHECK(findTopLevel<PhaseTransitionDialog>() == nullptr);
}

TEST_CASE("The current phase's weekly plan is individualised from the page", "[ui][phase][plan]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant(), 10);
    ParticipantPage page(f.context);
    page.show();
    REQUIRE(page.showParticipant(id));
    REQUIRE(page.editPlanAction()->isEnabled());

    page.editPlanAction()->trigger();
    QPointer<PhasePlanDialog> dialog = findTopLevel<PhasePlanDialog>();
    REQUIRE(dialog);
    CHECK(dialog->sessionsEdit()->value() == 3);
    CHECK(dialog->hoursEdit()->value() == 9.0);

    // Intensive care needs at least one session: refused beside the field, nothing stored.
    dialog->sessionsEdit()->setValue(0);
    CHECK_FALSE(dialog->save());
    CHECK(dialog->isVisible());
    CHECK(dialog->sessionsEdit()->property("fieldError").toBool());
    auto stored = [&] {
        auto episodes = EpisodeStore(f.database.db()).episodes(id);
        REQUIRE(episodes.ok());
        return episodes->last().phases.last().plan;
    };
    CHECK(stored() == PhasePlan { 3, 9.0 });

    dialog->sessionsEdit()->setValue(4);
    dialog->hoursEdit()->setValue(12.0);
    CHECK(dialog->save());
    CHECK(stored() == PhasePlan { 4, 12.0 });
}
