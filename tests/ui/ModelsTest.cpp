// SPDX-License-Identifier: GPL-3.0-or-later
// Every table model under QAbstractItemModelTester, with data, plus what users see of each.
#include "UiTestSupport.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "participant/DiagnosisModel.h"
#include "participant/PhaseModel.h"
#include "storage/CaseloadQuery.h"

#include <QAbstractItemModelTester>

using namespace stepwise;
using Tester = QAbstractItemModelTester;

namespace {

CaseloadRow row(Id id, const QString& record, const QString& first, const QString& last, int age,
    std::optional<PhaseKind> phase, int days, Id counselor = 0,
    ParticipantStatus status = ParticipantStatus::Active)
{
    CaseloadRow r;
    r.participantId = id;
    r.recordNumber = record;
    r.legalFirstName = first;
    r.legalLastName = last;
    r.name = last + QStringLiteral(", ") + first;
    r.age = age;
    r.phase = phase;
    r.daysInPhase = days;
    r.counselorId = counselor;
    r.counselorName = counselor ? QStringLiteral("Counselor %1").arg(counselor) : QString();
    r.status = status;
    return r;
}

QList<CaseloadRow> sampleRows()
{
    return {
        row(1, QStringLiteral("R-100"), QStringLiteral("José"), QStringLiteral("Álvarez"), 100,
            PhaseKind::Intensive, 10, 7),
        row(2, QStringLiteral("R-99"), QStringLiteral("Zoë"), QStringLiteral("Zimmer"), 9,
            PhaseKind::StepDown, 2, 8),
        row(3, QStringLiteral("R-9"), QStringLiteral("Ann"), QStringLiteral("Smith"), 10,
            std::nullopt, -1, 7, ParticipantStatus::Discharged),
        row(4, QStringLiteral("R-1000"), QStringLiteral("Bo"), QStringLiteral("Smithers"), 45,
            PhaseKind::Aftercare, 100, 0, ParticipantStatus::OnHold),
    };
}

QStringList column(const QAbstractItemModel& model, int col)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, col).data().toString();
    return values;
}

} // namespace

