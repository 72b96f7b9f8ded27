// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance CSV: one row per participant per session in the period, in the columns the
// attendance import reads, so that a file exported from one database imports into another.
#include "ExportTestSupport.h"
#include "attendance/SessionType.h"
#include "io/AttendanceCsv.h"
#include "storage/AttendanceStore.h"
#include "storage/ScheduleStore.h"
#include "support/MockClock.h"

using namespace stepwise;
using namespace stepwise::exporttest;

namespace {

const QDate Today(2025, 3, 14);

Id book(test::TestDatabase& t, const char* type, const QDate& date, const QTime& start,
    const QTime& end, const QList<Id>& expected)
{
    SessionInput input;
    input.sessionType = QLatin1String(type);
    input.date = date;
    input.start = start;
    input.end = end;
    input.facilitatorIds = { t.counselorId() };
    input.participantIds = expected;
    auto id = ScheduleStore(t.db()).book(input);
    REQUIRE_OK(id);
    return id.value();
}

AttendanceEntry entry(
    Id participantId, AttendanceStatus status, int late, int early, const QString& note)
{
    AttendanceEntry e;
    e.participantId = participantId;
    e.status = status;
    e.minutesLate = late;
    e.minutesLeftEarly = early;
    e.note = note;
    return e;
}

const QTime Six(18, 0);
const QTime Nine(21, 0);

struct Attendance
{
    test::MockClock clock { Today };
    test::TestDatabase t;
    Id sam = 0;
    Id a = 0;
    Id b = 0;
    Id c = 0;

    Attendance()
    {
        sam = t.addStaff(u("Sam Other"), { StaffRole::Counselor });
        a = addParticipant(
            t, u("=1+2"), u("Rivera"), u("Zoë"), QString(), t.counselorId(), QDate(2025, 1, 6));
        b = addParticipant(t, u("+44-20"), u("北京"), u("Li"), QString(), sam, QDate(2025, 2, 3));
        c = addParticipant(
            t, u("@R3"), u("Ñúñez"), u("Ana"), QString(), t.counselorId(), QDate(2025, 3, 10));
        AttendanceStore store(t.db());
        const Id feb = book(t, SessionTypes::GroupTherapy, QDate(2025, 2, 10), Six, Nine, { a });
        REQUIRE_OK(store.save(feb, { entry(a, AttendanceStatus::Present, 0, 0, u("February")) }));
        const Id mon = book(t, SessionTypes::GroupTherapy, QDate(2025, 3, 3), Six, Nine, { a, b });
        REQUIRE_OK(store.save(mon,
            { entry(a, AttendanceStatus::Present, 0, 0, u("=1+1, \"quoted\"\nsecond line")),
                entry(b, AttendanceStatus::Late, 15, 0, u("-3 °C — Zoë Ñúñez 北京")) }));
        const Id fri = book(t, SessionTypes::GroupTherapy, QDate(2025, 3, 7), Six, Nine, { a });
        REQUIRE_OK(
            store.save(fri, { entry(a, AttendanceStatus::ExcusedAbsence, 0, 0, u("+plus")) }));
        const Id one = book(t, SessionTypes::IndividualCounseling, QDate(2025, 3, 12), QTime(10, 0),
            QTime(11, 0), { c });
        REQUIRE_OK(store.save(
            one, { entry(c, AttendanceStatus::LeftEarly, 0, 10, u("@mention\r\nCRLF")) }));
    }
};

CsvExportOptions period(const QDate& from, const QDate& to)
{
    CsvExportOptions o;
    o.from = from;
    o.to = to;
    return o;
}

} // namespace

