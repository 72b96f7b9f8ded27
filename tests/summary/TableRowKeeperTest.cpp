// SPDX-License-Identifier: GPL-3.0-or-later
// A table row never begins at the foot of one page and ends on the next (issue 7): Qt's own
// layout would break it between lines; TableRowKeeper moves it to the next page whole.
#include "reports/TableRowKeeper.h"

#include "reports/Html.h"

#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

QString longTable(int rows)
{
    QList<QStringList> cells;
    for (int i = 0; i < rows; ++i)
        cells.append({ QStringLiteral("Objective %1<br/>second line<br/>third line").arg(i + 1),
            QStringLiteral("In progress") });
    return Html::table({ QStringLiteral("Objective"), QStringLiteral("Status") }, cells);
}

} // namespace

TEST_CASE("rows of a long table are kept whole on a page", "[summary][pagination]")
{
    QTextDocument document;
    document.setHtml(QStringLiteral("<p>Intro</p>") + longTable(60));
    document.setPageSize(QSizeF(400, 300));
    // Without the keeper Qt breaks some rows between their lines: the test would notice.
    REQUIRE_FALSE(TableRowKeeper::splitRows(document).isEmpty());

    const int moved = TableRowKeeper::keepRowsTogether(document);
    CHECK(moved > 0);
    CHECK(TableRowKeeper::splitRows(document).isEmpty());
    // Every row is still there, and in order.
    CHECK(document.toPlainText().contains(QStringLiteral("Objective 60")));
    CHECK(document.toPlainText().indexOf(QStringLiteral("Objective 59"))
        < document.toPlainText().indexOf(QStringLiteral("Objective 60")));
}

TEST_CASE("a row taller than a page is left to break", "[summary][pagination]")
{
    QTextDocument document;
    QString tall;
    for (int i = 0; i < 40; ++i)
        tall += QStringLiteral("line %1<br/>").arg(i);
    document.setHtml(Html::table({ QStringLiteral("Text") }, { { tall } }));
    document.setPageSize(QSizeF(400, 300));
    CHECK(TableRowKeeper::keepRowsTogether(document) == 0);
    CHECK(document.pageCount() > 1);
}