TEST_CASE("CaseloadModel passes the model tester and shows each column", "[ui][models]")
{
    CaseloadModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());
    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == CaseloadModel::ColumnCount);

    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Álvarez, José"));
    CHECK(model.index(0, CaseloadModel::Phase).data().toString() == label(PhaseKind::Intensive));
    CHECK(model.index(2, CaseloadModel::Phase).data().toString() == QStringLiteral("Not in care"));
    CHECK(model.index(2, CaseloadModel::DaysInPhase).data().toString().isEmpty());
    CHECK(
        model.index(3, CaseloadModel::Counselor).data().toString() == QStringLiteral("Unassigned"));
    CHECK(model.index(3, CaseloadModel::Status).data().toString()
        == label(ParticipantStatus::OnHold));
    CHECK(model.participantIdAt(model.index(1, 3)) == 2);
    CHECK(model.participantIdAt(QModelIndex()) == 0);
    CHECK(model.rowOfParticipant(4) == 3);
    CHECK(model.rowOfParticipant(42) == -1);
    CHECK_FALSE(model.index(0, CaseloadModel::Name).data(Qt::ToolTipRole).isValid());

    model.setRows({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE(
    "CaseloadFilterModel sorts numbers as numbers and searches without accents", "[ui][models]")
{
    CaseloadModel model;
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    Tester tester(&filter, Tester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());

    SECTION("age sorts numerically, not as text")
    {
        filter.sort(CaseloadModel::Age, Qt::AscendingOrder);
        CHECK(column(filter, CaseloadModel::Age)
            == QStringList({ QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("45"),
                QStringLiteral("100") }));
    }
    SECTION("days in phase sorts numerically, descending")
    {
        filter.sort(CaseloadModel::DaysInPhase, Qt::DescendingOrder);
        CHECK(column(filter, CaseloadModel::DaysInPhase).first() == QStringLiteral("100"));
        CHECK(column(filter, CaseloadModel::DaysInPhase).at(1) == QStringLiteral("10"));
    }
    SECTION("record numbers sort by their number part")
    {
        filter.sort(CaseloadModel::RecordNumber, Qt::AscendingOrder);
        CHECK(column(filter, CaseloadModel::RecordNumber)
            == QStringList({ QStringLiteral("R-9"), QStringLiteral("R-99"), QStringLiteral("R-100"),
                QStringLiteral("R-1000") }));
    }
    SECTION("phases sort in care order with people not in care last")
    {
        filter.sort(CaseloadModel::Phase, Qt::AscendingOrder);
        CHECK(column(filter, CaseloadModel::Phase).last() == QStringLiteral("Not in care"));
        CHECK(column(filter, CaseloadModel::Phase).first() == label(PhaseKind::Intensive));
    }
    SECTION("search ignores case and accents, by name or record number")
    {
        filter.setSearchText(QStringLiteral("jose"));
        REQUIRE(filter.rowCount() == 1);
        CHECK(filter.participantIdAt(filter.index(0, 0)) == 1);

        filter.setSearchText(QStringLiteral("ZOE"));
        REQUIRE(filter.rowCount() == 1);
        CHECK(filter.participantIdAt(filter.index(0, 0)) == 2);

        filter.setSearchText(QStringLiteral("smith"));
        CHECK(filter.rowCount() == 2);
        filter.setSearchText(QStringLiteral("smith bo"));
        CHECK(filter.rowCount() == 1);

        filter.setSearchText(QStringLiteral("r-99"));
        REQUIRE(filter.rowCount() == 1);
        CHECK(filter.participantIdAt(filter.index(0, 0)) == 2);

        filter.setSearchText(QStringLiteral("nobody"));
        CHECK(filter.rowCount() == 0);
        filter.setSearchText(QString());
        CHECK(filter.rowCount() == 4);
    }
    SECTION("phase, status and counselor filters combine")
    {
        filter.setPhaseFilter(int(PhaseKind::Intensive));
        CHECK(filter.rowCount() == 1);
        filter.setPhaseFilter(CaseloadFilterModel::NotInCare);
        REQUIRE(filter.rowCount() == 1);
        CHECK(filter.participantIdAt(filter.index(0, 0)) == 3);
        filter.setPhaseFilter(std::nullopt);
        filter.setCounselorFilter(Id(7));
        CHECK(filter.rowCount() == 2);
        filter.setStatusFilter(ParticipantStatus::Active);
        REQUIRE(filter.rowCount() == 1);
        CHECK(filter.participantIdAt(filter.index(0, 0)) == 1);
        filter.setCounselorFilter(Id(0));
        filter.setStatusFilter(std::nullopt);
        REQUIRE(filter.rowCount() == 1);
        CHECK(filter.participantIdAt(filter.index(0, 0)) == 4);
        CHECK(filter.isFiltering());
    }
}

TEST_CASE("CaseloadModel over a real caseload query", "[ui][models]")
{
    test::UiFixture f;
    f.addAdmitted(test::sampleParticipant(QStringLiteral("R-1")));
    f.addAdmitted(test::sampleParticipant(QStringLiteral("R-2")), 5);
    auto rows = CaseloadQuery::rows(f.database.db(), {}, test::uiToday());
    REQUIRE_OK(rows);

    CaseloadModel model;
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    Tester tester(&filter, Tester::FailureReportingMode::Fatal);
    model.setRows(rows.value());
    filter.sort(CaseloadModel::DaysInPhase, Qt::AscendingOrder);
    REQUIRE(filter.rowCount() == 2);
    // Admitted 5 and 30 days ago, counted inclusively.
    CHECK(filter.index(0, CaseloadModel::DaysInPhase).data().toString() == QStringLiteral("6"));
    CHECK(filter.index(1, CaseloadModel::DaysInPhase).data().toString() == QStringLiteral("31"));
    CHECK(filter.index(0, CaseloadModel::Counselor).data().toString()
        == QStringLiteral("Dana Counselor"));
}

TEST_CASE("DiagnosisModel edits rows and passes the model tester", "[ui][models]")
{
    DiagnosisModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setRows(test::sampleParticipant().diagnoses);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, DiagnosisModel::Code).data().toString() == QStringLiteral("F10.20"));
    CHECK(model.index(0, DiagnosisModel::Severity).data().toString() == label(Severity::Moderate));

    // Read-only until made editable (the participant page).
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(0, 0), QStringLiteral("X")));

    model.setEditable(true);
    REQUIRE(model.insertRows(2, 1));
    REQUIRE(model.setData(model.index(2, DiagnosisModel::Code), QStringLiteral("F41.1")));
    REQUIRE(model.setData(model.index(2, DiagnosisModel::Description),
        QStringLiteral("Generalized anxiety disorder")));
    REQUIRE(model.setData(model.index(2, DiagnosisModel::Severity), int(Severity::Mild)));
    CHECK_FALSE(model.setData(model.index(2, DiagnosisModel::Severity), 99));
    REQUIRE(model.insertRows(3, 1)); // left blank: not a diagnosis
    REQUIRE(model.diagnoses().size() == 3);
    CHECK(model.diagnoses().at(2)
        == Diagnosis { QStringLiteral("F41.1"), QStringLiteral("Generalized anxiety disorder"),
            Severity::Mild });

    REQUIRE(model.removeRows(0, 1));
    CHECK(model.diagnoses().first().icd10Code == QStringLiteral("F33.1"));
    CHECK_FALSE(model.removeRows(5, 1));
}

TEST_CASE("PhaseModel lists every phase of every episode", "[ui][models]")
{
    Episode first;
    first.id = 1;
    first.admissionDate = QDate(2024, 1, 1);
    first.dischargeDate = QDate(2024, 3, 1);
    first.phases = { { 1, 1, PhaseKind::Intensive, QDate(2024, 1, 1), QDate(2024, 1, 31), { 3, 9 },
                         QStringLiteral("Admission") },
        { 2, 1, PhaseKind::StepDown, QDate(2024, 2, 1), QDate(2024, 3, 1), { 2, 4 },
            QStringLiteral("Met criteria") } };
    Episode second;
    second.id = 2;
    second.admissionDate = QDate(2025, 3, 1);
    second.phases = { { 3, 2, PhaseKind::Intensive, QDate(2025, 3, 1), {}, { 3, 9 },
        QStringLiteral("Readmitted <b>after</b> relapse") } };

    PhaseModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setEpisodes({ first, second }, test::uiToday());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, PhaseModel::Days).data().toString() == QStringLiteral("31"));
    CHECK(model.index(1, PhaseModel::Kind).data().toString() == label(PhaseKind::StepDown));
    CHECK(model.index(2, PhaseModel::EpisodeNumber).data().toString() == QStringLiteral("2"));
    CHECK(model.index(2, PhaseModel::End).data().toString() == QStringLiteral("current"));
    CHECK(model.index(2, PhaseModel::Days).data().toString() == QStringLiteral("10"));
    CHECK(model.index(2, PhaseModel::Reason).data().toString()
        == QStringLiteral("Readmitted <b>after</b> relapse"));
    model.setEpisodes({}, test::uiToday());
    CHECK(model.rowCount() == 0);
}
