// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile strings in the caseload's search box and every sort column (reliability.md item 15):
// the search matches literal text only (no SQL, no wildcards, no regular expressions), and
// sorting by any column keeps every row.
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "io/IoTestSupport.h" // readable QString in failures
#include "storage/CaseloadQuery.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2025, 3, 14);

QSet<QString> lastNamesShown(const CaseloadFilterModel& filter, const CaseloadModel& model)
{
    QSet<QString> shown;
    for (int r = 0; r < filter.rowCount(); ++r) {
        const int source = filter.mapToSource(filter.index(r, 0)).row();
        shown.insert(model.rows().at(source).legalLastName);
    }
    return shown;
}

} // namespace

TEST_CASE("Hostile search text matches literally and sorting by any column keeps every row",
    "[reliability][hostile][caseload]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QString drop = QStringLiteral("'); DROP TABLE participant;--");
    const QString tautology = QStringLiteral("\" OR 1=1 --");
    const QString image = QStringLiteral("<img src=x onerror=alert(1)>");
    const QString bold = QStringLiteral("<b>bold</b>");
    const QString wild = QStringLiteral("%_*?[a-z]\\");
    const QString plain = QStringLiteral("Plain");
    const QStringList names = { drop, tautology, image, bold, wild, plain };
    for (qsizetype i = 0; i < names.size(); ++i) {
        Participant p = sampleParticipant(QStringLiteral("Q-%1").arg(i));
        p.legalLastName = names.at(i);
        REQUIRE_OK(ParticipantStore(t.db()).add(p));
    }
    auto rows = CaseloadQuery::rows(t.db(), {}, Today);
    REQUIRE_OK(rows);

    CaseloadModel model;
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(*rows);
    REQUIRE(filter.rowCount() == names.size());

    struct Search
    {
        QString text;
        QSet<QString> finds;
    };
    const Search searches[] = {
        { QStringLiteral("DROP TABLE"), { drop } },
        { QStringLiteral("1=1"), { tautology } },
        { QStringLiteral("--"), { drop, tautology } },
        { QStringLiteral("'"), { drop } },
        { QStringLiteral("\""), { tautology } },
        { QStringLiteral("<img"), { image } },
        { QStringLiteral("</b>"), { bold } },
        { QStringLiteral("[a-z]"), { wild } },
        { QStringLiteral("%"), { wild } },
        { QStringLiteral("*"), { wild } },
        { QStringLiteral("\\"), { wild } },
        { QStringLiteral(".*"), {} },
        { QStringLiteral("' OR ''='"), {} },
        { QString(QChar(u'\0')), {} },
        { QString(QChar(0xD800)), {} }, // a lone surrogate
        { QString(1024 * 1024, QLatin1Char('a')), {} },
    };
    for (const Search& s : searches) {
        INFO("search " << s.text.left(40).toStdString());
        filter.setSearchText(s.text);
        CHECK(lastNamesShown(filter, model) == s.finds);
    }
    filter.setSearchText(QString());
    CHECK(filter.rowCount() == names.size());

    // Sorting comes from the column a user clicks, never from text: every column, both ways.
    const QSet<QString> everyone(names.cbegin(), names.cend());
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            INFO("sort by column " << column << (order == Qt::AscendingOrder ? " up" : " down"));
            filter.sort(column, order);
            CHECK(lastNamesShown(filter, model) == everyone);
        }
    }
    // The names are shown as the text they are.
    filter.sort(CaseloadModel::RecordNumber, Qt::AscendingOrder);
    for (int r = 0; r < filter.rowCount(); ++r) {
        const QString shown = filter.index(r, CaseloadModel::Name).data().toString();
        CHECK(shown.contains(names.at(r)));
    }
}