TEST_CASE("Attendance CSV: a row per participant per session read back cell for cell",
    "[exports][attendance]")
{
    Attendance f;
    const Exported out = exportBoth(
        f.t.db(), f.t.dir(), CsvTable::Attendance, period(QDate(2025, 3, 1), QDate(2025, 3, 14)));
    CHECK(out.rowCount == 4);
    // Sessions in time order; within one, by record number ("+" sorts before "=").
    const Table expected = {
        { u("'+44-20"), u("2025-03-03"), u("18:00"), u("21:00"), u("group_therapy"), u("late"),
            u("15"), u("0"), u("'-3 °C — Zoë Ñúñez 北京") },
        { u("'=1+2"), u("2025-03-03"), u("18:00"), u("21:00"), u("group_therapy"), u("present"),
            u("0"), u("0"), u("'=1+1, \"quoted\"\nsecond line") },
        { u("'=1+2"), u("2025-03-07"), u("18:00"), u("21:00"), u("group_therapy"), u("excused"),
            u("0"), u("0"), u("'+plus") },
        { u("'@R3"), u("2025-03-12"), u("10:00"), u("11:00"), u("individual_counseling"),
            u("left_early"), u("0"), u("10"), u("'@mention\r\nCRLF") },
    };
    checkRows(out.rows, expected, CsvExport::columns(CsvTable::Attendance));
    // The header is the import's own.
    CHECK(CsvExport::columns(CsvTable::Attendance) == AttendanceCsv::columns());
}

TEST_CASE("Attendance CSV: the period and the counselor choose the rows", "[exports][attendance]")
{
    Attendance f;
    CHECK(exportBoth(f.t.db(), f.t.dir(), CsvTable::Attendance).rowCount == 5);
    CHECK(exportBoth(f.t.db(), f.t.dir(), CsvTable::Attendance,
              period(QDate(2025, 2, 10), QDate(2025, 2, 10)))
              .rows.value(0)
              .value(8)
        == u("February"));
    CsvExportOptions options = period(QDate(2025, 3, 1), QDate());
    options.counselorId = f.sam;
    const Exported sams = exportBoth(f.t.db(), f.t.dir(), CsvTable::Attendance, options);
    REQUIRE(sams.rowCount == 1);
    CHECK(sams.rows.at(0).at(0) == u("'+44-20"));
    // A period after the last session: the header alone.
    const Exported none = exportBoth(
        f.t.db(), f.t.dir(), CsvTable::Attendance, period(QDate(2025, 3, 13), QDate(2025, 3, 14)));
    CHECK(none.rowCount == 0);
    CHECK(none.bytes
        == CsvExport::columns(CsvTable::Attendance).join(QLatin1Char(',')).toUtf8() + "\r\n");
}

TEST_CASE("Attendance CSV: export then import into another database then export is identical",
    "[exports][attendance]")
{
    test::MockClock clock(Today);
    test::TestDatabase from;
    test::TestDatabase to;
    // Commas, quotes, line breaks and other scripts; no cell starting with = + - @, which the
    // import would keep with its apostrophe (see docs/exports.md).
    QList<Id> ids;
    for (test::TestDatabase* t : { &from, &to }) {
        ids = { addParticipant(*t, u("R-1"), u("Zoë"), u("Ñúñez"), QString(), t->counselorId(),
                    QDate(2025, 1, 6)),
            addParticipant(
                *t, u("R-2"), u("北京"), u("Li"), QString(), t->counselorId(), QDate(2025, 1, 6)) };
    }
    const Id r1 = 1, r2 = 2; // the same ids in both files, created in the same order
    REQUIRE(ids == QList<Id> { r1, r2 });
    AttendanceStore store(from.db());
    const Id mon = book(from, SessionTypes::GroupTherapy, QDate(2025, 3, 3), Six, Nine, { r1, r2 });
    REQUIRE_OK(store.save(mon,
        { entry(r1, AttendanceStatus::Late, 5, 20, u("came late, \"tired\"\nleft early")),
            entry(r2, AttendanceStatus::UnexcusedAbsence, 0, 0, u("北京 — no call")) }));
    const Id tue = book(
        from, SessionTypes::Psychoeducation, QDate(2025, 3, 4), QTime(9, 30), QTime(11, 0), { r2 });
    REQUIRE_OK(store.save(tue, { entry(r2, AttendanceStatus::Telehealth, 0, 0, QString()) }));

    auto first = CsvExport::write(from.db(), CsvTable::Attendance, {});
    REQUIRE_OK(first);
    REQUIRE(first->rowCount == 3);
    const AttendanceCsv::ImportOutcome imported
        = AttendanceCsv::importCsv(to.db(), first->bytes, clock.nowUtc());
    INFO((imported.problems.isEmpty() ? std::string()
                                      : imported.problems.first().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported.imported == 3);
    auto second = CsvExport::write(to.db(), CsvTable::Attendance, {});
    REQUIRE_OK(second);
    CHECK(second->bytes == first->bytes);
}
