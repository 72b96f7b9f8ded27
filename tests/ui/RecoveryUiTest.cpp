// SPDX-License-Identifier: GPL-3.0-or-later
// Medications, drug screens and recorded use as a counselor enters them in the chart (issue 6):
// an expected positive shown and stored as such, an unexpected one flagged, refusals beside the
// field, and a counselor outside the caseload kept from saving. The hidden "[shots]" case writes
// pictures of the tab and the screen dialog to $STEPWISE_SHOTS_DIR (or /tmp/stepwise-shots).
#include "UiTestSupport.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/ReadOnlyTable.h"
#include "recovery/Analyte.h"
#include "recovery/MedicationDialog.h"
#include "recovery/MedicationModel.h"
#include "recovery/RecoveryTab.h"
#include "recovery/ScreenDialog.h"
#include "recovery/ScreenHistoryDialog.h"
#include "recovery/ScreenModel.h"
#include "recovery/UseEventDialog.h"
#include "recovery/UseEventModel.h"
#include "storage/MedicationStore.h"
#include "storage/ToxicologyStore.h"
#include "storage/UseEventStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>

using namespace stepwise;
using namespace stepwise::test;

namespace {

// Picks an item of a combo with the arrow keys, as a keyboard user does.
void arrowTo(QComboBox* combo, const QVariant& data)
{
    const int target = combo->findData(data);
    REQUIRE(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    REQUIRE(combo->currentIndex() == target);
}

struct Clinic
{
    UiFixture f;
    Id participant = 0;

    Clinic()
    {
        Participant p = sampleParticipant(QStringLiteral("R-3001"));
        p.legalFirstName = QStringLiteral("Ana");
        p.legalLastName = QStringLiteral("Alvarez");
        participant = f.addAdmitted(p, 30);
        signIn(f.database.counselorId(), QStringLiteral("Dana Counselor"));
    }

    void signIn(Id staff, const QString& name)
    {
        Session s;
        s.staffId = staff;
        s.name = name;
        s.roles = RoleSet { StaffRole::Counselor };
        s.signedInAt = f.clock.nowUtc();
        f.database.db().setSession(s);
    }

    void addSuboxone()
    {
        Medication m;
        m.participantId = participant;
        m.name = QStringLiteral("Suboxone 8 mg/2 mg film");
        m.analytes = { QString::fromLatin1(Analytes::Buprenorphine) };
        m.prescriber = QStringLiteral("Dr. Okafor");
        m.startDate = uiToday().addDays(-28);
        REQUIRE_OK(MedicationStore(f.database.db()).add(m));
    }

    QList<ToxScreen> screens()
    {
        auto s = ToxicologyStore(f.database.db()).screens(participant);
        REQUIRE_OK(s);
        return *s;
    }
};

} // namespace

TEST_CASE("A counselor records buprenorphine, then a 12-panel screen: BUP expected, cocaine "
          "flagged",
    "[recovery]")
{
    Clinic c;
    RecoveryTab tab(c.f.context);
    tab.showParticipant(c.participant);
    tab.resize(1100, 700);
    activate(&tab);

    // The medication, from the name alone: the analyte is suggested.
    MedicationDialog* med = tab.addMedication();
    REQUIRE(med != nullptr);
    activate(med);
    typeInto(med->nameEdit(), QStringLiteral("Suboxone"));
    CHECK(med->analytesEdit()->text() == QStringLiteral("BUP"));
    typeInto(med->prescriberEdit(), QStringLiteral("Dr. Okafor"));
    med->startEdit()->setDate(uiToday().addDays(-20));
    click(med->saveButton());
    REQUIRE(tab.medications()->rowCount() == 1);
    CHECK(tab.medications()->index(0, MedicationModel::Name).data().toString()
        == QStringLiteral("Suboxone"));
    CHECK(tab.medications()->index(0, MedicationModel::Analytes).data().toString()
        == QStringLiteral("BUP"));
    CHECK(tab.medications()->index(0, MedicationModel::To).data().toString()
        == QStringLiteral("current"));

    // The screen, from the keyboard.
    ScreenDialog* dialog = tab.recordScreen();
    REQUIRE(dialog != nullptr);
    activate(dialog);
    QTest::keyClick(dialog->observedBox(), Qt::Key_Space);
    arrowTo(dialog->panelChoice(), QStringLiteral("twelve_panel"));
    settle();
    REQUIRE(dialog->rowCount() == 12);
    CHECK(QApplication::focusWidget() == dialog->resultCombo(0));
    for (int row = 0; row < dialog->rowCount(); ++row)
        CHECK(dialog->resultCombo(row)->currentData().toInt() == int(ToxResultValue::Negative));
    // Tab walks from one result box to the next.
    QTest::keyClick(dialog->resultCombo(0), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog->resultCombo(1));

    const int bup = dialog->rowOf(QStringLiteral("buprenorphine"));
    const int coc = dialog->rowOf(QStringLiteral("cocaine"));
    REQUIRE(bup >= 0);
    REQUIRE(coc >= 0);
    dialog->resultCombo(bup)->setFocus();
    QTest::keyClick(dialog->resultCombo(bup), Qt::Key_P);
    dialog->resultCombo(coc)->setFocus();
    QTest::keyClick(dialog->resultCombo(coc), Qt::Key_P);
    CHECK(dialog->resultCombo(bup)->currentData().toInt() == int(ToxResultValue::Positive));
    CHECK(dialog->expectedPreview(bup)->text().contains(QStringLiteral("Will be marked expected")));
    CHECK(dialog->expectedPreview(bup)->text().contains(QStringLiteral("Suboxone")));
    CHECK(dialog->markExpected(bup)->isHidden());
    CHECK(dialog->expectedPreview(coc)->text().startsWith(QStringLiteral("Unexpected")));
    CHECK_FALSE(dialog->markExpected(coc)->isHidden());
    // D, I and N pick the other results; the preview goes with a positive.
    QTest::keyClick(dialog->resultCombo(coc), Qt::Key_D);
    CHECK(dialog->resultCombo(coc)->currentData().toInt() == int(ToxResultValue::Dilute));
    CHECK(dialog->expectedPreview(coc)->text().isEmpty());
    QTest::keyClick(dialog->resultCombo(coc), Qt::Key_P);
    const QPointer<ScreenDialog> guard(dialog);
    click(dialog->saveButton());
    // Closed on save (and deleted: the tab opened it to close with it).
    REQUIRE((guard.isNull() || !guard->isVisible()));

    const QList<ToxScreen> screens = c.screens();
    REQUIRE(screens.size() == 1);
    const ToxScreen& s = screens.first();
    CHECK(s.observed);
    CHECK(s.panel == QStringLiteral("twelve_panel"));
    REQUIRE(s.result(QStringLiteral("buprenorphine")) != nullptr);
    CHECK(s.result(QStringLiteral("buprenorphine"))->expected);
    CHECK(s.result(QStringLiteral("buprenorphine"))
              ->expectedReason.contains(QStringLiteral("Suboxone")));
    REQUIRE(s.result(QStringLiteral("cocaine")) != nullptr);
    CHECK(s.result(QStringLiteral("cocaine"))->result == ToxResultValue::Positive);
    CHECK_FALSE(s.result(QStringLiteral("cocaine"))->expected);

    // The tab: the screen's results, cocaine in red, the flag at the top.
    REQUIRE(tab.screens()->rowCount() == 1);
    const QModelIndex results = tab.screens()->index(0, ScreenModel::Results);
    const QString text = results.data().toString();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Cocaine positive")));
    CHECK(text.contains(QStringLiteral("expected: prescribed buprenorphine")));
    CHECK(results.data(Qt::ForegroundRole).value<QColor>() == QColor(0xb0, 0x00, 0x20));
    CHECK(tab.flagsText().contains(QStringLiteral("Unexpected positive screen")));
    CHECK(tab.flagsText().contains(QStringLiteral("Cocaine")));
    CHECK(tab.recoverySignals().lastUnexpectedPositive == uiToday());
    CHECK(tab.signalsText().contains(QStringLiteral("Days abstinent, as the record shows: 0")));

    // Double-click: the screen and its versions.
    tab.screensTable()->setCurrentIndex(tab.screens()->index(0, 0));
    ScreenHistoryDialog* history = tab.showScreen();
    REQUIRE(history != nullptr);
    CHECK(history->versionCount() == 1);
    CHECK(history->text().contains(QStringLiteral("Unexpected positive: Cocaine")));
    history->close();
}

TEST_CASE("A screen dated tomorrow is refused, the reason beside the date", "[recovery]")
{
    Clinic c;
    ScreenDialog dialog(c.f.context, c.participant);
    activate(&dialog);
    dialog.dateEdit()->setDate(uiToday().addDays(1));
    arrowTo(dialog.panelChoice(), QStringLiteral("five_panel"));
    REQUIRE(dialog.rowCount() == 5);
    click(dialog.saveButton());
    CHECK(dialog.isVisible());
    QLabel* reason = child<QLabel>(&dialog, FieldErrors::labelName(QStringLiteral("collected_on")));
    CHECK(reason->isVisible());
    CHECK(reason->text().contains(QStringLiteral("future")));
    CHECK(c.screens().isEmpty());

    // A hand mark needs its reason; the message sits under that row.
    dialog.dateEdit()->setDate(uiToday());
    const int thc = dialog.rowOf(QStringLiteral("thc"));
    REQUIRE(thc >= 0);
    dialog.resultCombo(thc)->setFocus();
    QTest::keyClick(dialog.resultCombo(thc), Qt::Key_P);
    click(dialog.markExpected(thc));
    CHECK(dialog.expectedReason(thc)->isVisible());
    click(dialog.saveButton());
    CHECK(dialog.isVisible());
    CHECK(dialog.rowError(thc)->isVisible());
    CHECK_FALSE(reason->isVisible());
    CHECK(c.screens().isEmpty());
    typeInto(dialog.expectedReason(thc), QStringLiteral("Dronabinol confirmed by the lab"));
    click(dialog.saveButton());
    REQUIRE(c.screens().size() == 1);
    CHECK(c.screens().first().result(QStringLiteral("thc"))->expected);
    CHECK(c.screens().first().result(QStringLiteral("thc"))->expectedReason
        == QStringLiteral("Dronabinol confirmed by the lab"));
}

TEST_CASE("Recorded use shows in the table and in the signals", "[recovery]")
{
    Clinic c;
    RecoveryTab tab(c.f.context);
    tab.showParticipant(c.participant);
    activate(&tab);
    CHECK(tab.signalsText().contains(QStringLiteral("No use or unexpected positive recorded")));
    CHECK(tab.flagsText().isEmpty());

    UseEventDialog* dialog = tab.recordUse();
    REQUIRE(dialog != nullptr);
    activate(dialog);
    dialog->dateEdit()->setDate(uiToday().addDays(-3));
    typeInto(dialog->substanceChoice()->lineEdit(), QStringLiteral("kratom"));
    arrowTo(dialog->sourceChoice(), int(UseSource::Collateral));
    typeInto(dialog->noteEdit(), QStringLiteral("Sister called"));
    click(dialog->saveButton());

    REQUIRE(tab.useEvents()->rowCount() == 1);
    CHECK(tab.useEvents()->index(0, UseEventModel::Substance).data().toString()
        == QStringLiteral("kratom"));
    CHECK(tab.useEvents()->index(0, UseEventModel::Source).data().toString()
        == label(UseSource::Collateral));
    CHECK(tab.recoverySignals().lastUse == uiToday().addDays(-3));
    CHECK(tab.signalsText().contains(QStringLiteral("Days abstinent, as the record shows: 3")));
    CHECK(tab.flagsText().contains(QStringLiteral("Use recorded on")));

    // Corrected: a new version, the reason required.
    tab.useEventsTable()->setCurrentIndex(tab.useEvents()->index(0, 0));
    UseEventDialog* fix = tab.correctUse();
    REQUIRE(fix != nullptr);
    activate(fix);
    fix->dateEdit()->setDate(uiToday().addDays(-4));
    click(fix->saveButton());
    CHECK(fix->isVisible());
    CHECK(fix->fieldErrors()->message(QStringLiteral("correction_reason")).size() > 0);
    typeInto(fix->correctionReason(), QStringLiteral("Sister gave the wrong day"));
    click(fix->saveButton());
    REQUIRE(tab.useEvents()->rowCount() == 1);
    CHECK(tab.recoverySignals().lastUse == uiToday().addDays(-4));
    CHECK(tab.useEvents()
              ->index(0, UseEventModel::Date)
              .data()
              .toString()
              .contains(QStringLiteral("corrected")));
}

TEST_CASE("A counselor without the participant on the caseload cannot save", "[recovery]")
{
    Clinic c;
    const Id other
        = c.f.database.addStaff(QStringLiteral("Kim Other"), RoleSet { StaffRole::Counselor });
    c.signIn(other, QStringLiteral("Kim Other"));

    ScreenDialog screen(c.f.context, c.participant);
    CHECK_FALSE(screen.saveButton()->isEnabled());
    CHECK(screen.messageBar()->text().contains(QStringLiteral("not on your caseload")));
    MedicationDialog med(c.f.context, c.participant);
    CHECK_FALSE(med.saveButton()->isEnabled());
    CHECK(med.messageBar()->text().contains(QStringLiteral("not on your caseload")));
    UseEventDialog use(c.f.context, c.participant);
    CHECK_FALSE(use.saveButton()->isEnabled());
    CHECK(use.messageBar()->text().contains(QStringLiteral("not on your caseload")));

    RecoveryTab tab(c.f.context);
    tab.showParticipant(c.participant);
    CHECK_FALSE(tab.findChild<QPushButton*>(QStringLiteral("recordScreen"))->isEnabled());
    CHECK_FALSE(tab.findChild<QPushButton*>(QStringLiteral("addMedication"))->isEnabled());
    CHECK_FALSE(tab.findChild<QPushButton*>(QStringLiteral("recordUse"))->isEnabled());

    // Their own counselor may.
    c.signIn(c.f.database.counselorId(), QStringLiteral("Dana Counselor"));
    ScreenDialog own(c.f.context, c.participant);
    CHECK(own.saveButton()->isEnabled());
    CHECK(own.messageBar()->text().isEmpty());
}

TEST_CASE("Pictures of the Medications & Toxicology tab and the screen dialog", "[.][shots]")
{
    Clinic c;
    c.addSuboxone();
    Medication old;
    old.participantId = c.participant;
    old.name = QStringLiteral("Clonazepam 0.5 mg");
    old.analytes = { QString::fromLatin1(Analytes::Benzodiazepines) };
    old.prescriber = QStringLiteral("Dr. Patel");
    old.startDate = uiToday().addDays(-29);
    auto oldId = MedicationStore(c.f.database.db()).add(old);
    REQUIRE_OK(oldId);
    REQUIRE_OK(MedicationStore(c.f.database.db()).end(*oldId, uiToday().addDays(-15)));

    auto screen = [&](int daysAgo, QList<std::pair<const char*, ToxResultValue>> positives) {
        ToxScreenInput in;
        in.participantId = c.participant;
        in.collectedOn = uiToday().addDays(-daysAgo);
        in.observed = daysAgo % 2 == 0;
        in.panel = QStringLiteral("twelve_panel");
        const auto panel = Analytes::panel(in.panel);
        REQUIRE(panel.has_value());
        for (const QString& a : panel->analytes) {
            ToxResult r;
            r.analyte = a;
            for (const auto& [key, value] : positives) {
                if (a == QLatin1String(key))
                    r.result = value;
            }
            in.results.append(r);
        }
        auto id = ToxicologyStore(c.f.database.db()).record(in);
        REQUIRE_OK(id);
        return *id;
    };
    screen(21, { { "buprenorphine", ToxResultValue::Positive } });
    const Id wrong = screen(14, { { "buprenorphine", ToxResultValue::Negative } });
    {
        ToxScreenInput fix;
        auto s = ToxicologyStore(c.f.database.db()).screen(wrong);
        REQUIRE_OK(s);
        fix.participantId = c.participant;
        fix.collectedOn = s->collectedOn;
        fix.panel = s->panel;
        fix.results = s->results;
        for (ToxResult& r : fix.results) {
            if (r.analyte == QLatin1String("buprenorphine"))
                r.result = ToxResultValue::Positive;
        }
        REQUIRE_OK(ToxicologyStore(c.f.database.db())
                       .correct(wrong, fix, QStringLiteral("BUP line misread at collection")));
    }
    screen(7, { { "buprenorphine", ToxResultValue::Negative } });
    screen(2,
        { { "buprenorphine", ToxResultValue::Positive }, { "cocaine", ToxResultValue::Positive } });
    UseEventInput use;
    use.participantId = c.participant;
    use.occurredOn = uiToday().addDays(-3);
    use.substance = QStringLiteral("cocaine");
    use.source = UseSource::SelfReport;
    use.note = QStringLiteral("Told the group on Monday; used at a party on Friday night");
    REQUIRE_OK(UseEventStore(c.f.database.db()).record(use));

    auto shoot = [](QWidget& w, const char* name) {
        w.show();
        settle();
        REQUIRE(w.grab().save(shotsDir() + QLatin1Char('/') + QLatin1String(name), "png"));
    };
    {
        RecoveryTab tab(c.f.context);
        tab.showParticipant(c.participant);
        tab.resize(1250, 760);
        shoot(tab, "recovery-tab.png");
    }
    {
        ScreenDialog dialog(c.f.context, c.participant);
        dialog.show();
        dialog.choosePanel(QStringLiteral("twelve_panel"));
        dialog.resultCombo(dialog.rowOf(QStringLiteral("buprenorphine")))
            ->setCurrentIndex(int(ToxResultValue::Positive));
        dialog.resultCombo(dialog.rowOf(QStringLiteral("cocaine")))
            ->setCurrentIndex(int(ToxResultValue::Positive));
        const int bzo = dialog.rowOf(QStringLiteral("benzodiazepines"));
        dialog.resultCombo(bzo)->setCurrentIndex(int(ToxResultValue::Positive));
        dialog.markExpected(bzo)->setChecked(true);
        dialog.expectedReason(bzo)->setText(QStringLiteral("Sertraline; LC-MS/MS negative"));
        dialog.addAnalyte(QStringLiteral("SVT"));
        dialog.resultCombo(dialog.rowOf(QStringLiteral("validity")))
            ->setCurrentIndex(int(ToxResultValue::Dilute));
        shoot(dialog, "screen-dialog.png");
    }
}
