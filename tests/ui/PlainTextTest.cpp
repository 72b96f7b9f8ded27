// SPDX-License-Identifier: GPL-3.0-or-later
// Names that look like HTML are shown exactly as typed, never interpreted.
#include "UiTestSupport.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPage.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "participant/ParticipantPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace stepwise;
using namespace stepwise::test;

TEST_CASE("Names with markup display literally in the caseload and the participant page",
    "[ui][plaintext]")
{
    UiFixture f;
    Participant p = sampleParticipant(QStringLiteral("R-<i>1</i>"));
    p.legalFirstName = QStringLiteral("<b>bold</b>");
    p.legalLastName = QStringLiteral("<img src=x>");
    p.preferredName = QStringLiteral("<a href=\"https://example.org\">link</a>");
    p.address = QStringLiteral("<script>alert(1)</script>\n1 Main St");
    p.emergencyContact.name = QStringLiteral("O'Brien & <u>Sons</u>");
    const Id id = f.addAdmitted(p);

    SECTION("caseload table")
    {
        CaseloadPage page(f.context);
        QAbstractItemModel* model = page.view()->model();
        REQUIRE(model->rowCount() == 1);
        const QString expected = QStringLiteral("<img src=x>, <b>bold</b> \u201C") + p.preferredName
            + QStringLiteral("\u201D");
        CHECK(model->index(0, CaseloadModel::Name).data().toString() == expected);
        CHECK(model->index(0, CaseloadModel::RecordNumber).data().toString()
            == QStringLiteral("R-<i>1</i>"));
        for (int column = 0; column < model->columnCount(); ++column)
            CHECK_FALSE(model->index(0, column).data(Qt::ToolTipRole).isValid());

        // Searching for the literal text finds it.
        page.searchBox()->setText(QStringLiteral("<b>"));
        CHECK(model->rowCount() == 1);
    }

    SECTION("participant page labels")
    {
        ParticipantPage page(f.context);
        REQUIRE(page.showParticipant(id));
        QLabel* name = page.nameLabel();
        CHECK(name->textFormat() == Qt::PlainText);
        CHECK(name->text() == p.preferredName + QStringLiteral(" <img src=x>"));
        CHECK(page.valueLabel(QStringLiteral("legal_name"))->text()
            == QStringLiteral("<b>bold</b> <img src=x>"));
        CHECK(page.valueLabel(QStringLiteral("address"))->text() == p.address);
        CHECK(page.valueLabel(QStringLiteral("emergency_contact"))->text()
            == QStringLiteral("O'Brien & <u>Sons</u>"));

        // Every label on the page that shows stored data is plain text.
        const auto labels = page.findChildren<PlainLabel*>();
        REQUIRE(labels.size() > 10);
        for (PlainLabel* label : labels) {
            INFO(label->objectName().toStdString());
            CHECK(label->textFormat() == Qt::PlainText);
            CHECK(label->toolTip().isEmpty());
        }
        // The summary line quotes the record number literally too.
        auto* summary = child<QLabel>(&page, QStringLiteral("participantSummary"));
        CHECK(summary->textFormat() == Qt::PlainText);
        CHECK(summary->text().contains(QStringLiteral("R-<i>1</i>")));
    }
}

TEST_CASE("The message bar shows error text as plain text", "[ui][plaintext]")
{
    MessageBar bar;
    bar.showMessage(QStringLiteral("<b>not bold</b>"));
    CHECK(bar.text() == QStringLiteral("<b>not bold</b>"));
    for (QLabel* label : bar.findChildren<QLabel*>()) {
        if (!label->text().isEmpty())
            CHECK(label->textFormat() == Qt::PlainText);
    }
    bar.clear();
    CHECK(bar.text().isEmpty());
    CHECK(bar.isHidden());
}
