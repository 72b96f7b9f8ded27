// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisors' caseload review on screen (issue 8): a click on a count lists the
// participants behind it, Enter opens a chart, Reassign… moves the chosen ones and the counts
// follow; counselors have no such page. The hidden "[shots]" case photographs it on a demo
// clinic (review.png, review-reassign.png in shotsDir()).
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/MessageBar.h"
#include "common/ReadOnlyTable.h"
#include "demo/DemoGenerator.h"
#include "participant/ParticipantPage.h"
#include "storage/ParticipantStore.h"
#include "supervision/DashboardListModel.h"
#include "supervision/DashboardModel.h"
#include "supervision/DashboardPage.h"
#include "supervision/ReassignDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const RoleSet Supervising { StaffRole::Counselor, StaffRole::Supervisor };

int rowOf(const DashboardModel& model, const QString& counselor)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, DashboardModel::Counselor).data().toString() == counselor)
            return r;
    }
    FAIL("no line for " << counselor.toStdString());
    return -1;
}

int flagColumn(CaseloadFlag flag)
{
    return DashboardModel::FirstFlag + int(flag);
}

void clickCell(ReadOnlyTable* view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QStringList listedNames(const DashboardListModel& model)
{
    QStringList names;
    for (const DashboardEntry& e : model.rows())
        names << e.name;
    return names;
}

struct ReviewFixture : UiFixture
{
    ReviewFixture()
    {
        kim = database.addStaff(QStringLiteral("Kim Counselor"), { StaffRole::Counselor });
        Participant a = sampleParticipant(QStringLiteral("R-1"));
        a.legalLastName = QStringLiteral("Avery");
        avery = addAdmitted(a, 30); // plan and baselines overdue by now
        Participant b = sampleParticipant(QStringLiteral("R-2"));
        b.legalLastName = QStringLiteral("Baker");
        baker = addAdmitted(b, 2);
        Participant c = sampleParticipant(QStringLiteral("R-3"));
        c.legalLastName = QStringLiteral("Chen");
        c.counselorId = kim;
        chen = addAdmitted(c, 2);
        database.actAs(database.leadId(), Supervising);
    }
    Id kim = 0;
    Id avery = 0;
    Id baker = 0;
    Id chen = 0;
};

} // namespace

TEST_CASE("A count on the caseload review lists the participants behind it and Enter opens a "
          "chart",
    "[ui][supervision]")
{
    ReviewFixture f;
    MainWindow window(f.context);
    window.show();
    REQUIRE(window.showDashboard());
    auto* page = qobject_cast<DashboardPage*>(window.currentPage());
    REQUIRE(page != nullptr);
    const DashboardModel& model = *page->model();
    const int dana = rowOf(model, QStringLiteral("Dana Counselor"));
    CHECK(model.index(dana, DashboardModel::InCare).data().toInt() == 2);
    CHECK(model.index(rowOf(model, QStringLiteral("Kim Counselor")), DashboardModel::InCare)
              .data()
              .toInt()
        == 1);
    CHECK(model.index(model.rowCount() - 1, DashboardModel::InCare).data().toInt() == 3);

    clickCell(page->countsView(), dana, flagColumn(CaseloadFlag::PlanOverdue));
    CHECK(listedNames(*page->listModel()) == QStringList { QStringLiteral("Avery, Alex") });
    CHECK(page->listHeading()->text()
        == QStringLiteral("Dana Counselor \u00B7 Plan overdue: 1 participant"));

    clickCell(page->countsView(), dana, DashboardModel::InCare);
    CHECK(listedNames(*page->listModel())
        == QStringList { QStringLiteral("Avery, Alex"), QStringLiteral("Baker, Alex") });

    // Enter on a listed participant opens the chart.
    ReadOnlyTable* list = page->listView();
    list->setFocus();
    list->setCurrentIndex(page->listModel()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(window.currentPage() == window.participantPage());
    CHECK(window.participantPage()->participantId() == f.baker);
}

TEST_CASE("Reassign on the review moves the chosen participants and the counts follow",
    "[ui][supervision]")
{
    ReviewFixture f;
    MainWindow window(f.context);
    window.show();
    REQUIRE(window.showDashboard());
    auto* page = qobject_cast<DashboardPage*>(window.currentPage());
    REQUIRE(page != nullptr);
    const int dana = rowOf(*page->model(), QStringLiteral("Dana Counselor"));
    clickCell(page->countsView(), dana, DashboardModel::InCare);
    CHECK_FALSE(page->reassignAction()->isEnabled()); // nobody chosen yet

    page->listView()->setFocus();
    page->listView()->selectAll();
    REQUIRE(page->reassignAction()->isEnabled());
    page->reassignAction()->trigger();
    auto* dialog = findTopLevel<ReassignDialog>();
    REQUIRE(dialog != nullptr);
    QComboBox* box = dialog->counselorBox();
    // "Choose a counselor…", then by name with their load.
    REQUIRE(box->count() == 4);
    CHECK(box->itemText(2) == QStringLiteral("Kim Counselor \u2014 1 in care"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Down);
    CHECK(box->currentText() == QStringLiteral("Kim Counselor \u2014 1 in care"));
    typeInto(dialog->reasonEdit(), QStringLiteral("Dana on leave"));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    CHECK(page->messageBar()->isVisible());
    const DashboardModel& model = *page->model();
    CHECK(model.index(rowOf(model, QStringLiteral("Kim Counselor")), DashboardModel::InCare)
              .data()
              .toInt()
        == 3);
    CHECK(model.index(rowOf(model, QStringLiteral("Dana Counselor")), DashboardModel::InCare)
              .data()
              .toInt()
        == 0);
    auto avery = ParticipantStore(f.database.db()).get(f.avery);
    REQUIRE_OK(avery);
    CHECK(avery->counselorId == f.kim);
}

TEST_CASE("A counselor has no caseload review", "[ui][supervision]")
{
    ReviewFixture f;
    f.database.actAs(f.database.counselorId(), { StaffRole::Counselor });
    MainWindow window(f.context);
    CHECK_FALSE(window.showDashboard());
    CHECK(window.findChild<QAction*>(QStringLiteral("caseloadReviewAction")) == nullptr);
}

TEST_CASE("Caseload review screenshots on a demo clinic", "[.][shots][supervision]")
{
    UiFixture f;
    DemoOptions demo;
    demo.participants = 200;
    demo.today = uiToday();
    REQUIRE_OK(DemoGenerator::generate(f.database.db(), demo));
    f.database.actAs(f.database.leadId(), Supervising);
    MainWindow window(f.context);
    window.resize(1400, 860);
    window.show();
    REQUIRE(window.showDashboard());
    auto* page = qobject_cast<DashboardPage*>(window.currentPage());
    REQUIRE(page != nullptr);
    clickCell(page->countsView(), page->model()->rowCount() - 1,
        flagColumn(CaseloadFlag::ConsecutiveAbsences));
    QApplication::processEvents();
    REQUIRE(window.grab().save(QDir(shotsDir()).filePath(QStringLiteral("review.png"))));
    page->listView()->selectRow(0);
    page->reassignAction()->trigger();
    auto* dialog = findTopLevel<ReassignDialog>();
    REQUIRE(dialog != nullptr);
    dialog->counselorBox()->setCurrentIndex(2);
    QApplication::processEvents();
    REQUIRE(dialog->grab().save(QDir(shotsDir()).filePath(QStringLiteral("review-reassign.png"))));
    dialog->reject();
}
