// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a counselor uses it: add someone through the dialog, find them by typing.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPage.h"
#include "common/UiSettings.h"
#include "participant/ParticipantDialog.h"
#include "participant/ParticipantPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace stepwise;
using namespace stepwise::test;

namespace {

Participant person(const QString& record, const QString& first, const QString& last)
{
    Participant p = sampleParticipant(record);
    p.legalFirstName = first;
    p.legalLastName = last;
    return p;
}

QStringList visibleNames(QTableView* view)
{
    QStringList names;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        names << view->model()->index(r, CaseloadModel::Name).data().toString();
    return names;
}

} // namespace

TEST_CASE(
    "A participant added through the dialog is found by typing in the search box", "[ui][gui]")
{
    UiFixture f;
    f.addAdmitted(person(QStringLiteral("R-1"), QStringLiteral("Maria"), QStringLiteral("Lopez")));
    f.addAdmitted(person(QStringLiteral("R-2"), QStringLiteral("Sam"), QStringLiteral("Okafor")));

    MainWindow window(f.context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CaseloadPage* page = window.caseloadPage();
    REQUIRE(page->view()->model()->rowCount() == 2);
    CHECK(page->countText() == QStringLiteral("2 of 2 participants"));

    page->newParticipantAction()->trigger();
    QPointer<ParticipantDialog> dialog = findTopLevel<ParticipantDialog>();
    REQUIRE(dialog);
    REQUIRE(dialog->isNew());

    typeInto(child<QLineEdit>(dialog, QStringLiteral("record_number")), QStringLiteral("R-3001"));
    typeInto(
        child<QLineEdit>(dialog, QStringLiteral("legal_first_name")), QStringLiteral("Żaneta"));
    typeInto(
        child<QLineEdit>(dialog, QStringLiteral("legal_last_name")), QStringLiteral("Kowalski"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("preferred_name")), QStringLiteral("Zan"));
    typeInto(
        child<QLineEdit>(dialog, QStringLiteral("date_of_birth")), QStringLiteral("1988-07-02"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("email")), QStringLiteral("zan@example.org"));
    auto* counselor = child<QComboBox>(dialog, QStringLiteral("counselor_id"));
    counselor->setCurrentIndex(counselor->findText(QStringLiteral("Dana Counselor")));
    // Admission defaults to today.
    CHECK(child<QDateEdit>(dialog, QStringLiteral("admission_date"))->date() == uiToday());

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTest::qWait(0);
    REQUIRE((dialog.isNull() || !dialog->isVisible()));
    REQUIRE(page->view()->model()->rowCount() == 3);
    CHECK(page->countText() == QStringLiteral("3 of 3 participants"));

    // Stored with an episode in the intensive phase, starting today.
    auto found = ParticipantStore(f.database.db()).findByRecordNumber(QStringLiteral("R-3001"));
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    auto episodes = EpisodeStore(f.database.db()).episodes(**found);
    REQUIRE_OK(episodes);
    REQUIRE(episodes->size() == 1);
    REQUIRE(episodes->first().currentPhase() != nullptr);
    CHECK(episodes->first().currentPhase()->kind == PhaseKind::Intensive);
    CHECK(episodes->first().admissionDate == uiToday());

    // Typed as people type it: lower case, no accent.
    typeText(page->searchBox(), QStringLiteral("zaneta"));
    CHECK(visibleNames(page->view())
        == QStringList { QStringLiteral("Kowalski, Żaneta \u201CZan\u201D") });
    CHECK(page->countText() == QStringLiteral("1 of 3 participants"));

    typeInto(page->searchBox(), QStringLiteral("R-3001"));
    REQUIRE(page->view()->model()->rowCount() == 1);
    CHECK(page->filterModel()->participantIdAt(page->view()->model()->index(0, 0)) == **found);
}

TEST_CASE("The caseload explains an empty result and clears it", "[ui][gui]")
{
    UiFixture f;
    f.addAdmitted(person(QStringLiteral("R-1"), QStringLiteral("Maria"), QStringLiteral("Lopez")));
    CaseloadPage page(f.context);
    page.show();

    QTest::keyClicks(page.searchBox(), QStringLiteral("nobody"));
    auto* empty = child<QLabel>(&page, QStringLiteral("caseloadEmpty"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("nobody")));
    CHECK(empty->textFormat() == Qt::PlainText);
    CHECK_FALSE(page.view()->isVisible());
    CHECK(page.countText() == QStringLiteral("0 of 1 participant"));

    page.clearFilters();
    CHECK(page.view()->isVisible());
    CHECK(page.searchBox()->text().isEmpty());
}

TEST_CASE("An empty database says how to add the first participant", "[ui][gui]")
{
    UiFixture f;
    CaseloadPage page(f.context);
    page.show();
    auto* empty = child<QLabel>(&page, QStringLiteral("caseloadEmpty"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Ctrl+N")));
}

TEST_CASE("Filters narrow the caseload by phase, status and counselor", "[ui][gui]")
{
    UiFixture f;
    f.addAdmitted(person(QStringLiteral("R-1"), QStringLiteral("Maria"), QStringLiteral("Lopez")));
    Participant unassigned
        = person(QStringLiteral("R-2"), QStringLiteral("Sam"), QStringLiteral("Okafor"));
    REQUIRE_OK(ParticipantStore(f.database.db()).add(unassigned)); // never admitted
    CaseloadPage page(f.context);

    auto combos = page.findChildren<QComboBox*>();
    QComboBox* phase = nullptr;
    QComboBox* counselor = nullptr;
    for (QComboBox* combo : combos) {
        if (combo->accessibleName() == QStringLiteral("Phase filter"))
            phase = combo;
        if (combo->accessibleName() == QStringLiteral("Counselor filter"))
            counselor = combo;
    }
    REQUIRE(phase);
    REQUIRE(counselor);

    phase->setCurrentIndex(phase->findText(QStringLiteral("Not in care")));
    REQUIRE(page.view()->model()->rowCount() == 1);
    CHECK(visibleNames(page.view()) == QStringList { QStringLiteral("Okafor, Sam") });
    phase->setCurrentIndex(0);

    counselor->setCurrentIndex(counselor->findText(QStringLiteral("Dana Counselor")));
    CHECK(visibleNames(page.view()) == QStringList { QStringLiteral("Lopez, Maria") });
    counselor->setCurrentIndex(counselor->findText(QStringLiteral("Unassigned")));
    CHECK(visibleNames(page.view()) == QStringList { QStringLiteral("Okafor, Sam") });
    CHECK(page.countText() == QStringLiteral("1 of 2 participants"));
}

TEST_CASE(
    "The caseload leaves out the discharged until they are asked for, and remembers", "[ui][gui]")
{
    UiFixture f;
    f.addAdmitted(person(QStringLiteral("R-1"), QStringLiteral("Maria"), QStringLiteral("Lopez")));
    Participant former
        = person(QStringLiteral("R-3"), QStringLiteral("Lee"), QStringLiteral("Park"));
    former.status = ParticipantStatus::Discharged;
    REQUIRE_OK(ParticipantStore(f.database.db()).add(former));

    UiSettings::setPersistent(true);
    UiSettings::setValue(UiKey::CaseloadIncludeDischarged, false);
    {
        CaseloadPage page(f.context);
        CHECK_FALSE(page.includeDischargedBox()->isChecked());
        CHECK(visibleNames(page.view()) == QStringList { QStringLiteral("Lopez, Maria") });
        CHECK(page.countText() == QStringLiteral("1 of 1 participant"));

        page.includeDischargedBox()->click();
        CHECK(visibleNames(page.view())
            == QStringList { QStringLiteral("Lopez, Maria"), QStringLiteral("Park, Lee") });
        CHECK(page.countText() == QStringLiteral("2 of 2 participants"));
    }
    {
        CaseloadPage again(f.context);
        CHECK(again.includeDischargedBox()->isChecked());
        CHECK(again.totalCount() == 2);

        // Choosing the Discharged status reads them without the tick.
        again.includeDischargedBox()->click();
        CHECK(again.totalCount() == 1);
        QComboBox* status = nullptr;
        for (QComboBox* combo : again.findChildren<QComboBox*>()) {
            if (combo->accessibleName() == QStringLiteral("Status filter"))
                status = combo;
        }
        REQUIRE(status);
        status->setCurrentIndex(status->findText(label(ParticipantStatus::Discharged)));
        CHECK(visibleNames(again.view()) == QStringList { QStringLiteral("Park, Lee") });
    }
    UiSettings::setValue(UiKey::CaseloadIncludeDischarged, false);
    UiSettings::setPersistent(false);
}

TEST_CASE("Enter on a row opens the participant and Esc goes back", "[ui][gui]")
{
    UiFixture f;
    const Id id = f.addAdmitted(
        person(QStringLiteral("R-1"), QStringLiteral("Maria"), QStringLiteral("Lopez")));
    MainWindow window(f.context);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTableView* view = window.caseloadPage()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(window.currentPage() == window.participantPage());
    CHECK(window.participantPage()->participantId() == id);
    CHECK(window.participantPage()->nameLabel()->text() == QStringLiteral("Maria Lopez"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(window.currentPage() == window.caseloadPage());

    // Ctrl+F from anywhere puts the cursor in the search box.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.caseloadPage()->searchBox()->hasFocus());
    // Down from the search box goes into the results; Enter there opens the row.
    QTest::keyClick(window.caseloadPage()->searchBox(), Qt::Key_Down);
    CHECK(view->hasFocus());
}

TEST_CASE("Column widths and sort order are remembered", "[ui][gui]")
{
    UiFixture f;
    UiSettings::setPersistent(true);
    UiSettings::setValue(UiKey::CaseloadHeaderState, QByteArray());
    {
        CaseloadPage page(f.context);
        page.view()->sortByColumn(CaseloadModel::Age, Qt::DescendingOrder);
        page.view()->horizontalHeader()->resizeSection(CaseloadModel::Counselor, 333);
    }
    {
        CaseloadPage page(f.context);
        QHeaderView* header = page.view()->horizontalHeader();
        CHECK(header->sortIndicatorSection() == CaseloadModel::Age);
        CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(header->sectionSize(CaseloadModel::Counselor) == 333);
    }
    UiSettings::setValue(UiKey::CaseloadHeaderState, QByteArray());
    UiSettings::setPersistent(false);
}
